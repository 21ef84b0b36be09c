/// Lowercased ASCII words of up to 15 bytes built directly as Swift small strings, with their keys.
///
/// Why: most tokens are short ASCII words, and making their `norm` through `String(unsafeUninitializedCapacity:)`
/// (a non-inlined call taking a closure) was the largest single cost of the tokenizer. A small string is two
/// machine words: the bytes in order, then a discriminator byte (0xE0 | count for ASCII) at the very top. That
/// layout is baked into compiled clients of the standard library; `layoutMatches` still checks it once against
/// the standard library's own strings, and callers take the ordinary path when it does not hold.
enum SmallASCII {
    /// Longest word a small string holds.
    @inline(__always) static var capacity: Int { 15 }

    /// Whether strings built here are bit for bit the standard library's own (read once per document, not per token).
    static let layoutMatches: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        for probe in ["", "a", "it", "abcdefgh", "abcdefghi", "abcdefghijklmno"] {
            var copy = probe
            let made = copy.withUTF8 { lowered($0, 0, $0.count).norm }
            guard bits(made) == bits(probe), made == probe, made.utf8.count == probe.utf8.count else { return false }
        }
        return true
    }()

    private static func bits(_ s: String) -> (UInt64, UInt64) { unsafeBitCast(s, to: (UInt64, UInt64).self) }

    /// ASCII lowercase of one byte.
    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { c &- 0x41 < 26 ? c | 0x20 : c }

    /// The ASCII bytes `start..<end` (at most `capacity` of them) lowercased into a small string, and its key.
    ///
    /// Callers check `layoutMatches` (once) and that the bytes are ASCII.
    @inline(__always) static func lowered(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (
        norm: String, key: WordKey
    ) {
        let count = end - start
        var lo: UInt64 = 0
        var hi: UInt64 = 0
        // First eight bytes into the low word, the rest into the high word below the discriminator.
        let mid = start + min(count, 8)
        var shift: UInt64 = 0
        for k in start..<mid {
            lo |= UInt64(lower(b[k])) << shift
            shift &+= 8
        }
        shift = 0
        for k in mid..<end {
            hi |= UInt64(lower(b[k])) << shift
            shift &+= 8
        }
        return (make(lo: lo, hi: hi, count: count), WordKey(lo: lo, hi: hi, count: count))
    }

    /// The small string of `count` (at most 15) ASCII bytes: the first eight in `lo`, the rest in `hi`, first byte
    /// lowest, every unused byte zero.
    @inline(__always) static func make(lo: UInt64, hi: UInt64, count: Int) -> String {
        unsafeBitCast((lo, hi | UInt64(0xE0 | count) << 56), to: String.self)
    }

    /// An apostrophe then the lowercased ASCII bytes `start..<end` (at most 7), the norm of a clitic ("'s"), and its key.
    @inline(__always) static func apostrophed(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (
        norm: String, key: WordKey
    ) {
        var lo: UInt64 = 0x27
        var shift: UInt64 = 8
        for k in start..<end {
            lo |= UInt64(lower(b[k])) << shift
            shift &+= 8
        }
        let count = end - start + 1
        return (make(lo: lo, hi: 0, count: count), WordKey(lo: lo, hi: 0, count: count))
    }
}
