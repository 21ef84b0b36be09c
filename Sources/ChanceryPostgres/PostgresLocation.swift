import Foundation

/// Where a PostgreSQL store lives: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`, as `--store` or `CHANCERY_STORE` give it.
public struct PostgresLocation: Sendable, Equatable {
    /// The user to log in as.
    public var user: String
    /// The password, if the server asks for one (also read from `PGPASSWORD`).
    public var password: String?
    /// The server's host name or address.
    public var host: String
    /// The server's TCP port.
    public var port: Int
    /// The database holding the store.
    public var database: String

    /// Whether a `--store` value names a PostgreSQL database rather than a SQLite file.
    public static func isPostgres(_ store: String) -> Bool {
        store.hasPrefix("postgres://") || store.hasPrefix("postgresql://")
    }

    /// Reads a `postgres://` URL; the port defaults to 5432, the user to `postgres`.
    public init(_ url: String) throws {
        guard PostgresLocation.isPostgres(url), let parts = URLComponents(string: url) else {
            throw PostgresStoreError.badLocation(url, reason: "expected postgres://USER@HOST:PORT/DATABASE")
        }
        guard let host = parts.host, !host.isEmpty else {
            throw PostgresStoreError.badLocation(
                url, reason: "it names no host; write postgres://USER@HOST:PORT/DATABASE")
        }
        let database = String(parts.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresStoreError.badLocation(
                url, reason: "it names no database; add /DATABASE after the host and port")
        }
        self.host = host
        port = parts.port ?? 5432
        self.database = database.removingPercentEncoding ?? database
        user = parts.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        password =
            parts.password.flatMap { $0.removingPercentEncoding } ?? ProcessInfo.processInfo.environment["PGPASSWORD"]
    }

    /// The URL without the password, for messages.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }
}
