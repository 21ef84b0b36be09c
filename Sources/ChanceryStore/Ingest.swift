import ChanceryCore
import Foundation

/// What one `ingest` call did.
public struct IngestResult: Sendable, Equatable {
    /// Documents stored for the first time.
    public var added = 0
    /// Documents whose content changed: their old events were replaced.
    public var replaced = 0
    /// Documents already stored with the same content, left alone.
    public var skipped = 0
    /// Event mentions written.
    public var mentions = 0

    /// An empty result.
    public init() {}

    /// Adds another batch's figures.
    public static func += (a: inout IngestResult, b: IngestResult) {
        a.added += b.added
        a.replaced += b.replaced
        a.skipped += b.skipped
        a.mentions += b.mentions
    }
}

extension EventStore {
    /// Stores a batch of coded documents and fuses their events with what is stored.
    ///
    /// A document already stored with the same content is skipped; one with changed content has its old
    /// mentions removed (re-fusing the events they belonged to) before the new ones go in. Each transaction holds
    /// whole documents (all of the batch on SQLite, `documentsPerTransaction` at a time on PostgreSQL): if the process
    /// dies, the engine rolls the open transaction back, so no document is ever half stored.
    public func ingest(_ batch: [StoredDocument], at time: Date = Date()) throws -> IngestResult {
        let stamp = ISO8601DateFormatter().string(from: time)
        let size = max(1, backend.documentsPerTransaction ?? batch.count)
        var total = IngestResult()
        for start in stride(from: 0, to: batch.count, by: size) {
            let part = Array(batch[start..<min(batch.count, start + size)])
            total += try backend.write { db in try ingest(db, part, at: stamp) }
        }
        return total
    }

    /// Stores documents inside one write transaction, after locking the fusion keys of all their mentions.
    func ingest(_ db: any StoreDatabase, _ batch: [StoredDocument], at stamp: String) throws -> IngestResult {
        try db.lock(FusionLocks.keys(batch))
        var result = IngestResult()
        // The hashes as this transaction changes them: a document may come twice in one batch.
        var stored = try hashes(db, batch.map(\.document.id))
        var pending = PendingWrites()
        for item in batch {
            let id = item.document.id
            let hash = item.contentHash
            if let old = stored[id] {
                if old == hash {
                    result.skipped += 1
                    continue
                }
                // Removing it re-fuses the events it leaves, after the mentions that came before it.
                try place(db, &pending)
                try removeDocument(db, id: id)
                result.replaced += 1
            } else {
                result.added += 1
            }
            stored[id] = hash
            pending.add(item, hash: hash, at: stamp)
            result.mentions += item.events.count
        }
        try place(db, &pending)
        if result.added + result.replaced > 0 { try EventStore.bumpGeneration(db) }
        return result
    }

    /// Inserts the waiting documents and mentions, then fuses each mention in the order they came (their ids rise in
    /// that order). On SQLite, through a `FusionIndex` that lives as long as this call: nothing else writes meanwhile.
    func place(_ db: any StoreDatabase, _ pending: inout PendingWrites) throws {
        guard !pending.isEmpty else { return }
        for chunk in pending.documentChunks { try db.execute(DocumentRow.insertion(chunk)) }
        var placed: [FusionMention] = []
        for chunk in pending.mentionChunks {
            placed += try db.rows(MentionRow.insertion(chunk)).map(FusionMention.init)
        }
        pending.removeAll()
        var index = db.dialect == .sqlite ? FusionIndex() : nil
        for mention in placed.sorted(by: { $0.id < $1.id }) { try assign(db, mention, index: &index) }
        try fileWaiting(db, &index)
    }

    /// The stored content hash of each of `ids` that is stored, to skip coding unchanged documents.
    public func storedHashes(_ ids: [String]) throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        return try backend.read { db in try hashes(db, ids) }
    }

    /// The stored content hash of each of `ids` that is stored, read in `db`.
    func hashes(_ db: any StoreDatabase, _ ids: [String]) throws -> [String: String] {
        var out: [String: String] = [:]
        // In chunks, to stay below SQLite's limit on bound parameters.
        for chunk in stride(from: 0, to: ids.count, by: 500) {
            let part = Array(ids[chunk..<min(ids.count, chunk + 500)])
            for row in try db.rows("SELECT id, hash FROM document WHERE id IN \(part)") {
                out[row["id"]] = row["hash"]
            }
        }
        return out
    }

    /// Deletes documents and their mentions, re-fusing the events they contributed to; returns how many existed.
    @discardableResult
    public func deleteDocuments(_ ids: [String]) throws -> Int {
        try backend.write { db in
            var n = 0
            for id in ids where try db.value("SELECT 1 FROM document WHERE id = \(id)", as: Bool.self) == true {
                try removeDocument(db, id: id)
                n += 1
            }
            if n > 0 { try EventStore.bumpGeneration(db) }
            return n
        }
    }

    /// Marks the store as changed, inside the writing transaction.
    static func bumpGeneration(_ db: any StoreDatabase) throws {
        try db.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")
    }

    /// A number that changes whenever any process changes the store's content, so readers can cache answers.
    public func generation() throws -> Int {
        try backend.read { db in try db.value("SELECT value FROM meta WHERE key = 'generation'") ?? 0 }
    }

    /// Removes a document; events that lose mentions are dissolved and their other mentions fused again.
    func removeDocument(_ db: any StoreDatabase, id: String) throws {
        let affected = try db.rows("SELECT DISTINCT eventId FROM mention WHERE doc = \(id) AND eventId IS NOT NULL").map
        { $0.first(Int64.self) ?? 0 }
        if !affected.isEmpty {
            // Every mention of the dissolved events, this document's too: their keys cover the events and where the others go.
            try db.lock(
                FusionLocks.sorted(
                    try db.rows(
                        "SELECT root, sourceCountry, targetCountry, dateValue, dateBasis FROM mention WHERE eventId IN \(affected)"
                    )
                    .flatMap { r in
                        FusionLocks.keys(
                            root: r["root"], source: r["sourceCountry"], target: r["targetCountry"],
                            span: DaySpan(value: r["dateValue"], basis: DateBasis(stored: r["dateBasis"])))
                    }))
        }
        try db.execute("DELETE FROM mention WHERE doc = \(id)")
        try db.execute("DELETE FROM document WHERE id = \(id)")
        guard !affected.isEmpty else { return }
        let orphans = try db.rows("SELECT id FROM mention WHERE eventId IN \(affected) ORDER BY id").map {
            $0.first(Int64.self) ?? 0
        }
        try db.execute("UPDATE mention SET eventId = NULL WHERE eventId IN \(affected)")
        try db.execute("DELETE FROM event WHERE id IN \(affected)")
        for m in orphans { try assign(db, mention: m) }
    }
}
