/// A time expression found in the text, typed and normalised as a TimeML TIMEX3.
public struct TimeExpression: Sendable, Hashable {
    /// TIMEX3 types.
    public enum Kind: String, Sendable {
        case date = "DATE"
        case time = "TIME"
        case duration = "DURATION"
        case set = "SET"
    }
    /// Token indexes in the document.
    public var tokens: Range<Int>
    /// Scalar span in the document.
    public var span: Span
    /// The words as written.
    public var text: String
    /// TIMEX3 type.
    public var kind: Kind
    /// TIMEX3 value: `2026-02-03`, `2025-07`, `2013-W11`, `P3D`, `PRESENT_REF`, `XXXX-WI` ...
    public var value: String
    /// Whether the value follows the period the document reports on (filled in by `TimeTagger.anchor`).
    var anchor: TimeAnchor = .none
}
