import ChanceryCore
import Foundation

/// Codes one document whose prose is a single line of 1, 2, 4 and 8 MB (a corpus joined), to show that the cost
/// of a line grows with its length and not with its square: MB/s should stay level as the line grows.
enum LongLineBench {
    /// Joins the corpus at `path` into lines of growing size and reports the time to code each.
    static func run(corpus path: String) {
        var texts: [String] = []
        DocumentReader().read(paths: [path], emit: { texts.append($0.text) }, report: { _ in })
        let prose = texts.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }.joined(separator: " ")
        guard !prose.isEmpty else {
            print("no documents in \(path)")
            return
        }
        let pipeline = Pipeline(resources: Resources())
        for megabytes in [1, 2, 4, 8] {
            let bytes = megabytes * 1_000_000
            var line = String(repeating: prose + " ", count: bytes / (prose.utf8.count + 1) + 1)
            line = String(line.utf8.prefix(bytes)) ?? line
            let document = Document(id: "long-line", text: "Long line\n\n" + line, date: Day(iso: "2026-02-05"))
            let start = Date()
            let events = pipeline.run(document).events.count
            let seconds = Date().timeIntervalSince(start)
            print(
                String(
                    format: "one line of %d MB: %.2f s, %.2f MB/s, %d events", megabytes, seconds,
                    Double(megabytes) / seconds, events))
        }
    }
}
