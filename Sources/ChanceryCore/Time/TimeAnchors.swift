/// How an expression's value hangs on the period the document reports on ("the quarter", "the year-ago period").
enum TimeAnchor: Sendable, Hashable {
    /// The value stands on its own.
    case none
    /// The quarter or half under discussion: "the quarter", "the latest period".
    case reported
    /// The reported quarter, but of the year given: "the 1988 period".
    case reportedIn(Int)
    /// The period under discussion a year back: "the year-ago quarter", "the same period last year".
    case yearBefore
    /// "a year ago", "last year" after a figure: in a quarterly report, the same quarter a year back.
    case comparedYearBefore
    /// "the same day", "to end the day", "the start of the day": the day the text last named, else the reference.
    case focusDay
    /// "the following year", "the previous Friday", "the next morning", "later that year": counted from the time the
    /// text last named (by so many of the unit), else from the reference.
    case named(Int, NamedUnit)

    /// The unit an anaphoric expression counts in.
    enum NamedUnit: Sendable, Hashable {
        case day, week, month, quarter, year
        case weekday(Int)
    }
}

extension TimeTagger {
    /// Which period an expression over `span` leans on, read from its words and value.
    func anchorKind(_ c: Context, _ span: Range<Int>, value: String) -> TimeAnchor {
        let words = span.map { c.norm($0) }
        if value == c.reference?.description, Self.namesTheDayInFocus(words) { return .focusDay }
        // "in the morning": of the day in focus.
        if words.count == 2, words[0] == "the", c.words.partsOfDay[words[1]] != nil,
            value.hasPrefix(c.reference?.description ?? "-")
        {
            return .focusDay
        }
        if let named = namedCount(c, words) { return named }
        let hasYearBack =
            words.contains("ago") || words.contains("earlier") || words.contains("last") || words.contains("previous")
        let hasYear = span.contains { c.isNumber($0) && c.tokens[$0].norm.count == 4 }
        let isQuarterValue = value.contains("-Q") || value.contains("-H")
        // "year-end", "year's end" name the end of a year, not a period a year back or the one under discussion.
        if words.last == "end" { return .none }
        if words.count == 3, words[0] == "year", words[1] == "-" { return .yearBefore }
        if words.contains("year"), words.contains("-"), hasYearBack,
            words.contains("quarter") || words.contains("period")
        {
            return isQuarterValue ? .none : .yearBefore
        }
        // "the quarter a year ago", "the period a year earlier": the period under discussion, a year back.
        if words.first == "the", words.count > 3, words[1] == "quarter" || words[1] == "period", words.contains("year"),
            words.last == "ago" || words.last == "earlier", !isQuarterValue
        {
            return .yearBefore
        }
        if words.contains("same") || words.contains("corresponding") || words.contains("comparable") {
            return hasYearBack ? .yearBefore : .reported
        }
        if words.contains("'s"), !isQuarterValue { return words.first == "last" ? .yearBefore : .reported }
        if words.contains("period") || words.contains("quarter"), hasYear, !isQuarterValue, let y = Int(value.prefix(4))
        {
            return .reportedIn(y)
        }
        if !hasYear, !isQuarterValue || words.first == "this",
            words.contains("quarter") && words.count <= 3 || words.contains("period") && words.count <= 3,
            !words.contains("current"), !words.contains("next")
        {
            return .reported
        }
        if c.words.yearBackPhrases.contains(words.joined(separator: " ")) {
            return .comparedYearBefore
        }
        return .none
    }

