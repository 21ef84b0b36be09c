/// The mentions of a batch's documents waiting to be inserted and fused, so that they go in with a few multi-row
/// INSERTs rather than one statement each.
///
/// Inside a transaction SQLite's FTS5 flushes its pending terms to a new index segment at the end of every statement
/// that writes to it (its savepoint is released), so one INSERT a mention wrote a segment a mention, and later merged
/// them: 16% of writing time. PostgreSQL saves a round trip a mention. Fusion reads only events and mentions already
/// filed under one, so inserting mentions first and fusing them afterwards, in the same order, fuses them the same.
struct PendingMentions {
    /// The rows, in the order their documents and events came.
    private(set) var rows: [MentionRow] = []

    /// The largest number of rows one INSERT takes: 35 values each stays far below both engines' bound-value limits.
    static let largestChunk = 64

    /// Whether nothing waits.
    var isEmpty: Bool { rows.isEmpty }

    /// Adds the mentions of a document.
    mutating func add(_ item: StoredDocument, sourceKey: String) {
        let reported = item.document.date?.description
        for e in item.events {
            rows.append(MentionRow(event: e, discovered: item.discovered, sourceKey: sourceKey, reported: reported))
        }
    }

    /// The rows cut into INSERTs of `largestChunk` and then powers of two, so that each engine prepares a handful of
    /// statement texts whatever the batch size.
    var chunks: [ArraySlice<MentionRow>] {
        var out: [ArraySlice<MentionRow>] = []
        var start = 0
        var size = PendingMentions.largestChunk
        while start < rows.count {
            while size > rows.count - start { size /= 2 }
            out.append(rows[start..<start + size])
            start += size
        }
        return out
    }

    /// Empties the list.
    mutating func removeAll() { rows.removeAll(keepingCapacity: true) }
}
