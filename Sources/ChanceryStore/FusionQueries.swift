import ChanceryCore

extension EventStore {
    /// Fuses a stored, unassigned mention: it joins the first stored event it can be a report of, or starts a new one.
    func assign(_ db: any StoreDatabase, mention id: Int64) throws {
        guard let row = try db.row("SELECT \(FusionMention.selectList) FROM mention WHERE id = \(id)") else { return }
        try assign(db, FusionMention(row))
    }

    /// Fuses a stored, unassigned mention whose columns fusion reads are at hand.
    func assign(_ db: any StoreDatabase, _ mention: FusionMention) throws {
        if let event = try candidate(db, for: mention) {
            try join(db, mention, to: event)
        } else {
            try startEvent(db, with: mention)
        }
    }

    /// The first stored event, in id order, that a mention can be a report of (`FusionCandidate.accepts`).
    func candidate(_ db: any StoreDatabase, for mention: FusionMention) throws -> FusionCandidate? {
        guard let span = mention.span else { return try undatedCandidate(db, for: mention) }
        // Article-dated events are stored on their publication day, which may lie up to a week after this report.
        let window = Fusion.window(span)
        let from = window.from.description
        let to = window.to.description
        var candidates: [FusionCandidate] = []
        for dyad in Fusion.dyads(root: mention.root, source: mention.sourceCountry, target: mention.targetCountry) {
            candidates += try db.rows(
                """
                SELECT \(FusionCandidate.selectList) FROM event
                WHERE root = \(mention.root) AND sourceCountry = \(dyad.source) AND targetCountry = \(dyad.target)
                    AND dateStart BETWEEN \(from) AND \(to)
                ORDER BY id
                """
            ).map(FusionCandidate.init)
        }
        return candidates.sorted { $0.id < $1.id }.first { $0.accepts(mention, span: span) }
    }

    /// The undated event of the same root and dyad (either way round for symmetric roots) reported by the same document.
    /// A mention is undated only when its document has no publication date either, so the document is the one day known.
    func undatedCandidate(_ db: any StoreDatabase, for mention: FusionMention) throws -> FusionCandidate? {
        for dyad in Fusion.dyads(root: mention.root, source: mention.sourceCountry, target: mention.targetCountry) {
            if let row = try db.row(
                """
                SELECT \(FusionCandidate.selectList) FROM event
                WHERE root = \(mention.root) AND sourceCountry = \(dyad.source) AND targetCountry = \(dyad.target) AND dateStart = ''
                    AND id IN (SELECT eventId FROM mention WHERE doc = \(mention.doc))
                ORDER BY id LIMIT 1
                """)
            {
                return FusionCandidate(row)
            }
        }
        return nil
    }

    /// Makes a mention the one report of a new event, which takes all its facts.
    func startEvent(_ db: any StoreDatabase, with mention: FusionMention) throws {
        let date = mention.dateColumns
        let mask = FusedStatus.bit(mention.status)
        let event = try db.insert(
            """
            INSERT INTO event (representative, representativeRank, sourceActor, sourceCountry, sourceRole, targetActor, targetCountry,
                targetRole, cameo, root, quad, plover, goldstein, dateValue, datePrecision, dateText, dateBasis, dateStart, dateEnd,
                dateKind, dateScore, locationName, locationCountry, lat, lon, statusMask, status, mentions, sources, articles,
                firstReport, lastReport)
            SELECT id, \(mention.rank), sourceActor, sourceCountry, sourceRole, targetActor, targetCountry, targetRole, cameo, root, quad,
                plover, goldstein, dateValue, datePrecision, dateText, dateBasis, \(date.start), \(date.end), CAST(\(date.kind) AS TEXT), \(date.score),
                locationName, locationCountry, lat, lon, \(mask), \(FusedStatus.status(mask: mask).rawValue), 1, 1, 1, reported, reported
            FROM mention WHERE id = \(mention.id)
            """)
        try setEvent(db, of: mention.id, to: event)
    }

