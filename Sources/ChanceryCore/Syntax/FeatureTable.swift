/// The weights of one classifier after training: an open-addressing table of the features that survived
/// pruning, each pointing at its few nonzero (class, weight) pairs. A perceptron touches only the classes it
/// confused, so rows are sparse, and a sparse row is both smaller on disk and cheaper to add than a dense one.
struct FeatureTable: Sendable {
    /// Scored classes.
    let classes: Int
    /// Feature keys in file order (nonzero).
    let keys: [UInt64]
    /// Number of entries of each feature, parallel to `keys`.
    let counts: [UInt16]
    /// Every feature's entries in turn: class in the high 16 bits, Int16 weight in the low.
    let entries: [UInt32]
    /// Open-addressing slots, capacity a power of two, key 0 for empty: key, first entry and count side by side,
    /// so that a look-up costs one cache line rather than one per field.
    private let slots: [Slot]
    private let mask: Int

    /// One feature's place in `entries`.
    private struct Slot {
        var key: UInt64 = 0
        var start: UInt32 = 0
        var count: UInt32 = 0
    }

    /// Builds the lookup table over features given in order, each with `counts[i]` entries.
    init(classes: Int, keys: [UInt64], counts: [UInt16], entries: [UInt32]) {
        self.classes = classes
        self.keys = keys
        self.counts = counts
        self.entries = entries
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var table = [Slot](repeating: Slot(), count: capacity)
        mask = capacity - 1
        var start: UInt32 = 0
        for (i, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & mask
            while table[slot].key != 0 && table[slot].key != key { slot = (slot + 1) & mask }
            table[slot] = Slot(key: key, start: start, count: UInt32(counts[i]))
            start += UInt32(counts[i])
        }
        slots = table
    }

    /// Adds the weights of every feature in `features` to `scores` (which holds `classes` values).
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        slots.withUnsafeBufferPointer { table in
            entries.withUnsafeBufferPointer { e in
                withUnsafeTemporaryAllocation(of: Slot.self, capacity: features.count) { rows in
                    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: features.count) { first in
                        // The table is far larger than the cache: reading every feature's home slot, then every
                        // found row's first entry, before adding any lets the misses overlap, where one feature at
                        // a time would wait for each in turn.
                        for (j, key) in features.enumerated() { rows[j] = table[Int(truncatingIfNeeded: key) & mask] }
                        var found = 0
                        for (j, key) in features.enumerated() {
                            let home = rows[j]
                            guard let row = home.key == key ? home : find(key, after: home, table), row.count > 0
                            else { continue }
                            rows[found] = row
                            first[found] = e[Int(row.start)]
                            found += 1
                        }
                        for r in 0..<found {
                            add(first[r], to: scores)
                            let start = Int(rows[r].start)
                            for k in (start + 1)..<(start + Int(rows[r].count)) { add(e[k], to: scores) }
                        }
                    }
                }
            }
        }
    }

    /// Adds one entry (class in the high 16 bits, weight in the low) to its class's score.
    @inline(__always)
    private func add(_ entry: UInt32, to scores: UnsafeMutablePointer<Int32>) {
        scores[Int(entry >> 16)] &+= Int32(Int16(truncatingIfNeeded: entry))
    }

    /// The slot holding `key` when its home slot `home` holds another key; nil when the feature was never kept.
    @inline(__always)
    private func find(_ key: UInt64, after home: Slot, _ table: UnsafeBufferPointer<Slot>) -> Slot? {
        guard home.key != 0 else { return nil }
        var i = (Int(truncatingIfNeeded: key) + 1) & mask
        while true {
            let slot = table[i]
            if slot.key == key { return slot }
            if slot.key == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// The table without entries of fewer than `minimum` quantisation steps, nor features left empty: most
    /// features are rare words' combinations with tiny weights, and dropping them shrinks the file far more
    /// than it costs accuracy.
    func pruned(minimum: Int) -> FeatureTable {
        var k: [UInt64] = []
        var c: [UInt16] = []
        var e: [UInt32] = []
        var start = 0
        for (i, key) in keys.enumerated() {
            let row = entries[start..<(start + Int(counts[i]))].filter {
                abs(Int(Int16(truncatingIfNeeded: $0))) >= minimum
            }
            start += Int(counts[i])
            guard !row.isEmpty else { continue }
            k.append(key)
            c.append(UInt16(row.count))
            e += row
        }
        return FeatureTable(classes: classes, keys: k, counts: c, entries: e)
    }

    /// Bytes the weights take in a model file.
    var fileSize: Int { keys.count * 10 + entries.count * 4 + 16 }
}
