import Foundation

/// Buffered writes to standard output.
final class StandardOutput {
    private var buffer = Data()

    /// Appends text, flushing when the buffer is large.
    func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count > 1 << 16 { flush() }
    }

    /// Writes out what is buffered.
    func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Messages for people, on standard error.
enum StandardError {
    /// Prints one line.
    static func print(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }
}
