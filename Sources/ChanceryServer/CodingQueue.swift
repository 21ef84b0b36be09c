import ChanceryCore
import Foundation

/// Runs coding for requests on threads of its own, a few at a time, so that a large POST neither blocks the threads
/// that answer other requests nor queues behind others for ever: a request that waits longer than `maxWait` for a
/// thread, or whose coding passes its deadline, is answered 503 and may be retried.
final class CodingQueue: Sendable {
    /// One thread a request coded at once, below the priority of the rest of the server.
    private let threads: CodingThreads
    /// Longest wait for a free thread before a request is refused.
    let maxWait: TimeInterval
    /// Seconds a request's coding may take, waiting for a thread included.
    let deadline: TimeInterval

    /// A queue coding at most `concurrent` requests at once (one core is left to the rest of the server).
    init(
        concurrent: Int = max(1, ProcessInfo.processInfo.activeProcessorCount - 1), maxWait: TimeInterval = 10,
        deadline: TimeInterval = 10
    ) {
        threads = CodingThreads(count: max(1, concurrent))
        self.maxWait = maxWait
        self.deadline = deadline
    }

    /// Runs `work` with the request's deadline when a thread is free; throws a 503 when none frees up in time or the
    /// work passes the deadline.
    func run<T: Sendable>(_ work: @escaping @Sendable (Deadline) throws -> T) async throws -> T {
        let deadline = Deadline(seconds: self.deadline)
        return try await withCheckedThrowingContinuation { continuation in
            threads.submit(
                waitingAtMost: min(maxWait, deadline.secondsLeft),
                {
                    continuation.resume(
                        with: Result {
                            do {
                                return try work(deadline)
                            } catch let passed as DeadlinePassed {
                                throw CodingQueue.tooLong(passed)
                            }
                        })
                }, timedOut: { continuation.resume(throwing: CodingQueue.busy) })
        }
    }

    /// The answer to a request that found no free thread in time.
    static let busy = APIError(
        .serviceUnavailable,
        "the server is busy coding other requests; retry in a few seconds or send smaller documents")

    /// The answer to a request whose coding passed the deadline.
    static func tooLong(_ passed: DeadlinePassed) -> APIError {
        APIError(
            .serviceUnavailable,
            "coding this request took longer than the \(passed.seconds) s the server allows (--deadline); "
                + "send shorter documents or fewer at once")
    }
}
