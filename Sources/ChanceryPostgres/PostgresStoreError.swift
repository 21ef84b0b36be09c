/// What can go wrong with a PostgreSQL store, worded so the user knows what to check.
public enum PostgresStoreError: Error, CustomStringConvertible, Equatable {
    /// `--store` looked like a PostgreSQL URL but is not one.
    case badLocation(String, reason: String)
    /// No connection to the server could be made.
    case cannotConnect(PostgresLocation, reason: String)
    /// The server refused a statement.
    case queryFailed(sqlState: String, message: String, statement: String)
    /// The database holds tables, but not a Chancery store.
    case notAStore(PostgresLocation, tables: [String])
    /// The store was written by a newer Chancery whose schema this one does not know.
    case newerSchema(PostgresLocation, unknown: [String])
    /// A read-only command met a database without a store.
    case noStore(PostgresLocation)

    /// A message naming the server, database or statement and what to do.
    public var description: String {
        switch self {
        case .badLocation(let url, let reason):
            return "\(url) is not a PostgreSQL store location: \(reason)"
        case .cannotConnect(let l, let reason):
            return
                "cannot connect to PostgreSQL at \(l.host):\(l.port) (database \(l.database), user \(l.user)): \(reason); "
                + "check that the server runs and listens there (pg_ctl status, listen_addresses, port), that the database "
                + "exists (createdb \(l.database)) and that pg_hba.conf lets \(l.user) log in from this machine"
        case .queryFailed(let state, let message, let statement):
            return "PostgreSQL refused a statement (SQLSTATE \(state)): \(message) [\(statement.prefix(160))]"
        case .notAStore(let l, let tables):
            return
                "\(l.description) holds tables but not a Chancery store (tables: \(tables.prefix(5).joined(separator: ", "))); "
                + "it was left untouched: give --store another database (createdb chancery)"
        case .newerSchema(let l, let unknown):
            return "\(l.description) was written by a newer Chancery (schema \(unknown.joined(separator: ", "))); "
                + "upgrade chancery to read it, or give --store another database"
        case .noStore(let l):
            return "\(l.description) holds no Chancery store yet; run `chancery ingest --store \(l.description)` first"
        }
    }

    /// Whether the server aborted the transaction to resolve a conflict with another one, so running it again can succeed:
    /// a serialisation failure, a deadlock, or a key stored at the same moment by another worker.
    var isRetryable: Bool {
        if case .queryFailed(let state, _, _) = self { return ["40001", "40P01", "23505"].contains(state) }
        return false
    }
}
