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
}

extension TimeTagger {
    /// Which period an expression over `span` leans on, read from its words and value.
    func anchorKind(_ c: Context, _ span: Range<Int>, value: String) -> TimeAnchor {
        let words = span.map { c.norm($0) }
        if value == c.reference?.description, Self.namesTheDayInFocus(words) { return .focusDay }
        let hasYearBack =
            words.contains("ago") || words.contains("earlier") || words.contains("last") || words.contains("previous")
        let hasYear = span.contains { c.isNumber($0) && c.tokens[$0].norm.count == 4 }
        let isQuarterValue = value.contains("-Q") || value.contains("-H")
        if words.count == 3, words[0] == "year", words[1] == "-" { return .yearBefore }
        if words.contains("year"), words.contains("-"), hasYearBack,
            words.contains("quarter") || words.contains("period")
        {
            return isQuarterValue ? .none : .yearBefore
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
    public func anchor(_ sentences: [[TimeExpression]], tokens: [Token]) -> [[TimeExpression]] {
        var quarter: String? = nil  // "1989-Q3", "1989-H1"
        var period: String? = nil  // the last quarter, half or month
        var day: String? = nil  // the last day named
        return sentences.map { sentence in
            sentence.map { t in
                var t = t
                switch t.anchor {
                case .none:
                    if t.kind == .date, Self.isPeriod(t.value) {
                        period = t.value
                        if !Self.isMonth(t.value) { quarter = t.value }
                    }
                    if t.kind == .date || t.kind == .time, let named = Self.dayOf(t.value) { day = named }
                case .focusDay:
                    if let day { t.value = day }
                case .reported:
                    if let quarter { t.value = quarter }
                case .reportedIn(let y):
                    if let quarter { t.value = String(y) + quarter.dropFirst(4) }
                case .yearBefore:
                    // "the year-ago quarter" wants the quarter even after a month was named.
                    let base = t.text.lowercased().contains("quarter") ? quarter ?? period : period
                    if let base { t.value = Self.yearBefore(base) }
                case .comparedYearBefore:
                    if let quarter, Self.followsFigure(t, tokens) { t.value = Self.yearBefore(quarter) }
                }
                return t
            }
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

    /// `YYYY-Qn`, `YYYY-Hn` or `YYYY-MM`.
    static func isPeriod(_ v: String) -> Bool {
        let u = Array(v.utf8)
        guard u.count == 7, u[4] == 0x2D, u[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return u[5] == 0x51 || u[5] == 0x48 || isMonth(v)
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

    /// Whether a figure ("$6.1 million", "14%") stands within six words before the expression.
    static func followsFigure(_ t: TimeExpression, _ tokens: [Token]) -> Bool {
        tokens.window(t.tokens.lowerBound - 6, t.tokens.lowerBound).contains { token in
            token.kind == .number && !(token.norm.count == 4 && (1900...2100).contains(Int(token.norm) ?? 0))
        }
    }
}
