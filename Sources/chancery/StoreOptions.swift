import ArgumentParser
import ChanceryPostgres
import ChanceryStore
import Foundation

/// The `--store` option of every command that touches the event store.
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The store: a SQLite file, or a PostgreSQL database as postgres://USER@HOST:PORT/DATABASE.",
            valueName: "path|url"))
    var store: String = EventStore.defaultPath

    /// Opens the store, turning store errors into a message and exit status 1.
    func open(readOnly: Bool = false) throws -> EventStore {
        do {
            return try EventStore.open(store, readOnly: readOnly)
        } catch let error as StoreError {
            StandardError.print("error: \(error)")
            throw ExitCode(1)
        } catch let error as PostgresStoreError {
            StandardError.print("error: \(error)")
            throw ExitCode(1)
        }
    }
}

/// Table or machine output, chosen by whether standard output is a terminal unless the user says.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl, csv

    /// `table` on a terminal, `jsonl` when piped.
    static var automatic: OutputFormat { isatty(STDOUT_FILENO) != 0 ? .table : .jsonl }
}

/// Fixed-width text tables for people.
enum TextTable {
    /// Renders rows under a header, each column as wide as its widest cell (capped at `maxWidth`).
    static func render(_ header: [String], _ rows: [[String]], maxWidth: Int = 32) -> String {
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = min(maxWidth, max(widths[i], cell.count)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                let cell = c.count > widths[i] ? String(c.prefix(widths[i] - 1)) + "…" : c
                return i == cells.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
