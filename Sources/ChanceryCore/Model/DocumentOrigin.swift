/// Where a document was read: the file as given (`-` for standard input) and the 1-based line it starts on, so that a
/// later stage (a coder that crashed on it) can name it as a read error would.
public struct DocumentOrigin: Sendable, Hashable, CustomStringConvertible {
    /// The path as given.
    public var file: String
    /// The line: a JSON Lines record's own, 1 for a text file.
    public var line: Int

    /// Creates an origin.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `FILE:LINE`, the shape of every message about an input.
    public var description: String { "\(file):\(line)" }
}
