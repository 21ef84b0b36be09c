/// A Bloom filter of 256 bits over word keys (the top eight bits of a key pick one), in front of a map that most
/// tokens miss: testing a bit costs less than probing the map. For a few dozen words; `WordFilter` is the one
/// sized for the lexicon's thousands.
struct KeyFilter: Sendable {
    private var bits = SIMD4<UInt64>(repeating: 0)

    /// A filter passing `words` (and about a quarter of all other words, for seventy).
    init(_ words: [String]) {
        for word in words {
            let (at, bit) = KeyFilter.position(WordKey(word))
            bits[at] |= bit
        }
    }

    /// Which word of `bits`, and which bit in it, a key falls on.
    @inline(__always) private static func position(_ key: WordKey) -> (Int, UInt64) {
        let top = key.bits >> 56
        return (Int(top >> 6), 1 << (top & 63))
    }

    /// False only for a key of none of the words.
    @inline(__always) func mayContain(_ key: WordKey) -> Bool {
        let (at, bit) = KeyFilter.position(key)
        return bits[at] & bit != 0
    }
}
