/// Expressions counted from the reference: "last Friday", "next week", "this year", "early December",
/// "the previous day", "earlier this month", "the past two years".
extension TimeTagger {
    /// At a relative opener (`relative-openers.txt`): "last", "the", "early", "earlier"…
    func relative(_ c: Context, _ i: Int) -> Hit? {
        let mod = c.norm(i)
        if mod == "the" { return theRelative(c, i) }
        return relativeAfter(c, i, mod: mod, at: i + 1)
    }

    /// "the previous day", "the day before", "the third quarter", "the weekend", "the past decade", "the 1990s".
    func theRelative(_ c: Context, _ i: Int) -> Hit? {
        if let hit = reportedPeriod(c, i) { return hit }
        if let hit = thePhrase(c, i) { return hit }
        let k = i + 1
        // "the year two thousand".
        if c.norm(k) == "year", let (y, end) = spelledYear(c, k + 1) { return (.date, String(y), end, i) }
        let next = c.norm(k)
        // "placed orders in the morning": the morning of the day the text is on (its anchor); not "the morning of"
        // or "from the night the plane went down", whose day an event gives.
        if let pod = c.words.partsOfDay[next], next != "overnight", c.word(i - 1, in: c.words.partOfDayPrepositions),
            c.norm(k + 1) != "of", !c.word(k + 1, in: c.words.determiners), let ref = c.reference
        {
            return (.time, ref.description + "T" + pod, k + 1, i)
        }
        guard
            c.word(k, in: c.words.theTimeOpeners)
                || c.words.ordinals[next] != nil && (c.norm(k + 1) == "quarter" || c.norm(k + 1) == "half")
        else {
            // "the 1990s", "the 27th" keep their article; "the 1996 bombing" names its year alone.
            if let hit = explicitDate(c, k) { return (hit.0, hit.1, hit.2, hit.3 ?? k) }
            return nil
        }
        if next == "day", let ref = c.reference, c.norm(k + 1) == "before" || c.norm(k + 1) == "after" {
            // "late in the day after falling": "the day" alone, the day in focus (its anchor). So is "Oct. 12, the day
            // before the plunge", set beside the date it names; "the day after his death" counts from the day in focus.
            let beside = c.norm(i - 1) == "," && (c.isNumber(i - 2) || c.value(c.words.weekdays, i - 2) != nil)
            if beside, c.range.contains(k + 2), c.tokens[k + 2].kind == .word, namedDay(c, k + 2) == nil {
                return (.date, ref.description, k + 1, i)
            }
            guard let shift = dayShift(c, k + 1) else {
                if c.norm(k + 2).hasSuffix("ing") { return (.date, ref.description, k + 1, i) }
                return (.date, ref.adding(days: c.norm(k + 1) == "before" ? -1 : 1).description, k + 2, i)
            }
            if let (day, end) = namedDay(c, k + 2) { return (.date, day.adding(days: shift).description, end, i) }
            return (.date, ref.adding(days: shift).description, k + 2, i)
        }
        // "the week of March 6": the ISO week that day falls in.
        if next == "week", c.norm(k + 1) == "of", let (day, end) = namedDay(c, k + 2) {
            let w = day.isoWeek
            return (.date, "\(w.year)-W\(Day.pad(w.week, 2))", end, i)
        }
        if c.words.ordinals[next] != nil, let hit = quarter(c, k) { return (hit.0, hit.1, hit.2, i) }
        if next == "weekend", let ref = c.reference {
            let w = (c.isFuture(i) ? ref.adding(days: 7 - ref.weekday + 6) : ref.adding(days: -ref.weekday - 1)).isoWeek
            return (.date, "\(w.year)-W\(Day.pad(w.week, 2))-WE", k + 1, i)
        }
        // "the past decade", "the next year": a span, not a calendar unit.
        if c.word(k, in: c.words.spanModifiers), let (u, isTime) = c.value(c.words.units, k + 1),
            !c.norm(k + 1).hasSuffix("s"), u != "WE"
        {
            return (.duration, durationValue(1, u + (isTime ? "T" : "")), k + 2, i)
        }
        return relativeAfter(c, i, mod: next, at: k + 1)
    }

    /// The day a date expression at `k` names ("last Tuesday", "March 6", "Christmas") and its end; nil for any other.
    func namedDay(_ c: Context, _ k: Int) -> (Day, Int)? {
        guard c.range.contains(k), let hit = match(c, k), hit.start == nil || hit.start == k,
            let day = Day(iso: hit.value.prefix(10)), hit.value.utf8.count == 10
        else { return nil }
        return (day, hit.end)
    }

