/// Why bytes from a coding worker could not be read back: the other process may have died mid-message or be another
/// build of Chancery, so its output is checked, never trusted.
public enum WireError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The message ends before the value that was being read.
    case truncated(at: Int)
    /// A value that no writer produces (a negative length, an unknown status).
    case badValue(String)

    /// What went wrong, for the error message of `chancery ingest`.
    public var description: String {
        switch self {
        case .truncated(let at): return "message from the coding worker ends early (at byte \(at))"
        case .badValue(let what): return "message from the coding worker holds a bad value: \(what)"
        }
    }
}

/// Writes values as bytes for the pipe between `chancery ingest` and its coding workers: fixed-width little-endian
/// integers and length-prefixed UTF-8, as cheap to write as to read (both ends are the same binary).
public struct WireWriter {
    /// The message so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty message.
    public init() {}

    /// Appends an integer as 8 bytes.
    public mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a double by its bit pattern, so it reads back exactly.
    public mutating func double(_ value: Double) { int(Int(truncatingIfNeeded: value.bitPattern)) }

    /// Appends a flag as one byte.
    public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Appends a string as its UTF-8 length and bytes.
    public mutating func string(_ value: String) {
        var copy = value
        copy.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Appends a flag saying whether a value follows, then the value.
    public mutating func optional<T>(_ value: T?, _ write: (inout WireWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }
}

/// Reads back what `WireWriter` wrote; every read checks the bounds and throws rather than trap.
public struct WireReader {
    private let bytes: [UInt8]
    private var at = 0

    /// A reader at the start of a message.
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether every byte was read.
    public var isAtEnd: Bool { at == bytes.count }

    /// Reads an 8-byte integer.
    public mutating func int() throws -> Int {
        guard bytes.count - at >= 8 else { throw WireError.truncated(at: at) }
        var value: UInt64 = 0
        for i in (0..<8).reversed() { value = value << 8 | UInt64(bytes[at + i]) }
        at += 8
        return Int(truncatingIfNeeded: value)
    }

    /// Reads a count of items that follow, each at least one byte: anything larger than the rest is corrupt.
    public mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - at else { throw WireError.badValue("count \(n)") }
        return n
    }

    /// Reads a double.
    public mutating func double() throws -> Double { Double(bitPattern: UInt64(truncatingIfNeeded: try int())) }

    /// Reads a flag.
    public mutating func bool() throws -> Bool {
        guard at < bytes.count else { throw WireError.truncated(at: at) }
        at += 1
        switch bytes[at - 1] {
        case 0: return false
        case 1: return true
        case let b: throw WireError.badValue("flag \(b)")
        }
    }

    /// Reads a string.
    public mutating func string() throws -> String {
        let n = try count()
        defer { at += n }
        return String(decoding: bytes[at..<at + n], as: UTF8.self)
    }

    /// Reads a value if the flag before it says there is one.
    public mutating func optional<T>(_ read: (inout WireReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }
}
