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

        /// What `table` holds for the word at `i` (nil outside the sentence), found by the token's key.
        func value<V>(_ table: WordMap<V>, _ i: Int) -> V? { range.contains(i) ? table[tokens[i]] : nil }

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
    }
}