    /// "(the day) before" -1, "(the day) after" 1; nil when a clause follows ("late in the day after falling 250
    /// points": the day itself, its verb's -ing form after the preposition) or an event's noun phrase ("the day before
    /// the stock market plunge": the day of that event, not the day before publication).
    func dayShift(_ c: Context, _ k: Int) -> Int? {
        let n = c.norm(k)
        guard n == "before" || n == "after", !c.norm(k + 1).hasSuffix("ing") else { return nil }
        if c.word(k + 1, in: c.words.determiners), namedDay(c, k + 1) == nil { return nil }
        return n == "before" ? -1 : 1
    }

    /// The expression a modifier `mod` opens, its unit or name at `k`; `start` is where the expression starts.
    func relativeAfter(_ c: Context, _ start: Int, mod: String, at k: Int) -> Hit? {
        if mod == "earlier" || mod == "later" { return earlierOrLater(c, start, at: k) }
        if mod == "early" || mod == "late" || mod == "mid" { return partOfPeriod(c, start, at: k) }
        guard let ref = c.reference else {
            let word = c.norm(k)
            if c.words.units[word] != nil || c.words.weekdays[word] != nil || c.words.months[word] != nil
                || c.words.seasons[word] != nil
            {
                return (.date, "XXXX", k + 1, start)
            }
            return nil
        }
        guard let direction = c.words.directions[mod] else { return nil }
        return counted(c, start, at: k, direction: direction, ref: ref)
    }

    /// "earlier this month", "later this year", "earlier Tuesday", "later today".
    func earlierOrLater(_ c: Context, _ start: Int, at k: Int) -> Hit? {
        if let hit = relativeDay(c, k) { return (hit.0, hit.1, hit.2, start) }
        if let hit = thatUnit(c, k, framed: true) { return (hit.0, hit.1, hit.2, start) }
        guard c.norm(k) == "this" || c.norm(k) == "that" else { return nil }
        if let hit = relative(c, k) { return (hit.0, hit.1, hit.2, start) }
        return nil
    }

    /// "in that year", "on that day", "later that year" (`framed` by the caller): a unit of the time the text named,
    /// which `anchor` fills in; until then, the reference's.
    func thatUnit(_ c: Context, _ i: Int, framed: Bool = false) -> Hit? {
        // "imports that year, according to": a unit that ends its clause is no relative clause's subject.
        let endsClause = c.range.contains(i + 2) && c.tokens[i + 2].breaksModifiers
        guard c.norm(i) == "that", let ref = c.reference,
            framed || c.word(i - 1, in: c.words.thatTimeFrames) || i == c.range.lowerBound || c.norm(i - 1) == ","
                || endsClause
        else { return nil }
        switch c.norm(i + 1) {
        case "day", "morning", "afternoon", "evening", "night", "week", "month", "year", "quarter":
            // "that day-long meeting": the unit is a part of a word.
            guard c.norm(i + 2) != "-" else { return nil }
            return countedUnit(c, i, at: i + 1, direction: 0, ref: ref)
        default: return nil
        }
    }

    /// "early December", "late last year", "mid-2025", "late Tuesday": the whole's value.
    func partOfPeriod(_ c: Context, _ start: Int, at k: Int) -> Hit? {
        var j = k
        if c.norm(j) == "-" { j += 1 }
        if let pod = c.value(c.words.partsOfDay, j) { return partOfADay(c, start, pod: pod, at: j) }
        if c.value(c.words.yearShifts, j) != nil {
            if let hit = relative(c, j) { return (hit.0, hit.1, hit.2, start) }
            return nil
        }
        if let hit = explicitDate(c, j) { return (hit.0, hit.1, hit.2, start) }
        if let hit = relativeDay(c, j) { return (hit.0, hit.1, hit.2, start) }
        // "the early summer", "in late spring", "late summer of 1994": the season's value.
        if let season = c.value(c.words.seasons, j) {
            let hit = bareSeason(c, j, season)
            return (hit.0, hit.1, hit.2, start)
        }
        if let month = c.value(c.words.months, j), c.tokens[j].isCapitalized, let ref = c.reference {
            if let (value, end) = monthOfNamedYear(c, j, month: month) { return (.date, value, end, start) }
            return (.date, monthValue(month, ref: ref, tense: c.tense(start)), j + 1, start)
        }
        return nil
    }

