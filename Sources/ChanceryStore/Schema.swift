import GRDB

/// The store's tables, created and upgraded by numbered migrations so that old stores keep opening.
///
/// Never edit a migration that has shipped: stores that had it would differ from stores made after. Add a new one instead.
/// Even whitespace shows, as SQLite keeps the text of each CREATE statement.
enum Schema {
    /// `PRAGMA application_id` of a Chancery store ("CHNC"), to tell our files from other SQLite databases.
    static let applicationID: Int32 = 0x43_48_4E_43

    /// A named step of the schema; GRDB records the names of the steps a store has had.
    struct Migration: Sendable {
        /// The name recorded in `grdb_migrations`.
        var identifier: String
        /// What it does to the database.
        var migrate: @Sendable (Database) throws -> Void
    }

    /// Every migration, oldest first.
    static let migrations = [
        Migration(
            identifier: "v1: documents, events, mentions, full-text evidence", migrate: createDocumentsEventsAndMentions
        ),
        Migration(identifier: "v2: store generation, for caches", migrate: createGeneration),
        Migration(identifier: "v3: watchlists", migrate: createWatchlists),
        Migration(identifier: "v4: indexes for maps and dyads", migrate: createMapIndexes)
    ]

    /// The migrator that applies `migrations` and tells which a store has had.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        for migration in migrations { m.registerMigration(migration.identifier, migrate: migration.migrate) }
        return m
    }

    /// v1: documents, their event mentions, the fused events, and full-text search over the evidence.
    static func createDocumentsEventsAndMentions(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try createDocumentTable(db)
        try createEventTable(db)
        try createMentionTable(db)
        try createEvidenceSearch(db)
    }

    /// The documents as read, with the hash that tells an unchanged document on re-ingest.
    static func createDocumentTable(_ db: Database) throws {
        try db.execute(sql: documentTable)
    }

    /// Fused events: the facts of the representative mention, the best date and place, counts; indexed for the filters.
    static func createEventTable(_ db: Database) throws {
        try db.execute(sql: eventTable)
    }

    /// One row per coded event of a document, filed under its fused event.
    static func createMentionTable(_ db: Database) throws {
        try db.execute(sql: mentionTable)
    }

    /// Full-text search over evidence sentences, kept in step with `mention` by triggers.
    static func createEvidenceSearch(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE VIRTUAL TABLE mention_fts USING fts5(
                    evidenceText, content='mention', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
                CREATE TRIGGER mention_fts_insert AFTER INSERT ON mention BEGIN
                    INSERT INTO mention_fts(rowid, evidenceText) VALUES (new.id, new.evidenceText);
                END;
                CREATE TRIGGER mention_fts_delete AFTER DELETE ON mention BEGIN
                    INSERT INTO mention_fts(mention_fts, rowid, evidenceText) VALUES ('delete', old.id, old.evidenceText);
                END;
                """)
    }

    /// v2: a generation number that every change bumps, so readers can tell when cached answers went stale.
    static func createGeneration(_ db: Database) throws {
        try db.execute(sql: generationTable)
    }

    /// v3: saved queries under a name, with the last mention seen when each was opened.
    static func createWatchlists(_ db: Database) throws {
        try db.execute(sql: watchlistTable)
    }

    /// v4: covering indexes of located events, so a map of a million events reads the located ones only (whole store:
    /// 460 + 700 ms -> 37 + 89 ms; a 90-day range, which the date index scanned half the table for: 40 + 52 ms), and an
    /// index of country pairs for the dyad view (its three queries: 74 ms -> 5 ms).
    static func createMapIndexes(_ db: Database) throws {
        try db.execute(sql: mapIndexes)
    }

    // The tables and indexes as SQL both engines read (PostgreSQL after `PortableSchema` maps the column types).

    /// The `document` statements.
    static let documentTable = """
        CREATE TABLE document (
            id TEXT PRIMARY KEY NOT NULL,
            hash TEXT NOT NULL,
            date TEXT,
            title TEXT,
            url TEXT,
            source TEXT,
            sourceKey TEXT NOT NULL,
            text TEXT NOT NULL,
            ingestedAt TEXT NOT NULL
        );
        """

    /// The `event` statements.
    static let eventTable = """
        CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            representative INTEGER NOT NULL,
            representativeRank INTEGER NOT NULL,
            sourceActor TEXT NOT NULL,
            sourceCountry TEXT NOT NULL,
            sourceRole TEXT NOT NULL,
            targetActor TEXT,
            targetCountry TEXT NOT NULL,
            targetRole TEXT,
            cameo TEXT NOT NULL,
            root TEXT NOT NULL,
            quad INTEGER NOT NULL,
            plover TEXT NOT NULL,
            goldstein REAL NOT NULL,
            dateValue TEXT,
            datePrecision TEXT,
            dateText TEXT,
            dateBasis TEXT NOT NULL,
            dateStart TEXT NOT NULL,
            dateEnd TEXT NOT NULL,
            dateKind TEXT,
            dateScore INTEGER NOT NULL,
            locationName TEXT,
            locationCountry TEXT,
            lat REAL,
            lon REAL,
            statusMask INTEGER NOT NULL,
            status TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            sources INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            firstReport TEXT,
            lastReport TEXT
        );
        CREATE INDEX event_dyad ON event(root, sourceCountry, targetCountry, dateStart);
        CREATE INDEX event_source_date ON event(sourceCountry, dateStart);
        CREATE INDEX event_target_date ON event(targetCountry, dateStart);
        CREATE INDEX event_date ON event(dateStart, id);
        CREATE INDEX event_cameo ON event(cameo);
        """

    /// The `mention` statements.
    static let mentionTable = """
        CREATE TABLE mention (
            id INTEGER PRIMARY KEY,
            eventId INTEGER REFERENCES event(id),
            doc TEXT NOT NULL REFERENCES document(id),
            local TEXT NOT NULL,
            sentence INTEGER NOT NULL,
            evidenceText TEXT NOT NULL,
            evidenceStart INTEGER NOT NULL,
            evidenceEnd INTEGER NOT NULL,
            sourceText TEXT NOT NULL,
            sourceActor TEXT NOT NULL,
            sourceCountry TEXT NOT NULL,
            sourceRole TEXT NOT NULL,
            sourceDiscovered INTEGER NOT NULL,
            targetText TEXT,
            targetActor TEXT,
            targetCountry TEXT NOT NULL,
            targetRole TEXT,
            targetDiscovered INTEGER NOT NULL,
            cameo TEXT NOT NULL,
            root TEXT NOT NULL,
            quad INTEGER NOT NULL,
            plover TEXT NOT NULL,
            goldstein REAL NOT NULL,
            dateValue TEXT,
            datePrecision TEXT,
            dateText TEXT,
            dateBasis TEXT NOT NULL,
            locationText TEXT,
            locationName TEXT,
            locationCountry TEXT,
            lat REAL,
            lon REAL,
            status TEXT NOT NULL,
            attribution TEXT NOT NULL,
            quote TEXT,
            sourceKey TEXT NOT NULL,
            reported TEXT
        );
        CREATE INDEX mention_event ON mention(eventId, doc);
        CREATE INDEX mention_event_source ON mention(eventId, sourceKey);
        CREATE INDEX mention_doc ON mention(doc);
        """

    /// The `generation` statements.
    static let generationTable = """
        CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL);
        INSERT INTO meta (key, value) VALUES ('generation', 0);
        """

    /// The `watchlist` statements (v3).
    static let watchlistTable = """
        CREATE TABLE watchlist (
            name TEXT PRIMARY KEY NOT NULL,
            query TEXT NOT NULL,
            createdAt TEXT NOT NULL,
            openedAt TEXT,
            seenMention INTEGER NOT NULL
        );
        """

    /// The map and dyad indexes (v4); partial indexes, which both engines read.
    static let mapIndexes = """
        CREATE INDEX event_location ON event(locationCountry, dateStart, dateEnd) WHERE locationCountry IS NOT NULL;
        CREATE INDEX event_place ON event(locationName, lat, lon, quad, mentions, dateStart, dateEnd) WHERE lat IS NOT NULL;
        CREATE INDEX event_pair ON event(sourceCountry, targetCountry, dateStart);
        """
}
