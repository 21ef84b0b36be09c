/// What an event date was decided from, as `events.md` names it (the `basis` field and the `dateBasis` columns).
public enum DateBasis: String, Sendable, Hashable, CaseIterable {
    /// A time expression in the text.
    case text
    /// The publication date: the text gives no date.
    case article
    /// Neither: the event is undated.
    case unknown

    /// The basis a column holds; a value this version does not know counts as unknown, so it never fuses by date.
    public init(stored: String) { self = DateBasis(rawValue: stored) ?? .unknown }
}
