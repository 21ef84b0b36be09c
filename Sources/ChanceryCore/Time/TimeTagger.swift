/// Finds time expressions in tokens and resolves them against the publication date.
///
/// Rules are small matchers tried at each token, longest match wins. Direction of bare weekdays
/// and months ("on Tuesday", "in July") follows the tense of the clause: past unless a future cue
/// ("will", "plans to", "is expected to") governs it.
public struct TimeTagger: Sendable {
    /// Creates a tagger.
    public init() {}

    /// Every time expression in `range` of `tokens`, resolved against `reference` (nil: unresolved values with X).
    public func tag(_ tokens: [Token], _ range: Range<Int>, bytes: [UInt8], reference: Day?) -> [TimeExpression] {
        var result: [TimeExpression] = []
        var i = range.lowerBound
        let ctx = Context(tokens: tokens, range: range, reference: reference)
        while i < range.upperBound {
            if let (kind, value, end, start) = match(ctx, i) {
                // A start reaching back over an expression already found would overlap it.
                let s = max(start ?? i, result.last?.tokens.upperBound ?? range.lowerBound, range.lowerBound)
                let text = TextSlice.string(bytes, from: tokens[s].byteStart, to: tokens[end - 1].byteEnd)
                result.append(
                    TimeExpression(
                        tokens: s..<end, span: Span(start: tokens[s].start, end: tokens[end - 1].end),
                        text: text, kind: kind, value: value, anchor: anchorKind(ctx, s..<end, value: value)))
                i = end
            } else {
                i += 1
            }
        }
        return result
    }

    struct Context {
        let tokens: [Token]
        let range: Range<Int>
        let reference: Day?

