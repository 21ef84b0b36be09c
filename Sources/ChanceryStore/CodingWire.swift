import ChanceryCore

/// The messages between `chancery ingest` and a coding worker: a document goes out, its coded events and discovered
/// actor names come back. Every field of `Document` and `Event` is carried, so a document coded in a worker is
/// stored exactly as one coded in the process.
public enum CodingWire {
    /// A document as the worker receives it (its origin stays with the sender).
    public static func write(_ d: Document, to w: inout WireWriter) {
        w.string(d.id)
        w.string(d.text)
        w.optional(d.date) { $0.int($1.ordinal) }
        w.optional(d.title) { $0.string($1) }
        w.optional(d.titleSpan) { span($1, to: &$0) }
        w.optional(d.url) { $0.string($1) }
        w.optional(d.source) { $0.string($1) }
        w.int(d.bodyStart)
    }

    /// A document as one message.
    public static func message(_ d: Document) -> [UInt8] {
        var w = WireWriter()
        write(d, to: &w)
        return w.bytes
    }

    /// Reads a document written by `write(_:to:)`.
    public static func document(_ r: inout WireReader) throws -> Document {
        Document(
            id: try r.string(), text: try r.string(), date: try r.optional { Day(ordinal: try $0.int()) },
            title: try r.optional { try $0.string() }, titleSpan: try r.optional { try span(&$0) },
            url: try r.optional { try $0.string() }, source: try r.optional { try $0.string() },
            bodyStart: try r.int())
    }

    /// A coded document's answer: its events and discovered names (sorted, so the bytes are deterministic).
    public static func writeResult(_ coded: StoredDocument, to w: inout WireWriter) {
        w.int(coded.events.count)
        for e in coded.events { event(e, to: &w) }
        let names = coded.discovered.sorted()
        w.int(names.count)
        for name in names { w.string(name) }
    }

    /// Reads an answer back into the stored document of `document`.
    public static func result(_ r: inout WireReader, for document: Document) throws -> StoredDocument {
        var events: [Event] = []
        for _ in 0..<(try r.count()) { events.append(try event(&r)) }
        var discovered = Set<String>()
        for _ in 0..<(try r.count()) { discovered.insert(try r.string()) }
        guard r.isAtEnd else { throw WireError.badValue("bytes after the answer") }
        return StoredDocument(document: document, events: events, discovered: discovered)
    }

    static func span(_ s: Span, to w: inout WireWriter) {
        w.int(s.start)
        w.int(s.end)
    }

    static func span(_ r: inout WireReader) throws -> Span { Span(start: try r.int(), end: try r.int()) }
}
