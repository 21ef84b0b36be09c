import Foundation
import NIOCore

/// Answers to GET requests kept while the store's generation stays the same, so repeated queries
/// (dashboards polling, many users on one page) cost one indexed read instead of a query and serialisation.
final class ResponseCache: @unchecked Sendable {
    /// Guards `entries` and `bytes`: requests are answered on many threads.
    private let lock = NSLock()
    /// Answers by request URI, with the store generation they were made at.
    private var entries: [String: (generation: Int, body: ByteBuffer)] = [:]
    /// Bytes held in `entries`, keys included.
    private var bytes = 0
    /// Most answers kept.
    private let capacity: Int
    /// Most bytes kept.
    private let maxBytes: Int

    /// A cache of at most `capacity` answers and `maxBytes` bytes of them; 0 turns caching off.
    /// Counting entries alone let 600 large pages grow a server to gigabytes; bytes bound it.
    init(capacity: Int, maxBytes: Int = 64 << 20) {
        self.capacity = capacity
        self.maxBytes = maxBytes
    }

    /// Bytes of answers held now.
    var heldBytes: Int { lock.withLock { bytes } }

    /// Whether caching is on.
    var isEnabled: Bool { capacity > 0 }

    /// The cached body for `key` if it was made at `generation`.
    func lookup(_ key: String, generation: Int) -> ByteBuffer? {
        lock.withLock {
            guard let e = entries[key], e.generation == generation else { return nil }
            return e.body
        }
    }

    /// Keeps a body; when full by count or bytes, starts over (simple, bounded, and stale entries go with the rest).
    /// An answer over an eighth of the byte budget is not kept at all.
    func store(_ key: String, generation: Int, body: ByteBuffer) {
        let size = body.readableBytes + key.utf8.count
        guard isEnabled, size <= maxBytes / 8 else { return }
        lock.withLock {
            if let old = entries[key] {
                bytes -= old.body.readableBytes + key.utf8.count
                entries[key] = nil
            }
            if entries.count >= capacity || bytes + size > maxBytes {
                entries.removeAll(keepingCapacity: true)
                bytes = 0
            }
            entries[key] = (generation, body)
            bytes += size
        }
    }
}