        func norm(_ i: Int) -> String { range.contains(i) ? tokens[i].norm : "" }
        func isNumber(_ i: Int) -> Bool { range.contains(i) && tokens[i].kind == .number }
        func intValue(_ i: Int) -> Int? {
            guard isNumber(i) else { return nil }
            var digits = tokens[i].norm
            for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits.removeLast(2) }
            return Int(digits)
        }
        /// Whether a future cue governs the clause around token `i`.
        func isFuture(_ i: Int) -> Bool {
            var k = i - 1
            var steps = 0
            while k >= range.lowerBound, steps < 12 {
                let n = tokens[k].norm
                if n == "." || n == ";" { break }
                if ["will", "'ll", "shall", "upcoming", "forthcoming", "until", "till"].contains(n) { return true }
                // "as soon as Tuesday", "as early as next week".
                if n == "as", ["soon", "early"].contains(norm(k - 1)), norm(k - 2) == "as" { return true }
                if n == "to", k > range.lowerBound,
                    [
                        "is", "are", "plans", "plan", "planned", "expected", "scheduled", "set", "due", "going",
                        "intends", "aims", "agreed", "hopes"
                    ].contains(tokens[k - 1].norm)
                {
                    // "due to its loss" gives a cause, "is due to open" a plan.
                    if tokens[k - 1].norm != "due" || ["is", "are", "was", "be"].contains(norm(k - 2)) { return true }
                }
                if ["said", "was", "were", "had", "did", "met", "held"].contains(n) { return false }
                k -= 1
                steps += 1
            }
            // "…said it would meet on Tuesday": look just after too.
            k = i + 1
            steps = 0
            while k < range.upperBound, steps < 3 {
                // "announced Friday that it will ...": the clause after "that" is another's tense.
                if ["that", ",", ".", ";", "and"].contains(tokens[k].norm) { break }
                if ["will", "'ll"].contains(tokens[k].norm) { return true }
                k += 1
                steps += 1
            }
            return false
        }
    }

    /// Tries every rule at `i`; returns type, value, end token and an optional earlier start.
    func match(_ c: Context, _ i: Int) -> (TimeExpression.Kind, String, Int, Int?)? {
        let n = c.norm(i)
        let ref = c.reference
        // Modifiers that belong to the expression: last/next/this/early/late/mid.
        if [
            "last", "next", "this", "past", "coming", "previous", "following", "early", "late", "mid", "earlier",
            "later", "the"
        ].contains(n) {
            if let hit = relative(c, i) { return hit }
            return nil
        }
        if let hit = quarter(c, i) { return hit }
        if let hit = yearAgoModifier(c, i) { return hit }
        if let hit = yearEnd(c, i) { return hit }
        if let hit = vagueDuration(c, i) { return hit }
        if let hit = explicitDate(c, i) { return hit }
        if let wd = TimeWords.weekdays[n], c.tokens[i].isCapitalized || n.count > 4 {
            guard n.count > 3 || c.tokens[i].isCapitalized else { return nil }
            if TimeWords.ambiguousAbbreviations.contains(n), c.norm(i + 1) != "." { return nil }
            if let dated = datedWeekday(c, i) { return dated }
            var end = i + 1
            var suffix = ""
            if let pod = TimeWords.partsOfDay[c.norm(end)] {
                suffix = "T" + pod
                end += 1
            }
            guard let ref else { return (suffix.isEmpty ? .date : .time, "XXXX-XX-XX" + suffix, end, nil) }
            let day = weekday(wd, from: ref, future: c.isFuture(i))
            return (suffix.isEmpty ? .date : .time, day.description + suffix, end, nil)
        }
        if n == "today" || n == "tonight" {
            guard let ref else { return (.date, "XXXX-XX-XX", i + 1, nil) }
            return n == "today" ? (.date, ref.description, i + 1, nil) : (.time, ref.description + "TNI", i + 1, nil)
        }
        if n == "yesterday" || n == "tomorrow" {
            var end = i + 1
            var suffix = ""
            if let pod = TimeWords.partsOfDay[c.norm(end)] {
                suffix = "T" + pod
                end += 1
            }
            guard let ref else { return (.date, "XXXX-XX-XX", end, nil) }
            return (
                suffix.isEmpty ? .date : .time, ref.adding(days: n == "yesterday" ? -1 : 1).description + suffix, end,
                nil
            )
        }
        if n == "soon", c.norm(i - 1) == "as" || c.norm(i + 1) == "after" || c.norm(i + 1) == "-" { return nil }
        if let value = TimeWords.references[n], c.norm(i + 1) != "-" { return (.date, value, i + 1, nil) }
        if n == "recent", let (unit, isTime) = TimeWords.units[c.norm(i + 1)], c.norm(i + 1).hasSuffix("s") {
            // "in recent years": a stretch of the past of unknown length; "recent" alone qualifies a noun, not a time.
            return (.duration, durationValue(nil, unit + (isTime ? "T" : "")), i + 2, nil)
        }
        if n == "future", c.norm(i - 1) == "the", c.norm(i - 2) == "in" || c.norm(i - 2) == "near" {
            return (.date, "FUTURE_REF", i + 1, i - 1)
        }
        if let month = TimeWords.months[n], c.tokens[i].isCapitalized,
            n != "may" || c.isNumber(i + 1) || c.norm(i - 1) == "in",
            !TimeWords.ambiguousAbbreviations.contains(n) || c.norm(i + 1) == "."
        {
            // "July", "July 2025" handled in explicitDate; bare month: nearest past (or future) occurrence.
            guard let ref else { return (.date, "XXXX-" + Day.pad(month, 2), i + 1, nil) }
            if let (value, end) = monthOfNamedYear(c, i, month: month) { return (.date, value, end, nil) }
            return (.date, monthValue(month, ref: ref, future: c.isFuture(i)), i + 1, nil)
        }
        if let season = TimeWords.seasons[n], c.norm(i - 1) == "in" || c.norm(i - 1) == "the" {
            // "the winter of 1994", "the winter of nineteen ninety-four".
            if c.norm(i + 1) == "of", let hit = explicitDate(c, i + 2), hit.1.count == 4 {
                return (.date, hit.1 + "-" + season, hit.2, nil)
            }
            guard let ref else { return (.date, "XXXX-" + season, i + 1, nil) }
            return (.date, String(ref.year) + "-" + season, i + 1, nil)
        }
        if let hit = duration(c, i) { return hit }
        if let hit = setExpression(c, i) { return hit }
        if let hit = clockTime(c, i) { return hit }
        return nil
    }

    /// "February 3", "Feb. 3, 2026", "3 February 2026", "February 2022", "2026-02-03", "2022", "the 1990s", "the 27th".
    func explicitDate(_ c: Context, _ i: Int) -> (TimeExpression.Kind, String, Int, Int?)? {
        let n = c.norm(i)
        if let month = TimeWords.months[n], c.tokens[i].isCapitalized {
            var k = i + 1
            if c.norm(k) == "." { k += 1 }
            if let d = c.intValue(k), (1...31).contains(d), c.tokens[k].norm.count <= 4 {
                var end = k + 1
                var year: Int? = nil
                var k2 = end
                if c.norm(k2) == "," { k2 += 1 }
                if let y = c.intValue(k2), (1000...2199).contains(y), c.tokens[k2].norm.count == 4 {
                    year = y
                    end = k2 + 1
                }
                let y = year ?? c.reference.map { nearestYear(month: month, day: d, ref: $0, future: c.isFuture(i)) }
                let value = (y.map { Day.pad($0, 4) } ?? "XXXX") + "-" + Day.pad(month, 2) + "-" + Day.pad(d, 2)
                return (.date, value, end, nil)
            }
            if let y = c.intValue(k), (1000...2199).contains(y), c.tokens[k].norm.count == 4 {
                return (.date, Day.pad(y, 4) + "-" + Day.pad(month, 2), k + 1, nil)
            }
            if let (y, end) = spelledYear(c, k) { return (.date, Day.pad(y, 4) + "-" + Day.pad(month, 2), end, nil) }
            return nil
        }
        if c.norm(i) != "two", let (y, end) = spelledYear(c, i) { return (.date, String(y), end, nil) }
        if let d = c.intValue(i), (1...31).contains(d), c.tokens[i].norm.count <= 4 {
            // "3 February 2026", "the 27th".
            if let month = TimeWords.months[c.norm(i + 1)], c.tokens[i + 1].isCapitalized {
                var end = i + 2
                var year: Int? = nil
                if let y = c.intValue(end), (1000...2199).contains(y), c.tokens[end].norm.count == 4 {
                    year = y
                    end += 1
                }
                let y = year ?? c.reference.map { nearestYear(month: month, day: d, ref: $0, future: c.isFuture(i)) }
                return (
                    .date, (y.map { Day.pad($0, 4) } ?? "XXXX") + "-" + Day.pad(month, 2) + "-" + Day.pad(d, 2), end,
                    nil
                )
            }
            let raw = c.tokens[i].norm
            if c.norm(i + 1) == "century", raw.count > 2, !raw.last!.isNumber {
                // "the 20th century" is the 1900s, TIMEX3 "19".
                return (.date, Day.pad(d - 1, 2), i + 2, c.norm(i - 1) == "the" ? i - 1 : i)
            }
            // "the 7th largest decline" ranks; it names no day.
            let ranks = c.norm(i + 1).hasSuffix("est") || c.norm(i + 1) == "most"
            if raw.hasSuffix("th") || raw.hasSuffix("st") || raw.hasSuffix("nd") || raw.hasSuffix("rd"),
                c.norm(i - 1) == "the",
                c.norm(i + 1) != "century", !ranks, let ref = c.reference
            {
                // "on the 27th": that day of the current month, or of the last one if still ahead.
                var day = Day(
                    year: ref.year, month: ref.month, day: min(d, Day.daysIn(month: ref.month, year: ref.year)))
                if day > ref, !c.isFuture(i) {
                    let prev = ref.adding(months: -1)
                    day = Day(
                        year: prev.year, month: prev.month, day: min(d, Day.daysIn(month: prev.month, year: prev.year)))
                }
                return (.date, day.description, i + 1, i - 1)
            }
        }
        if c.isNumber(i), c.tokens[i].norm.count == 4, let y = Int(c.tokens[i].norm),
            (1900...2100).contains(y)
                || (1700...1899).contains(y) && ["in", "since", "of", "from", "until"].contains(c.norm(i - 1))
        {
            // ISO date "2026-02-03".
            if c.norm(i + 1) == "-", let m = c.intValue(i + 2), (1...12).contains(m), c.norm(i + 3) == "-",
                let d = c.intValue(i + 4), (1...31).contains(d)
            {
                return (.date, Day.pad(y, 4) + "-" + Day.pad(m, 2) + "-" + Day.pad(d, 2), i + 5, nil)
            }
            if let hit = yearQuarter(c, i, year: y) { return hit }
            // A bare year, not part of an amount ("2,000 troops" never reaches here: the comma joins it).
            let next = c.norm(i + 1)
            if TimeWords.units[next] != nil || next == "%" || next == "-" && c.norm(i + 2) == "year" { return nil }
            return (.date, String(y), i + 1, nil)
        }
        if c.isNumber(i), c.tokens[i].norm.hasSuffix("s"), c.tokens[i].norm.count == 5,
            let y = Int(c.tokens[i].norm.dropLast()),
            (1000...2100).contains(y), y % 10 == 0
        {
            let start = c.norm(i - 1) == "the" ? i - 1 : i
            return (.date, String(y / 10), i + 1, start)
        }
        return nil
    }

    /// "last Friday", "next week", "this year", "early December", "the previous day", "two days ago" (via duration).
    func relative(_ c: Context, _ i: Int) -> (TimeExpression.Kind, String, Int, Int?)? {
        var mod = c.norm(i)
        var k = i + 1
        let start = i
        if mod == "the" {
            if let hit = reportedPeriod(c, i) { return hit }
            if let hit = thePhrase(c, i) { return hit }
            // "the year two thousand".
            if c.norm(k) == "year", let (y, end) = spelledYear(c, k + 1) { return (.date, String(y), end, i) }
            let next = c.norm(k)
            guard
                [
                    "previous", "following", "next", "past", "coming", "same", "end", "beginning", "start", "middle",
                    "day", "week", "weekend"
                ].contains(next)
                    || TimeWords.ordinals[next] != nil && (c.norm(k + 1) == "quarter" || c.norm(k + 1) == "half")
            else {
                // "the 1990s", "the 27th" keep their article; "the 1996 bombing" names its year alone.
                if let hit = explicitDate(c, k) { return (hit.0, hit.1, hit.2, hit.3 ?? k) }
                return nil
            }
            if next == "day", c.norm(k + 1) == "before" || c.norm(k + 1) == "after", let ref = c.reference {
                return (.date, ref.adding(days: c.norm(k + 1) == "before" ? -1 : 1).description, k + 2, i)
            }
            if TimeWords.ordinals[next] != nil, let hit = quarter(c, k) { return (hit.0, hit.1, hit.2, i) }
            if next == "weekend", let ref = c.reference {
                let w = (c.isFuture(i) ? ref.adding(days: 7 - ref.weekday + 6) : ref.adding(days: -ref.weekday - 1))
                    .isoWeek
                return (.date, "\(w.year)-W\(Day.pad(w.week, 2))-WE", k + 1, i)
            }
            mod = next
            k += 1
            // "the past decade", "the next year": a span, not a calendar unit.
            if ["past", "next", "coming"].contains(mod), let (u, isTime) = TimeWords.units[c.norm(k)],
                !c.norm(k).hasSuffix("s"), u != "WE"
            {
                return (.duration, durationValue(1, u + (isTime ? "T" : "")), k + 1, i)
            }
        }
        if mod == "earlier" || mod == "later" {
            // "earlier this month", "later this year".
            if let hit = relativeDay(c, k) { return (hit.0, hit.1, hit.2, start) }
            guard c.norm(k) == "this" || c.norm(k) == "that" else { return nil }
            if let hit = relative(c, k) { return (hit.0, hit.1, hit.2, start) }
            return nil
        }
        if mod == "early" || mod == "late" || mod == "mid" {
            var j = k
            if c.norm(j) == "-" { j += 1 }
            if c.norm(j) == "this" || c.norm(j) == "last" || c.norm(j) == "next" {
                if let hit = relative(c, j) { return (hit.0, hit.1, hit.2, start) }
                return nil
            }
            if let hit = explicitDate(c, j) { return (hit.0, hit.1, hit.2, start) }
            if let hit = relativeDay(c, j) { return (hit.0, hit.1, hit.2, start) }
            if let month = TimeWords.months[c.norm(j)], c.tokens[j].isCapitalized, let ref = c.reference {
                if let (value, end) = monthOfNamedYear(c, j, month: month) { return (.date, value, end, start) }
                return (.date, monthValue(month, ref: ref, future: c.isFuture(i)), j + 1, start)
            }
            return nil
        }
        let word = c.norm(k)
        guard let ref = c.reference else {
            if TimeWords.units[word] != nil || TimeWords.weekdays[word] != nil || TimeWords.months[word] != nil
                || TimeWords.seasons[word] != nil
            {
                return (.date, "XXXX", k + 1, start)
            }
            return nil
        }
        let direction: Int
        switch mod {
        case "last", "past", "previous": direction = -1
        case "next", "coming", "following": direction = 1
        case "this", "same": direction = 0
        default: return nil
        }
        if let wd = TimeWords.weekdays[word] {
            let day: Day
            switch direction {
            case -1: day = weekday(wd, from: ref, future: false, strict: true)
            case 1: day = weekday(wd, from: ref, future: true, strict: true)
            default: day = ref.adding(days: wd - ref.weekday)
            }
            var end = k + 1
            var suffix = ""
            if let pod = TimeWords.partsOfDay[c.norm(end)] {
                suffix = "T" + pod
                end += 1
            }
            return (suffix.isEmpty ? .date : .time, day.description + suffix, end, start)
        }
        if let month = TimeWords.months[word], c.tokens[k].isCapitalized {
            let y =
                direction == 0
                ? ref.year
                : (direction < 0
                    ? (month < ref.month ? ref.year : ref.year - 1) : (month > ref.month ? ref.year : ref.year + 1))
            return (.date, Day.pad(y, 4) + "-" + Day.pad(month, 2), k + 1, start)
        }
        if let season = TimeWords.seasons[word] {
            // "last spring" in October is this year's; in February, last year's.
            let over = ["SP": 6, "SU": 9, "FA": 12, "WI": 13][season] ?? 13
            let back = ref.month >= over ? 0 : -1
            return (.date, String(ref.year + (direction < 0 ? back : direction)) + "-" + season, k + 1, start)
        }
        // "past several months", "past two years", "next few days": durations.
        if mod == "past" || mod == "next" || mod == "coming" || mod == "last" || mod == "previous"
            || mod == "following",
            let (count, unitEnd, unit) = quantity(c, k)
        {
            return (.duration, durationValue(count, unit), unitEnd, start)
        }
        switch word {
        case "day": return (.date, ref.adding(days: direction).description, k + 1, start)
        case "night": return (.time, ref.adding(days: direction == 0 ? 0 : direction).description + "TNI", k + 1, start)
        case "morning", "afternoon", "evening":
            return (.time, ref.adding(days: direction).description + "T" + TimeWords.partsOfDay[word]!, k + 1, start)
        case "week":
            let w = ref.adding(days: 7 * direction).isoWeek
            return (.date, "\(w.year)-W\(Day.pad(w.week, 2))", k + 1, start)
        case "weekend":
            let w = ref.adding(days: 7 * direction).isoWeek
            return (.date, "\(w.year)-W\(Day.pad(w.week, 2))-WE", k + 1, start)
        case "month":
            return (.date, ref.adding(months: direction).monthString, k + 1, start)
        case "year":
            if let hit = possessiveQuarter(c, k - 1, year: ref.year + direction) { return (hit.0, hit.1, hit.2, start) }
            return (.date, String(ref.year + direction), k + 1, start)
        case "decade":
            return (.date, String((ref.year + 10 * direction) / 10), k + 1, start)
        case "century":
            return (.date, String((ref.year + 100 * direction) / 100), k + 1, start)
        case "quarter":
            let q = (ref.month - 1) / 3 + 1 + direction
            let y = ref.year + (q < 1 ? -1 : (q > 4 ? 1 : 0))
            let qq = q < 1 ? 4 : (q > 4 ? 1 : q)
            return (.date, "\(y)-Q\(qq)", k + 1, start)
        default: return nil
        }
    }

    /// "two days", "27-year", "a decade", "several years", and "two days ago" as a date.
    func duration(_ c: Context, _ i: Int) -> (TimeExpression.Kind, String, Int, Int?)? {
        guard let (count, end, unit) = quantity(c, i) else { return nil }
        // "a 6-year-old boy", "Smith, 52 years old": an age, which TimeML does not mark.
        if c.norm(end) == "old" || c.norm(end) == "-" && c.norm(end + 1) == "old" { return nil }
        if c.norm(end) == "ago" || c.norm(end) == "earlier" && c.norm(i - 1) != "than" {
            guard let ref = c.reference, let count else { return (.date, "PAST_REF", end + 1, nil) }
            switch unit {
            case "D": return (.date, ref.adding(days: -count).description, end + 1, nil)
            case "W": return (.date, ref.adding(days: -7 * count).description, end + 1, nil)
            case "M": return (.date, ref.adding(months: -count).monthString, end + 1, nil)
            case "Y": return (.date, String(ref.year - count), end + 1, nil)
            case "DE": return (.date, String((ref.year - 10 * count) / 10), end + 1, nil)
            default: return (.date, "PAST_REF", end + 1, nil)
            }
        }
        // "a year" after an amount ("15 a year") is a frequency.
        if c.norm(i) == "a" || c.norm(i) == "per", count == 1,
            Range.window(i - 3, i).contains(where: { c.isNumber($0) })
        {
            return (.set, durationValue(1, unit), end, nil)
        }
        // "a year" alone, without a number, is too vague unless governed by for/over/in/after/within.
        if c.norm(i) == "a" || c.norm(i) == "an" {
            let before = c.norm(i - 1)
            guard
                [
                    "for", "over", "within", "after", "than", "nearly", "almost", "about", "around", "least", "past",
                    "last", "in", "some", "barely", "just", "only"
                ].contains(before)
            else { return nil }
        }
        return (.duration, durationValue(count, unit), end, nil)
    }

    /// A count and a unit at `i`: ("two", "days"), ("27", "-", "year"), ("several", "months").
    func quantity(_ c: Context, _ i: Int) -> (Int?, Int, String)? {
        var count: Int?? = nil
        var k = i
        if let v = c.intValue(i), !c.tokens[i].norm.contains(":"), c.tokens[i].norm.last?.isNumber ?? false {
            count = v
            k += 1
        } else if let v = TimeWords.numbers[c.norm(i)] {
            count = v
            k += 1
            // "twenty-five", "a few", "a couple of".
            if c.norm(k) == "-", let v2 = TimeWords.numbers[c.norm(k + 1)], let a = v, let b = v2 {
                count = a + b
                k += 2
            }
            if c.norm(i) == "a", c.norm(k) == "few" || c.norm(k) == "couple" {
                count = c.norm(k) == "few" ? .some(nil) : 2
                k += 1
            }
            if c.norm(k) == "of" { k += 1 }
        } else if TimeWords.units[c.norm(i)] != nil, c.norm(i).hasSuffix("s"), c.norm(i - 1) != "the" {
            return nil
        } else {
            return nil
        }
        if c.norm(k) == "-" { k += 1 }
        // Allow one adjective: "two full days", "several more years".
        if TimeWords.units[c.norm(k)] == nil,
            ["more", "full", "long", "straight", "consecutive", "additional", "further"].contains(c.norm(k))
        {
            k += 1
        }
        guard let (unit, _) = TimeWords.units[c.norm(k)] else { return nil }
        // "a quarter of its dealers", "three-quarters of its food": a fraction, not a span of time.
        if unit == "Q", k == i + 1 && c.norm(k + 1) == "of" || c.norm(k - 1) == "-" && c.norm(k).hasSuffix("s") {
            return nil
        }
        return (count ?? nil, k + 1, unit + (TimeWords.units[c.norm(k)]!.1 ? "T" : ""))
    }

    /// "every year", "each season", "annually", "weekly".
    func setExpression(_ c: Context, _ i: Int) -> (TimeExpression.Kind, String, Int, Int?)? {
        let n = c.norm(i)
        let adverbs = [
            "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"
        ]
        if let v = adverbs[n] { return (.set, v, i + 1, nil) }
        if n == "every" || n == "each" {
            let w = c.norm(i + 1)
            if let (unit, _) = TimeWords.units[w] {
                return (.set, durationValue(1, unit + (TimeWords.units[w]!.1 ? "T" : "")), i + 2, nil)
            }
            if let wd = TimeWords.weekdays[w] { return (.set, "XXXX-WXX-\(wd)", i + 2, nil) }
            if let s = TimeWords.seasons[w] { return (.set, "XXXX-" + s, i + 2, nil) }
            if w == "season" { return (.set, "P3M", i + 2, nil) }
        }
        return nil
    }

    /// "10:30", "3 p.m.", "noon", "midnight".
    func clockTime(_ c: Context, _ i: Int) -> (TimeExpression.Kind, String, Int, Int?)? {
        let n = c.norm(i)
        let date = c.reference?.description ?? "XXXX-XX-XX"
        if n == "noon" || n == "midday" || n == "midnight" {
            let clock = n == "midnight" ? "T24:00" : "T12:00"
            if let (day, end) = clockDay(c, i + 1) { return (.time, day + clock, end, nil) }
            return (.time, date + clock, i + 1, nil)
        }
        guard c.isNumber(i) else { return nil }
        var hour = 0
        var minute = 0
        let parts = n.split(separator: ":")
        if parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60 {
            hour = h
            minute = m
        } else if let h = Int(n), h >= 1, h <= 12 {
            hour = h
        } else {
            return nil
        }
        var end = i + 1
        let ampm = c.norm(end)
        if ampm == "a.m." || ampm == "am" {
            if hour == 12 { hour = 0 }
            end += 1
        } else if ampm == "p.m." || ampm == "pm" {
            if hour < 12 { hour += 12 }
            end += 1
        } else if parts.count != 2 {
            return nil
        }
        if c.norm(end) == "." && (ampm == "a.m" || ampm == "p.m") { end += 1 }
        var zone = ""
        if ["utc", "gmt", "z"].contains(c.norm(end)) {
            zone = "Z"
            end += 1
        } else if TimeWords.localZones.contains(c.norm(end)) {
            end += 1
        }
        if let (day, dayEnd) = clockDay(c, end) {
            return (.time, day + "T" + Day.pad(hour, 2) + ":" + Day.pad(minute, 2) + zone, dayEnd, nil)
        }
        return (.time, date + "T" + Day.pad(hour, 2) + ":" + Day.pad(minute, 2) + zone, end, nil)
    }

    /// The day a clock time names after it: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "16:00 UTC today".
    func clockDay(_ c: Context, _ i: Int) -> (String, Int)? {
        var j = i
        if c.norm(j) == "," { j += 1 }
        let n = c.norm(j)
        guard
            TimeWords.weekdays[n] != nil || TimeWords.months[n] != nil
                || ["today", "yesterday", "tomorrow"].contains(n),
            let hit = match(c, j), hit.0 == .date, hit.3 == nil, Day(iso: hit.1) != nil
        else { return nil }
        return (hit.1, hit.2)
    }

    /// "Saturday, April 25", "Friday Oct. 13": a weekday naming the date that follows it.
    func datedWeekday(_ c: Context, _ i: Int) -> (TimeExpression.Kind, String, Int, Int?)? {
        var j = i + 1
        if c.norm(j) == "." { j += 1 }
        if c.norm(j) == "," { j += 1 }
        guard TimeWords.months[c.norm(j)] != nil, let hit = explicitDate(c, j), Day(iso: hit.1) != nil else {
            return nil
        }
        return (.date, hit.1, hit.2, nil)
    }

    /// "July last year", "January this year", "April next year": a month of the year named after it.
    func monthOfNamedYear(_ c: Context, _ i: Int, month: Int) -> (String, Int)? {
        guard let ref = c.reference, c.norm(i + 2) == "year" else { return nil }
        let shift: Int
        switch c.norm(i + 1) {
        case "last": shift = -1
        case "this": shift = 0
        case "next": shift = 1
        default: return nil
        }
        return (Day.pad(ref.year + shift, 4) + "-" + Day.pad(month, 2), i + 3)
    }

    /// "today", "yesterday", "tomorrow" or a weekday after "earlier", "late" and the like.
    func relativeDay(_ c: Context, _ i: Int) -> (TimeExpression.Kind, String, Int, Int?)? {
        let n = c.norm(i)
        guard
            ["today", "yesterday", "tomorrow", "tonight"].contains(n)
                || TimeWords.weekdays[n] != nil && c.tokens[i].isCapitalized,
            let hit = match(c, i)
        else { return nil }
        return hit
    }

    /// The weekday `wd` nearest `ref` in the past (on or before) or future (after).
    func weekday(_ wd: Int, from ref: Day, future: Bool, strict: Bool = false) -> Day {
        if future {
            // "is set to land on Monday" in a Monday paper is that day.
            var delta = wd - ref.weekday
            if delta < 0 || strict && delta == 0 { delta += 7 }
            return ref.adding(days: delta)
        }
        var delta = ref.weekday - wd
        if delta < 0 || (strict && delta == 0) { delta += 7 }
        return ref.adding(days: -delta)
    }

    /// `YYYY-MM` of the latest (or next) occurrence of a month.
    func monthValue(_ month: Int, ref: Day, future: Bool) -> String {
        var y = ref.year
        if future { if month < ref.month { y += 1 } } else if month > ref.month { y -= 1 }
        return Day.pad(y, 4) + "-" + Day.pad(month, 2)
    }

    /// The year that puts a month and day closest to the reference.
    func nearestYear(month: Int, day: Int, ref: Day, future: Bool = false) -> Int {
        var best = ref.year
        var bestDistance = Int.max
        for y in (ref.year - 1)...(ref.year + 1) {
            let d = Day(year: y, month: month, day: min(day, Day.daysIn(month: month, year: y)))
            // News reports what has happened: a date ahead counts as twice as far unless the clause looks forward.
            let ahead = d.ordinal - ref.ordinal
            let distance = future ? (ahead < 0 ? Int.max / 2 : ahead) : (ahead > 0 ? 2 * ahead : -ahead)
            if distance < bestDistance {
                best = y
                bestDistance = distance
            }
        }
        return best
    }

    /// `P2Y`, `PXM`, `PT3H`, `P10Y` for a decade.
    func durationValue(_ count: Int?, _ unit: String) -> String {
        let isTime = unit.hasSuffix("T")
        var u = isTime ? String(unit.dropLast()) : unit
        var n = count.map(String.init) ?? "X"
        if u == "DE" {
            u = "Y"
            n = count.map { String($0 * 10) } ?? "X"
        }  // TimeML writes a decade as P10Y
        if u == "CE" {
            u = "Y"
            n = count.map { String($0 * 100) } ?? "X"
        }
        if u == "Q" {
            u = "M"
            n = count.map { String($0 * 3) } ?? "X"
        }
        return (isTime ? "PT" : "P") + n + u
    }
}
