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
        guard let data = FileManager.default.contents(atPath: url.path), String(data: data, encoding: .utf8) != nil
        else {
            return ([], [Problem(file: url.path, line: 0, message: "cannot read as UTF-8 text")])
        }
        // Bytes, not Characters: the lexicons hold tens of thousands of rows and load at every start.
        let bytes = [UInt8](data)
        var rows: [(Int, [String])] = []
        var number = 0
        var start = 0
        let n = bytes.count
        while start < n {
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            number += 1
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { start = end + 1 }
            if lineEnd == start || bytes[start] == UInt8(ascii: "#") { continue }
            if bytes[start..<lineEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            var columns: [String] = []
            var fieldStart = start
            for i in start...lineEnd where i == lineEnd || bytes[i] == 0x09 {
                var a = fieldStart
                var b = i
                while a < b, bytes[a] == 0x20 { a += 1 }
                while b > a, bytes[b - 1] == 0x20 { b -= 1 }
                columns.append(String(decoding: bytes[a..<b], as: UTF8.self))
                fieldStart = i + 1
            }
            rows.append((number, columns))
        }
        return (rows, [])
    }
}
