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
        let pipeline = try input.loadPipeline()
        let reader = DocumentReader(defaultDate: input.date.flatMap { Day(iso: $0) })
        let state = IngestState(progress: IngestProgress(totalBytes: IngestProgress.inputBytes(input.paths)))
        // One batch is written on the writer queue while the next is read and coded.
        let writer = DispatchQueue(label: "chancery.ingest.writer")
        let slot = DispatchSemaphore(value: 1)
        var pending: [Document] = []
        var readOK = true
        let jobs = input.jobs

        func flush() {
            let batch = pending
            pending.removeAll(keepingCapacity: true)
            guard !batch.isEmpty, state.failure == nil else { return }
            let todo: [Document]
            do {
                let stored = try store.storedHashes(batch.map(\.id))
                todo = batch.filter { stored[$0.id] != StoredDocument.hash($0) }
            } catch {
                state.fail(error)
                return
            }
            let coded = ParallelMap.map(todo, jobs: jobs) { StoredDocument(coding: $0, with: pipeline) }
            let bytes = batch.reduce(0) { $0 + $1.text.utf8.count }
            let unchanged = batch.count - todo.count
            slot.wait()
            writer.async {
                defer { slot.signal() }
                guard state.failure == nil else { return }
                do {
                    var result = try store.ingest(coded)
                    result.skipped += unchanged
                    state.add(result, bytes: bytes)
                } catch {
                    state.fail(error)
                }
            }
        }

        reader.read(
            paths: input.paths,
            emit: { doc in
                pending.append(doc)
                if pending.count >= batch { flush() }
            },
            report: { error in
                readOK = false
                state.clearLine()
                StandardError.print("error: \(error)")
            })
        flush()
        slot.wait()  // the last write is done
        slot.signal()  // libdispatch traps if a semaphore is freed below its initial value
        if let failure = state.failure {
            state.clearLine()
            StandardError.print(
                "error: storing into \(store.path) failed: \(failure); documents committed before it are kept, run again to finish"
            )
            throw ExitCode(1)
        }
        state.finish(counts: try store.counts(), path: store.path)
        if !readOK { throw ExitCode(1) }
    }
}

/// Progress and the first failure, shared by the reading thread and the writer queue.
final class IngestState: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: IngestProgress
    private var error: Error?

    init(progress: IngestProgress) { self.progress = progress }

    /// The first error met, if any.
    var failure: Error? { lock.withLock { error } }

    func fail(_ e: Error) { lock.withLock { if error == nil { error = e } } }

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
