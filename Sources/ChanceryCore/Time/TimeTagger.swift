/// Finds time expressions in tokens and resolves them against the publication date.
///
/// Rules are small matchers tried at each token, longest match wins. Direction of bare weekdays
/// and months ("on Tuesday", "in July") follows the tense of the clause: past unless a future cue
/// ("will", "plans to", "is expected to") governs it.
public struct TimeTagger: Sendable {
    /// What the words around a time say of its clause's tense: `present` is the progressive of plans ("is meeting").
    enum Tense { case past, present, future, unknown }

    /// What a rule found: its type, value, end token and an earlier start when it reaches back ("the 1990s").
    typealias Hit = (kind: TimeExpression.Kind, value: String, end: Int, start: Int?)

    /// The words the rules read.
    let words: TimeWords

    /// A tagger reading `words` (the built-in lists unless told otherwise).
    public init(words: TimeWords = .standard) { self.words = words }

    /// Every time expression in `range` of `tokens`, resolved against `reference` (nil: unresolved values with X).
    public func tag(_ tokens: [Token], _ range: Range<Int>, bytes: [UInt8], reference: Day?) -> [TimeExpression] {
        var result: [TimeExpression] = []
        var i = range.lowerBound
        let ctx = Context(tokens: tokens, range: range, reference: reference, words: words)
        while i < range.upperBound {
            if let (kind, value, end, start) = match(ctx, i) {
                // A start reaching back over an expression already found would overlap it.
                let s = max(start ?? i, result.last?.tokens.upperBound ?? range.lowerBound, range.lowerBound)
                i = end
                if isQuotedTitle(ctx, s..<end) { continue }
                // "on 24-25 June": the first day shares the second one's month.
                let floor = result.last?.tokens.upperBound ?? range.lowerBound
                if kind == .date, let (day, dayValue) = precedingDay(ctx, before: s, floor: floor, value: value) {
                    result.append(expression(ctx, day..<day + 1, bytes: bytes, kind: .date, value: dayValue))
                }
                result.append(expression(ctx, s..<end, bytes: bytes, kind: kind, value: value))
                // "on April 24 and 25": the second day shares the first one's month.
                if kind == .date, let (day, dayValue) = coordinatedDay(ctx, after: end, value: value) {
                    result.append(expression(ctx, day..<day + 1, bytes: bytes, kind: .date, value: dayValue))
                    i = day + 1
                }
            } else {
                i += 1
            }
        }
        return result
    }

    /// The time expression over `tokens` of the sentence.
    func expression(_ c: Context, _ tokens: Range<Int>, bytes: [UInt8], kind: TimeExpression.Kind, value: String)
        -> TimeExpression
    {
        let (first, last) = (c.tokens[tokens.lowerBound], c.tokens[tokens.upperBound - 1])
        let text = TextSlice.string(bytes, from: first.byteStart, to: last.byteEnd)
        let anchor = kind == .date || kind == .time ? anchorKind(c, tokens, value: value) : .none
        return TimeExpression(
            tokens: tokens, span: Span(start: first.start, end: last.end), text: text, kind: kind, value: value,
            anchor: anchor)
    }

    /// Tries every rule at `i`; returns type, value, end token and an optional earlier start.
    func match(_ c: Context, _ i: Int) -> Hit? {
        let n = c.norm(i)
        // Modifiers that belong to the expression: last/next/this/early/late/mid.
        if c.word(i, in: c.words.relativeOpeners) { return relative(c, i) }
        if let hit = quarter(c, i) { return hit }
        if let hit = yearAgoModifier(c, i) { return hit }
        if let hit = yearEnd(c, i) { return hit }
        if let hit = vagueDuration(c, i) { return hit }
        if let hit = explicitDate(c, i) { return hit }
        if let hit = holiday(c, i) { return hit }
        if let wd = c.value(c.words.weekdays, i), c.tokens[i].isCapitalized || n.count > 4 { return namedWeekday(c, i, wd) }
        if n == "today" || n == "tonight" || n == "yesterday" || n == "tomorrow" { return deicticDay(c, i) }
        if let hit = referenceWord(c, i) { return hit }
        if let hit = thatUnit(c, i) { return hit }
        if let month = c.value(c.words.months, i), c.tokens[i].isCapitalized,
            n != "may" || c.isNumber(i + 1) || c.norm(i - 1) == "in" || isMonthAfterPreposition(c, i),
            !c.word(i, in: c.words.ambiguousAbbreviations) || c.norm(i + 1) == ".", !headsAName(c, i)
        {
            return bareMonth(c, i, month)
        }
        if let season = c.value(c.words.seasons, i), c.norm(i - 1) == "in" || c.norm(i - 1) == "the" {
            return bareSeason(c, i, season)
        }
        if let hit = duration(c, i) { return hit }
        if let hit = setExpression(c, i) { return hit }
        if let hit = clockTime(c, i) { return hit }
        return nil
    }

    /// "Tuesday", "Tuesday morning", "Saturday, April 25": a capitalised (or spelled-out) weekday.
    func namedWeekday(_ c: Context, _ i: Int, _ wd: Int) -> Hit? {
        let n = c.norm(i)
        guard n.count > 3 || c.tokens[i].isCapitalized else { return nil }
        if c.word(i, in: c.words.ambiguousAbbreviations), c.norm(i + 1) != "." { return nil }
        if let dated = datedWeekday(c, i) { return dated }
        let (suffix, end) = partOfDay(c, i + 1)
        guard let ref = c.reference else { return (suffix.isEmpty ? .date : .time, "XXXX-XX-XX" + suffix, end, nil) }
        let day = weekday(wd, from: ref, future: c.isFuture(i))
        return (suffix.isEmpty ? .date : .time, day.description + suffix, end, nil)
    }

