/// Why an input could not be read as a document; always names the file and, where it applies, the line.
public struct ReadError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Problem: Error, Sendable, Equatable {
        /// The file could not be opened or read.
        case unreadable(String)
        /// The bytes look binary (NUL or control bytes).
        case binary
        /// Nothing but white space.
        case empty
        /// A JSON Lines record that does not parse.
        case brokenJSON(String)
        /// A JSON Lines record without a `text` string.
        case missingText
        /// A record or line longer than the reader accepts.
        case tooLong(bytes: Int, limit: Int)
        /// A `date` that is not `YYYY-MM-DD`.
        case badDate(String)
    }

    /// The path as given (or `-` for standard input).
    public var file: String
    /// 1-based line, when the problem is on one line.
    public var line: Int?
    /// The problem.
    public var problem: Problem

    /// Creates an error.
    public init(file: String, line: Int? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// `file:line: message`, with what to do about it.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        switch problem {
        case .unreadable(let why): return "\(place): cannot read: \(why); skipped"
        case .binary: return "\(place): looks like a binary file, not text; skipped"
        case .empty: return "\(place): empty document; skipped"
        case .brokenJSON(let why): return "\(place): not a JSON object (\(why)); this line skipped"
        case .missingText: return "\(place): JSON record has no \"text\" string; this line skipped"
        case .tooLong(let bytes, let limit):
            return
                "\(place): \(bytes / 1_000_000) MB on one record, over the \(limit / 1_000_000) MB limit for a document; skipped"
        case .badDate(let value):
            return "\(place): date \"\(value)\" is not YYYY-MM-DD; the record is read with an unknown publication date"
        }
    }
}
