import GRDB

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

    /// The statement, prepared once per connection and text, with its values bound.
    func statement(_ sql: StoreSQL) throws -> Statement {
        let statement = try db.cachedStatement(sql: sql.text)
        try statement.setArguments(arguments(sql.values))
        return statement
    }

    /// The values as GRDB binds them. Built through GRDB's initialiser of optional existentials: its initialiser of a
    /// generic sequence maps through a key path, which is not specialised across modules and took 13% of ingest's writing.
    func arguments(_ values: [StoreValue]) -> StatementArguments {
        StatementArguments(values.map { $0.databaseValue as (any DatabaseValueConvertible)? })
    }

    /// Runs a statement that returns no rows.
    func execute(_ sql: StoreSQL) throws { try statement(sql).execute() }

    /// Runs a query and returns every row.
    func rows(_ sql: StoreSQL) throws -> [StoreRow] {
        let statement = try statement(sql)
        let columns = StoreColumns(statement.columnNames)
        let cursor = try Row.fetchCursor(statement)
        var out: [StoreRow] = []
        while let row = try cursor.next() {
            out.append(StoreRow(columns: columns, values: row.databaseValues.map(StoreValue.init)))
        }
        return out
    }

    /// Runs an INSERT and returns the new rowid.
    func insert(_ sql: StoreSQL) throws -> Int64 {
        try execute(sql)
        return db.lastInsertedRowID
    }

    /// Nothing to do: SQLite lets one writer at a time in, so the whole transaction is already exclusive.
    func lock(_ keys: [Int64]) throws {}
}

extension StoreValue {
    /// As GRDB binds it.
    var databaseValue: DatabaseValue {
        switch self {
        case .null: return .null
        case .int(let i): return i.databaseValue
        case .double(let d): return d.databaseValue
        case .text(let s): return s.databaseValue
        }
    }

    /// A value GRDB read.
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let i): self = .int(i)
        case .double(let d): self = .double(d)
        case .string(let s): self = .text(s)
        case .blob(let data): self = .text(String(decoding: data, as: UTF8.self))
        }
    }
}