    /// Fills in the anchored values of a document's expressions, in reading order, from the last quarter, half or month
    /// it named; `tokens` are the document's, for the figures a comparison needs.
    /// A period that begins after `reference` ("the third quarter of 1990" in a 1989 report) is a forecast's, not the
    /// period the report is on.
    public func anchor(_ sentences: [[TimeExpression]], tokens: [Token], reference: Day? = nil) -> [[TimeExpression]] {
        var quarter: String? = nil  // "1989-Q3", "1989-H1"
        var period: String? = nil  // the last quarter, half or month
        var day: String? = nil  // the last day named
        var named: String? = nil  // the last date or time named, for "the following year"
        return sentences.map { sentence in
            // "For the nine months, net was $9 million against $7 million a year earlier": the sentence reports on
            // a stretch that is not the quarter, and its comparison is with that stretch a year back, a year.
            var otherStretch = false
            return sentence.map { t in
                var t = t
                switch t.anchor {
                case .none:
                    if t.kind == .duration { otherStretch = Self.isReportedStretch(t.value) || otherStretch }
                    if t.kind == .date, Self.isPeriod(t.value) { otherStretch = false }
                    if t.kind == .date, Self.isPeriod(t.value), !Self.isAhead(t.value, of: reference) {
                        period = t.value
                        if !Self.isMonth(t.value) { quarter = t.value }
                    }
                    if t.kind == .date || t.kind == .time, let named = Self.dayOf(t.value) { day = named }
                    if t.kind == .date || t.kind == .time, Self.isCalendarValue(t.value) { named = t.value }
                case .named(let shift, let unit):
                    if let value = Self.countedFrom(named, shift, unit, value: t.value) {
                        t.value = value
                        named = value
                    }
                case .focusDay:
                    // A part of day keeps its code: "in the morning" of that day is `…TMO`.
                    if let day { t.value = day + t.value.dropFirst(min(10, t.value.count)) }
                case .reported:
                    if let quarter { t.value = quarter }
                case .reportedIn(let y):
                    if let quarter { t.value = String(y) + quarter.dropFirst(4) }
                case .yearBefore:
                    // "the year-ago quarter" wants the quarter even after a month was named.
                    let base = t.text.lowercased().contains("quarter") ? quarter ?? period : period
                    if let base { t.value = Self.yearBefore(base) }
                case .comparedYearBefore:
                    if let quarter, !otherStretch, Self.followsFigure(t, tokens) || Self.followsComparison(t, tokens) {
                        t.value = Self.yearBefore(quarter)
                    }
                }
                return t
            }
        }
    }

    /// "the following year", "the previous Friday", "the next morning", "that day", "later that year": a unit counted
    /// from the time the text is on rather than from publication ("next year" alone is the reference's).
    func namedCount(_ c: Context, _ words: [String]) -> TimeAnchor? {
        guard let last = words.last else { return nil }
        let shift: Int
        // "the day after his death", "they met the day after": counted from the day the text is on.
        if words.count == 3, words[0] == "the", words[1] == "day", words[2] == "before" || words[2] == "after" {
            return .named(words[2] == "before" ? -1 : 1, .day)
        }
        if words.count == 3, words[0] == "the", let d = c.words.directions[words[1]], d != 0, words[1] != "past",
            words[1] != "coming"
        {
            shift = d
        } else if words.count <= 3, words[words.count >= 2 ? words.count - 2 : 0] == "that", words.count >= 2 {
            shift = 0
        } else {
            return nil
        }
        if let wd = c.words.weekdays[last] { return .named(shift, .weekday(wd)) }
        switch last {
        case "day", "morning", "afternoon", "evening", "night": return .named(shift, .day)
        case "week": return .named(shift, .week)
        case "month": return .named(shift, .month)
        case "quarter": return .named(shift, .quarter)
        case "year": return .named(shift, .year)
        default: return nil
        }
    }

    /// `value` counted `shift` units from the last time named, `named`, when that gives the unit; nil otherwise.
    static func countedFrom(_ named: String?, _ shift: Int, _ unit: TimeAnchor.NamedUnit, value: String) -> String? {
        guard let named, let year = Int(named.prefix(4)), named.utf8.count >= 4 else { return nil }
        let month = named.utf8.count >= 7 && !named.dropFirst(4).hasPrefix("-Q") ? Int(named.dropFirst(5).prefix(2)) : nil
        let day = dayOf(named).flatMap { Day(iso: $0) }
        switch unit {
        case .year: return String(year + shift)
        case .month:
            guard let month, (1...12).contains(month) else { return nil }
            return Day(year: year, month: month, day: 1).adding(months: shift).monthString
        case .quarter:
            let namedQuarter = named.dropFirst(4).hasPrefix("-Q") ? Int(named.dropFirst(6).prefix(1)) : nil
            guard let base = namedQuarter ?? month.map({ ($0 - 1) / 3 + 1 }), (1...4).contains(base) else { return nil }
            let q = base + shift
            let y = year + (q < 1 ? -1 : (q > 4 ? 1 : 0))
            return "\(y)-Q\(q < 1 ? 4 : (q > 4 ? 1 : q))"
        case .week:
            guard let day else { return nil }
            let w = day.adding(days: 7 * shift).isoWeek
            return "\(w.year)-W\(Day.pad(w.week, 2))"
        case .day:
            guard let day else { return nil }
            // Keep the part of day the expression named: "the next morning" is that day's morning.
            return day.adding(days: shift).description + value.dropFirst(min(10, value.count))
        case .weekday(let wd):
            guard let day else { return nil }
            let delta = shift < 0 ? -((day.weekday - wd + 6) % 7 + 1) : (shift > 0 ? (wd - day.weekday + 6) % 7 + 1 : wd - day.weekday)
            return day.adding(days: delta).description + value.dropFirst(min(10, value.count))
        }
    }

