import ChanceryCore
import ChanceryStore
import Foundation

/// What became of a document sent to a coding worker.
enum WorkerOutcome: Sendable {
    /// Coded.
    case coded(StoredDocument)
    /// The worker died while coding it (a trap is a signal); the document is not stored.
    case crashed(ChildExit)
}

/// Why coding in workers could not go on at all (as opposed to one record that crashed its worker).
enum IsolationError: Error, CustomStringConvertible {
    /// A worker died or failed before it was ready to code: every record would fail the same way.
    case workerDidNotStart(ChildExit)
    /// A worker could not be started or answered bytes that do not read back.
    case broken(String)

    var description: String {
        switch self {
        case .workerDidNotStart(let exit):
            return
                "the coding worker (chancery code-worker) stopped before it was ready (\(exit)); see the message above"
        case .broken(let why): return "the coding worker failed: \(why)"
        }
    }
}

/// Codes documents in child processes of this binary (`chancery code-worker`), one per job, so that a record on which
/// the coder traps takes down only its worker: that record is reported as crashed, the worker is started again, and
/// every other record is coded. A trap is a signal and cannot be caught in the process it kills.
final class IsolatedCoder: @unchecked Sendable {
    private var workers: [WorkerProcess?]
    private var ready: [Bool]
    private let arguments: [String]
    private let executable = WorkerProcess.executablePath
    /// Worker errors go unbuffered to the shared standard error; a trap's backtrace would take seconds a record.
    private let environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }

    /// Starts `jobs` workers with `arguments` after `code-worker` (resources, `--parse`); only the first reports
    /// problems in resource files, so they are printed once.
    init(jobs: Int, arguments: [String]) throws {
        signal(SIGPIPE, SIG_IGN)  // a write to a worker that died is an error to handle, not a signal that kills us
        self.arguments = arguments
        workers = Array(repeating: nil, count: jobs)
        ready = Array(repeating: false, count: jobs)
        for slot in 0..<jobs { try start(slot, quiet: slot > 0) }
    }

    /// Codes documents in order, as many at once as there are workers.
    func code(_ documents: [Document]) throws -> [WorkerOutcome] {
        let results = OutcomeSlots(count: documents.count)
        let lanes = min(workers.count, documents.count)
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            while let i = results.claim() {
                do {
                    results.set(i, try code(documents[i], in: lane))
                } catch {
                    results.fail(error)
                    return
                }
            }
        }
        return try results.values()
    }

    /// Ends every worker (each reads the end of its input and exits).
    func finish() {
        for slot in workers.indices {
            workers[slot]?.finish()
            workers[slot] = nil
        }
    }

    /// Codes one document in the lane's worker, starting a new worker if that one died on it.
    private func code(_ document: Document, in lane: Int) throws -> WorkerOutcome {
        let worker = try readyWorker(lane)
        var message = WireWriter()
        CodingWire.write(document, to: &message)
        do {
            try worker.channel.send(message.bytes)
            if let answer = try worker.channel.receive() {
                var reader = WireReader(answer)
                return .coded(try CodingWire.result(&reader, for: document))
            }
        } catch let error as WireError {
            throw IsolationError.broken("\(error)")
        } catch {
            // The pipe broke: the worker died. How it died is read below.
        }
        let exit = worker.finish()
        try start(lane, quiet: true)
        return .crashed(exit)
    }

    /// The lane's worker once it has loaded its resources.
    private func readyWorker(_ lane: Int) throws -> WorkerProcess {
        guard let worker = workers[lane] else { throw IsolationError.broken("no worker in lane \(lane)") }
        if ready[lane] { return worker }
        let hello = try? worker.channel.receive()
        guard hello != nil else { throw IsolationError.workerDidNotStart(worker.finish()) }
        ready[lane] = true
        return worker
    }

    private func start(_ lane: Int, quiet: Bool) throws {
        let flags = quiet ? ["--quiet"] : []
        do {
            workers[lane] = try WorkerProcess.spawn(
                executable, ["code-worker"] + arguments + flags, environment: environment)
            ready[lane] = false
        } catch {
            throw IsolationError.broken("\(error)")
        }
    }
}

/// The outcomes of a batch, claimed and filled by the worker lanes.
private final class OutcomeSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [WorkerOutcome?]
    private var next = 0
    private var error: Error?

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next index no lane has taken, nil when all are taken or a lane failed.
    func claim() -> Int? {
        lock.withLock {
            guard error == nil, next < slots.count else { return nil }
            next += 1
            return next - 1
        }
    }

    func set(_ i: Int, _ outcome: WorkerOutcome) { lock.withLock { slots[i] = outcome } }

    func fail(_ e: Error) { lock.withLock { if error == nil { error = e } } }

    /// Every outcome, or the first lane's error.
    func values() throws -> [WorkerOutcome] {
        try lock.withLock {
            if let error { throw error }
            return try slots.map { slot in
                guard let slot else { throw IsolationError.broken("a document was left uncoded") }
                return slot
            }
        }
    }
}
