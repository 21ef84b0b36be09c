import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Threads of their own at a lower scheduling priority (nice 10) on which requests are coded, and the list of requests
/// waiting for one. When every core is busy the threads answering queries run first and coding takes what they leave;
/// a waiting request holds no thread (blocking threads of the shared pool while they waited for a slot held up
/// unrelated requests until the pool grew: valid GETs p50 0.7 s under a flood of large POSTs).
final class CodingThreads: Sendable {
    private let jobs = JobList()

    /// `count` threads, started now, ending when this is released.
    init(count: Int, niceness: Int32 = 10) {
        for _ in 0..<max(1, count) {
            let thread = Thread { [jobs] in
                CodingThreads.lowerPriority(by: niceness)
                jobs.runUntilStopped()
            }
            thread.start()
        }
    }

    deinit { jobs.stop() }

    /// Runs `job` on the first thread free within `seconds`, else calls `timedOut` instead (on another thread).
    func submit(
        waitingAtMost seconds: Double, _ job: @escaping @Sendable () -> Void,
        timedOut: @escaping @Sendable () -> Void
    ) {
        let id = jobs.add(job)
        DispatchQueue.global().asyncAfter(deadline: .now() + max(0, seconds)) { [jobs] in
            if jobs.remove(id) { timedOut() }
        }
    }

    /// Lowers the calling thread's priority. On Linux the nice value belongs to each thread, and `who` 0 is the
    /// calling one; elsewhere this does nothing.
    static func lowerPriority(by niceness: Int32) {
        #if os(Linux)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
        #endif
    }
}

/// The jobs waiting for a coding thread, in order; each is either run or timed out, never both.
private final class JobList: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [(id: Int, run: @Sendable () -> Void)] = []
    private var nextID = 0
    private var stopped = false

    /// Queues a job; returns its id.
    func add(_ job: @escaping @Sendable () -> Void) -> Int {
        condition.withLock {
            nextID += 1
            jobs.append((nextID, job))
            condition.signal()
            return nextID
        }
    }

    /// Takes a job out before any thread ran it; false when one already did.
    func remove(_ id: Int) -> Bool {
        condition.withLock {
            guard let i = jobs.firstIndex(where: { $0.id == id }) else { return false }
            jobs.remove(at: i)
            return true
        }
    }

    func stop() {
        condition.withLock {
            stopped = true
            condition.broadcast()
        }
    }

    /// Runs jobs as they come until stopped.
    func runUntilStopped() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopped { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst().run
            condition.unlock()
            job()
        }
    }
}