    /// "mid-afternoon yesterday", "late evening Tuesday", "by mid afternoon": a part of the day named after it, or
    /// after a preposition of the story's day; "an early morning raid" names no time.
    func partOfADay(_ c: Context, _ start: Int, pod: String, at j: Int) -> Hit? {
        if let hit = relativeDay(c, j + 1), let day = Self.dayOf(hit.value) { return (.time, day + "T" + pod, hit.end, start) }
        guard c.word(start - 1, in: c.words.partOfDayPrepositions) || c.norm(start - 1) == "the"
            && c.word(start - 2, in: c.words.partOfDayPrepositions), c.norm(j + 1) != "-"
        else { return nil }
        let day = c.reference?.description ?? "XXXX-XX-XX"
        return (.time, day + "T" + pod, j + 1, c.norm(start - 1) == "the" ? start - 1 : start)
    }

    /// A weekday, month, season, count or unit at `k`, `direction` units from the reference ("last", "next", "this").
    func counted(_ c: Context, _ start: Int, at k: Int, direction: Int, ref: Day) -> Hit? {
        let word = c.norm(k)
        if let wd = c.words.weekdays[word] {
            let day: Day
            switch direction {
            case -1: day = weekday(wd, from: ref, future: false, strict: true)
            case 1: day = weekday(wd, from: ref, future: true, strict: true)
            default: day = ref.adding(days: wd - ref.weekday)
            }
            let (suffix, end) = partOfDay(c, k + 1)
            return (suffix.isEmpty ? .date : .time, day.description + suffix, end, start)
        }
        if let month = c.words.months[word], c.tokens[k].isCapitalized {
            if direction != 0, let hit = countedMonthDay(c, start, at: k, month: month, direction: direction, ref: ref) {
                return hit
            }
            let y =
                direction == 0
                ? ref.year
                : (direction < 0
                    ? (month < ref.month ? ref.year : ref.year - 1) : (month > ref.month ? ref.year : ref.year + 1))
            return (.date, Day.pad(y, 4) + "-" + Day.pad(month, 2), k + 1, start)
        }
        if let season = c.words.seasons[word] {
            // "last spring" in October is this year's; in February, last year's.
            let back = ref.month >= Self.monthAfter(season: season) ? 0 : -1
            return (.date, String(ref.year + (direction < 0 ? back : direction)) + "-" + season, k + 1, start)
        }
        // "past several months", "past two years", "next few days": durations.
        if direction != 0, let (count, unitEnd, unit) = quantity(c, k) {
            return (.duration, durationValue(count, unit), unitEnd, start)
        }
        // "in coming weeks", "in the coming years", "in past years": a stretch of unknown length, as "recent years".
        if direction != 0, word.hasSuffix("s"), let (unit, isTime) = c.words.units[word], unit != "WE" {
            return (.duration, durationValue(nil, unit + (isTime ? "T" : "")), k + 1, start)
        }
        return countedUnit(c, start, at: k, direction: direction, ref: ref)
    }

    /// "last Oct. 23", "next March 6": the latest such day before the reference, or the first after it.
    func countedMonthDay(_ c: Context, _ start: Int, at k: Int, month: Int, direction: Int, ref: Day) -> Hit? {
        let d = c.norm(k + 1) == "." ? k + 2 : k + 1
        guard let day = dayNumber(c, d), fourDigitYear(c, d + 1) == nil
        else { return nil }
        for shift in direction < 0 ? [0, -1, -2] : [0, 1, 2] {
            let y = ref.year + shift
            let date = Day(year: y, month: month, day: min(day, Day.daysIn(month: month, year: y)))
            if direction < 0 ? date < ref : date > ref { return (.date, date.description, d + 1, start) }
        }
        return nil
    }

    /// "next week", "last month", "the following day", "this quarter": a calendar unit `direction` from the reference.
    func countedUnit(_ c: Context, _ start: Int, at k: Int, direction: Int, ref: Day) -> Hit? {
        switch c.norm(k) {
        case "day": return (.date, ref.adding(days: direction).description, k + 1, start)
        case "night": return (.time, ref.adding(days: direction).description + "TNI", k + 1, start)
        case "morning", "afternoon", "evening":
            return (.time, ref.adding(days: direction).description + partOfDay(c, k).suffix, k + 1, start)
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

    /// The month after which a season named "last" is this year's rather than last year's.
    static func monthAfter(season: String) -> Int {
        switch season {
        case "SP": return 6
        case "SU": return 9
        case "FA": return 12
        default: return 13
        }
    }
}
