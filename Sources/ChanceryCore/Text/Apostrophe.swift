/// Apostrophes in UTF-8 bytes: the ASCII one and the typographic ones (U+2018, U+2019), and the clitics they begin.
enum Apostrophe {
    /// "n't", the clitic of negation.
    static let nt = Word("n't")

    /// Whether an apostrophe starts at byte `i`.
    static func isAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        b[i] == 0x27 || (i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && (b[i + 2] == 0x99 || b[i + 2] == 0x98))
    }

    /// The byte after the apostrophe that starts at `i`.
    static func after(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int { b[i] == 0x27 ? i + 1 : i + 3 }

    /// Whether the letters at `i` are a clitic ending a word: "s", "re", "ve", "ll", "d", "m" then a non-letter.
    static func isClitic(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let n = b.count
        var j = i
        while j < n, ByteClass.isLetter(b[j]), j - i < 3 { j += 1 }
        if j < n, ByteClass.isLetter(b[j]) { return false }
        let len = j - i
        let c0 = b[i] | 0x20
        if len == 1 { return c0 == 0x73 || c0 == 0x64 || c0 == 0x6D }
        if len == 2 {
            let c1 = b[i + 1] | 0x20
            return (c0 == 0x72 && c1 == 0x65) || (c0 == 0x76 && c1 == 0x65) || (c0 == 0x6C && c1 == 0x6C)
        }
        return false
    }

    /// Whether an "n" at byte `n` and a "t" at byte `t` straddle an apostrophe, as in "didn't".
    static func splitsNegation(_ b: UnsafeBufferPointer<UInt8>, n: Int, t: Int) -> Bool {
        (b[n] | 0x20) == 0x6E && (b[t] | 0x20) == 0x74
    }
}
