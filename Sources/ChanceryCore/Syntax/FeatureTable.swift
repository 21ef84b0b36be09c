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
    /// Every feature's entries in turn: class in the high 16 bits, Int16 weight in the low (in huge pages, as
    /// scoring reads them at random).
    let entries: HugePageArray<UInt32>
    /// Open-addressing slots, capacity a power of two, key 0 for empty: key, first entry and count side by side,
    /// so that a look-up costs one cache line rather than one per field.
    private let slots: HugePageArray<Slot>
    private let mask: Int

    /// One feature's place in `entries`.
    private struct Slot {
        var key: UInt64 = 0
        var start: UInt32 = 0
        var count: UInt32 = 0
    }

    /// Whether keys are folded to 32 bits and weights rounded to 8-bit codes, as format 5 keeps them; a table read
    /// from an older file keeps its 64-bit keys and 16-bit weights, so that it scores as it did.
    let folded: Bool

    /// Builds the lookup table over features given in order, each with `counts[i]` entries. When `folded`, keys
    /// are folded to the 32 bits the file keeps (`stored`) and weights rounded to its 8-bit codes (`WeightCode`),
    /// so that a table scores the same before it is written and after it is read.
    init(classes: Int, keys: [UInt64], counts: [UInt16], entries: [UInt32], folded: Bool = true) {
        let (keys, counts, entries) =
            folded
            ? FeatureTable.merged(keys.map(FeatureTable.stored), counts, entries.map(FeatureTable.rounded))
            : (keys, counts, entries)
        self.folded = folded
        self.classes = classes
        self.keys = keys
        self.counts = counts
        self.entries = HugePageArray(entries)
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
        slots = HugePageArray(table)
    }

    /// A feature's key as the table and the model file keep it: its two halves folded into 32 bits, never 0. Of
    /// two million features a few hundred pairs then share a key, and share its row (see `merged`).
    @inline(__always)
    static func stored(_ key: UInt64) -> UInt64 {
        let k = (key ^ (key >> 32)) & 0xFFFF_FFFF
        return k == 0 ? 1 : k
    }

    /// A feature's key in this table.
    @inline(__always)
    private func lookupKey(_ feature: UInt64) -> UInt64 { folded ? FeatureTable.stored(feature) : feature }

    /// The table as a format 5 file keeps it (itself when it already is).
    var asFolded: FeatureTable {
        folded ? self : FeatureTable(classes: classes, keys: keys, counts: counts, entries: Array(entries))
    }

    /// An entry with its weight rounded to the model file's 8-bit code.
    @inline(__always)
    private static func rounded(_ entry: UInt32) -> UInt32 {
        entry & 0xFFFF_0000 | UInt32(UInt16(bitPattern: WeightCode.rounded(Int16(truncatingIfNeeded: entry))))
    }

    /// The rows of features whose stored keys coincide, added together (a table that has none, as every table
    /// read from a file, comes back as it is).
    private static func merged(_ keys: [UInt64], _ counts: [UInt16], _ entries: [UInt32]) -> (
        [UInt64], [UInt16], [UInt32]
    ) {
        var seen = Set<UInt64>(minimumCapacity: keys.count)
        guard !keys.allSatisfy({ seen.insert($0).inserted }) else { return (keys, counts, entries) }
        let (k, c, e) = summed([(keys, counts, entries)], dividedBy: 1)
        return (k, c, e.map(rounded))
    }

    /// Rows of one or more tables summed by key and class and divided by `divisor` (rounded), in key order:
    /// entries that come to 0 are dropped, and features left with none.
    static func summed(_ tables: [(keys: [UInt64], counts: [UInt16], entries: [UInt32])], dividedBy divisor: Int) -> (
        [UInt64], [UInt16], [UInt32]
    ) {
        // Every entry as (key, class) in one sortable number with its weight: sorting brings each feature's
        // entries of every table together, in class order. Keys here are 32-bit (`stored`).
        var all: [(slot: UInt64, weight: Int32)] = []
        all.reserveCapacity(tables.reduce(0) { $0 + $1.entries.count })
        for table in tables {
            var start = 0
            for (i, key) in table.keys.enumerated() {
                for entry in table.entries[start..<(start + Int(table.counts[i]))] {
                    all.append((key << 16 | UInt64(entry >> 16), Int32(Int16(truncatingIfNeeded: entry))))
                }
                start += Int(table.counts[i])
            }
        }
        all.sort { $0.slot < $1.slot }
        var keys: [UInt64] = []
        var counts: [UInt16] = []
        var entries: [UInt32] = []
        var i = 0
        while i < all.count {
            var sum = 0
            var j = i
            while j < all.count && all[j].slot == all[i].slot {
                sum += Int(all[j].weight)
                j += 1
            }
            let w = Int((Double(sum) / Double(max(divisor, 1))).rounded())
            if w != 0 {
                let key = all[i].slot >> 16
                if keys.last == key { counts[counts.count - 1] += 1 } else {
                    keys.append(key)
                    counts.append(1)
                }
                entries.append(UInt32(all[i].slot & 0xFFFF) << 16 | UInt32(UInt16(bitPattern: Int16(clamping: w))))
            }
            i = j
        }
        return (keys, counts, entries)
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
                        for (j, feature) in features.enumerated() {
                            rows[j] = table[Int(truncatingIfNeeded: lookupKey(feature)) & mask]
                        }
                        var found = 0
                        for (j, feature) in features.enumerated() {
                            let key = lookupKey(feature)
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
        return FeatureTable(classes: classes, keys: k, counts: c, entries: e, folded: folded)
    }

    /// Bytes the weights take in a model file: 32-bit key and 8-bit count per feature, 8-bit class and code per
    /// entry.
    var fileSize: Int { keys.count * 5 + entries.count * 2 + 24 }
}