    /// "the day", "the same day", "the start of the day": words that name the day the narrative is on.
    static func namesTheDayInFocus(_ words: [String]) -> Bool {
        guard words.count >= 2, words.last == "day", words[words.count - 2] == "the" || words.first == "the" else {
            return false
        }
        return words.count == 2 || words == ["the", "same", "day"] || words.count == 5 && words[2] == "of"
    }

    /// The `YYYY-MM-DD` a date or time value falls on, nil for a coarser one.
    static func dayOf(_ v: String) -> String? {
        let u = Array(v.utf8.prefix(11))
        guard u.count >= 10, u[4] == 0x2D, u[7] == 0x2D, u.count == 10 || u[10] == 0x54,
            u[0..<10].allSatisfy({ $0 == 0x2D || $0 >= 0x30 && $0 <= 0x39 })
        else { return nil }
        return String(v.prefix(10))
    }

    /// A value that names a stretch of the calendar: `1995`, `1995-Q3`, `1995-05`, `1995-05-22T10:00`.
    static func isCalendarValue(_ v: String) -> Bool {
        let u = Array(v.utf8.prefix(7))
        guard u.count >= 4, u[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return u.count == 4 || u[4] == 0x2D && u.count == 7 && (u[5] >= 0x30 && u[5] <= 0x31 || u[5] == 0x51)
    }

    /// `YYYY-Qn`, `YYYY-Hn` or `YYYY-MM`.
    static func isPeriod(_ v: String) -> Bool {
        let u = Array(v.utf8)
        guard u.count == 7, u[4] == 0x2D, u[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return u[5] == 0x51 || u[5] == 0x48 || isMonth(v)
    }

    /// Whether a period value (`YYYY-Qn`, `YYYY-Hn`, `YYYY-MM`) begins after `reference`: a forecast's. One that has
    /// begun may be a fiscal quarter already reported ("its fourth quarter ended Sept. 30" in November).
    static func isAhead(_ v: String, of reference: Day?) -> Bool {
        guard let reference, let year = Int(v.prefix(4)), v.utf8.count == 7 else { return false }
        let part = v.dropFirst(5)
        let firstMonth: Int?
        if part.hasPrefix("Q") {
            firstMonth = Int(part.dropFirst()).map { ($0 - 1) * 3 + 1 }
        } else if part.hasPrefix("H") {
            firstMonth = Int(part.dropFirst()).map { ($0 - 1) * 6 + 1 }
        } else {
            firstMonth = Int(part)
        }
        guard let firstMonth else { return false }
        return year > reference.year || year == reference.year && firstMonth > reference.month
    }

    /// `YYYY-MM`.
    static func isMonth(_ v: String) -> Bool {
        let u = Array(v.utf8)
        return u.count == 7 && u[5] >= 0x30 && u[5] <= 0x31 && u[6] >= 0x30 && u[6] <= 0x39
    }

    /// The same period one year earlier: `1989-Q3` → `1988-Q3`.
    static func yearBefore(_ v: String) -> String {
        guard let y = Int(v.prefix(4)) else { return v }
        return Day.pad(y - 1, 4) + v.dropFirst(4)
    }

    /// A duration a report gives results for that is not a quarter: "the nine months", "the six months", "the year".
    static func isReportedStretch(_ v: String) -> Bool {
        guard v.hasPrefix("P"), let unit = v.last, unit == "M" || unit == "Y", let n = Int(v.dropFirst().dropLast())
        else { return false }
        return unit == "Y" ? n == 1 : n != 3 && n < 12
    }

    /// "lower than a year ago", "narrowed from a year earlier": the expression is what a comparison is made with.
    static func followsComparison(_ t: TimeExpression, _ tokens: [Token]) -> Bool {
        let k = t.tokens.lowerBound - 1
        guard k >= 0, k < tokens.count else { return false }
        return tokens[k].norm == "than" || tokens[k].norm == "from"
    }

    /// Whether a figure ("$6.1 million", "14%") stands within six words before the expression.
    static func followsFigure(_ t: TimeExpression, _ tokens: [Token]) -> Bool {
        tokens.window(t.tokens.lowerBound - 6, t.tokens.lowerBound).contains { token in
            token.kind == .number && !(token.norm.count == 4 && (1900...2100).contains(Int(token.norm) ?? 0))
        }
    }
}
