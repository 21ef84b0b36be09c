/// The date and place of an event from the expressions that govern its clause.
extension EventCoder {
    func dateOf(_ m: VerbMatch, _ c: Context) -> Event.EventDate {
        let usable = c.times.filter {
            ($0.kind == .date || $0.kind == .time) && !$0.value.hasPrefix("X") && !$0.value.hasSuffix("_REF")
                && !$0.value.hasPrefix("P")
        }
        let others = c.matches.filter { $0.head != m.head }.map(\.head) + c.reports
        var best: (TimeExpression, Int)? = nil
        for t in usable {
            let distance: Int
            if t.tokens.lowerBound >= m.end || t.tokens.lowerBound > m.head {
                // After the verb: same clause — no other event verb or subordinator in between.
                let between = c.tokens.window(m.head, t.tokens.lowerBound)
                if others.contains(where: { $0 > m.head && $0 < t.tokens.lowerBound }) { continue }
                if between.contains(where: { words.subordinators.contains($0) || $0.norm == ";" || $0.norm == "\"" }) {
                    continue
                }
                if between.count > 18 { continue }
                // "condemned the July 20 attack": a date inside the object's noun phrase dates that noun, not the act.
                if datesANoun(t, after: m.head, c) { continue }
                // A statement is made when it is reported: "condolences for the loss of life last week" are today's.
                if m.pattern.root == .makePublicStatement, between.count > 3 { continue }
                distance = between.count
            } else {
                // Before the verb: a sentence-initial expression ("On Thursday, ...") or one right before it.
                let between = c.tokens.window(t.tokens.upperBound, m.head)
                let initial = t.tokens.lowerBound <= c.range.lowerBound + 1
                if !initial && between.count > 3 { continue }
                if between.contains(where: { words.subordinators.contains($0) && $0.norm != "as" }) { continue }
                // "... in Syria last week and underlined ...": the time closes the previous clause.
                if !initial, between.contains(where: { $0.norm == "and" || $0.norm == "but" }) { continue }
                if !initial, others.contains(where: { $0 > t.tokens.upperBound && $0 < m.head }) { continue }
                distance = between.count + 1
            }
            if best == nil || distance < best!.1 { best = (t, distance) }
        }
        if best == nil, let antecedent = relativeAntecedent(m, usable, c) { best = (antecedent, 0) }
        if let (t, _) = best {
            // "on Wednesday and Thursday": a range.
            if let idx = c.times.firstIndex(of: t) {
                if idx + 1 < c.times.count, c.times[idx + 1].tokens.lowerBound == t.tokens.upperBound + 1,
                    words.rangeJoiners.contains(c.tokens[t.tokens.upperBound]), t.value.count == 10,
                    c.times[idx + 1].value.count == 10
                {
                    let next = c.times[idx + 1]
                    let (a, b) = t.value < next.value ? (t.value, next.value) : (next.value, t.value)
                    let text = t.text + " " + c.tokens[t.tokens.upperBound].norm + " " + next.text
                    return Event.EventDate(value: a + "/" + b, precision: .range, text: text, basis: .text)
                }
            }
            return Event.EventDate(
                value: EventCoder.dateValue(t.value), precision: DatePrecision(timex: t.value), text: t.text,
                basis: .text)
        }
        if let narrative = c.narrative, isNarrativePast(m, c) { return narrative }
        if let date = c.document.date {
            return Event.EventDate(value: date.description, precision: .day, text: nil, basis: .article)
        }
        return Event.EventDate(value: nil, precision: nil, text: nil, basis: .unknown)
    }

    /// "condemned the July 20 attack": a date after the verb inside a noun phrase (a determiner before it, or one
    /// opening it with a noun after it) dates that noun, not the act; "visited Kyiv this January." dates the visit.
    func datesANoun(_ t: TimeExpression, after head: Int, _ c: Context) -> Bool {
        let first = t.tokens.lowerBound
        let opensIt = words.determiners.contains(c.tokens[first])
        let before = opensIt ? first : first - 1
        guard before > head, words.determiners.contains(c.tokens[before]),
            !words.objectPrepositions.contains(c.tokens[before - 1])
        else { return false }
        // A determiner inside the expression ("this January", "last week") modifies a noun only when one follows.
        guard opensIt else { return true }
        let next = t.tokens.upperBound
        return next < c.range.upperBound && c.tokens[next].kind == .word
            && !words.subordinators.contains(c.tokens[next]) && !words.coordinators.contains(c.tokens[next])
    }

