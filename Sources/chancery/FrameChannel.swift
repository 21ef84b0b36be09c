#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a message could not cross the pipe to or from a coding worker.
enum FrameError: Error, CustomStringConvertible {
    /// The other end closed the pipe (the worker died, or the parent went away).
    case closed
    /// A length no writer sends.
    case badLength(Int)
    /// A read or write failed.
    case system(call: String, errno: Int32)

    var description: String {
        switch self {
        case .closed: return "the pipe was closed"
        case .badLength(let n): return "a message length of \(n) bytes"
        case .system(let call, let code): return "\(call) failed: \(String(cString: strerror(code)))"
        }
    }
}

/// Length-prefixed messages over a pair of file descriptors: 8 bytes of length, then the message.
struct FrameChannel {
    /// Where messages are read from.
    let input: Int32
    /// Where messages are written to.
    let output: Int32
    /// The largest message accepted: a document is at most 10 MB, its answer a small multiple of that.
    static let maxBytes = 1 << 30

    /// Writes one message.
    func send(_ message: [UInt8]) throws {
        var header = WireLength.bytes(message.count)
        try header.withUnsafeMutableBytes { try writeAll($0) }
        var copy = message
        try copy.withUnsafeMutableBytes { try writeAll($0) }
    }

    /// Reads one message; nil when the other end closed the pipe between messages.
    func receive() throws -> [UInt8]? {
        var header = [UInt8](repeating: 0, count: 8)
        let got = try header.withUnsafeMutableBytes { try readAll($0) }
        if got == 0 { return nil }
        guard got == 8 else { throw FrameError.closed }
        let n = WireLength.value(header)
        guard n >= 0, n <= FrameChannel.maxBytes else { throw FrameError.badLength(n) }
        var message = [UInt8](repeating: 0, count: n)
        let body = try message.withUnsafeMutableBytes { try readAll($0) }
        guard body == n else { throw FrameError.closed }
        return message
    }

    private func writeAll(_ buffer: UnsafeMutableRawBufferPointer) throws {
        var done = 0
        while done < buffer.count {
            let n = write(output, buffer.baseAddress! + done, buffer.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { throw FrameError.closed }
                throw FrameError.system(call: "write", errno: errno)
            }
            done += n
        }
    }

    /// Fills the buffer unless the pipe ends first; returns the bytes read.
    private func readAll(_ buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var done = 0
        while done < buffer.count {
            let n = read(input, buffer.baseAddress! + done, buffer.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw FrameError.system(call: "read", errno: errno)
            }
            if n == 0 { break }
            done += n
        }
        return done
    }
}

/// The 8-byte little-endian length before each message.
enum WireLength {
    static func bytes(_ n: Int) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: UInt64(n) >> (8 * $0)) } }

    static func value(_ b: [UInt8]) -> Int {
        Int(truncatingIfNeeded: (0..<8).reduce(UInt64(0)) { $0 | UInt64(b[$1]) << (8 * $1) })
    }
}
