import ChanceryCore

extension EventStore {
    /// Fuses a stored, unassigned mention: it joins the first stored event it can be a report of, or starts a new one.
    func assign(_ db: any StoreDatabase, mention id: Int64) throws {
        guard let row = try db.row("SELECT \(FusionMention.selectList) FROM mention WHERE id = \(id)") else { return }
        var index: FusionIndex?
        try assign(db, FusionMention(row), index: &index)
    }

    /// Fuses a stored, unassigned mention whose columns fusion reads are at hand, through `index` when there is one.
    func assign(_ db: any StoreDatabase, _ mention: FusionMention, index: inout FusionIndex?) throws {
        if let found = try candidate(db, for: mention, index: &index) {
            try join(db, mention, to: found, index: &index)
        } else {
            try startEvent(db, with: mention, index: &index)
        }
    }

    /// The first stored event, in id order, that a mention can be a report of (`FusionCandidate.accepts`).
    func candidate(_ db: any StoreDatabase, for mention: FusionMention, index: inout FusionIndex?) throws
        -> FoundEvent?
    {
        guard let span = mention.span else {
            try fileWaiting(db, &index)  // the undated candidate is found through the document's filed mentions
            return try undatedCandidate(db, for: mention).map { FoundEvent(candidate: $0) }
        }
        // Article-dated events are stored on their publication day, which may lie up to a week after this report.
        let window = Fusion.window(span)
        let from = window.from.description
        let to = window.to.description
        let dyads = Fusion.dyads(root: mention.root, source: mention.sourceCountry, target: mention.targetCountry)
            .map { FusionIndex.Dyad(root: mention.root, source: $0.source, target: $0.target) }
        if index != nil, let found = try indexedCandidates(db, dyads, window, &index) {
            return found.first { $0.candidate.accepts(mention, span: span) }
        }
        let branches = dyads.map { dyad -> StoreSQL in
            """
            SELECT \(FusionCandidate.selectList) FROM event
            WHERE root = \(dyad.root) AND sourceCountry = \(dyad.source) AND targetCountry = \(dyad.target)
                AND dateStart BETWEEN \(from) AND \(to)
            """
        }
        // Both dyads of a symmetric root in one statement (a round trip on PostgreSQL), each branch reading the dyad
        // index as a query of its own; an event is of one dyad, so the ids are distinct and sort the same.
        let candidates = try db.rows(StoreSQL.joined(branches, separator: " UNION ALL ")).map(FusionCandidate.init)
        return candidates.sorted { $0.id < $1.id }.first { $0.accepts(mention, span: span) }.map {
            FoundEvent(candidate: $0)
        }
    }

    /// The events of the dyads whose first day lies in a window, in id order, from the index, which first reads the
    /// buckets it has not; nil when the window cannot be read in buckets.
    func indexedCandidates(
        _ db: any StoreDatabase, _ dyads: [FusionIndex.Dyad], _ window: (from: Day, to: Day), _ index: inout FusionIndex?
    ) throws -> [FoundEvent]? {
        let from = window.from.description
        let to = window.to.description
        var found: [FoundEvent] = []
        for dyad in dyads {
            guard let runs = index?.unread(dyad, from: window.from, to: window.to) else { return nil }
            for run in runs { index?.read(try indexedEvents(db, dyad, run.from, run.to), of: dyad, from: run.from, to: run.to) }
            found += (index?.events(dyad, from: from, to: to) ?? []).map {
                FoundEvent(candidate: $0.candidate, representative: $0.representative, dyad: dyad)
            }
        }
        return found.sorted { $0.candidate.id < $1.candidate.id }
    }

