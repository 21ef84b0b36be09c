/// The column names of a result, shared by its rows, looked up in any case (PostgreSQL folds unquoted names to lower
/// case). A result has a handful of columns, so a scan for the name beats building a dictionary for each result.
public struct StoreColumns: Sendable {
    /// The names, in column order.
    let names: [String]

    /// The columns of a result, in order.
    public init(_ names: [String]) { self.names = names }

    /// The position of the first column of `name` in any case; nil when the result has none.
    func position(_ name: String) -> Int? {
        // SQLite returns names as written, so an exact match is found first; the case-folding scan is PostgreSQL's,
        // and running it on every column a row has passed took 12% of SQLite ingest's writing.
        names.firstIndex(of: name) ?? names.firstIndex { StoreColumns.sameIgnoringCase($0, name) }
    }

    /// Whether two names are equal once lower-cased, comparing ASCII bytes in place (column names are ASCII).
    static func sameIgnoringCase(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        guard a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) else {
            return a.lowercased() == b.lowercased()
        }
        return a.utf8.count == b.utf8.count
            && zip(a.utf8, b.utf8).allSatisfy { x, y in x == y || x | 0x20 == y | 0x20 && isLetter(x | 0x20) }
    }

    /// Whether a lower-cased ASCII byte is a letter, the only bytes that case folding changes.
    static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
}

/// One result row: its columns by name (any case, as PostgreSQL folds unquoted names to lower case).
public struct StoreRow: Sendable {
    /// The result's columns.
    private let columns: StoreColumns
    /// The values, in column order.
    public let values: [StoreValue]

    /// A row of the result `columns`.
    public init(columns: StoreColumns, values: [StoreValue]) {
        self.columns = columns
        self.values = values
    }

    /// A row of `names` and their `values`.
    public init(names: [String], values: [StoreValue]) { self.init(columns: StoreColumns(names), values: values) }

    /// The raw value of a column; NULL when the row has no such column.
    public func value(_ name: String) -> StoreValue {
        guard let i = columns.position(name), i < values.count else { return .null }
        return values[i]
    }

    /// A column's value, nil when NULL.
    public subscript<T: StoreColumnValue>(_ name: String) -> T? { T(storeValue: value(name)) }

    /// A column's value; a NULL reads as `T.whenNull`.
    public subscript<T: StoreColumnValue>(_ name: String) -> T { T(storeValue: value(name)) ?? T.whenNull }

    /// The first column's value, for one-value queries.
    public func first<T: StoreColumnValue>(_ type: T.Type = T.self) -> T? { values.first.flatMap { T(storeValue: $0) } }
}

/// Where the engines' SQL differs; everything else is written once.
public enum StoreDialect: Sendable {
    /// SQLite through GRDB.
    case sqlite
    /// PostgreSQL through postgres-nio.
    case postgres

    /// Case-insensitive LIKE (SQLite's LIKE already ignores ASCII case).
    var like: String { self == .sqlite ? "LIKE" : "ILIKE" }

    /// The value of `column` for a group whose rows all share it. SQLite reads a bare column from one row of the group,
    /// which keeps an index scan in group order (the map's places: 0.45 s -> 0.03 s on a million events); PostgreSQL
    /// needs an aggregate.
    func sharedValue(_ column: String) -> String {
        self == .sqlite ? column : "max(\(column))"
    }

    /// An aggregate making a JSON array text of the distinct values of `column`.
    func jsonArrayOfDistinct(_ column: String) -> String {
        self == .sqlite ? "json_group_array(DISTINCT \(column))" : "json_agg(DISTINCT \(column))::text"
    }

    /// A condition on `mention` rows (as `id`) whose evidence holds every word of `words` (already split and quoted by
    /// `EventFilter.ftsWords`): FTS5 on SQLite, a `tsvector` match on PostgreSQL (indexed by `mention_evidence_search`).
    func evidenceMatches(_ words: [String]) -> StoreSQL {
        switch self {
        case .sqlite:
            let query = words.map { "\"\($0)\"" }.joined(separator: " ")
            return "id IN (SELECT rowid FROM mention_fts WHERE mention_fts MATCH \(query))"
        case .postgres:
            // Each word is quoted as a tsquery lexeme, so nothing in it is read as tsquery syntax.
            let query = words.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: " & ")
            return "to_tsvector('simple', evidenceText) @@ to_tsquery('simple', \(query))"
        }
    }
}

/// One connection inside a transaction, as the shared store code sees it: run statements, read rows.
public protocol StoreDatabase {
    /// Which engine, for the few places where SQL differs.
    var dialect: StoreDialect { get }
    /// Runs a statement that returns no rows.
    func execute(_ sql: StoreSQL) throws
    /// Runs a query and returns every row.
    func rows(_ sql: StoreSQL) throws -> [StoreRow]
    /// Runs an INSERT into a table with an `id` key and returns the new row's id.
    func insert(_ sql: StoreSQL) throws -> Int64
    /// Takes exclusive locks on `keys` (sorted, so two writers cannot deadlock) held until the transaction ends. SQLite
    /// has one writer at a time, so there it does nothing and never works out the keys; PostgreSQL takes
    /// transaction-scoped advisory locks.
    func lock(_ keys: @autoclosure () throws -> [Int64]) throws
}

extension StoreDatabase {
    /// The first row of a query, or nil.
    func row(_ sql: StoreSQL) throws -> StoreRow? { try rows(sql).first }

    /// The first column of a query's first row, or nil.
    func value<T: StoreColumnValue>(_ sql: StoreSQL, as type: T.Type = T.self) throws -> T? {
        try row(sql)?.first(T.self)
    }
}

/// An engine holding a store: it runs the shared store code in read and write transactions.
public protocol StoreBackend: Sendable {
    /// The file path or database URL (without a password), for messages.
    var location: String { get }
    /// Runs `body` in a read transaction that sees one consistent state of the store.
    func read<T>(_ body: (any StoreDatabase) throws -> T) throws -> T
    /// Runs `body` in a write transaction. PostgreSQL may run it again when the server aborted it to resolve a conflict with
    /// another writer (deadlock, serialisation failure, the same document stored at once), so `body` must only touch the database.
    func write<T>(_ body: (any StoreDatabase) throws -> T) throws -> T
    /// Documents per write transaction at most (nil: as many as the caller gives): shorter transactions hold the fusion
    /// locks for less time when many workers write at once.
    var documentsPerTransaction: Int? { get }
}
