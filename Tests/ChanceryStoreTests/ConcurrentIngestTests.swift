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
