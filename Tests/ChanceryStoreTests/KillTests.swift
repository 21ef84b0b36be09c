import ChanceryCore
import Foundation
import Testing

@testable import ChanceryStore

/// A real `chancery ingest` child process killed with SIGKILL mid-run, then run again, ends with exactly
/// the store an uninterrupted run makes.
@Suite struct KillTests {
    /// The bundled examples repeated under new ids and shifted publication dates, as JSON Lines.
    func corpus(copies: Int) throws -> String {
        let docs = readDocuments(packageRoot.appendingPathComponent("Examples").path)
        var lines = ""
        for copy in 0..<copies {
            for d in docs {
                var fields: [(String, JSON)] = [("id", .string("\(d.id)-\(copy)")), ("text", .string(d.text))]
                if let date = d.date { fields.append(("date", .string(date.adding(days: copy % 40).description))) }
                fields.append(("source", .string("outlet-\(copy % 7)")))
                lines += JSON.object(fields).serialized + "\n"
            }
        }
        let path = try temporaryStorePath().replacingOccurrences(of: "test.sqlite", with: "corpus.jsonl")
        try lines.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func killedIngestResumesToTheSameStore() throws {
        let input = try corpus(copies: 100)
        let total = 400
        let full = try temporaryStorePath()
        let killed = try temporaryStorePath()
        let args = ["ingest", input, "--batch", "8", "--jobs", "2", "--store"]
        #expect(try runChancery(args + [full]).status == 0)

        let child = try chanceryProcess(args + [killed])
        child.standardError = FileHandle.nullDevice
        try child.run()
        var stored = 0
        let deadline = Date().addingTimeInterval(60)
        while child.isRunning, Date() < deadline {
            if let store = try? EventStore(path: killed, readOnly: true), let n = try? store.counts().documents, n >= 24
            {
                stored = n
                break
            }
            usleep(5_000)
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal, "the child finished before it could be killed")
        let afterKill = try EventStore(path: killed, readOnly: true).counts().documents
        #expect(afterKill >= stored && afterKill < total)
        #expect(afterKill % 8 == 0, "only whole batches are committed")

        let rerun = try runChancery(args + [killed])
        #expect(rerun.status == 0)
        #expect(rerun.err.contains("\(afterKill) unchanged"))
        let a = try runChancery(["export", "--format", "jsonl", "--store", full])
        let b = try runChancery(["export", "--format", "jsonl", "--store", killed])
        #expect(a.status == 0 && !a.out.isEmpty)
        #expect(a.out == b.out)
        #expect(
            try EventStore(path: killed, readOnly: true).counts() == EventStore(path: full, readOnly: true).counts())
    }
}
