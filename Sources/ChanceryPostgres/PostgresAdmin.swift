import Foundation
import Logging
import NIOPosix
import PostgresNIO

/// Server-level chores for tests and benchmarks: databases are made here, stores are made by `PostgresBackend`.
public enum PostgresAdmin {
    /// Creates a database named `name` (letters, digits and `_`) on the server of `server` and returns its URL.
    public static func createDatabase(_ name: String, server: String) throws -> String {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw PostgresStoreError.badLocation(name, reason: "a database name of letters, digits and _ is needed")
        }
        var location = try PostgresLocation(server)
        let pool = PostgresPool(location: location, size: 1)
        try pool.withConnection { c in
            try PostgresSession(connection: c, logger: pool.logger).run("CREATE DATABASE \(name)")
        }
        location.database = name
        return location.description
    }

    /// Runs plain SQL statements, one by one outside a transaction, in the database of `url`.
    public static func execute(_ statements: [String], in url: String) throws {
        let pool = PostgresPool(location: try PostgresLocation(url), size: 1)
        try pool.withConnection { c in
            let session = PostgresSession(connection: c, logger: pool.logger)
            for statement in statements { try session.run(statement) }
        }
    }
}
