import ChanceryCore
import Foundation
import Testing

@Suite struct ReaderTests {
    let seed =
        " date 2026-02-05 Support The Moscow Times!\nMacron Sent Adviser to Moscow\n\nFrench diplomatic adviser Emmanuel Bonne. EPA / TASS\n\nFrench President Emmanuel Macron sent his adviser to Moscow on Tuesday.\n"

    @Test func crawlLayoutGivesDateHeadlineAndBody() {
        let (docs, errors) = readBytes(Array(seed.utf8), name: "dir/macron.txt")
        #expect(errors.isEmpty)
        #expect(docs.count == 1)
        #expect(docs[0].id == "macron")
        #expect(docs[0].date == Day(year: 2026, month: 2, day: 5))
        #expect(docs[0].title == "Macron Sent Adviser to Moscow")
        #expect(docs[0].bodyStart > 0)
    }

    @Test func crawlLayoutSpansCountScalarsAndSurviveCarriageReturnsAndBlankLines() throws {
        // "é" is one scalar and two bytes; "\r\n" is one Character; the headline comes after blank lines and is trimmed.
        let text = " date 2025-12-31 Café\r\n\r\n  \t\n\u{2003}Élysée Says Yes\u{2003}\nBody text.\n"
        let (docs, errors) = readBytes(Array(text.utf8), name: "crawl.txt")
        #expect(errors.isEmpty)
        #expect(docs[0].date == Day(year: 2025, month: 12, day: 31))
        #expect(docs[0].title == "Élysée Says Yes")
        let scalars = Array(text.unicodeScalars)
        let span = try #require(docs[0].titleSpan)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == "\u{2003}Élysée Says Yes\u{2003}")
        #expect(docs[0].bodyStart == span.end)
        // No date line: the whole text is the body, with the reader's default date.
        let (plain, _) = readBytes(Array("Headline\nBody.".utf8), name: "p.txt")
        #expect(plain[0].title == nil && plain[0].bodyStart == 0)
        // A date line and nothing else.
        let (bare, _) = readBytes(Array(" date 2024-02-29\n\n".utf8), name: "b.txt")
        #expect(bare[0].date == Day(year: 2024, month: 2, day: 29) && bare[0].title == nil && bare[0].bodyStart == 16)
    }

    @Test func plainTextHasUnknownDateUnlessGiven() {
        let (docs, _) = readBytes(Array("Russia and Ukraine held talks.".utf8), name: "plain.txt")
        #expect(docs[0].date == nil)
        let (dated, _) = readBytes(
            Array("Russia and Ukraine held talks.".utf8), name: "plain.txt",
            reader: DocumentReader(defaultDate: Day(year: 2020, month: 1, day: 2)))
        #expect(dated[0].date == Day(year: 2020, month: 1, day: 2))
    }

    @Test func jsonLinesKeepGoodLinesAndReportBrokenOnes() {
        let text = """
            {"id": "a", "date": "2024-01-02", "title": "T", "text": "Russia shelled Kharkiv.", "url": "https://x"}
            {"id": "b", "text": broken
            {"id": "c", "title": "no text"}
            {"id": "d", "text": "Kenya welcomed the deal."}
            """
        let (docs, errors) = readBytes(Array(text.utf8), name: "feed.jsonl", jsonLines: true)
        #expect(docs.map(\.id) == ["a", "d"])
        #expect(errors.map(\.line) == [2, 3])
        #expect(errors[0].description.contains("feed.jsonl:2"))
        #expect(docs[0].date == Day(year: 2024, month: 1, day: 2))
        #expect(docs[0].url == "https://x")
    }

