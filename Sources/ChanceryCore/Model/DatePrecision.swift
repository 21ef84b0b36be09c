/// How fine an event date is, as `events.md` names it (the `precision` field and the `datePrecision` columns).
public enum DatePrecision: String, Sendable, Hashable, CaseIterable {
    /// One day: `2026-02-03`.
    case day
    /// One ISO week: `2026-W06`.
    case week
    /// One month: `2025-07`.
    case month
    /// One year: `2022`.
    case year
    /// A span of days, `2026-02-04/2026-02-05`, or a week written as one.
    case range

    /// The precision of a TIMEX date value: a week is written out as a range of days, an unknown shape counts as a
    /// year (the coarsest).
    public init(timex value: String) {
        if value.contains("-W") {
            self = .range
            return
        }
        switch value.count {
        case 4: self = .year
        case 7: self = .month
        case 10...: self = .day
        default: self = .year
        }
    }
}
