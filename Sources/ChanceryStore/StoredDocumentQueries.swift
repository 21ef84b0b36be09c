import ChanceryCore
import GRDB

/// A stored document as read back: its text and what the reader knew about it.
public struct StoredDocumentRecord: Sendable, Equatable, Decodable, FetchableRecord {
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
public struct DayCount: Sendable, Equatable, Decodable, FetchableRecord {
    /// First day of the event's date.
    public var day: String
    /// Quad class 1–4.
    public var quad: Int
    /// Fused events.
    public var count: Int
}

/// Events between two actors, for networks.
public struct DyadCount: Sendable, Equatable, Decodable, FetchableRecord {
    /// Source actor's name and code.
    public var source: String
    /// Source code (country + role).
    public var sourceCode: String
    /// Target actor's name.
    public var target: String
    /// Target code.
    public var targetCode: String
    /// Source country, IGO or region code, for links to the dyad view.
    public var sourceCountry: String?
    /// Target country, IGO or region code.
    public var targetCountry: String?
    /// Fused events.
    public var count: Int
}

extension EventStore {
    /// A stored document, or nil.
    public func document(id: String) throws -> StoredDocumentRecord? {
        try pool.read { db in
            try SQLRequest<StoredDocumentRecord>("SELECT id, date, title, url, source, text, ingestedAt FROM document WHERE id = \(id)").fetchOne(db)
        }
    }

    /// The event mentions a document holds, with the fused event each belongs to, in text order.
    public func mentions(inDocument id: String) throws -> [(event: Int64, mention: EventMention)] {
        try pool.read { db in
            let request: SQLRequest<Row> = "SELECT eventId, \(EventMention.selectList) FROM mention WHERE doc = \(id) ORDER BY evidenceStart, id"
            return try request.fetchAll(db).map { row in (row["eventId"] ?? 0, EventMention(row: row)) }
        }
    }

    /// How many matching events fall on each day, by quad class (events with unknown dates left out).
    public func dayCounts(_ filter: EventFilter) throws -> [DayCount] {
        let condition = try EventStore.wholeSelection(filter)
        return try pool.read { db in
            try SQLRequest<DayCount>("""
                SELECT dateStart AS day, quad, count(*) AS count FROM event WHERE \(condition) AND dateStart <> ''
                GROUP BY dateStart, quad ORDER BY dateStart
                """).fetchAll(db)
        }
    }

    /// The busiest dyads among matching events, most events first.
    public func dyadCounts(_ filter: EventFilter, limit: Int) throws -> [DyadCount] {
        let condition = try EventStore.wholeSelection(filter)
        return try pool.read { db in
            try SQLRequest<DyadCount>("""
                SELECT sourceActor AS source, sourceCountry || sourceRole AS sourceCode,
                    targetActor AS target, targetCountry || coalesce(targetRole, '') AS targetCode, count(*) AS count,
                    sourceCountry, targetCountry
                FROM event WHERE \(condition) AND targetActor IS NOT NULL
                GROUP BY 1, 2, 3, 4, 6, 7 ORDER BY count DESC, 1, 3 LIMIT \(limit)
                """).fetchAll(db)
        }
    }

    /// The condition selecting every event a filter matches, on all its pages: charts count the whole selection.
    static func wholeSelection(_ filter: EventFilter) throws -> SQL {
        try filter.validate()
        var whole = filter
        whole.after = nil
        return whole.condition
    }
}
