import Foundation

/// The crawl layout: ` date YYYY-MM-DD <site junk>`, then the headline, then the body.
enum CrawlLayout {
    /// Builds a document from a text file, recognising the date line and headline when present.
    static func parse(text: String, id: String, defaultDate: Day?) -> Document {
        // Lines are read one at a time, as far as the headline, over bytes (a scalar starts at every byte that
        // is not a continuation byte): walking `unicodeScalars` through the first lines cost as much as tokenizing.
        var copy = text
        return copy.withUTF8 { b in
            var i = 0
            var scalars = 0
            var done = false
            /// The next line: its text (sliced from the scalars, as a break may fall inside a Character, "\r\n")
            /// and scalar span; the text after the last newline is a line too.
            func next() -> (text: Substring, start: Int, end: Int)? {
                guard !done else { return nil }
                let (startByte, startScalar) = (i, scalars)
                while i < b.count, b[i] != 0x0A {
                    if b[i] & 0xC0 != 0x80 { scalars += 1 }
                    i += 1
                }
                let line = (
                    text: Substring(
                        text.unicodeScalars[
                            text.utf8.index(
                                text.utf8.startIndex, offsetBy: startByte)..<text.utf8.index(
                                    text.utf8.startIndex, offsetBy: i)]), start: startScalar, end: scalars
                )
                if i < b.count {
                    i += 1
                    scalars += 1
                } else {
                    done = true
                }
                return line
            }
            // The first line's bytes are read directly in the common shape; any other shape takes the Character route.
            var firstEnd = 0
            while firstEnd < b.count, b[firstEnd] != 0x0A { firstEnd += 1 }
            guard let first = next(),
                let date = asciiDateLine(UnsafeBufferPointer(rebasing: b[0..<firstEnd])) ?? dateLine(first.text)
            else {
                return Document(id: id, text: text, date: defaultDate)
            }
            // The headline is the first non-blank line of the seven after the date line.
            for _ in 1..<8 {
                guard let line = next() else { break }
                if !isBlank(line.text) {
                    return Document(
                        id: id, text: text, date: date, title: trimmed(line.text),
                        titleSpan: Span(start: line.start, end: line.end),
                        bodyStart: line.end)
                }
            }
            return Document(id: id, text: text, date: date, bodyStart: first.end)
        }
    }

    /// Whether every Character of the line is white space; a line that starts with a visible ASCII character is not
    /// blank, known without the Character route (a Character's properties cost hundreds of instructions).
    static func isBlank(_ line: Substring) -> Bool {
        if let first = line.utf8.first, first > 0x20, first < 0x7F { return false }
        return line.allSatisfy(\.isWhitespace)
    }

    /// The line without leading and trailing white space, as `trimmingCharacters(in: .whitespaces)` gives it.
    /// Foundation's trimming cost more than the rest of reading; a line that starts and ends with a visible
    /// ASCII character has nothing to trim.
    static func trimmed(_ line: Substring) -> String {
        if let first = line.utf8.first, let last = line.utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80
        {
            return String(line)
        }
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// `dateLine` of a line given as UTF-8 bytes, in its common shape only: separators, `date` in any case, separators,
    /// `YYYY-MM-DD`, then a space or tab before any junk, or the end. Nil for any other line (which `dateLine` then reads:
    /// splitting a Substring by Characters and parsing its words cost more than the rest of reading a document).
    static func asciiDateLine(_ b: UnsafeBufferPointer<UInt8>) -> Day? {
        @inline(__always) func isSeparator(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D }
        @inline(__always) func digit(_ k: Int) -> Int? { b[k] &- 0x30 < 10 ? Int(b[k] &- 0x30) : nil }
        let n = b.count
        var i = 0
        while i < n, isSeparator(b[i]) { i += 1 }
        // "date" (ASCII letters only: `c | 0x20` is a lowercase letter exactly for its two cases), then a separator.
        guard i + 5 <= n, b[i] | 0x20 == 0x64, b[i + 1] | 0x20 == 0x61, b[i + 2] | 0x20 == 0x74,
            b[i + 3] | 0x20 == 0x65,
            isSeparator(b[i + 4])
        else { return nil }
        i += 5
        while i < n, isSeparator(b[i]) { i += 1 }
        // Ten bytes, then the end of the line or a space or tab followed by ASCII: a combining mark after it would join
        // it into one Character that is no separator, and a carriage return may be half of "\r\n".
        let end = i + 10
        guard end <= n, b[i + 4] == 0x2D, b[i + 7] == 0x2D,
            end == n || ((b[end] == 0x20 || b[end] == 0x09) && (end + 1 == n || b[end + 1] < 0x80)),
            let y0 = digit(i), let y1 = digit(i + 1), let y2 = digit(i + 2), let y3 = digit(i + 3),
            let m0 = digit(i + 5), let m1 = digit(i + 6), let d0 = digit(i + 8), let d1 = digit(i + 9)
        else { return nil }
        let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
        let month = m0 * 10 + m1
        let day = d0 * 10 + d1
        // Out of range: `dateLine` gives nil too, by the same checks in `Day(iso:)`.
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The date of a `date YYYY-MM-DD` line, tolerating leading spaces and trailing junk.
    static func dateLine(_ line: Substring) -> Day? {
        // Only the first two words are read: splitting the whole line was most of reading a document.
        let words = line.split(maxSplits: 2, whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        guard words.count >= 2, words[0].lowercased() == "date" else { return nil }
        return Day(iso: words[1])
    }
}
