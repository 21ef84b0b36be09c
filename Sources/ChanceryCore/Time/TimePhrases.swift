/// Phrases that name a time without a number: "the past", "the near future", "for years", "the end of the month",
/// "by year-end", "nineteen ninety-six".
extension TimeTagger {
    /// At "the": "the past", "the future", "the near term", "the years", "the end of X", "the year", "the day".
    func thePhrase(_ c: Context, _ i: Int) -> Hit? {
        let next = c.norm(i + 1)
        switch next {
        case "past":
            let after = c.norm(i + 2)
            guard c.words.units[after] == nil, c.words.numbers[after] == nil, !c.isNumber(i + 2),
                c.words.seasons[after] == nil, c.words.weekdays[after] == nil, after != "-"
            else { return nil }
            return (.date, "PAST_REF", i + 2, nil)
        case "future":
            return (.date, "FUTURE_REF", i + 2, nil)
        case "near", "short", "long", "longer":
            let noun = c.norm(i + 2)
            guard noun == "term" && c.norm(i + 3) != "-" || noun == "future" && next == "near" else { return nil }
            return (.date, "FUTURE_REF", i + 3, nil)
        case "years", "decades", "centuries":
            guard c.word(i - 1, in: c.words.spanPrepositions),
                c.norm(i + 2) != "of" || next == "years",
                let (unit, _) = c.words.units[next]
            else { return nil }
            return (.duration, durationValue(nil, unit), i + 2, nil)
        case "end", "beginning", "start", "middle":
            return partOf(c, i)
        case "year", "fiscal", "full":
            return theYear(c, i)
        case "day":
            guard let ref = c.reference, c.word(i - 1, in: c.words.dayFrames),
                dayShift(c, i + 2) == nil
            else { return nil }
            return (.date, ref.description, i + 2, nil)
        default:
            return nil
        }
    }

    /// "the end of the month", "the beginning of October", "the middle of next year": the part takes the whole's value.
    func partOf(_ c: Context, _ i: Int) -> Hit? {
        guard c.norm(i + 2) == "of", let ref = c.reference else { return nil }
        let k = i + 3
        if c.norm(k) == "the", c.word(k + 1, in: c.words.partWholes) {
            let value: String
            switch c.norm(k + 1) {
            case "year": value = String(ref.year)
            case "month": value = ref.monthString
            case "week":
                let w = ref.isoWeek
                value = "\(w.year)-W\(Day.pad(w.week, 2))"
            default: value = ref.description
            }
            return (.date, value, k + 2, nil)
        }
        guard let hit = match(c, k), hit.0 == .date || hit.0 == .time else { return nil }
        return (hit.0, hit.1, hit.2, nil)
    }

    /// "the year ended Sept. 30" (a year's span), "for the year", "of the full year" (the reference year).
    func theYear(_ c: Context, _ i: Int) -> Hit? {
        var k = i + 1
        if c.norm(k) == "fiscal" || c.norm(k) == "full" { k += 1 }
        guard c.norm(k) == "year", let ref = c.reference else { return nil }
        let after = c.norm(k + 1)
        if after == "ended" || after == "ending" || after == "ends" { return (.duration, "P1Y", k + 1, nil) }
        guard c.word(i - 1, in: c.words.yearFrames), after != "'s", after != "before",
            after != "after",
            after != "-", c.words.numbers[after] == nil
        else { return nil }
        return (.date, String(ref.year), k + 1, nil)
    }

    /// "for years", "within weeks", "for centuries", "for a while": a span of unknown length.
    func vagueDuration(_ c: Context, _ i: Int) -> Hit? {
        let n = c.norm(i)
        // "for a while", "after a long time": a stretch of no stated length, TimeML's PXX.
        if n == "a", c.word(i - 1, in: c.words.durationFrames) {
            if c.norm(i + 1) == "while" { return (.duration, "PXX", i + 2, nil) }
            if c.norm(i + 1) == "long", c.norm(i + 2) == "time" { return (.duration, "PXX", i + 3, nil) }
        }
        guard n.hasSuffix("s"), let (unit, isTime) = c.value(c.words.units, i), unit != "WE", c.norm(i + 1) != "-",
            c.norm(i + 1) != "old"
        else { return nil }
        let value = durationValue(nil, unit + (isTime ? "T" : ""))
        // "in the weeks ahead", "the months ahead": the stretch to come.
        if c.norm(i + 1) == "ahead" { return (.duration, value, i + 2, c.norm(i - 1) == "the" ? i - 1 : i) }
        guard c.word(i - 1, in: c.words.durationFrames) else { return nil }
        return (.duration, value, i + 1, nil)
    }

    /// "year-end", "year end", "year's end": the end of this year ("since year-end": of the last one).
    func yearEnd(_ c: Context, _ i: Int) -> Hit? {
        guard c.norm(i) == "year", let ref = c.reference else { return nil }
        var k = i + 1
        if c.norm(k) == "-" || c.norm(k) == "'s" { k += 1 }
        guard c.norm(k) == "end", c.norm(k + 1) != "-" else { return nil }
        return (.date, String(ref.year - (c.norm(i - 1) == "since" ? 1 : 0)), k + 1, nil)
    }

    /// A year in words: "nineteen ninety-six", "nineteen eighty", "the year two thousand"; (year, end).
    func spelledYear(_ c: Context, _ i: Int) -> (Int, Int)? {
        let century: Int
        switch c.norm(i) {
        case "eighteen": century = 1800
        case "nineteen": century = 1900
        case "two":
            guard c.norm(i + 1) == "thousand" else { return nil }
            var end = i + 2
            var year = 2000
            if c.norm(end) == "and" { end += 1 }
            if let u = c.value(c.words.numbers, end), let v = u, v < 20 {
                year += v
                end += 1
            } else if c.norm(end) == "and" {
                return nil
            }
            if c.norm(i - 1) != "year", year == 2000, c.norm(i - 1) != "in", c.norm(i - 1) != "by" { return nil }
            return (year, end)
        default: return nil
        }
        guard let t = c.value(c.words.numbers, i + 1), let tens = t, (20...90).contains(tens), tens % 10 == 0 else {
            return nil
        }
        var end = i + 2
        var year = century + tens
        if c.norm(end) == "-", let u = c.value(c.words.numbers, end + 1), let v = u, (1...9).contains(v) {
            year += v
            end += 2
        }
        return (year, end)
    }
}