    /// Adds a mention to an event's reports: its counts, status and report days, then the facts it states better.
    func join(_ db: any StoreDatabase, _ mention: FusionMention, to event: FusionCandidate) throws {
        // Asked before the mention joins, which would make both true.
        let (newArticle, newSource) = try isNewReport(db, mention, of: event.id)
        try setEvent(db, of: mention.id, to: event.id)
        let mask = event.statusMask | FusedStatus.bit(mention.status)
        let first = [event.firstReport, mention.reported].compactMap { $0 }.min()
        let last = [event.lastReport, mention.reported].compactMap { $0 }.max()
        try db.execute(
            """
            UPDATE event SET mentions = mentions + 1, articles = articles + \(newArticle ? 1 : 0), sources = sources + \(newSource ? 1 : 0),
                statusMask = \(mask), status = \(FusedStatus.status(mask: mask).rawValue), firstReport = \(first), lastReport = \(last)
            WHERE id = \(event.id)
            """)
        if try mention.rank < event.representativeRank
            || mention.rank == event.representativeRank && precedesRepresentative(db, mention: mention.id, of: event.id)
        {
            try makeRepresentative(db, mention, of: event.id)
        }
        if mention.dateScore < event.dateScore { try takeDate(db, of: mention, into: event.id) }
        if mention.place != nil, event.place == nil { try takeLocation(db, of: mention.id, into: event.id) }
    }

    /// Files a mention under an event.
    func setEvent(_ db: any StoreDatabase, of mention: Int64, to event: Int64) throws {
        try db.execute("UPDATE mention SET eventId = \(event) WHERE id = \(mention)")
    }

    /// Whether no mention of an event comes from the mention's document, and whether none from its publisher: one
    /// statement of two index lookups.
    func isNewReport(_ db: any StoreDatabase, _ mention: FusionMention, of event: Int64) throws
        -> (article: Bool, source: Bool)
    {
        let row = try db.row(
            """
            SELECT EXISTS (SELECT 1 FROM mention WHERE eventId = \(event) AND doc = \(mention.doc)) AS inArticle,
                EXISTS (SELECT 1 FROM mention WHERE eventId = \(event) AND sourceKey = \(mention.sourceKey)) AS inSource
            """)
        let inArticle: Bool = row?["inArticle"] ?? false
        let inSource: Bool = row?["inSource"] ?? false
        return (!inArticle, !inSource)
    }

    /// Makes a mention the face of its event: the event shows its actors and code.
    func makeRepresentative(_ db: any StoreDatabase, _ mention: FusionMention, of event: Int64) throws {
        try db.execute(
            """
            UPDATE event SET (representative, representativeRank, sourceActor, sourceCountry, sourceRole, targetActor, targetCountry,
                targetRole, cameo, root, quad, plover, goldstein) =
            (SELECT id, \(mention.rank), sourceActor, sourceCountry, sourceRole, targetActor, targetCountry, targetRole, cameo, root, quad,
                plover, goldstein FROM mention WHERE id = \(mention.id)) WHERE id = \(event)
            """)
    }

    /// Gives an event a mention's date, which is more precise than its own.
    func takeDate(_ db: any StoreDatabase, of mention: FusionMention, into event: Int64) throws {
        let date = mention.dateColumns
        try db.execute(
            """
            UPDATE event SET (dateValue, datePrecision, dateText, dateBasis) =
                (SELECT dateValue, datePrecision, dateText, dateBasis FROM mention WHERE id = \(mention.id)),
                dateStart = \(date.start), dateEnd = \(date.end), dateKind = \(date.kind), dateScore = \(date.score) WHERE id = \(event)
            """)
    }

    /// Gives an event without a location the location of a mention.
    func takeLocation(_ db: any StoreDatabase, of mention: Int64, into event: Int64) throws {
        try db.execute(
            """
            UPDATE event SET (locationName, locationCountry, lat, lon) =
                (SELECT locationName, locationCountry, lat, lon FROM mention WHERE id = \(mention)) WHERE id = \(event)
            """)
    }

    /// Whether a mention comes before an event's representative in (document, sentence, local id) order: of mentions
    /// equally fit to represent an event, the first in that order does, whatever order the documents were ingested in.
    func precedesRepresentative(_ db: any StoreDatabase, mention id: Int64, of event: Int64) throws -> Bool {
        try db.value(
            """
            SELECT (m.doc, m.sentence, m.local) < (r.doc, r.sentence, r.local)
            FROM mention m, event e JOIN mention r ON r.id = e.representative
            WHERE m.id = \(id) AND e.id = \(event)
            """, as: Bool.self) ?? false
    }
}
