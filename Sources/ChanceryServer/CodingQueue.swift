import Dispatch
import Foundation

/// Runs coding for requests on threads of its own, a few at a time, so that a large POST neither blocks the threads
/// that answer other requests nor queues behind others for ever: a request that waits longer than `maxWait` for a
/// slot is answered 503 and may be retried.
final class CodingQueue: Sendable {
    /// Where coding runs: its own threads, not those answering requests.
    private let queue = DispatchQueue(label: "chancery.coding", attributes: .concurrent)
    /// Free coding slots.
    private let slots: DispatchSemaphore
    /// Longest wait for a free slot before a request is refused.
    let maxWait: TimeInterval

    /// A queue coding at most `concurrent` requests at once (one core is left to the rest of the server).
    init(concurrent: Int = max(1, ProcessInfo.processInfo.activeProcessorCount - 1), maxWait: TimeInterval = 10) {
        slots = DispatchSemaphore(value: max(1, concurrent))
        self.maxWait = maxWait
    }

    /// Runs `work` when a slot is free, or throws a 503 after `maxWait`.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { [slots, maxWait] in
                guard slots.wait(timeout: .now() + maxWait) == .success else {
                    continuation.resume(
                        throwing: APIError(
                            .serviceUnavailable,
                            "the server is busy coding other requests; retry in a few seconds or send smaller documents"
                        ))
                    return
                }
                defer { slots.signal() }
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