    /// "a summit in June, where they signed", "last met in April when Carter visited India": a relative clause
    /// happens at its antecedent's time, the expression just before its "when" or "where" (after a comma or none).
    func relativeAntecedent(_ m: VerbMatch, _ usable: [TimeExpression], _ c: Context) -> TimeExpression? {
        let window = Range.window(max(c.range.lowerBound + 1, m.head - 5), m.head)
        guard let relative = window.last(where: { words.relativeAdverbs.contains(c.tokens[$0]) }) else { return nil }
        let comma = c.tokens[relative - 1].norm == ","
        return usable.last(where: {
            $0.tokens.lowerBound >= c.range.lowerBound
                && (comma ? $0.tokens.upperBound <= relative : $0.tokens.upperBound == relative)
        })
    }

    /// Whether an event with no time of its own takes the narrative's: a simple past that is not a statement (those
    /// are made when reported), "met", "visited", not "has met", "had met" or "will meet".
    func isNarrativePast(_ m: VerbMatch, _ c: Context) -> Bool {
        guard m.form == .past || m.form == .pastOrParticiple, m.pattern.root != .makePublicStatement else {
            return false
        }
        // "Earlier, the Kremlin welcomed ...": the clause steps out of the narrative to a time it does not give.
        if c.tokens.window(c.range.lowerBound, m.head).contains(where: { words.narrativeDepartures.contains($0) }) {
            return false
        }
        return !c.tokens.window(max(c.range.lowerBound, m.head - 2), m.head).contains {
            words.narrativeBreaks.contains($0)
        }
    }

    /// A TIMEX3 value as an event date: weeks become Monday–Sunday ranges, times their day.
    static func dateValue(_ v: String) -> String {
        if let t = v.firstIndex(of: "T"), v.count > 10 { return String(v[..<t]) }
        if v.count >= 8, v.contains("-W"), let year = Int(v.prefix(4)), let week = Int(v.dropFirst(6).prefix(2)) {
            let jan4 = Day(year: year, month: 1, day: 4)
            let monday = jan4.adding(days: 1 - jan4.weekday + 7 * (week - 1))
            return monday.description + "/" + monday.adding(days: 6).description
        }
        return v
    }

    /// "in Abu Dhabi" after the verb, in the same clause.
    func locationOf(_ m: VerbMatch, _ c: Context) -> Event.Location? {
        var k = m.head + 1
        while k + 1 < c.range.upperBound, k < m.head + 20 {
            let n = c.tokens[k].norm
            if n == ";" || n == "that" || words.subordinators.contains(n) && n != "during" { break }
            if n == "in" || n == "at", let place = place(afterArticleAt: k + 1, c) { return place }
            k += 1
        }
        return nil
    }

    /// "bombed Gaza", "shelled northern Aleppo": the place named right after a force verb's
    /// pattern, which then stands in for the target (`letsPlaceStandForTarget`) when no actor does.
    func placeStruck(_ m: VerbMatch, _ c: Context) -> Event.Location? {
        guard m.end < c.range.upperBound, !c.actors.contains(where: { $0.tokens.contains(m.end) }) else { return nil }
        return place(afterArticleAt: m.end, c)
    }

    /// The gazetteer place at token `j`, after an optional "the" and a word of direction ("in northern Nigeria"),
    /// as an event location.
    func place(afterArticleAt start: Int, _ c: Context) -> Event.Location? {
        var j = start
        if j < c.range.upperBound, c.tokens[j].norm == "the" { j += 1 }
        if j < c.range.upperBound, words.compass.contains(c.tokens[j]) { j += 1 }
        guard j < c.range.upperBound, let hit = gazetteer.place(c.tokens, at: j, limit: c.range.upperBound) else {
            return nil
        }
        let text = TextSlice.string(c.bytes, from: c.tokens[j].byteStart, to: c.tokens[j + hit.length - 1].byteEnd)
        return Event.Location(
            text: text, name: hit.place.name, country: hit.place.country, lat: hit.place.lat, lon: hit.place.lon)
    }
}
