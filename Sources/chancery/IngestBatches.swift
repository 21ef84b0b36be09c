import ChanceryCore
import ChanceryStore
import Foundation

/// Documents gathered into batches for `chancery ingest`: each batch is coded in the workers while the previous one is
/// written on the writer queue, one transaction a batch.
final class IngestBatches {
    private let store: EventStore
    private let coder: IsolatedCoder
    private let state: IngestState
    private let size: Int
    private var pending: [Document] = []
    private let writer = DispatchQueue(label: "chancery.ingest.writer")
    private let slot = DispatchSemaphore(value: 1)

    /// Batches of `size` documents into `store`.
    init(store: EventStore, coder: IsolatedCoder, state: IngestState, size: Int) {
        self.store = store
        self.coder = coder
        self.state = state
        self.size = size
    }

    /// Adds a document read, coding and storing a batch when it is full.
    func add(_ document: Document) {
        pending.append(document)
        if pending.count >= size { flush() }
    }

    /// Codes and stores what is left and waits for the last write.
    func finish() {
        flush()
        slot.wait()
        slot.signal()  // libdispatch traps if a semaphore is freed below its initial value
    }

    private func flush() {
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        guard !batch.isEmpty, state.failure == nil else { return }
        let (todo, coded): ([Document], [StoredDocument])
        do {
            let stored = try store.storedHashes(batch.map(\.id))
            todo = batch.filter { stored[$0.id] != StoredDocument.hash($0) }
            coded = try keepCoded(todo, coder.code(todo))
        } catch {
            state.fail(error)
            return
        }
        let bytes = batch.reduce(0) { $0 + $1.text.utf8.count }
        let unchanged = batch.count - todo.count
        slot.wait()
        writer.async { [store, state, slot] in
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

    /// The documents that were coded; each one on which the coder crashed is reported and left out.
    private func keepCoded(_ documents: [Document], _ outcomes: [WorkerOutcome]) -> [StoredDocument] {
        var coded: [StoredDocument] = []
        for (document, outcome) in zip(documents, outcomes) {
            switch outcome {
            case .coded(let stored): coded.append(stored)
            case .crashed(let exit): state.crashed(document, exit)
            }
        }
        return coded
    }
}
