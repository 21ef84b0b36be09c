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
                let d = item.document
                let hash = item.contentHash
                if let old = try String.fetchOne(db.cachedStatement(sql: "SELECT hash FROM document WHERE id = ?"), arguments: [d.id]) {
                    if old == hash { result.skipped += 1; continue }
                    try removeDocument(db, id: d.id)
                    result.replaced += 1
                } else {
                    result.added += 1
                }
                let sourceKey = StoredDocument.sourceKey(d)
                try db.cachedStatement(sql: """
                    INSERT INTO document (id, hash, date, title, url, source, sourceKey, text, ingestedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [d.id, hash, d.date?.description, d.title, d.url, d.source, sourceKey, d.text, stamp])
                for e in item.events {
                    let id = try insertMention(db, e, discovered: item.discovered, sourceKey: sourceKey, reported: d.date?.description)
                    try assign(db, mention: id)
                    result.mentions += 1
                }
            }
            if result.added + result.replaced > 0 { try EventStore.bumpGeneration(db) }
            return result
        }
    }

    /// The stored content hash of each of `ids` that is stored, to skip coding unchanged documents.
    public func storedHashes(_ ids: [String]) throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        return try pool.read { db in
            var out: [String: String] = [:]
            for chunk in stride(from: 0, to: ids.count, by: 500) {
                let part = Array(ids[chunk..<min(ids.count, chunk + 500)])
                let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
                for row in try Row.fetchAll(db, sql: "SELECT id, hash FROM document WHERE id IN (\(marks))", arguments: StatementArguments(part)) {
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
            for id in ids where try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE id = ?", arguments: [id]) == true {
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
        let affected = try Int64.fetchAll(db, sql: "SELECT DISTINCT eventId FROM mention WHERE doc = ? AND eventId IS NOT NULL", arguments: [id])
        try db.execute(sql: "DELETE FROM mention WHERE doc = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [id])
        guard !affected.isEmpty else { return }
        let marks = Array(repeating: "?", count: affected.count).joined(separator: ",")
        let args = StatementArguments(affected)
        let orphans = try Int64.fetchAll(db, sql: "SELECT id FROM mention WHERE eventId IN (\(marks)) ORDER BY id", arguments: args)
        try db.execute(sql: "UPDATE mention SET eventId = NULL WHERE eventId IN (\(marks))", arguments: args)
        try db.execute(sql: "DELETE FROM event WHERE id IN (\(marks))", arguments: args)
        for m in orphans { try assign(db, mention: m) }
    }

    /// Writes one mention row (not yet fused) and returns its id.
    func insertMention(_ db: Database, _ e: Event, discovered: Set<String>, sourceKey: String, reported: String?) throws -> Int64 {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO mention (doc, local, sentence, evidenceText, evidenceStart, evidenceEnd,
                sourceText, sourceActor, sourceCountry, sourceRole, sourceDiscovered,
                targetText, targetActor, targetCountry, targetRole, targetDiscovered,
                cameo, root, quad, plover, goldstein, dateValue, datePrecision, dateText, dateBasis,
                locationText, locationName, locationCountry, lat, lon, status, attribution, quote, sourceKey, reported)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let attribution = Records.attribution(e.attribution).serialized
        var values: [(any DatabaseValueConvertible)?] = [
            e.doc, e.id, e.sentence, e.evidence.text, e.evidence.span.start, e.evidence.span.end,
            e.source.text, e.source.actor, e.source.country, e.source.role, discovered.contains(e.source.actor),
        ]
        values += [e.target?.text, e.target?.actor, e.target?.country ?? "", e.target?.role, e.target.map { discovered.contains($0.actor) } ?? false]
        values += [e.code.cameo, e.code.root.digits, e.code.quad, e.code.plover, e.code.goldstein,
                   e.date.value, e.date.precision, e.date.text, e.date.basis]
        values += [e.location?.text, e.location?.name, e.location?.country, e.location?.lat, e.location?.lon]
        values += [e.status.rawValue, attribution, e.quote, sourceKey, reported]
        try statement.execute(arguments: StatementArguments(values))
        return db.lastInsertedRowID
    }
}