    /// The events of a dyad whose first day lies in `from...to`, with their representatives' places.
    func indexedEvents(_ db: any StoreDatabase, _ dyad: FusionIndex.Dyad, _ from: Day, _ to: Day) throws
        -> [FusionIndex.IndexedEvent]
    {
        try db.rows(
            """
            SELECT \(FusionCandidate.joinedSelectList), r.doc AS repDoc, r.sentence AS repSentence, r.local AS repLocal
            FROM event e JOIN mention r ON r.id = e.representative
            WHERE e.root = \(dyad.root) AND e.sourceCountry = \(dyad.source) AND e.targetCountry = \(dyad.target)
                AND e.dateStart BETWEEN \(from.description) AND \(to.description)
            """
        ).map { row in
            FusionIndex.IndexedEvent(
                candidate: FusionCandidate(row),
                representative: MentionPlace(doc: row["repDoc"], sentence: row["repSentence"], local: row["repLocal"]))
        }
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
    func startEvent(_ db: any StoreDatabase, with mention: FusionMention, index: inout FusionIndex?) throws {
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
        try setEvent(db, of: mention.id, to: event, index: &index)
        let started = FusionIndex.IndexedEvent(
            candidate: FusionCandidate(id: event, startedBy: mention), representative: mention.position)
        index?.update(started, from: nil, to: mention.dyad)
        index?.noteReport(event, doc: mention.doc, sourceKey: mention.sourceKey)
    }

    /// Adds a mention to an event's reports, in one UPDATE: its counts, status and report days, then the facts it states
    /// better (actors and code, date, location).
    func join(_ db: any StoreDatabase, _ mention: FusionMention, to found: FoundEvent, index: inout FusionIndex?)
        throws
    {
        var event = found.candidate
        // Asked before the mention joins, which would make both true.
        let (newArticle, newSource) = try isNewReport(db, mention, of: event.id, index: &index)
        try setEvent(db, of: mention.id, to: event.id, index: &index)
        let mask = event.statusMask | FusedStatus.bit(mention.status)
        let first = [event.firstReport, mention.reported].compactMap { $0 }.min()
        let last = [event.lastReport, mention.reported].compactMap { $0 }.max()
        var changes: [StoreSQL] = [
            """
            mentions = mentions + 1, articles = articles + \(newArticle ? 1 : 0), sources = sources + \(newSource ? 1 : 0),
                statusMask = \(mask), status = \(FusedStatus.status(mask: mask).rawValue), firstReport = \(first), lastReport = \(last)
            """
        ]
        let represents = try mention.rank < event.representativeRank
            || mention.rank == event.representativeRank && precedesRepresentative(db, mention, of: found)
        if represents { changes.append(representativeChange(mention)) }
        let takesDate = mention.dateScore < event.dateScore
        if takesDate { changes.append(dateChange(mention)) }
        let takesLocation = mention.place != nil && event.place == nil
        if takesLocation { changes.append(locationChange(mention)) }
        try db.execute("UPDATE event SET \(StoreSQL.joined(changes, separator: ", ")) WHERE id = \(event.id)")
        guard index != nil else { return }
        event.statusMask = mask
        event.firstReport = first
        event.lastReport = last
        var representative = found.representative ?? mention.position
        if represents {
            event.representativeRank = mention.rank
            representative = mention.position
        }
        if takesDate {
            let date = mention.dateColumns
            (event.dateStart, event.dateEnd, event.dateKind, event.dateScore) = (date.start, date.end, date.kind, date.score)
        }
        if takesLocation { event.place = mention.place }
        let dyad = represents ? mention.dyad : found.dyad ?? mention.dyad
        index?.update(FusionIndex.IndexedEvent(candidate: event, representative: representative), from: found.dyad, to: dyad)
        index?.noteReport(event.id, doc: mention.doc, sourceKey: mention.sourceKey)
    }

    /// Files a mention under an event, at once without an index; with one, in `fileWaiting`'s next UPDATE.
    func setEvent(_ db: any StoreDatabase, of mention: Int64, to event: Int64, index: inout FusionIndex?) throws {
        guard index != nil else {
            try db.execute("UPDATE mention SET eventId = \(event) WHERE id = \(mention)")
            return
        }
        index?.file(mention, under: event)
    }

    /// Writes the index's waiting filings, 64 mentions an UPDATE: a statement a mention was a tenth of the writer's
    /// statements' overhead on full articles.
    func fileWaiting(_ db: any StoreDatabase, _ index: inout FusionIndex?) throws {
        guard let waiting = index?.unfiled, !waiting.isEmpty else { return }
        for chunk in PendingWrites.chunks(of: waiting[...]) {
            let cases = String(repeating: " WHEN ? THEN ?", count: chunk.count)
            let ids = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            try db.execute(
                StoreSQL(
                    text: "UPDATE mention SET eventId = CASE id\(cases) END WHERE id IN (\(ids))",
                    values: chunk.flatMap { [.int($0.mention), .int($0.event)] } + chunk.map { .int($0.mention) }))
        }
        index?.clearUnfiled()
    }

    /// Whether no mention of an event comes from the mention's document, and whether none from its publisher: from the
    /// index when it knows, otherwise one statement of two index lookups.
    func isNewReport(_ db: any StoreDatabase, _ mention: FusionMention, of event: Int64, index: inout FusionIndex?)
        throws -> (article: Bool, source: Bool)
    {
        if let known = index {
            let inArticle = known.isReported(event, byArticle: mention.doc)
            if known.isReported(event, bySource: mention.sourceKey) { return (!inArticle, false) }
            let inSource =
                try db.value(
                    "SELECT EXISTS (SELECT 1 FROM mention WHERE eventId = \(event) AND sourceKey = \(mention.sourceKey))",
                    as: Bool.self) ?? false
            if inSource { index?.noteSource(event, mention.sourceKey) }
            return (!inArticle, !inSource)
        }
        let row = try db.row(
            """
            SELECT EXISTS (SELECT 1 FROM mention WHERE eventId = \(event) AND doc = \(mention.doc)) AS inArticle,
                EXISTS (SELECT 1 FROM mention WHERE eventId = \(event) AND sourceKey = \(mention.sourceKey)) AS inSource
            """)
        let inArticle: Bool = row?["inArticle"] ?? false
        let inSource: Bool = row?["inSource"] ?? false
        return (!inArticle, !inSource)
    }

    /// The SET of a mention becoming the face of its event: the event shows its actors and code.
    func representativeChange(_ mention: FusionMention) -> StoreSQL {
        """
        (representative, representativeRank, sourceActor, sourceCountry, sourceRole, targetActor, targetCountry,
            targetRole, cameo, root, quad, plover, goldstein) =
        (SELECT id, \(mention.rank), sourceActor, sourceCountry, sourceRole, targetActor, targetCountry, targetRole, cameo, root, quad,
            plover, goldstein FROM mention WHERE id = \(mention.id))
        """
    }

    /// The SET giving an event a mention's date, which is more precise than its own.
    func dateChange(_ mention: FusionMention) -> StoreSQL {
        let date = mention.dateColumns
        return """
            (dateValue, datePrecision, dateText, dateBasis) =
                (SELECT dateValue, datePrecision, dateText, dateBasis FROM mention WHERE id = \(mention.id)),
                dateStart = \(date.start), dateEnd = \(date.end), dateKind = \(date.kind), dateScore = \(date.score)
            """
    }

    /// The SET giving an event without a location the location of a mention.
    func locationChange(_ mention: FusionMention) -> StoreSQL {
        """
        (locationName, locationCountry, lat, lon) =
            (SELECT locationName, locationCountry, lat, lon FROM mention WHERE id = \(mention.id))
        """
    }

    /// Whether a mention comes before an event's representative in (document, sentence, local id) order: of mentions
    /// equally fit to represent an event, the first in that order does, whatever order the documents were ingested in.
    /// Compared in memory when the index read the representative's place.
    func precedesRepresentative(_ db: any StoreDatabase, _ mention: FusionMention, of found: FoundEvent) throws -> Bool {
        if let representative = found.representative { return mention.position.precedes(representative) }
        return try precedesRepresentative(db, mention: mention.id, of: found.candidate.id)
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
