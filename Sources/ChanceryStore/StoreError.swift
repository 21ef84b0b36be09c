/// What can go wrong with a store, worded so the user knows what to do next.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// The file exists but is not a SQLite database.
    case notADatabase(path: String)
    /// The file is a SQLite database that some other program made.
    case notAStore(path: String, tables: [String])
    /// The store was written by a newer Chancery whose schema this one does not know.
    case newerSchema(path: String, unknown: [String])
    /// SQLite refused to open or write the file.
    case cannotOpen(path: String, reason: String)
    /// A query filter with a bad value.
    case badFilter(name: String, value: String, expected: String)

    /// A message naming the file or parameter and what to do.
    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path) is not a SQLite database; give --store a new file name or a Chancery store"
        case .notAStore(let path, let tables):
            return
                "\(path) is a SQLite database but not a Chancery store (tables: \(tables.prefix(5).joined(separator: ", "))); "
                + "it was left untouched: give --store a new file name"
        case .newerSchema(let path, let unknown):
            return "\(path) was written by a newer Chancery (schema \(unknown.joined(separator: ", "))); "
                + "upgrade chancery to read it, or give --store another file"
        case .cannotOpen(let path, let reason):
            return "cannot open store \(path): \(reason)"
        case .badFilter(let name, let value, let expected):
            return "\(name) \"\(value)\" is not valid: expected \(expected)"
        }
    }
}
