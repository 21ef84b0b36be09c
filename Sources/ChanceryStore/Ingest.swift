import ChanceryCore
import Foundation
import GRDB

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
        a.added += b.added; a.replaced += b.replaced; a.skipped += b.skipped; a.mentions += b.mentions
    }
}

extension EventStore {
    /// Stores a batch of coded documents in one transaction and fuses their events with what is stored.
    ///
    /// A document already stored with the same content is skipped; one with changed content has its old
    /// mentions removed (re-fusing the events they belonged to) before the new ones go in. If the
    /// process dies mid-batch, SQLite rolls the whole batch back, so no document is ever half stored.
    public func ingest(_ batch: [StoredDocument], at time: Date = Date()) throws -> IngestResult {
        let stamp = ISO8601DateFormatter().string(from: time)
        return try pool.write { db in
            var result = IngestResult()
            for item in batch {
                let hash = item.contentHash
                if let old = try String.fetchOne(db.cachedStatement(literal: "SELECT hash FROM document WHERE id = \(item.document.id)")) {
                    if old == hash { result.skipped += 1; continue }
                    try removeDocument(db, id: item.document.id)
                    result.replaced += 1
                } else {
                    result.added += 1
                }
                result.mentions += try insert(db, item, hash: hash, at: stamp)
            }
            if result.added + result.replaced > 0 { try EventStore.bumpGeneration(db) }
            return result
        }
    }

    /// Writes a document and its mentions, fusing each as it goes in; returns the number of mentions.
    func insert(_ db: Database, _ item: StoredDocument, hash: String, at stamp: String) throws -> Int {
        let d = item.document
        let sourceKey = StoredDocument.sourceKey(d)
        try db.cachedStatement(literal: """
            INSERT INTO document (id, hash, date, title, url, source, sourceKey, text, ingestedAt)
            VALUES (\(d.id), \(hash), \(d.date?.description), \(d.title), \(d.url), \(d.source), \(sourceKey), \(d.text), \(stamp))
            """).execute()
        for e in item.events {
            try MentionRow(event: e, discovered: item.discovered, sourceKey: sourceKey, reported: d.date?.description).insert(db)
            try assign(db, mention: db.lastInsertedRowID)
        }
        return item.events.count
    }

    /// The stored content hash of each of `ids` that is stored, to skip coding unchanged documents.
    public func storedHashes(_ ids: [String]) throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        return try pool.read { db in
            var out: [String: String] = [:]
            // In chunks, to stay below SQLite's limit on bound parameters.
            for chunk in stride(from: 0, to: ids.count, by: 500) {
                let part = ids[chunk..<min(ids.count, chunk + 500)]
                for row in try Row.fetchAll(db, SQLRequest<Row>("SELECT id, hash FROM document WHERE id IN \(part)")) {
                    out[row["id"]] = row["hash"]
                }
            }
            return out
        }
    }

    /// Deletes documents and their mentions, re-fusing the events they contributed to; returns how many existed.
    @discardableResult
    public func deleteDocuments(_ ids: [String]) throws -> Int {
        try pool.write { db in
            var n = 0
            for id in ids where try Bool.fetchOne(db, SQLRequest<Bool>("SELECT 1 FROM document WHERE id = \(id)")) == true {
                try removeDocument(db, id: id)
                n += 1
            }
            if n > 0 { try EventStore.bumpGeneration(db) }
            return n
        }
    }

    /// Marks the store as changed, inside the writing transaction.
    static func bumpGeneration(_ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE meta SET value = value + 1 WHERE key = 'generation'").execute()
    }

    /// A number that changes whenever any process changes the store's content, so readers can cache answers.
    public func generation() throws -> Int {
        try pool.read { db in try Int.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'generation'")) ?? 0 }
    }

    /// Removes a document; events that lose mentions are dissolved and their other mentions fused again.
    func removeDocument(_ db: Database, id: String) throws {
        let affected = try Int64.fetchAll(db, SQLRequest<Int64>("SELECT DISTINCT eventId FROM mention WHERE doc = \(id) AND eventId IS NOT NULL"))
        try db.execute(literal: "DELETE FROM mention WHERE doc = \(id)")
        try db.execute(literal: "DELETE FROM document WHERE id = \(id)")
        guard !affected.isEmpty else { return }
        let orphans = try Int64.fetchAll(db, SQLRequest<Int64>("SELECT id FROM mention WHERE eventId IN \(affected) ORDER BY id"))
        try db.execute(literal: "UPDATE mention SET eventId = NULL WHERE eventId IN \(affected)")
        try db.execute(literal: "DELETE FROM event WHERE id IN \(affected)")
        for m in orphans { try assign(db, mention: m) }
    }
}
