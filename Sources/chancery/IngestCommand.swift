import ArgumentParser
import ChanceryCore
import ChanceryStore
import Foundation

/// `chancery ingest`: code documents and store their events, fused across documents.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Code documents and add their events to the store.",
        discussion: """
            Unchanged documents already stored are skipped; changed ones replace their events. Each batch is one
            transaction: an interrupted run loses nothing committed, and running it again completes the rest.
            Documents are coded in --jobs worker processes: a record on which the coder crashes is reported with its
            file and line and skipped, the rest is stored, and the exit status is 1.

            Example:
              chancery ingest Examples/ --store events.sqlite
              chancery ingest share-3.jsonl --store postgres://chancery@db.example:5432/events   # one of N workers
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Documents per batch: one transaction on SQLite; PostgreSQL commits 8 at a time within it.")
    var batch: Int = 256

    func validate() throws {
        if batch < 1 { throw ValidationError("--batch must be at least 1") }
    }

    func run() throws {
        let store = try storeOptions.open()
        let coder = try IsolatedCoder(jobs: input.jobs, arguments: input.workerArguments)
        defer { coder.finish() }
        let reader = DocumentReader(defaultDate: input.date.flatMap { Day(iso: $0) })
        let state = IngestState(progress: IngestProgress(totalBytes: IngestProgress.inputBytes(input.paths)))
        let batches = IngestBatches(store: store, coder: coder, state: state, size: batch)
        var readOK = true
        reader.read(
            paths: input.paths, emit: { batches.add($0) },
            report: { error in
                readOK = false
                state.clearLine()
                StandardError.print("error: \(error)")
            })
        batches.finish()
        if let failure = state.failure {
            state.clearLine()
            let what = failure is IsolationError ? "coding" : "storing into \(store.path)"
            StandardError.print(
                "error: \(what) failed: \(failure); documents committed before it are kept, run again to finish")
            throw ExitCode(1)
        }
        state.finish(counts: try store.counts(), path: store.path)
        if !readOK || state.crashedRecords > 0 { throw ExitCode(1) }
    }
}

/// Progress and the first failure, shared by the reading thread and the writer queue.
final class IngestState: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: IngestProgress
    private var error: Error?
    private var crashed = 0

    init(progress: IngestProgress) { self.progress = progress }

    /// The first error met, if any.
    var failure: Error? { lock.withLock { error } }

    func fail(_ e: Error) { lock.withLock { if error == nil { error = e } } }

    /// Records on which the coder crashed, reported and skipped.
    var crashedRecords: Int { lock.withLock { crashed } }

    /// Reports a record on which the coder crashed; it is skipped.
    func crashed(_ document: Document, _ exit: ChildExit) {
        let place = document.origin?.description ?? document.id
        let how: String
        if case .signal = exit {
            how = "the coder crashed on this record (\(exit))"
        } else {
            how = "the coding worker stopped on this record (\(exit))"
        }
        lock.withLock {
            crashed += 1
            progress.clearLine()
        }
        StandardError.print("\(place): skipped: \(how)")
    }

    func add(_ r: IngestResult, bytes: Int) { lock.withLock { progress.add(r, bytes: bytes) } }

    func clearLine() { lock.withLock { progress.clearLine() } }

    func finish(counts: EventStore.Counts, path: String) {
        lock.withLock { progress.finish(counts: counts, path: path) }
    }
}

/// Ingest progress: a redrawn status line on a terminal, one summary line otherwise.
struct IngestProgress {
    let totalBytes: Int?
    let start = Date()
    let interactive = isatty(STDERR_FILENO) != 0
    var doneBytes = 0
    var result = IngestResult()
    var lastDraw = Date.distantPast

    /// The size of the input files, to estimate the time left; nil for standard input.
    static func inputBytes(_ paths: [String]) -> Int? {
        var total = 0
        let fm = FileManager.default
        for path in paths {
            if path == "-" { return nil }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                let files = fm.enumerator(atPath: path)
                while let f = files?.nextObject() as? String {
                    total += ((try? fm.attributesOfItem(atPath: path + "/" + f))?[.size] as? Int) ?? 0
                }
            } else {
                total += ((try? fm.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
            }
        }
        return total
    }

    var documents: Int { result.added + result.replaced + result.skipped }

    mutating func add(_ r: IngestResult, bytes: Int) {
        result += r
        doneBytes += bytes
        guard interactive, Date().timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = Date()
        let seconds = max(0.001, Date().timeIntervalSince(start))
        var line =
            "\r\u{1B}[K  \(documents) documents  \(Int(Double(documents) / seconds)) docs/s  \(result.mentions) events"
        if let totalBytes, doneBytes > 0, totalBytes > doneBytes {
            let left = Int(Double(totalBytes - doneBytes) / (Double(doneBytes) / seconds))
            line += String(format: "  ETA %d:%02d", left / 60, left % 60)
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    func clearLine() {
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    func finish(counts: EventStore.Counts, path: String) {
        clearLine()
        let seconds = Date().timeIntervalSince(start)
        let rate = String(format: "%.1f s (%.0f docs/s)", seconds, Double(documents) / max(seconds, 0.001))
        StandardError.print(
            "ingested \(documents) documents (\(result.added) new, \(result.replaced) changed, \(result.skipped) unchanged), "
                + "\(result.mentions) event mentions in \(rate); \(path) holds \(counts.events) events from \(counts.documents) documents"
        )
    }
}
