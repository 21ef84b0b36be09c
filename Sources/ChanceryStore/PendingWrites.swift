/// The documents and mentions of a batch waiting to be inserted, and the mentions to fuse, so that they go in with a
/// few multi-row INSERTs rather than a statement each.
///
/// Inside a transaction SQLite's FTS5 flushes its pending terms to a new index segment at the end of every statement
/// that writes to it (its savepoint is released), so one INSERT a mention wrote a segment a mention, and later merged
/// them: 16% of writing time. PostgreSQL saves a round trip a row. Fusion reads only events and mentions already filed
/// under one, so inserting a run of documents' mentions first and fusing them afterwards, in the same order, fuses
/// them the same; documents go in first, as mentions refer to them.
struct PendingWrites {
    /// The document rows, in the order they came.
    private(set) var documents: [DocumentRow] = []
    /// The mention rows, in the order their documents and events came.
    private(set) var mentions: [MentionRow] = []

    /// The largest number of rows one INSERT takes: 35 values each stays far below both engines' bound-value limits.
    static let largestChunk = 64
    /// The most document text one INSERT binds, past its first row: documents may be megabytes each.
    static let largestChunkText = 4 << 20

    /// Whether nothing waits.
    var isEmpty: Bool { documents.isEmpty && mentions.isEmpty }

    /// Adds a document and its mentions.
    mutating func add(_ item: StoredDocument, hash: String, at stamp: String) {
        let sourceKey = StoredDocument.sourceKey(item.document)
        documents.append(DocumentRow(document: item.document, hash: hash, sourceKey: sourceKey, ingestedAt: stamp))
        let reported = item.document.date?.description
        for e in item.events {
            mentions.append(MentionRow(event: e, discovered: item.discovered, sourceKey: sourceKey, reported: reported))
        }
    }

    /// The documents cut into INSERTs as `chunks(of:)` does, each also within `largestChunkText` of text.
    var documentChunks: [ArraySlice<DocumentRow>] {
        var out: [ArraySlice<DocumentRow>] = []
        var start = 0
        while start < documents.count {
            var end = start + 1
            var bytes = documents[start].textBytes
            while end < documents.count, end - start < PendingWrites.largestChunk,
                bytes + documents[end].textBytes <= PendingWrites.largestChunkText
            {
                bytes += documents[end].textBytes
                end += 1
            }
            out += PendingWrites.chunks(of: documents[start..<end])
            start = end
        }
        return out
    }

    /// The mentions cut into INSERTs as `chunks(of:)` does.
    var mentionChunks: [ArraySlice<MentionRow>] { PendingWrites.chunks(of: mentions[...]) }

    /// Rows cut into INSERTs of `largestChunk` and then powers of two, so that each engine prepares a handful of
    /// statement texts whatever the batch size.
    static func chunks<Row>(of rows: ArraySlice<Row>) -> [ArraySlice<Row>] {
        var out: [ArraySlice<Row>] = []
        var start = rows.startIndex
        var size = largestChunk
        while start < rows.endIndex {
            while size > rows.endIndex - start { size /= 2 }
            out.append(rows[start..<start + size])
            start += size
        }
        return out
    }

    /// Empties the lists.
    mutating func removeAll() {
        documents.removeAll(keepingCapacity: true)
        mentions.removeAll(keepingCapacity: true)
    }
}
