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
    /// Open-addressing slots (key, then first entry), capacity a power of two, key 0 for empty.
    private let slotKeys: [UInt64]
    private let slotStart: [UInt32]
    private let slotCount: [UInt16]
    private let mask: Int

    /// Builds the lookup table over features given in order, each with `counts[i]` entries.
    init(classes: Int, keys: [UInt64], counts: [UInt16], entries: [UInt32]) {
        self.classes = classes
        self.keys = keys
        self.counts = counts
        self.entries = entries
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var sk = [UInt64](repeating: 0, count: capacity)
        var ss = [UInt32](repeating: 0, count: capacity)
        var sc = [UInt16](repeating: 0, count: capacity)
        mask = capacity - 1
        var start: UInt32 = 0
        for (i, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & mask
            while sk[slot] != 0 && sk[slot] != key { slot = (slot + 1) & mask }
            sk[slot] = key
            ss[slot] = start
            sc[slot] = counts[i]
            start += UInt32(counts[i])
        }
        slotKeys = sk
        slotStart = ss
        slotCount = sc
    }

    /// Adds the weights of every feature in `features` to `scores` (which holds `classes` values).
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        slotKeys.withUnsafeBufferPointer { sk in
            slotStart.withUnsafeBufferPointer { ss in
                slotCount.withUnsafeBufferPointer { sc in
                    entries.withUnsafeBufferPointer { e in
                        for key in features {
                            var slot = Int(truncatingIfNeeded: key) & mask
                            while true {
                                let k = sk[slot]
                                if k == key { break }
                                if k == 0 {
                                    slot = -1
                                    break
                                }
                                slot = (slot + 1) & mask
                            }
                            guard slot >= 0 else { continue }
                            let start = Int(ss[slot])
                            for j in start..<(start + Int(sc[slot])) {
                                let v = e[j]
                                scores[Int(v >> 16)] &+= Int32(Int16(truncatingIfNeeded: v))
                            }
                        }
                    }
                }
            }
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
