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
    private let arguments: [String]
    private let executable = WorkerProcess.executablePath
    /// Worker errors go unbuffered to the shared standard error; a trap's backtrace would take seconds a record.
    private let environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
    /// A message this small is sent while the worker still codes the one before, so it never waits for the next;
    /// it fits in the pipe's buffer whatever the worker is doing, so neither side can block the other for good.
    static let sendAheadBytes = 16 << 10

    /// Starts `jobs` workers with `arguments` after `code-worker` (resources, `--parse`) and waits until each has
    /// loaded them; only the first reports problems in resource files, so they are printed once.
    init(jobs: Int, arguments: [String]) throws {
        signal(SIGPIPE, SIG_IGN)  // a write to a worker that died is an error to handle, not a signal that kills us
        self.arguments = arguments
        workers = Array(repeating: nil, count: jobs)
        for lane in 0..<jobs { workers[lane] = try spawn(quiet: lane > 0) }
        for lane in 0..<jobs { try awaitReady(lane) }
    }

    /// Codes documents in order, as many at once as there are workers.
    func code(_ documents: [Document]) throws -> [WorkerOutcome] {
        let results = OutcomeSlots(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: min(workers.count, documents.count)) { lane in
            do {
                try runLane(lane, documents, results)
            } catch {
                results.fail(error is IsolationError ? error : IsolationError.broken("\(error)"))
            }
        }
        return try results.values()
    }

    /// Ends every worker (each reads the end of its input and exits).
    func finish() {
        for lane in workers.indices {
            workers[lane]?.finish()
            workers[lane] = nil
        }
    }

    /// Feeds one worker documents until none is left, one message ahead of its answers when the message is small.
    private func runLane(_ lane: Int, _ documents: [Document], _ results: OutcomeSlots) throws {
        var sent: [(index: Int, message: [UInt8])] = []  // sent, in order, answers not read yet
        var held: (index: Int, message: [UInt8])?
        while true {
            if held == nil, let i = results.claim() { held = (i, CodingWire.message(documents[i])) }
            if let next = held, sent.isEmpty || sent.count == 1 && next.message.count <= IsolatedCoder.sendAheadBytes {
                held = nil
                sent.append(next)
                if try !send(next.message, lane) { try restart(lane, after: &sent, results) }
                continue
            }
            guard let first = sent.first else { return }
            if let answer = try receive(lane) {
                var reader = WireReader(answer)
                results.set(first.index, .coded(try CodingWire.result(&reader, for: documents[first.index])))
                sent.removeFirst()
            } else {
                try restart(lane, after: &sent, results)
            }
        }
    }

    /// After the lane's worker died: the first document sent is the one it died on; a new worker gets the rest.
    private func restart(_ lane: Int, after sent: inout [(index: Int, message: [UInt8])], _ results: OutcomeSlots)
        throws
    {
        let exit = workers[lane]?.finish() ?? .status(-1)
        if !sent.isEmpty { results.set(sent.removeFirst().index, .crashed(exit)) }
        workers[lane] = try spawn(quiet: true)
        try awaitReady(lane)
        for item in sent where try !send(item.message, lane) {
            // The new worker died before coding anything it was sent: nothing can be coded.
            throw IsolationError.workerDidNotStart(workers[lane]?.finish() ?? .status(-1))
        }
    }

    /// Sends a message; false when the worker's pipe is broken (it died).
    private func send(_ message: [UInt8], _ lane: Int) throws -> Bool {
        guard let worker = workers[lane] else { throw IsolationError.broken("no worker in lane \(lane)") }
        do {
            try worker.channel.send(message)
            return true
        } catch {
            return false
        }
    }

    /// The next answer; nil when the worker died before giving it.
    private func receive(_ lane: Int) throws -> [UInt8]? {
        guard let worker = workers[lane] else { throw IsolationError.broken("no worker in lane \(lane)") }
        return try? worker.channel.receive()
    }

    /// Waits for the empty message a worker sends once it has loaded its resources.
    private func awaitReady(_ lane: Int) throws {
        guard let worker = workers[lane] else { throw IsolationError.broken("no worker in lane \(lane)") }
        if (try? worker.channel.receive()) == nil { throw IsolationError.workerDidNotStart(worker.finish()) }
    }

    private func spawn(quiet: Bool) throws -> WorkerProcess {
        do {
            return try WorkerProcess.spawn(
                executable, ["code-worker"] + arguments + (quiet ? ["--quiet"] : []), environment: environment)
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
