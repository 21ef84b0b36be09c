import ChanceryStore

extension EventStore {
    /// Opens the store a `--store` value names: a `postgres://` URL opens that PostgreSQL database, anything else a SQLite file.
    public static func open(_ location: String, readOnly: Bool = false) throws -> EventStore {
        if PostgresLocation.isPostgres(location) {
            return EventStore(backend: try PostgresBackend(url: location, readOnly: readOnly))
        }
        return try EventStore(path: location, readOnly: readOnly)
    }
}
