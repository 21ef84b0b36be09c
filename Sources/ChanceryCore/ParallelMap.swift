import Foundation

/// Maps a batch over worker threads, keeping input order; the stages are pure, so documents are independent.
public enum ParallelMap {
    /// `items.map(work)` on up to `jobs` threads.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ work: @escaping @Sendable (T) -> R)
        -> [R]
    {
        if jobs <= 1 || items.count <= 1 { return items.map(work) }
        let results = ResultBox<R>(count: items.count)
        let chunks = min(jobs, items.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var i = c
            while i < items.count {
                results.set(i, work(items[i]))
                i += chunks
            }
        }
        return results.values()
    }
}

/// Slots written by distinct threads at distinct indexes.
final class ResultBox<R>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: R) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    func values() -> [R] { slots.map { $0! } }
}
