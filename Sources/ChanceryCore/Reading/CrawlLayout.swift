import Foundation

/// The crawl layout: ` date YYYY-MM-DD <site junk>`, then the headline, then the body.
enum CrawlLayout {
    /// Builds a document from a text file, recognising the date line and headline when present.
    static func parse(text: String, id: String, defaultDate: Day?) -> Document {
        // Lines are read one at a time, as far as the headline, over bytes (a scalar starts at every byte that
        // is not a continuation byte): walking `unicodeScalars` through the first lines cost as much as tokenizing.
        var copy = text
        return copy.withUTF8 { b in
            var i = 0, scalars = 0, done = false
            /// The next line: its text (sliced from the scalars, as a break may fall inside a Character, "\r\n")
            /// and scalar span; the text after the last newline is a line too.
            func next() -> (text: Substring, start: Int, end: Int)? {
                guard !done else { return nil }
                let (startByte, startScalar) = (i, scalars)
                while i < b.count, b[i] != 0x0A {
                    if b[i] & 0xC0 != 0x80 { scalars += 1 }
                    i += 1
                }
                let line = (text: Substring(text.unicodeScalars[text.utf8.index(text.utf8.startIndex, offsetBy: startByte)..<text.utf8.index(
                    text.utf8.startIndex, offsetBy: i)]), start: startScalar, end: scalars)
                if i < b.count { i += 1; scalars += 1 } else { done = true }
                return line
            }
            guard let first = next(), let date = dateLine(first.text) else {
                return Document(id: id, text: text, date: defaultDate)
            }
            // The headline is the first non-blank line of the seven after the date line.
            for _ in 1..<8 {
                guard let line = next() else { break }
                if !line.text.allSatisfy(\.isWhitespace) {
                    return Document(id: id, text: text, date: date, title: trimmed(line.text), titleSpan: Span(start: line.start, end: line.end),
                                    bodyStart: line.end)
                }
            }
            return Document(id: id, text: text, date: date, bodyStart: first.end)
        }
    }

    /// The line without leading and trailing white space, as `trimmingCharacters(in: .whitespaces)` gives it.
    /// Foundation's trimming cost more than the rest of reading; a line that starts and ends with a visible
    /// ASCII character has nothing to trim.
    static func trimmed(_ line: Substring) -> String {
        if let first = line.utf8.first, let last = line.utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return String(line)
        }
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// The date of a `date YYYY-MM-DD` line, tolerating leading spaces and trailing junk.
    static func dateLine(_ line: Substring) -> Day? {
        // Only the first two words are read: splitting the whole line was most of reading a document.
        let words = line.split(maxSplits: 2, whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        guard words.count >= 2, words[0].lowercased() == "date" else { return nil }
        return Day(iso: words[1])
    }
}
