import ChanceryCore

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

    /// Reads a `document` row.
    init(_ row: StoreRow) {
        id = row["id"]
        date = row["date"]
        title = row["title"]
        url = row["url"]
        source = row["source"]
        text = row["text"]
        ingestedAt = row["ingestedAt"]
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

    /// Reads a row of `day`, `quad` and `count`.
    init(_ row: StoreRow) {
        day = row["day"]
        quad = row["quad"]
        count = row["count"]
    }
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
    /// Source country, IGO or region code, for links to the dyad view.
    public var sourceCountry: String?
    /// Target country, IGO or region code.
    public var targetCountry: String?
    /// Fused events.
    public var count: Int

    /// Reads a row of the dyad query.
    init(_ row: StoreRow) {
        source = row["source"]
        sourceCode = row["sourceCode"]
        target = row["target"]
        targetCode = row["targetCode"]
        count = row["count"]
        sourceCountry = row["sourceCountry"]
        targetCountry = row["targetCountry"]
    }
}

extension EventStore {
    /// A stored document, or nil.
    public func document(id: String) throws -> StoredDocumentRecord? {
        try backend.read { db in
            try db.row("SELECT id, date, title, url, source, text, ingestedAt FROM document WHERE id = \(id)").map(
                StoredDocumentRecord.init)
        }
    }

    /// The event mentions a document holds, with the fused event each belongs to, in text order.
    public func mentions(inDocument id: String) throws -> [(event: Int64, mention: EventMention)] {
        try backend.read { db in
            try db.rows(
                "SELECT eventId, \(EventMention.selectList) FROM mention WHERE doc = \(id) ORDER BY evidenceStart, id"
            )
            .map { row in (row["eventId"], EventMention(row)) }
        }
    }

    /// How many matching events fall on each day, by quad class (events with unknown dates left out).
    public func dayCounts(_ filter: EventFilter) throws -> [DayCount] {
        try filter.validate()
        return try backend.read { db in
            try db.rows(
                """
                SELECT dateStart AS day, quad, count(*) AS count FROM event WHERE \(EventStore.wholeSelection(filter, db.dialect)) AND dateStart <> ''
                GROUP BY dateStart, quad ORDER BY dateStart
                """
            ).map(DayCount.init)
        }
    }

    /// The busiest dyads among matching events, most events first.
    public func dyadCounts(_ filter: EventFilter, limit: Int) throws -> [DyadCount] {
        try filter.validate()
        return try backend.read { db in
            try db.rows(
                """
                SELECT sourceActor AS source, sourceCountry || sourceRole AS sourceCode,
                    targetActor AS target, targetCountry || coalesce(targetRole, '') AS targetCode, count(*) AS count,
                    sourceCountry, targetCountry
                FROM event WHERE \(EventStore.wholeSelection(filter, db.dialect)) AND targetActor IS NOT NULL
                GROUP BY 1, 2, 3, 4, 6, 7 ORDER BY count DESC, 1, 3 LIMIT \(limit)
                """
            ).map(DyadCount.init)
        }
    }

    /// The condition selecting every event a (validated) filter matches, on all its pages: charts count the whole selection.
    static func wholeSelection(_ filter: EventFilter, _ dialect: StoreDialect) -> StoreSQL {
        var whole = filter
        whole.after = nil
        return whole.condition(dialect)
    }
}
