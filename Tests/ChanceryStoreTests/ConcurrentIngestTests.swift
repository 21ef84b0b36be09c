import ChanceryCore
import Foundation
import Testing

@testable import ChanceryStore

/// Two real `chancery ingest` processes started at once on a new store: both succeed (once 4 runs in 10 failed with
/// "database is locked", "table meta already exists" or "not a Chancery store"), and the store holds every document.
@Suite struct ConcurrentIngestTests {
    @Test func twoIngestsOnANewStoreBothSucceed() throws {
        let examples = packageRoot.appendingPathComponent("Examples").path
        for _ in 0..<6 {
            let store = try temporaryStorePath()
            let processes = try (0..<2).map { _ in
                let p = try chanceryProcess(["ingest", examples, "--jobs", "1", "--store", store])
                p.standardOutput = FileHandle.nullDevice
                p.standardError = FileHandle.nullDevice
                return p
            }
            for p in processes { try p.run() }
            for p in processes { p.waitUntilExit() }
            #expect(processes.map(\.terminationStatus) == [0, 0])
            let counts = try EventStore(path: store, readOnly: true).counts()
            #expect(counts.documents == 4)
            let alone = try temporaryStorePath()
            #expect(try runChancery(["ingest", examples, "--store", alone]).status == 0)
            #expect(try EventStore(path: alone, readOnly: true).counts() == counts)
        }
    }
}

/// A store on a read-only file or mount opens read-only (SQLite's immutable mode: no WAL index is made beside it).
@Suite struct ReadOnlyStoreTests {
    @Test func aStoreNothingMayWriteIsReadAsImmutable() throws {
        let path = try temporaryStorePath()
        // The writer closes first, as before a store is moved to a read-only mount: closing checkpoints its WAL.
        let (expected, events) = try {
            let written = try EventStore(path: path)
            _ = try written.ingest(coded(bonneReports))
            return (try written.counts(), try written.events(EventFilter()).events.map(\.id))
        }()
        // Running as root (as CI does) no file is unwritable, so the immutable open is asked for directly.
        let immutable = try EventStore(path: path, readOnly: true, immutable: true)
        #expect(try immutable.counts() == expected)
        #expect(try immutable.events(EventFilter()).events.map(\.id) == events)
        let new = Document(id: "new", text: "Putin met Xi in Beijing on Monday.", date: Day(iso: "2026-02-10"))
        #expect(throws: (any Error).self) { _ = try immutable.ingest(coded([new])) }
        #expect(EventStore.immutableURI("/tmp/a b/c?.sqlite") == "file:/tmp/a%20b/c%3F.sqlite?immutable=1")
    }
}
