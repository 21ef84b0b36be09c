/// A half-open range of Unicode-scalar offsets into a document's text as read.
public struct Span: Hashable, Sendable {
    /// First scalar offset.
    public var start: Int
    /// One past the last scalar offset.
    public var end: Int

    /// Creates a span.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
