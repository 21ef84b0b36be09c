import ChanceryCore

/// The days an event date covers, used to decide whether two reports can be of the same event.
public struct DaySpan: Sendable, Equatable {
    /// How the span was stated.
    public enum Kind: String, Sendable {
        /// One day given by the text.
        case day
        /// A calendar month.
        case month
        /// An ISO week or an explicit range of days.
        case range
        /// A whole year: too coarse to fuse with anything but the same year.
        case year
        /// Only the publication date is known: the event happened on it or in the week before.
        case article
    }

    /// First day covered.
    public var start: Day
    /// Last day covered.
    public var end: Day
    /// How it was stated.
    public var kind: Kind

    /// Creates a span.
    public init(start: Day, end: Day, kind: Kind) {
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// Days an article-dated event may lie before its publication date and still fuse with a dated report.
    public static let articleWindow = 7

    /// The span of an event date (`events.md` value and basis), nil when the date is unknown; an article-dated event
    /// may have happened in the week before publication.
    public init?(value: String?, basis: DateBasis) {
        guard let value, !value.isEmpty, basis != .unknown else { return nil }
        if basis == .article, let d = Day(iso: value) {
            self.init(start: d.adding(days: -DaySpan.articleWindow), end: d, kind: .article)
        } else {
            self.init(timex: value)
        }
    }

    /// The days a TIMEX3 date value covers: `2026-02-03`, `2026-02`, `2026-W06`, `2026` or a range `A/B` of those.
    init?(timex value: String) {
        if let slash = value.firstIndex(of: "/") {
            guard let a = DaySpan(timex: String(value[..<slash])),
                let b = DaySpan(timex: String(value[value.index(after: slash)...]))
            else { return nil }
            self.init(start: a.start, end: b.end, kind: .range)
            return
        }
        if let d = Day(iso: value) {
            self.init(start: d, end: d, kind: .day)
            return
        }
        let parts = value.split(separator: "-")
        guard let first = parts.first, let year = Int(first), first.count == 4 else { return nil }
        if parts.count == 1 {
            self.init(start: Day(year: year, month: 1, day: 1), end: Day(year: year, month: 12, day: 31), kind: .year)
        } else if parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()), (1...53).contains(week) {
            // ISO week 1 holds 4 January; weeks run Monday to Sunday.
            let jan4 = Day(year: year, month: 1, day: 4)
            let monday = jan4.adding(days: -((jan4.weekday + 6) % 7) + (week - 1) * 7)
            self.init(start: monday, end: monday.adding(days: 6), kind: .range)
        } else if parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) {
            self.init(
                start: Day(year: year, month: month, day: 1),
                end: Day(year: year, month: month, day: Day.daysIn(month: month, year: year)), kind: .month)
        } else {
            return nil
        }
    }

    /// The first day as stored and shown: an article-dated event is stored on its publication day.
    public var storedStart: Day { kind == .article ? end : start }

    /// Rebuilds a span from its stored first and last day.
    public init(stored start: Day, _ end: Day, kind: Kind) {
        self.init(start: kind == .article ? end.adding(days: -DaySpan.articleWindow) : start, end: end, kind: kind)
    }

    /// Number of days covered: smaller is more precise.
    public var width: Int { end.ordinal - start.ordinal + 1 }

    /// Whether two reports dated `self` and `other` can describe the same event: the same day, a day
    /// inside the other's range or month, or an undated report in the week before publication.
    public func isCompatible(with other: DaySpan) -> Bool {
        if kind == .year || other.kind == .year { return kind == other.kind && start == other.start }
        // Two undated reports fuse only when published the same day.
        if kind == .article && other.kind == .article { return end == other.end }
        return start <= other.end && other.start <= end
    }
}
