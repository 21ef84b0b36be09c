import ChanceryStore

/// The store's numbered migrations on PostgreSQL: `PortableSchema`'s statements (the SQLite store's tables, with
/// PostgreSQL's column types), recorded by identifier in `chancery_migrations` as GRDB records them in `grdb_migrations`.
enum PostgresMigrations {
    /// The table recording applied migrations; its presence marks a database as a Chancery store.
    static let table = "chancery_migrations"

    /// What PostgreSQL adds to a migration in place of the SQLite-only parts: full-text search over evidence sentences.
    static let additions: [String: [String]] = [
        PortableSchema.migrations[0].identifier: [
            "CREATE INDEX mention_evidence_search ON mention USING gin (to_tsvector('simple', evidenceText))"
        ]
    ]

    /// Checks the database and, unless `readOnly`, applies the migrations it lacks, all in one transaction that holds an
    /// advisory lock, so that workers starting at once on an empty database do not migrate it twice.
    static func prepare(_ session: PostgresSession, at location: PostgresLocation, readOnly: Bool) throws {
        try session.run("BEGIN")
        do {
            try migrate(session, at: location, readOnly: readOnly)
            try session.run("COMMIT")
        } catch {
            try? session.run("ROLLBACK")
            throw error
        }
    }

    /// The checks and migrations of `prepare`, inside its transaction.
    static func migrate(_ session: PostgresSession, at location: PostgresLocation, readOnly: Bool) throws {
        if !readOnly { try session.lock([FusionLocks.hash("chancery schema migrations")]) }
        let tables = try session.rows(
            """
            SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name
            """
        ).map { $0.first(String.self) ?? "" }
        if !tables.isEmpty && !tables.contains(table) { throw PostgresStoreError.notAStore(location, tables: tables) }
        let known = PortableSchema.migrations.map(\.identifier)
        var applied: Set<String> = []
        if tables.contains(table) {
            applied = Set(
                try session.rows(StoreSQL(raw: "SELECT identifier FROM \(table)")).map { $0.first(String.self) ?? "" })
        } else if readOnly {
            throw PostgresStoreError.noStore(location)
        }
        let unknown = applied.subtracting(known).sorted()
        if !unknown.isEmpty { throw PostgresStoreError.newerSchema(location, unknown: unknown) }
        guard !readOnly else { return }
        if !tables.contains(table) {
            try session.run("CREATE TABLE \(table) (identifier TEXT COLLATE \"C\" PRIMARY KEY NOT NULL)")
        }
        for migration in PortableSchema.migrations where !applied.contains(migration.identifier) {
            for statement in migration.statements { try session.run(PortableSchema.postgres(statement)) }
            for statement in additions[migration.identifier] ?? [] { try session.run(statement) }
            try session.execute("INSERT INTO chancery_migrations (identifier) VALUES (\(migration.identifier))")
        }
    }
}
