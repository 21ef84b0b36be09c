import Foundation
import NIOCore

/// Answers to GET requests kept while the store's generation stays the same, so repeated queries
/// (dashboards polling, many users on one page) cost one indexed read instead of a query and serialisation.
final class ResponseCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (generation: Int, body: ByteBuffer)] = [:]
    private let capacity: Int

    /// A cache of at most `capacity` answers; 0 turns caching off.
    init(capacity: Int) { self.capacity = capacity }

    /// Whether caching is on.
    var isEnabled: Bool { capacity > 0 }

    /// The cached body for `key` if it was made at `generation`.
    func lookup(_ key: String, generation: Int) -> ByteBuffer? {
        lock.withLock {
            guard let e = entries[key], e.generation == generation else { return nil }
            return e.body
        }
    }

    /// Keeps a body; when full, starts over (simple, bounded, and stale entries go with the rest).
    func store(_ key: String, generation: Int, body: ByteBuffer) {
        guard isEnabled else { return }
        lock.withLock {
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = (generation, body)
        }
    }
}
