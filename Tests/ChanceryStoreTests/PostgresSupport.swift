import ChanceryCore
import ChanceryPostgres
import ChanceryStore
import Foundation
import Testing

/// The PostgreSQL server the PostgreSQL tests use: `CHANCERY_TEST_POSTGRES=postgres://USER@HOST:PORT/DB` (`.ci/run` starts
/// one and sets it). Each test makes a database of its own there.
enum TestPostgres {
    /// The variable's value, nil when unset.
    static let url = ProcessInfo.processInfo.environment["CHANCERY_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    /// The trait that skips a PostgreSQL test, saying why, when no server is given.
    static let available = ConditionTrait.enabled(
        if: url != nil,
        "CHANCERY_TEST_POSTGRES is not set: start PostgreSQL and set it to postgres://USER@HOST:PORT/DB to run this test"
    )

    /// A new, empty database on the test server; returns its `postgres://` URL.
    static func freshDatabase() throws -> String {
        guard let url else { throw CocoaError(.featureUnsupported) }
        let name = "chancery_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        return try PostgresAdmin.createDatabase(name, server: url)
    }

    /// Runs a statement in a database (a table of another program, for the refusal tests).
    static func execute(_ sql: String, in database: String) throws { try PostgresAdmin.execute([sql], in: database) }
}

/// An export made comparable across engines and ingest orders: each line without the ids the store assigned (they follow
/// the order mentions were written in), the mentions of each event sorted, the lines sorted.
func comparableExport(_ jsonl: String) throws -> [String] {
    try jsonl.split(separator: "\n").map { line in
        guard var event = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            return String(line)
        }
        event["id"] = nil
        if let mentions = event["mentions"] as? [[String: Any]] {
            event["mentions"] = mentions.sorted {
                "\($0["doc"] ?? "")|\($0["event"] ?? "")" < "\($1["doc"] ?? "")|\($1["event"] ?? "")"
            }
        }
        return String(
            decoding: try JSONSerialization.data(withJSONObject: event, options: [.sortedKeys]), as: UTF8.self)
    }.sorted()
}