    /// "today", "tonight", "yesterday", "tomorrow morning".
    func deicticDay(_ c: Context, _ i: Int) -> Hit {
        let n = c.norm(i)
        if n == "today" || n == "tonight" {
            guard let ref = c.reference else { return (.date, "XXXX-XX-XX", i + 1, nil) }
            return n == "today" ? (.date, ref.description, i + 1, nil) : (.time, ref.description + "TNI", i + 1, nil)
        }
        let (suffix, end) = partOfDay(c, i + 1)
        guard let ref = c.reference else { return (.date, "XXXX-XX-XX", end, nil) }
        let day = ref.adding(days: n == "yesterday" ? -1 : 1)
        return (suffix.isEmpty ? .date : .time, day.description + suffix, end, nil)
    }

    /// The part of day at `i` ("morning"), as a value suffix ("TMO") and the end; empty and `i` when there is none.
    func partOfDay(_ c: Context, _ i: Int) -> (suffix: String, end: Int) {
        guard let pod = c.value(c.words.partsOfDay, i) else { return ("", i) }
        return ("T" + pod, i + 1)
    }

    /// "now", "recently", "in recent years", "in the future": references without a date.
    func referenceWord(_ c: Context, _ i: Int) -> Hit? {
        let n = c.norm(i)
        if n == "soon", c.norm(i - 1) == "as" || c.norm(i + 1) == "after" || c.norm(i + 1) == "-" { return nil }
        if n == "recent", let (unit, isTime) = c.value(c.words.units, i + 1), c.norm(i + 1).hasSuffix("s") {
            // "in recent years": a stretch of the past of unknown length.
            return (.duration, durationValue(nil, unit + (isTime ? "T" : "")), i + 2, nil)
        }
        if let hit = currentUnit(c, i) { return hit }
        // "these days", "at present": a reference of two words.
        if c.word(i, in: c.words.referencePhraseOpeners), let value = c.words.references[n + " " + c.norm(i + 1)] {
            return (.date, value, i + 2, nil)
        }
        // "the then current market price", "the then-current owner": what was current at a past time.
        if n == "current" || n == "present", c.norm(i - 1) == "then" || c.norm(i - 1) == "-" && c.norm(i - 2) == "then" {
            return (.date, "PAST_REF", i + 1, c.norm(i - 1) == "then" ? i - 1 : i - 2)
        }
        // "recent declines": TimeML's past reference; "the most recent model" picks the latest, it names no time.
        if let value = c.value(c.words.references, i), c.norm(i + 1) != "-", n != "recent" || c.norm(i - 1) != "most" {
            return (.date, value, i + 1, nil)
        }
        if n == "future", c.norm(i - 1) == "the", c.norm(i - 2) == "in" || c.norm(i - 2) == "near" {
            return (.date, "FUTURE_REF", i + 1, i - 1)
        }
        return nil
    }

    /// "conclude by May", "until May.": after a preposition no modal follows, "May" is the month unless a word in lower
    /// case follows it ("since May took office" names the prime minister).
    func isMonthAfterPreposition(_ c: Context, _ i: Int) -> Bool {
        guard c.word(i - 1, in: c.words.monthPrepositions) else { return false }
        let k = i + 1
        if c.norm(k) == "'s" { return false }
        guard c.range.contains(k), c.tokens[k].kind == .word, !c.tokens[k].isCapitalized else { return true }
        return c.value(c.words.yearShifts, k) != nil || c.word(k, in: c.words.coordinators) || c.norm(k) == "of"
    }

    /// "the March for Life", "the March of the Combatant Mothers": a month's name followed by "for" or "of" and a
    /// capitalised word is a name (a march), not a month.
    func headsAName(_ c: Context, _ i: Int) -> Bool {
        guard c.norm(i + 1) == "for" || c.norm(i + 1) == "of" else { return false }
        let k = c.norm(i + 2) == "the" ? i + 3 : i + 2
        return c.range.contains(k) && c.tokens[k].kind == .word && c.tokens[k].isCapitalized
    }

    /// "the current year", "the current fiscal year", "current month": the reference's own unit, not PRESENT_REF.
    func currentUnit(_ c: Context, _ i: Int) -> Hit? {
        guard c.norm(i) == "current", let ref = c.reference else { return nil }
        let k = c.norm(i + 1) == "fiscal" ? i + 2 : i + 1
        guard ["year", "month", "week", "quarter"].contains(c.norm(k)), c.norm(k + 1) != "'s" else { return nil }
        return countedUnit(c, c.norm(i - 1) == "the" ? i - 1 : i, at: k, direction: 0, ref: ref)
    }

    /// "July", "July last year": a month without a day, its nearest past (or, looking forward, future) occurrence.
    func bareMonth(_ c: Context, _ i: Int, _ month: Int) -> Hit {
        // "July 2025" is handled in explicitDate.
        guard let ref = c.reference else { return (.date, "XXXX-" + Day.pad(month, 2), i + 1, nil) }
        if let (value, end) = monthOfNamedYear(c, i, month: month) { return (.date, value, end, nil) }
        return (.date, monthValue(month, ref: ref, tense: c.tense(i), deadline: c.isDeadline(i)), i + 1, nil)
    }

    /// "in the winter", "the winter of 1994", "the winter of nineteen ninety-four".
    func bareSeason(_ c: Context, _ i: Int, _ season: String) -> Hit {
        if c.norm(i + 1) == "of", let hit = explicitDate(c, i + 2), hit.1.count == 4 {
            return (.date, hit.1 + "-" + season, hit.2, nil)
        }
        guard let ref = c.reference else { return (.date, "XXXX-" + season, i + 1, nil) }
        return (.date, String(ref.year) + "-" + season, i + 1, nil)
    }
}
