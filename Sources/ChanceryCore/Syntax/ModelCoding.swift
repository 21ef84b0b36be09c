/// Little-endian writing of the model file's numbers and arrays.
struct ModelWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Appends an integer's bytes, low first.
    mutating func put<T: FixedWidthInteger>(_ v: T) {
        var x = v.littleEndian
        withUnsafeBytes(of: &x) { bytes.append(contentsOf: $0) }
    }

    /// Appends a count, then the values.
    mutating func put<T: FixedWidthInteger>(array: [T]) {
        put(UInt32(array.count))
        for v in array { put(v) }
    }
}

/// Bounds-checked little-endian reading: a short or damaged file is an error, never a trap.
struct ModelReader {
    private let bytes: [UInt8]
    private var offset = 0
    /// Where the bytes came from, for messages.
    let path: String

    /// Reads from `bytes`.
    init(_ bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// Whether every byte has been read.
    var atEnd: Bool { offset == bytes.count }

    /// Reads one integer.
    mutating func get<T: FixedWidthInteger>(_: T.Type = T.self) throws(SyntaxModelError) -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw .corrupt(path: path, reason: "ends at byte \(offset)") }
        var v: T = 0
        for i in 0..<size { v |= T(truncatingIfNeeded: bytes[offset + i]) << (8 * i) }
        offset += size
        return v
    }

    /// Reads a count, then that many values; `limit` guards against absurd counts.
    mutating func getArray<T: FixedWidthInteger>(_: T.Type = T.self, limit: Int = 1 << 28) throws(SyntaxModelError)
        -> [T]
    {
        let count = Int(try get(UInt32.self))
        guard count <= limit, offset + count * MemoryLayout<T>.size <= bytes.count else {
            throw .corrupt(path: path, reason: "an array of \(count) at byte \(offset) does not fit")
        }
        var out: [T] = []
        out.reserveCapacity(count)
        for _ in 0..<count { out.append(try get(T.self)) }
        return out
    }
}
