import Foundation

/// Reads tab-separated resource files: `#` comments and blank lines skipped, rows with their line numbers.
public enum TSVFile {
    /// A problem in a resource file, naming file and line.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        /// File path.
        public var file: String
        /// 1-based line.
        public var line: Int
        /// What is wrong and how to fix it.
        public var message: String
        /// `file:line: message`.
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// The rows of a file as columns; unreadable files yield a problem at line 0.
    public static func rows(_ url: URL) -> (rows: [(line: Int, columns: [String])], problems: [Problem]) {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            return ([], [Problem(file: url.path, line: 0, message: "cannot read as UTF-8 text")])
        }
        var rows: [(Int, [String])] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            rows.append((number, line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }))
        }
        return (rows, [])
    }
}
