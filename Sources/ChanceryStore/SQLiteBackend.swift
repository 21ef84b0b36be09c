import GRDB
import GRDBSQLite

/// The SQLite engine: a GRDB pool (readers beside one writer) or one queue for an immutable file.
struct SQLiteBackend: StoreBackend {
    /// The file.
    let location: String
    /// The connections.
    let pool: any DatabaseWriter

    /// SQLite takes a caller's whole batch in one transaction: it has one writer at a time, so nothing waits on its locks.
    var documentsPerTransaction: Int? { nil }

    /// Runs `body` in a read transaction.
    func read<T>(_ body: (any StoreDatabase) throws -> T) throws -> T {
        try pool.read { db in try body(SQLiteDatabase(db: db)) }
    }

    /// Runs `body` in a write transaction.
    func write<T>(_ body: (any StoreDatabase) throws -> T) throws -> T {
        try pool.write { db in try body(SQLiteDatabase(db: db)) }
    }
}

/// A GRDB connection as the shared store code sees it.
struct SQLiteDatabase: StoreDatabase {
    /// The connection, inside a transaction.
    let db: Database

    /// SQLite.
    var dialect: StoreDialect { .sqlite }

    /// Runs a statement that returns no rows.
    func execute(_ sql: StoreSQL) throws { try run(sql) { _ in } }

    /// Runs a query and returns every row.
    func rows(_ sql: StoreSQL) throws -> [StoreRow] {
        var out: [StoreRow] = []
        var columns: StoreColumns?
        try run(sql) { handle in
            let count = sqlite3_column_count(handle)
            let names =
                columns
                ?? StoreColumns((0..<count).map { String(cString: sqlite3_column_name(handle, $0)) })
            columns = names
            out.append(StoreRow(columns: names, values: (0..<count).map { SQLiteDatabase.value(handle, $0) }))
        }
        return out
    }

    /// Runs a statement, prepared once per connection and text, binding its values and stepping it through SQLite's C
    /// API; `row` reads each result row from the statement handle. GRDB prepares and caches the statement, but binding
    /// through its `StatementArguments` (an existential a value) and reading through its `Row` took a third of the
    /// writer's time on full articles. Values bind as GRDB binds them (text up to its first NUL, copied), so the store
    /// holds the same bytes.
    func run(_ sql: StoreSQL, row: (OpaquePointer) -> Void) throws {
        let handle = try db.cachedStatement(sql: sql.text).sqliteStatement
        sqlite3_reset(handle)  // its code repeats the last step's error, which was reported then
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)  // releases the copies of the bound text, which may be whole documents
        }
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard expected == sql.values.count else {
            throw DatabaseError(
                message: "\(sql.values.count) values for \(expected) placeholders", sql: sql.text)
        }
        for (i, value) in sql.values.enumerated() {
            let code = SQLiteDatabase.bind(value, to: handle, at: Int32(i + 1))
            guard code == SQLITE_OK else { throw error(code, sql) }
        }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_ROW {
                row(handle)
            } else if code == SQLITE_DONE {
                return
            } else {
                throw error(code, sql)
            }
        }
    }

    /// The error SQLite reported for a statement.
    func error(_ code: Int32, _ sql: StoreSQL) -> DatabaseError {
        let message = sqlite3_errmsg(db.sqliteConnection).map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql.text)
    }

    /// SQLite's "copy the bytes now" destructor, which its header spells as a cast of -1.
    static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    /// Binds one value at a 1-based placeholder; SQLite's result code.
    static func bind(_ value: StoreValue, to handle: OpaquePointer, at index: Int32) -> Int32 {
        switch value {
        case .null: return sqlite3_bind_null(handle, index)
        case .int(let i): return sqlite3_bind_int64(handle, index, i)
        case .double(let d): return sqlite3_bind_double(handle, index, d)
        case .text(let s): return sqlite3_bind_text(handle, index, s, -1, transient)
        }
    }

    /// A column of the current result row, read as GRDB reads it (a blob as UTF-8 text).
    static func value(_ handle: OpaquePointer, _ column: Int32) -> StoreValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .int(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT: return .double(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, column) else { return .null }
            return .text(String(cString: text))
        case SQLITE_BLOB:
            guard let bytes = sqlite3_column_blob(handle, column) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeRawBufferPointer(start: bytes, count: count), as: UTF8.self))
        default: return .null
        }
    }

    /// Runs an INSERT and returns the new rowid.
    func insert(_ sql: StoreSQL) throws -> Int64 {
        try execute(sql)
        return db.lastInsertedRowID
    }

    /// Nothing to do: SQLite lets one writer at a time in, so the whole transaction is already exclusive. The keys are
    /// not worked out (5% of the writer's time on full articles).
    func lock(_ keys: @autoclosure () throws -> [Int64]) throws {}
}
