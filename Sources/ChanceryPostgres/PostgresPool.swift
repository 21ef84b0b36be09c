import Foundation
import Logging
import NIOPosix
import PostgresNIO

/// A pool of PostgreSQL connections that synchronous callers lease and give back, blocking while all are in use.
///
/// The store's seam (`StoreBackend`) is synchronous, like GRDB's. postgres-nio's `PostgresClient` pool is async-only:
/// bridging it would park a Swift concurrency thread per call while another had to run the pool, which deadlocks a
/// 2-core machine's cooperative pool under `serve`. So this pool holds `PostgresConnection`s and waits on their
/// EventLoopFutures, which complete on NIO's own event loop threads, never on the caller's.
final class PostgresPool: @unchecked Sendable {
    /// Where to connect.
    let location: PostgresLocation
    /// Connections open at most.
    let size: Int
    /// For postgres-nio's own messages (errors only).
    let logger: Logger
    /// Guards `idle` and `open`.
    private let condition = NSCondition()
    /// Open connections nobody holds.
    private var idle: [PostgresConnection] = []
    /// Open connections, held or idle, and those being opened.
    private var open = 0
    /// Ids for postgres-nio's logs.
    private var nextID = 0

    /// A pool of at most `size` connections; none is opened until one is needed.
    init(location: PostgresLocation, size: Int) {
        self.location = location
        self.size = max(1, size)
        var logger = Logger(label: "chancery.postgres")
        logger.logLevel = .critical
        self.logger = logger
    }

    deinit {
        for connection in idle { try? (connection.close() as EventLoopFuture<Void>).wait() }
    }

    /// Runs `body` with a connection of the pool; a connection the server closed is dropped, not given back.
    func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        let connection = try lease()
        do {
            let value = try body(connection)
            give(connection)
            return value
        } catch {
            give(connection)
            throw error
        }
    }

    /// An idle connection, a new one while fewer than `size` are open, else the first one given back.
    private func lease() throws -> PostgresConnection {
        condition.lock()
        while true {
            while let connection = idle.popLast() {
                if !connection.isClosed {
                    condition.unlock()
                    return connection
                }
                open -= 1
            }
            if open < size { break }
            condition.wait()
        }
        open += 1
        nextID += 1
        let id = nextID
        condition.unlock()
        do {
            return try connect(id: id)
        } catch {
            condition.lock()
            open -= 1
            condition.signal()
            condition.unlock()
            throw error
        }
    }

    /// Gives a connection back (or forgets it when closed) and wakes one waiting caller.
    private func give(_ connection: PostgresConnection) {
        condition.lock()
        if connection.isClosed { open -= 1 } else { idle.append(connection) }
        condition.signal()
        condition.unlock()
    }

    /// Opens a connection, waiting for it on this thread.
    private func connect(id: Int) throws -> PostgresConnection {
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user,
            password: location.password, database: location.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        do {
            return try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                id: id, logger: logger
            ).wait()
        } catch let error as PSQLError {
            throw PostgresStoreError.cannotConnect(location, reason: PostgresSession.reason(error))
        } catch {
            throw PostgresStoreError.cannotConnect(location, reason: "\(error)")
        }
    }
}
