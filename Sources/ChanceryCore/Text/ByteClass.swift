import Foundation

/// Byte-level character classes and normalisation shared by the scanners.
enum ByteClass {
    /// ASCII letter.
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    /// ASCII digit.
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// The high bit of each byte of `w` (eight bytes, first byte lowest) that is an ASCII letter.
    ///
    /// SWAR: each byte is tested at once by adding a bias that carries into its high bit exactly when it is at or
    /// above a bound; seven-bit bytes never carry into their neighbour.
    @inline(__always) static func letterMask(_ w: UInt64) -> UInt64 {
        let folded = (w | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F  // lowercase, high bit dropped
        let atLeastA = folded &+ 0x1F1F_1F1F_1F1F_1F1F  // high bit set when >= "a" (0x61 + 0x1F)
        let aboveZ = folded &+ 0x0505_0505_0505_0505  // high bit set when > "z" (0x7B + 0x05)
        return atLeastA & ~aboveZ & ~w & 0x8080_8080_8080_8080  // and not a non-ASCII byte
    }

    /// A mask of the low `count` bytes of a word (none below 1, all eight from 8 up).
    @inline(__always) static func lowBytes(_ count: Int) -> UInt64 {
        count >= 8 ? ~0 : count <= 0 ? 0 : (1 << UInt64(count &* 8)) &- 1
    }

    /// Bytes in the UTF-8 sequence that starts with `c`.
    @inline(__always) static func width(_ c: UInt8) -> Int {
        if c < 0x80 { return 1 }
        if c < 0xE0 { return 2 }
        if c < 0xF0 { return 3 }
        return 4
    }

    /// Decodes the scalar whose UTF-8 sequence starts at `i` (input is valid UTF-8).
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Unicode.Scalar {
        let c = b[i]
        let n = b.count
        var v: UInt32
        switch width(c) {
        case 2 where i + 1 < n: v = (UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F)
        case 3 where i + 2 < n: v = (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
        case 4 where i + 3 < n:
            v =
                (UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6)
                | UInt32(b[i + 3] & 0x3F)
        default: v = 0xFFFD
        }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }

    /// Whether `s` is in U+2010...U+2027 (dashes, curly quotes, bullets, the ellipsis): punctuation that is neither
    /// white space, a letter nor a mark, known without a Unicode property look-up (each costs hundreds of instructions,
    /// and curly quotes are the commonest non-ASCII characters of English news).
    @inline(__always) static func isGeneralPunctuation(_ s: Unicode.Scalar) -> Bool { s.value &- 0x2010 < 0x18 }

    /// Maps typographic punctuation to the ASCII form rules are written in.
    static func asciiPunct(_ s: Unicode.Scalar) -> String {
        switch s {
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": return "\""
        case "\u{2018}", "\u{2019}", "\u{201A}": return "'"
        case "\u{2013}", "\u{2014}", "\u{2012}", "\u{2015}": return "-"
        case "\u{2026}": return "..."
        default: return String(s)
        }
    }

    /// Whether `s` has more than one Character (`s.count > 1` without counting them all).
    @inline(__always) static func hasTwoCharacters(_ s: String) -> Bool {
        !s.isEmpty && s.index(after: s.startIndex) != s.endIndex
    }

    /// `normalize` together with the key of its result; ASCII hashes the lowercased bytes as it writes them,
    /// instead of reading the new String back, and short ASCII is built as a small string when `small`
    /// (`SmallASCII.layoutMatches`, read once by the caller).
    @inline(__always) static func normalizeKeyed(
        _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, ascii: Bool,
        small: Bool
    ) -> (norm: String, key: WordKey) {
        guard ascii else {
            let norm = normalize(b, start, end, ascii: false)
            return (norm, WordKey(norm))
        }
        if small, end - start <= SmallASCII.capacity { return SmallASCII.lowered(b, start, end) }
        var key = WordKey(utf8: UnsafeBufferPointer(start: nil, count: 0))
        let norm = String(unsafeUninitializedCapacity: end - start) { out in
            for k in start..<end {
                let c = b[k]
                out[k - start] = (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c
            }
            key = WordKey(utf8: UnsafeBufferPointer(rebasing: out[0..<(end - start)]))
            return end - start
        }
        return (norm, key)
    }

    /// Lowercases and folds diacritics of the bytes `start..<end`; ASCII takes the fast path.
    static func normalize(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, ascii: Bool) -> String {
        if ascii {
            return String(unsafeUninitializedCapacity: end - start) { out in
                for k in start..<end {
                    let c = b[k]
                    out[k - start] = (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c
                }
                return end - start
            }
        }
        if let latin = foldLatin(b, start, end) { return latin }
        let raw = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        return fold(raw)
    }

    /// Last scalar `latinFolds` covers: Latin-1 Supplement and Latin Extended-A and -B, the accented letters of names.
    static let latinFoldsEnd: UInt32 = 0x24F

    /// `fold` of each scalar U+0080...`latinFoldsEnd`, made once: the UTF-8 of the folded form, first byte lowest, and its
    /// length in the top byte (0 for a form longer than three bytes, which `foldLatin` leaves to `fold`).
    ///
    /// Why: Foundation's folding costs thousands of instructions a word (most of it making a locale and a CFString), and
    /// none of these scalars is a combining mark, so a word of them folds scalar by scalar (the tests check both).
    static let latinFolds: [UInt32] = (0x80...latinFoldsEnd).map { v in
        let folded = fold(String(Unicode.Scalar(v)!)).utf8
        guard folded.count <= 3 else { return 0 }
        var bits = UInt32(folded.count) << 24
        var shift: UInt32 = 0
        for c in folded {
            bits |= UInt32(c) << shift
            shift += 8
        }
        return bits
    }

    /// `fold` of the bytes `start..<end` when they are ASCII, curly apostrophes (E2 80 98/99) and scalars `latinFolds`
    /// covers, put together from the table; nil for any other text.
    static func foldLatin(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        var k = start
        while k < end {
            let c = b[k]
            if c < 0x80 {
                k += 1
                continue
            }
            if c & 0xE0 == 0xC0, k + 1 < end, (UInt32(c & 0x1F) << 6 | UInt32(b[k + 1] & 0x3F)) <= latinFoldsEnd {
                k += 2
                continue
            }
            guard k + 2 < end, c == 0xE2, b[k + 1] == 0x80, b[k + 2] == 0x98 || b[k + 2] == 0x99 else { return nil }
            k += 3
        }
        let table = latinFolds
        var complete = true
        // A two-byte scalar folds to at most three bytes, so twice the bytes is room enough.
        let folded = String(unsafeUninitializedCapacity: 2 * (end - start)) { out in
            var j = 0
            var k = start
            while k < end {
                let c = b[k]
                if c < 0x80 {
                    out[j] = (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c
                    j += 1
                    k += 1
                } else if c == 0xE2 {
                    out[j] = 0x27
                    j += 1
                    k += 3  // a curly apostrophe, which `fold` makes straight
                } else {
                    let entry = table[Int(UInt32(c & 0x1F) << 6 | UInt32(b[k + 1] & 0x3F)) - 0x80]
                    let count = Int(entry >> 24)
                    if count == 0 {
                        complete = false
                        return 0
                    }
                    for m in 0..<count { out[j + m] = UInt8(truncatingIfNeeded: entry >> UInt32(8 * m)) }
                    j += count
                    k += 2
                }
            }
            return j
        }
        return complete ? folded : nil
    }

    /// The locale folding runs in, made once: making it per call was a third of the cost of folding.
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Case- and diacritic-insensitive form of any string, with curly apostrophes made straight.
    static func fold(_ s: String) -> String {
        let folded = s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: posix)
        // Curly quotes are E2 80 98/99 in UTF-8: without an E2 byte there is nothing to replace (and replacing is slow).
        guard folded.utf8.contains(0xE2) else { return folded }
        return folded.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
    }
}
