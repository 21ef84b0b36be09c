/// A sentence of the body (index 0...) or the headline (index -1), as a range of tokens.
public struct Sentence: Sendable, Hashable {
    /// 0-based index among body sentences; -1 for the headline.
    public var index: Int
    /// Scalar span in the document.
    public var span: Span
    /// Indexes into the document's token array.
    public var tokens: Range<Int>
}
