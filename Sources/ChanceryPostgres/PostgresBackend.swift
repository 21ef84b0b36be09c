import ChanceryStore
import Foundation

/// The PostgreSQL engine: the shared store code over a pool of connections to one database that many processes, on
/// many machines, read and write at once.
///
/// Writes run in READ COMMITTED transactions of a few whole documents; fusion first takes the advisory locks of the
/// documents' fusion keys (see `FusionLocks` in ChanceryStore), so concurrent workers never fuse the same event twice.
/// A transaction the server aborts to settle a conflict (deadlock, serialisation failure, one document stored by two
/// workers at once) is rolled back whole and run again. Reads run in REPEATABLE READ, READ ONLY transactions: one
/// consistent snapshot per call, however long an export takes.
public struct PostgresBackend: StoreBackend {
    /// The database.
    public let database: PostgresLocation
    /// The connections.
    let pool: PostgresPool

    /// The URL without its password.
    public var location: String { database.description }

    /// Documents per write transaction: the fusion locks are held until commit, so short transactions let other workers in.
    public var documentsPerTransaction: Int? { PostgresBackend.transactionDocuments }

    /// Documents a write transaction holds (`CHANCERY_PG_TRANSACTION_DOCUMENTS`, default 8).
    static let transactionDocuments =
        ProcessInfo.processInfo.environment["CHANCERY_PG_TRANSACTION_DOCUMENTS"].flatMap { Int($0) } ?? 8

    /// Times a transaction is run before a conflict is reported.
    static let attempts = 20

    /// Connects to `url` and, unless `readOnly`, creates or upgrades the store's tables (`PostgresMigrations`).
    public init(url: String, readOnly: Bool = false, connections: Int = 4) throws {
        database = try PostgresLocation(url)
        pool = PostgresPool(location: database, size: connections)
        try pool.withConnection { connection in
            let session = PostgresSession(connection: connection, logger: pool.logger)
            try PostgresMigrations.prepare(session, at: database, readOnly: readOnly)
        }
    }

    /// Runs `body` in a REPEATABLE READ, READ ONLY transaction.
    public func read<T>(_ body: (any StoreDatabase) throws -> T) throws -> T {
        try pool.withConnection { connection in
            let session = PostgresSession(connection: connection, logger: pool.logger)
            try session.run("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            do {
                let value = try body(session)
                try session.run("COMMIT")
                return value
            } catch {
                try? session.run("ROLLBACK")
                throw error
            }
        }
    }

    /// Runs `body` in a READ COMMITTED transaction, again after a conflict the server resolved by aborting it.
    public func write<T>(_ body: (any StoreDatabase) throws -> T) throws -> T {
        try pool.withConnection { connection in
            let session = PostgresSession(connection: connection, logger: pool.logger)
            var attempt = 0
            while true {
                attempt += 1
                try session.run("BEGIN")
                do {
                    let value = try body(session)
                    try session.run("COMMIT")
                    return value
                } catch let error as PostgresStoreError where error.isRetryable && attempt < PostgresBackend.attempts {
                    try? session.run("ROLLBACK")
                    // A little random wait, growing with each attempt, so two retrying workers do not collide again.
                    usleep(UInt32.random(in: 1_000...(5_000 * UInt32(attempt))))
                } catch {
                    try? session.run("ROLLBACK")
                    throw error
                }
            }
        }
    }
}
