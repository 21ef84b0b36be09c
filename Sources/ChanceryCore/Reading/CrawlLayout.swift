import Foundation

/// The crawl layout: ` date YYYY-MM-DD <site junk>`, then the headline, then the body.
enum CrawlLayout {
    /// Builds a document from a text file, recognising the date line and headline when present.
    static func parse(text: String, id: String, defaultDate: Day?) -> Document {
        var scalars = 0
        var lines: [(text: Substring, start: Int, end: Int)] = []
        // Only the first few lines matter; stop early on long texts.
        var lineStart = text.unicodeScalars.startIndex
        var lineStartScalar = 0
        var idx = text.unicodeScalars.startIndex
        while idx < text.unicodeScalars.endIndex, lines.count < 8 {
            if text.unicodeScalars[idx] == "\n" {
                lines.append((Substring(text.unicodeScalars[lineStart..<idx]), lineStartScalar, scalars))
                lineStart = text.unicodeScalars.index(after: idx)
                lineStartScalar = scalars + 1
            }
            scalars += 1
            idx = text.unicodeScalars.index(after: idx)
        }
        if lines.count < 8 { lines.append((Substring(text.unicodeScalars[lineStart..<idx]), lineStartScalar, scalars)) }

        guard let first = lines.first, let date = dateLine(first.text) else {
            return Document(id: id, text: text, date: defaultDate)
        }
        // The headline is the first non-blank line after the date line.
        guard let head = lines.dropFirst().first(where: { !$0.text.allSatisfy(\.isWhitespace) }) else {
            return Document(id: id, text: text, date: date, bodyStart: first.end)
        }
        let title = head.text.trimmingCharacters(in: .whitespaces)
        return Document(id: id, text: text, date: date, title: title, titleSpan: Span(start: head.start, end: head.end),
                        bodyStart: head.end)
    }

    /// The date of a `date YYYY-MM-DD` line, tolerating leading spaces and trailing junk.
    static func dateLine(_ line: Substring) -> Day? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        guard words.count >= 2, words[0].lowercased() == "date" else { return nil }
        return Day(iso: words[1])
    }
}
