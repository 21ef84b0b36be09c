/// A value bound to a statement or read from a row, the same on every engine.
public enum StoreValue: Sendable, Equatable {
    /// SQL NULL.
    case null
    /// An integer (SQLite INTEGER, PostgreSQL BIGINT; booleans are 0 and 1).
    case int(Int64)
    /// A floating-point number.
    case double(Double)
    /// Text.
    case text(String)
}

/// A Swift value that can be bound to a statement and read back from a column.
public protocol StoreColumnValue {
    /// The value as bound.
    var storeValue: StoreValue { get }
    /// Reads a column value; nil when it is NULL or of another kind.
    init?(storeValue: StoreValue)
    /// What a NULL reads as where a non-optional value is asked for.
    static var whenNull: Self { get }
}

extension String: StoreColumnValue {
    /// As bound.
    public var storeValue: StoreValue { .text(self) }
    /// Reads text; numbers read as their decimal digits.
    public init?(storeValue: StoreValue) {
        switch storeValue {
        case .text(let s): self = s
        case .int(let i): self = String(i)
        case .double(let d): self = String(d)
        case .null: return nil
        }
    }
    /// The empty string.
    public static var whenNull: String { "" }
}

extension Int64: StoreColumnValue {
    /// As bound.
    public var storeValue: StoreValue { .int(self) }
    /// Reads an integer (a whole double too).
    public init?(storeValue: StoreValue) {
        switch storeValue {
        case .int(let i): self = i
        case .double(let d): self = Int64(d)
        case .text(let s):
            guard let i = Int64(s) else { return nil }
            self = i
        case .null: return nil
        }
    }
    /// Zero.
    public static var whenNull: Int64 { 0 }
}

extension Int: StoreColumnValue {
    /// As bound.
    public var storeValue: StoreValue { .int(Int64(self)) }
    /// Reads an integer.
    public init?(storeValue: StoreValue) {
        guard let i = Int64(storeValue: storeValue) else { return nil }
        self = Int(i)
    }
    /// Zero.
    public static var whenNull: Int { 0 }
}

extension Double: StoreColumnValue {
    /// As bound.
    public var storeValue: StoreValue { .double(self) }
    /// Reads a number.
    public init?(storeValue: StoreValue) {
        switch storeValue {
        case .double(let d): self = d
        case .int(let i): self = Double(i)
        case .text(let s):
            guard let d = Double(s) else { return nil }
            self = d
        case .null: return nil
        }
    }
    /// Zero.
    public static var whenNull: Double { 0 }
}

extension Bool: StoreColumnValue {
    /// Bound as 1 or 0, as SQLite stores booleans.
    public var storeValue: StoreValue { .int(self ? 1 : 0) }
    /// Reads a non-zero integer as true.
    public init?(storeValue: StoreValue) {
        guard let i = Int64(storeValue: storeValue) else { return nil }
        self = i != 0
    }
    /// False.
    public static var whenNull: Bool { false }
}

/// A statement with its bound values: `?` placeholders in the text, values in order. Written once for both engines;
/// each backend turns it into its own form (GRDB arguments, PostgreSQL `$1` parameters).
public struct StoreSQL: Sendable, ExpressibleByStringInterpolation {
    /// The SQL text with `?` for each value.
    public var text: String
    /// The bound values, in placeholder order.
    public var values: [StoreValue]

    /// SQL text without values; it must hold no `?`.
    public init(raw text: String) {
        self.text = text
        values = []
    }

    /// Text of `?` placeholders and the values they bind, in order, for statements built in bulk.
    public init(text: String, values: [StoreValue]) {
        self.text = text
        self.values = values
    }

    /// A literal without values.
    public init(stringLiteral value: String) { self.init(raw: value) }

    /// A literal whose interpolations are bound values, nested statements or lists.
    public init(stringInterpolation: StringInterpolation) {
        text = stringInterpolation.text
        values = stringInterpolation.values
    }

    /// Builds the text and values of a literal.
    public struct StringInterpolation: StringInterpolationProtocol {
        /// Text so far.
        var text = ""
        /// Values so far.
        var values: [StoreValue] = []

        /// Starts an empty literal.
        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount)
        }

        /// Appends SQL text.
        public mutating func appendLiteral(_ literal: String) { text += literal }

        /// Binds a value (NULL when nil).
        public mutating func appendInterpolation<T: StoreColumnValue>(_ value: T?) {
            text += "?"
            values.append(value?.storeValue ?? .null)
        }

        /// Appends SQL text chosen by the code, never by a user (a dialect's operator, a column name).
        public mutating func appendInterpolation(raw sql: String) { text += sql }

        /// Splices in another statement with its values.
        public mutating func appendInterpolation(_ sql: StoreSQL) {
            text += sql.text
            values += sql.values
        }

        /// Binds a list as `(?, ?, ?)`, for `IN`.
        public mutating func appendInterpolation<T: StoreColumnValue>(_ list: [T]) {
            text += "(" + Array(repeating: "?", count: list.count).joined(separator: ", ") + ")"
            values += list.map(\.storeValue)
        }
    }

    /// Joins statements with a separator.
    public static func joined(_ parts: [StoreSQL], separator: String) -> StoreSQL {
        var out = StoreSQL(raw: "")
        for (i, part) in parts.enumerated() {
            if i > 0 { out.text += separator }
            out.text += part.text
            out.values += part.values
        }
        return out
    }
}
