import ChanceryCore
import GRDB

/// A stored document as read back: its text and what the reader knew about it.
public struct StoredDocumentRecord: Sendable, Equatable {
    /// Document id.
    public var id: String
    /// Publication date, if known.
    public var date: String?
    /// Headline, if known.
    public var title: String?
    /// URL of the original.
    public var url: String?
    /// Publisher.
    public var source: String?
    /// The text exactly as read; event offsets count Unicode scalars from its start.
    public var text: String
    /// When it was stored (ISO 8601).
    public var ingestedAt: String

    /// The document as the pipeline takes it, to code it again.
    public var document: Document {
        Document(id: id, text: text, date: date.flatMap { Day(iso: $0) }, title: title, url: url, source: source)
    }
}

/// Events per day and quad class, for timelines.
public struct DayCount: Sendable, Equatable {
    /// First day of the event's date.
    public var day: String
    /// Quad class 1–4.
    public var quad: Int
    /// Fused events.
    public var count: Int
}

/// Events between two actors, for networks.
public struct DyadCount: Sendable, Equatable {
    /// Source actor's name and code.
    public var source: String
    /// Source code (country + role).
    public var sourceCode: String
    /// Target actor's name.
    public var target: String
    /// Target code.
    public var targetCode: String
    /// Fused events.
    public var count: Int
}

extension EventStore {
    /// A stored document, or nil.
    public func document(id: String) throws -> StoredDocumentRecord? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, date, title, url, source, text, ingestedAt FROM document WHERE id = ?",
                                             arguments: [id]) else { return nil }
            return StoredDocumentRecord(id: row["id"], date: row["date"], title: row["title"], url: row["url"], source: row["source"],
                                        text: row["text"], ingestedAt: row["ingestedAt"])
        }
    }

    /// The event mentions a document holds, with the fused event each belongs to, in text order.
    public func mentions(inDocument id: String) throws -> [(event: Int64, mention: EventMention)] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT eventId, \(EventMention.selectList()) FROM mention WHERE doc = ? ORDER BY evidenceStart, id",
                             arguments: [id]).map { row in (row[0] ?? 0, EventMention(row: row, at: 1)) }
        }
    }

    /// How many matching events fall on each day, by quad class (events with unknown dates left out).
    public func dayCounts(_ filter: EventFilter) throws -> [DayCount] {
        try filter.validate()
        var f = filter
        f.after = nil
        let (clause, args) = f.whereClause()
        return try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT dateStart, quad, count(*) FROM event WHERE \(clause) AND dateStart <> '' GROUP BY dateStart, quad ORDER BY dateStart",
                             arguments: StatementArguments(args)).map { DayCount(day: $0[0], quad: $0[1], count: $0[2]) }
        }
    }

    /// The busiest dyads among matching events, most events first.
    public func dyadCounts(_ filter: EventFilter, limit: Int) throws -> [DyadCount] {
        try filter.validate()
        var f = filter
        f.after = nil
        let (clause, args) = f.whereClause()
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT sourceActor, sourceCountry || sourceRole, targetActor, targetCountry || coalesce(targetRole, ''), count(*) AS n
                FROM event WHERE \(clause) AND targetActor IS NOT NULL
                GROUP BY 1, 2, 3, 4 ORDER BY n DESC, 1, 3 LIMIT ?
                """, arguments: StatementArguments(args + [limit])).map {
                DyadCount(source: $0[0], sourceCode: $0[1], target: $0[2], targetCode: $0[3], count: $0[4])
            }
        }
    }
}
