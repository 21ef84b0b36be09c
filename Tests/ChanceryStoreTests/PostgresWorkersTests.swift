import ChanceryCore
import ChanceryFuzzing
import ChanceryPostgres
import Foundation
import Testing

@testable import ChanceryStore

/// Many `chancery ingest` processes writing one PostgreSQL store at once fuse exactly as one process writing SQLite does.
@Suite(TestPostgres.available) struct PostgresWorkersTests {
    /// 2,000 documents: 400 stories recombined from the bundled examples' sentences, each reported by five outlets, so
    /// that concurrent workers (each taking every fourth document) store reports of the same events at the same moment.
    func corpus() throws -> (path: String, documents: [Document]) {
        let texts =
            readDocuments(packageRoot.appendingPathComponent("Examples").path).map(\.text) + bonneReports.map(\.text)
        let docs = RecombinedCorpus.documents(count: 2000, texts: texts, seed: 20)
        let path = try temporaryStorePath().replacingOccurrences(of: "test.sqlite", with: "corpus.jsonl")
        try RecombinedCorpus.jsonLines(docs).write(toFile: path, atomically: true, encoding: .utf8)
        return (path, docs)
    }

    /// Writes every `n`th line of a file from `offset` on to a file of its own: one worker's share.
    func shard(_ path: String, _ offset: Int, of n: Int) throws -> String {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        let part =
            lines.enumerated().filter { $0.offset % n == offset }.map { $0.element }.joined(separator: "\n") + "\n"
        let out = path + ".\(offset)"
        try part.write(toFile: out, atomically: true, encoding: .utf8)
        return out
    }

    /// Starts `chancery` processes at once and waits for them all; returns their exit statuses.
    func runAtOnce(_ argumentLists: [[String]]) throws -> [Int32] {
        let processes = try argumentLists.map { args in
            let p = try chanceryProcess(args)
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            return p
        }
        for p in processes { try p.run() }
        for p in processes { p.waitUntilExit() }
        return processes.map(\.terminationStatus)
    }

    @Test func fourWorkerProcessesStoreWhatOneSQLiteProcessStores() throws {
        let (input, docs) = try corpus()
        let sqlite = try temporaryStorePath()
        let postgres = try TestPostgres.freshDatabase()
        let args = ["--jobs", "1", "--batch", "16"]
        #expect(try runChancery(["ingest", input, "--store", sqlite] + args).status == 0)
        // The corpus fuses the same in any order (`RecombinedCorpus`): backwards into SQLite gives the same store.
        let backwards = try temporaryStorePath()
        let reversed = input + ".reversed"
        try
            (try String(contentsOfFile: input, encoding: .utf8).split(separator: "\n").reversed().joined(
                separator: "\n") + "\n")
            .write(toFile: reversed, atomically: true, encoding: .utf8)
        #expect(try runChancery(["ingest", reversed, "--store", backwards] + args).status == 0)
        // Four workers, each with every fourth document, interleaved so that they write the same days at the same time.
        let shards = try (0..<4).map { try shard(input, $0, of: 4) }
        #expect(try runAtOnce(shards.map { ["ingest", $0, "--store", postgres] + args }) == [0, 0, 0, 0])

        let one = try runChancery(["export", "--format", "jsonl", "--store", sqlite])
        let four = try runChancery(["export", "--format", "jsonl", "--store", postgres])
        #expect(one.status == 0 && four.status == 0, "\(four.err)")
        let a = try comparableExport(one.out)
        let b = try comparableExport(four.out)
        #expect(try a == comparableExport(runChancery(["export", "--format", "jsonl", "--store", backwards]).out))
        #expect(a.count > 300, "the corpus fuses into a few hundred events at least")
        #expect(a.count == b.count)
        #expect(a == b, "first difference: \(zip(a, b).first { $0 != $1 }.map { "\($0)\n≠\n\($1)" } ?? "none")")
        let counts = try EventStore.open(postgres, readOnly: true).counts()
        #expect(counts == (try EventStore(path: sqlite, readOnly: true).counts()))
        #expect(counts.documents == docs.count)
        #expect(counts.mentions > counts.events, "reports fused across documents")
        #expect(b.contains { $0.contains("\"articles\":5") }, "some events fused the reports of all five outlets")
    }

    @Test func workersGivenTheSameDocumentsStoreEachOnce() throws {
        let (input, _) = try corpus()
        let part = try shard(input, 0, of: 8)
        let sqlite = try temporaryStorePath()
        let postgres = try TestPostgres.freshDatabase()
        #expect(try runChancery(["ingest", part, "--store", sqlite, "--jobs", "1"]).status == 0)
        let args = ["ingest", part, "--store", postgres, "--jobs", "1", "--batch", "8"]
        #expect(try runAtOnce([args, args, args]) == [0, 0, 0])
        let one = try runChancery(["export", "--format", "jsonl", "--store", sqlite])
        let three = try runChancery(["export", "--format", "jsonl", "--store", postgres])
        #expect(try comparableExport(one.out) == comparableExport(three.out))
        #expect(
            try EventStore.open(postgres, readOnly: true).counts() == EventStore(path: sqlite, readOnly: true).counts())
    }

    @Test func aKilledWorkerLeavesWholeDocumentsAndARerunFinishes() throws {
        let (input, docs) = try corpus()
        let postgres = try TestPostgres.freshDatabase()
        let sqlite = try temporaryStorePath()
        let args = ["ingest", input, "--jobs", "2", "--batch", "16", "--store"]
        let child = try chanceryProcess(args + [postgres])
        child.standardError = FileHandle.nullDevice
        try child.run()
        let store = try EventStore.open(postgres)
        let deadline = Date().addingTimeInterval(60)
        while child.isRunning, Date() < deadline, (try? store.counts().documents) ?? 0 < 100 { usleep(5_000) }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal, "the worker finished before it could be killed")
        let afterKill = try store.counts()
        #expect(afterKill.documents >= 100 && afterKill.documents < docs.count)
        // Every stored document has all of its mentions: none is half stored.
        let stored = try store.storedHashes(docs.map(\.id))
        let expected = coded(docs.filter { stored[$0.id] != nil }).reduce(0) { $0 + $1.events.count }
        #expect(afterKill.mentions == expected)
        let rerun = try runChancery(args + [postgres])
        #expect(rerun.status == 0)
        #expect(rerun.err.contains("\(afterKill.documents) unchanged"))
        #expect(try runChancery(args + [sqlite]).status == 0)
        let a = try runChancery(["export", "--format", "jsonl", "--store", sqlite]).out
        let b = try runChancery(["export", "--format", "jsonl", "--store", postgres]).out
        #expect(try comparableExport(a) == comparableExport(b))
    }
}
