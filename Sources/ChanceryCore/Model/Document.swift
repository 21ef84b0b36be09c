/// A news document as read: the text exactly as decoded plus what the reader learned about it.
public struct Document: Sendable {
    /// Identifier: file name without extension, or the `id` of a JSON Lines record.
    public var id: String
    /// The full text as decoded; every offset counts Unicode scalars from its start.
    public var text: String
    /// Publication date, when known.
    public var date: Day?
    /// Headline, when the layout gives one.
    public var title: String?
    /// Where the headline lies in `text` (crawl layout), if it is part of it.
    public var titleSpan: Span?
    /// URL of the original, when given.
    public var url: String?
    /// Publisher or feed name, when given.
    public var source: String?
    /// Scalar offset where the body starts (after a date line and headline).
    public var bodyStart: Int
    /// Where it was read, when it came from a file or standard input.
    public var origin: DocumentOrigin?

    /// Creates a document.
    public init(
        id: String, text: String, date: Day? = nil, title: String? = nil, titleSpan: Span? = nil,
        url: String? = nil, source: String? = nil, bodyStart: Int = 0, origin: DocumentOrigin? = nil
    ) {
        self.id = id
        self.text = text
        self.date = date
        self.title = title
        self.titleSpan = titleSpan
        self.url = url
        self.source = source
        self.bodyStart = bodyStart
        self.origin = origin
    }
}
