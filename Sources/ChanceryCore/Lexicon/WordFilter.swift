/// One bit per hashed word key: a small, cache-resident "certainly not" to ask before a large table.
///
/// Why: the actor lexicon's first-word table is about a megabyte, and most tokens (function words, verbs)
/// begin no phrase; probing the table for each of them missed the cache at nearly every token. The filter
/// has false positives (a look-up follows) but never false negatives, so answers do not change.
struct WordFilter: Sendable {
    private var bits: [UInt64] = []
    private var keys: [UInt64] = []
    /// The filter's index is the key's top bits: `WordMap` slots take the low ones.
    private var shift: UInt64 = 64

    /// An empty filter (it contains nothing).
    init() {}

    /// Records a word key.
    mutating func insert(_ key: UInt64) {
        keys.append(key)
        // About eight bits per key: some 7% false positives, and 32 KB for the twenty thousand first words of
        // the actor lexicon, which stays in the first-level cache.
        if keys.count * 8 > bits.count * 64 { rebuild() } else { set(key) }
    }

    private mutating func rebuild() {
        var size = 1024
        while size < keys.count * 8 { size *= 2 }
        bits = [UInt64](repeating: 0, count: size / 64)
        shift = UInt64(64 - size.trailingZeroBitCount)
        for key in keys { set(key) }
    }

    private mutating func set(_ key: UInt64) {
        let b = Int(truncatingIfNeeded: key >> shift)
        bits[b >> 6] |= 1 << UInt64(b & 63)
    }

    /// Whether the key may have been inserted; false means it certainly was not.
    @inline(__always) func mayContain(_ key: UInt64) -> Bool {
        if bits.isEmpty { return false }
        let b = Int(truncatingIfNeeded: key >> shift)
        return bits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }
}