    @Test func badDateIsReportedAndTheDocumentKeptUndated() {
        let (docs, errors) = readBytes(
            Array(#"{"id": "x", "date": "03-02-2009", "text": "Talks began."}"#.utf8), name: "f.jsonl", jsonLines: true)
        #expect(docs.count == 1)
        #expect(docs[0].date == nil)
        #expect(errors.count == 1)
        #expect(errors[0].description.contains("03-02-2009"))
    }

    @Test func binaryIsRefused() {
        let (docs, errors) = readBytes([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x41], name: "image.txt")
        #expect(docs.isEmpty)
        #expect(errors.first?.problem == .binary)
    }

    @Test func emptyFileIsRefused() {
        let (docs, errors) = readBytes(Array("  \n\n ".utf8), name: "empty.txt")
        #expect(docs.isEmpty)
        #expect(errors.first?.problem == .empty)
    }

    @Test func latin1IsDecodedWhenNotUTF8() {
        let bytes: [UInt8] =
            Array("Le pr".utf8) + [0xE9] + Array("sident a rencontr".utf8) + [0xE9] + Array(" Poutine.".utf8)
        let (docs, errors) = readBytes(bytes, name: "latin1.txt")
        #expect(errors.isEmpty)
        #expect(docs.first?.text.contains("président") == true)
    }

    @Test func oversizedLineIsRefusedAndTheRestKept() {
        let big =
            "{\"text\": \"" + String(repeating: "a", count: 2_000) + "\"}\n{\"id\": \"ok\", \"text\": \"Fine.\"}\n"
        let (docs, errors) = readBytes(
            Array(big.utf8), name: "big.jsonl", jsonLines: true, reader: DocumentReader(maxDocumentBytes: 1_000))
        #expect(docs.map(\.id) == ["ok"])
        #expect(errors.first?.line == 1)
        if case .tooLong = errors.first?.problem {} else { Issue.record("expected tooLong") }
    }

    @Test func jsonLinesFilesAreStreamedInChunks() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Chunks of 16 bytes: records and the oversized line straddle chunk ends.
        let lines = [
            "{\"id\": \"one\", \"text\": \"First record.\"}",
            "{\"text\": \"" + String(repeating: "a", count: 300) + "\"}",
            "{\"id\": \"broken\"", "", "{\"id\": \"two\", \"text\": \"Ünïcode récord.\"}"
        ]
        let file = dir.appendingPathComponent("stream.jsonl")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        var reader = DocumentReader(maxDocumentBytes: 100)
        reader.chunkBytes = 16
        var docs: [Document] = []
        var errors: [ReadError] = []
        reader.read(paths: [file.path], emit: { docs.append($0) }, report: { errors.append($0) })
        #expect(docs.map(\.id) == ["one", "two"])
        #expect(docs.last?.text == "Ünïcode récord.")
        #expect(errors.map(\.line) == [2, 3])
        if case .tooLong = errors.first?.problem {} else { Issue.record("expected tooLong, got \(errors)") }
        let empty = dir.appendingPathComponent("empty.jsonl")
        try "\n\n".write(to: empty, atomically: true, encoding: .utf8)
        errors = []
        reader.read(paths: [empty.path], emit: { _ in }, report: { errors.append($0) })
        if case .empty = errors.first?.problem {} else { Issue.record("expected empty, got \(errors)") }
    }

    @Test func foldersAreReadRecursivelyInNameOrder() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "Second text.".write(to: dir.appendingPathComponent("sub/b.txt"), atomically: true, encoding: .utf8)
        try "First text.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "{}".write(to: dir.appendingPathComponent("gold.gold.json"), atomically: true, encoding: .utf8)
        try Data([0, 1, 2]).write(to: dir.appendingPathComponent("c.txt"))
        var ids: [String] = []
        var errors: [ReadError] = []
        DocumentReader().read(
            paths: [dir.path, dir.appendingPathComponent("missing.txt").path], emit: { ids.append($0.id) },
            report: { errors.append($0) })
        #expect(ids == ["a", "b"])
        #expect(errors.count == 2)
        #expect(errors.contains { $0.file.hasSuffix("c.txt") })
        #expect(errors.contains { $0.file.hasSuffix("missing.txt") })
    }

    @Test func nonProseLinesAreKeptOutButOffsetsCountFromTheOriginal() {
        let text =
            " date 2026-02-05 Site\nHeadline Here\n\nFrench diplomatic adviser Emmanuel Bonne. EPA / TASS\nReuters | Washington DC | Updated: 2026-02-05\nViewed 7223times\nLoading...\nLatest news\nRussia and Ukraine held talks.\n"
        let (docs, _) = readBytes(Array(text.utf8), name: "x.txt")
        let analysis = TextAnalyzer().analyze(docs[0])
        let body = analysis.sentences.filter { $0.index >= 0 }
        #expect(body.count == 1)
        let start = body[0].span.start
        let expected = text.unicodeScalars.distance(
            from: text.unicodeScalars.startIndex,
            to: text.range(of: "Russia and")!.lowerBound.samePosition(in: text.unicodeScalars)!)
        #expect(start == expected)
        #expect(analysis.lineKinds.contains(.caption))
        #expect(analysis.lineKinds.contains(.byline))
        #expect(analysis.lineKinds.filter { $0 == .navigation }.count == 3)
    }

    @Test func aParagraphEndingInAClosingQuoteIsProseNotACaption() {
        let text = "date 2026-02-05\nHeadline Here\n\nPutin said any settlement must address the \u{201C}root causes.\u{201D}\n\nHe added: \"We are ready.\"\n"
        let (docs, _) = readBytes(Array(text.utf8), name: "x.txt")
        let analysis = TextAnalyzer().analyze(docs[0])
        #expect(analysis.sentences.filter { $0.index >= 0 }.count == 2)
        #expect(!analysis.lineKinds.contains(.caption))
    }
}
