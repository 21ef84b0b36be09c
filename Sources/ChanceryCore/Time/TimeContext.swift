extension TimeTagger {
    /// The sentence a tagger is reading: its tokens, their range, the reference day and the words the rules know.
    struct Context {
        let tokens: [Token]
        let range: Range<Int>
        let reference: Day?
        let words: TimeWords

        /// The normalised word at `i`, or "" outside the sentence, so that rules may look past either end.
        func norm(_ i: Int) -> String { range.contains(i) ? tokens[i].norm : "" }

        /// Whether token `i` is in the sentence and its word in `list`: tested by the token's key, hashing nothing.
        func word(_ i: Int, in list: WordSet) -> Bool { range.contains(i) && list.contains(tokens[i]) }

        /// Whether token `i` is in the sentence and a number.
        func isNumber(_ i: Int) -> Bool { range.contains(i) && tokens[i].kind == .number }

        /// The number at `i` without an ordinal suffix ("27th" → 27).
        func intValue(_ i: Int) -> Int? {
            guard isNumber(i) else { return nil }
            var digits = tokens[i].norm
            for suffix in words.ordinalSuffixes.words where digits.hasSuffix(suffix) {
                digits.removeLast(suffix.count)
            }
            return Int(digits)
        }

        /// Whether a future cue governs the clause around token `i`.
        func isFuture(_ i: Int) -> Bool { tense(i) == .future }

        /// The tense the clause around token `i` shows: future or past by a cue, else unknown.
        func tense(_ i: Int) -> Tense {
            if let before = futureBefore(i) { return before ? .future : .past }
            return futureJustAfter(i) ? .future : .unknown
        }

        /// What the words before `i` in its clause say of its tense: true future, false past, nil nothing.
        private func futureBefore(_ i: Int) -> Bool? {
            var k = i - 1
            var steps = 0
            while k >= range.lowerBound, steps < 12 {
                let n = tokens[k].norm
                if n == "." || n == ";" { break }
                if words.futureCues.contains(tokens[k]) { return !words.untilWords.contains(tokens[k]) || !pastAfter(i) }
                // "as soon as Tuesday", "as early as next week".
                if n == "as", word(k - 1, in: words.asAsWords), norm(k - 2) == "as" { return true }
                if n == "to", k > range.lowerBound, words.futureToHeads.contains(tokens[k - 1]) {
                    // "due to its loss" gives a cause, "is due to open" a plan.
                    if tokens[k - 1].norm != "due" || word(k - 2, in: words.dueBeForms) { return true }
                }
                if words.pastCues.contains(tokens[k]) {
                    // "will be held", "will have met": a participle after a future auxiliary is future.
                    return word(k - 1, in: words.futureCues) || word(k - 2, in: words.futureCues)
                }
                k -= 1
                steps += 1
            }
            return nil
        }

        /// "Until Thursday, they had not …": a past cue after `i` in its sentence.
        private func pastAfter(_ i: Int) -> Bool {
            var k = i + 1
            while k < range.upperBound, k <= i + 10 {
                let n = tokens[k].norm
                if n == "." || n == ";" { return false }
                if words.pastCues.contains(tokens[k]) { return true }
                k += 1
            }
            return false
        }

        /// "…said it would meet on Tuesday, will": a future cue just after `i`, before its clause ends.
        private func futureJustAfter(_ i: Int) -> Bool {
            var k = i + 1
            var steps = 0
            while k < range.upperBound, steps < 3 {
                // "announced Friday that it will ...": the clause after "that" is another's tense.
                if words.clauseEnds.contains(tokens[k]) { break }
                if words.futureAfter.contains(tokens[k]) { return true }
                k += 1
                steps += 1
            }
            return false
        }
    }
}
