import ChanceryStore
import Logging
import PostgresNIO

/// One PostgreSQL connection inside a transaction, as the shared store code sees it. Each call waits on this thread for
/// its EventLoopFuture, which NIO's event loop completes.
struct PostgresSession: StoreDatabase {
    /// The connection.
    let connection: PostgresConnection
    /// For postgres-nio's messages.
    let logger: Logger

    /// PostgreSQL.
    var dialect: StoreDialect { .postgres }

    /// Runs a statement that returns no rows.
    func execute(_ sql: StoreSQL) throws { _ = try run(sql) }

    /// Runs a query and returns every row.
    func rows(_ sql: StoreSQL) throws -> [StoreRow] {
        let result = try run(sql)
        var columns: StoreColumns?
        return try result.map { row in
            var values: [StoreValue] = []
            for cell in row { values.append(try PostgresSession.value(cell)) }
            let shared = columns ?? StoreColumns(row.map(\.columnName))
            columns = shared
            return StoreRow(columns: shared, values: values)
        }
    }

    /// Runs an INSERT with `RETURNING id`.
    func insert(_ sql: StoreSQL) throws -> Int64 {
        var returning = sql
        returning.text += " RETURNING id"
        guard let id = try rows(returning).first?.first(Int64.self) else {
            throw PostgresStoreError.queryFailed(
                sqlState: "02000", message: "the INSERT returned no id", statement: sql.text)
        }
        return id
    }

    /// Takes transaction-scoped advisory locks on `keys` in ascending order, in one round trip: the subquery's ORDER BY is
    /// kept (PostgreSQL does not flatten a sorted subquery), so the locks are taken in that order.
    func lock(_ keys: @autoclosure () throws -> [Int64]) throws {
        let keys = try keys()
        guard !keys.isEmpty else { return }
        let list = keys.sorted().map(String.init).joined(separator: ",")
        try execute(
            StoreSQL(
                raw: """
                    SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT k FROM unnest(ARRAY[\(list)]::bigint[]) AS t(k) ORDER BY k) AS sorted
                    """))
    }

    /// Runs a plain statement (BEGIN, COMMIT, DDL).
    func run(_ text: String) throws { _ = try run(StoreSQL(raw: text)) }

    /// Sends a statement with its values as `$n` parameters and collects the rows.
    private func run(_ sql: StoreSQL) throws -> PostgresQueryResult {
        var binds = PostgresBindings(capacity: sql.values.count)
        for value in sql.values {
            switch value {
            case .null: binds.appendNull()
            case .int(let i): binds.append(i)
            case .double(let d): binds.append(d)
            case .text(let s): binds.append(s)
            }
        }
        let query = PostgresQuery(unsafeSQL: PostgresSession.numbered(sql.text), binds: binds)
        do {
            return try connection.query(query, logger: logger).wait()
        } catch let error as PSQLError {
            throw PostgresStoreError.queryFailed(
                sqlState: error.serverInfo?[.sqlState] ?? "08006", message: PostgresSession.reason(error),
                statement: sql.text)
        }
    }

    /// `?` placeholders as `$1`, `$2` …, leaving quoted strings and names alone. Scans UTF-8 bytes: every statement
    /// passes here, and a batch's multi-row INSERTs are kilobytes long (the quotes and `?` are ASCII, so no byte of a
    /// multi-byte character is taken for one).
    static func numbered(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 64)
        var n = 0
        var quote: UInt8?
        for byte in text.utf8 {
            if let q = quote {
                if byte == q { quote = nil }
                out.append(byte)
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                quote = byte
                out.append(byte)
            } else if byte == UInt8(ascii: "?") {
                n += 1
                out.append(UInt8(ascii: "$"))
                out.append(contentsOf: String(n).utf8)
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A cell as a store value: integers, doubles, booleans (as 0 or 1), everything else as text.
    static func value(_ cell: PostgresCell) throws -> StoreValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .int(try cell.decode(Int64.self))
        case .float4, .float8: return .double(try cell.decode(Double.self))
        case .bool: return .int(try cell.decode(Bool.self) ? 1 : 0)
        default: return .text(try cell.decode(String.self))
        }
    }

    /// The server's message for an error, else what postgres-nio knows of it (its `description` hides the details).
    static func reason(_ error: PSQLError) -> String {
        if let message = error.serverInfo?[.message] { return message }
        if let underlying = error.underlying { return "\(underlying)" }
        return "\(error.code)"
    }
}
