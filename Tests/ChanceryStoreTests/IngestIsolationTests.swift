import ChanceryCore
import Foundation
import Testing

@testable import ChanceryStore

/// `chancery ingest` codes in worker processes: a record on which the coder traps (a signal, which no `catch` sees) is
/// reported with its file and line and skipped, and every other record is stored (once one such record stopped the
/// ingest for good, 1,489 of 2,001 documents unstored).
@Suite struct IngestIsolationTests {
    /// The marker the test hook `CHANCERY_TEST_TRAP_ON` traps on.
    static let marker = "TRAP-HERE-7f3a"

    /// A JSON Lines file of `count` reports, the marker in the records at `trapping` (1-based lines); those at `long`
    /// are over 16 KB, larger than the worker is sent ahead of its answers.
    func records(_ count: Int, trapping: Set<Int>, long: Set<Int> = []) throws -> String {
        var lines: [String] = []
        for n in 1...count {
            var extra = trapping.contains(n) ? " \(IngestIsolationTests.marker)" : ""
            if long.contains(n) { extra += String(repeating: " The talks went on.", count: 1000) }
            lines.append(
                #"{"id": "doc-\#(n)", "date": "2026-02-0\#(n % 9 + 1)", "text": "Turkey condemned Israel on Monday, "#
                    + #"day \#(n).\#(extra) Putin met Xi in Beijing."}"#)
        }
        let folder = URL(fileURLWithPath: try temporaryStorePath()).deletingLastPathComponent()
        let file = folder.appendingPathComponent("records.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test(arguments: [1, 2])
    func aRecordThatTrapsTheCoderIsSkippedAndTheRestStored(jobs: Int) throws {
        let trapping: Set<Int> = [1, 5, 6, 9, 12]
        let file = try records(12, trapping: trapping, long: [4, 8, 9])
        let store = try temporaryStorePath()
        let run = try runChancery(
            ["ingest", file, "--store", store, "--jobs", "\(jobs)", "--batch", "4"],
            environment: ["CHANCERY_TEST_TRAP_ON": IngestIsolationTests.marker])
        #expect(run.status == 1)
        for line in trapping.sorted() {
            let expected = "\(file):\(line): skipped: the coder crashed on this record (signal "
            #expect(run.err.contains(expected), "\(run.err)")
        }
        #expect(run.err.components(separatedBy: "skipped: the coder crashed").count == trapping.count + 1)
        let opened = try EventStore(path: store, readOnly: true)
        let stored = try opened.storedHashes((1...12).map { "doc-\($0)" })
        #expect(Set(stored.keys) == Set((1...12).filter { !trapping.contains($0) }.map { "doc-\($0)" }))
    }

    @Test func withoutTheHookEveryRecordIsStored() throws {
        let file = try records(6, trapping: [3])
        let store = try temporaryStorePath()
        let run = try runChancery(["ingest", file, "--store", store])
        #expect(run.status == 0, "\(run.err)")
        #expect(try EventStore(path: store, readOnly: true).counts().documents == 6)
    }

    /// Worker answers read back field for field (the label, coordinates and spans included).
    @Test func codedDocumentsCrossTheWireUnchanged() throws {
        for document in readDocuments(packageRoot.appendingPathComponent("Examples").path) {
            let coded = StoredDocument(coding: document, with: pipeline)
            var out = WireWriter()
            CodingWire.write(document, to: &out)
            var docReader = WireReader(out.bytes)
            let read = try CodingWire.document(&docReader)
            #expect(StoredDocument.hash(read) == StoredDocument.hash(document) && read.bodyStart == document.bodyStart)
            #expect(read.titleSpan == document.titleSpan)
            var answer = WireWriter()
            CodingWire.writeResult(coded, to: &answer)
            var reader = WireReader(answer.bytes)
            let back = try CodingWire.result(&reader, for: read)
            #expect(back.discovered == coded.discovered)
            #expect(
                back.events.map { Records.event($0).serialized } == coded.events.map { Records.event($0).serialized })
            #expect(back.events.map(\.code.label) == coded.events.map(\.code.label))
            #expect(back.events.map(\.location) == coded.events.map(\.location))
            // A message cut short anywhere is an error, never a trap.
            for cut in stride(from: 0, to: answer.bytes.count, by: max(1, answer.bytes.count / 50)) {
                var short = WireReader(Array(answer.bytes[0..<cut]))
                #expect(throws: WireError.self) { _ = try CodingWire.result(&short, for: read) }
            }
        }
    }
}
