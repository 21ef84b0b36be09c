import Foundation

/// Splits UTF-8 text into tokens and lines, scanning bytes with an ASCII fast path.
///
/// Why bytes: Character iteration is ~25× slower on Linux (see platform notes), and every offset
/// must be reported in scalars anyway, which a byte scan counts for free.
public struct Tokenizer: Sendable {
    /// A physical line of the text: its spans and the tokens on it.
    public struct Line: Sendable, Hashable {
        /// Scalar span of the line without its newline.
        public var span: Span
        /// Byte range of the line.
        public var bytes: Range<Int>
        /// Indexes into the token array.
        public var tokens: Range<Int>
    }

    /// Creates a tokenizer.
    public init() {}

    private static let nt = Word("n't")
    /// The norm and key of each ASCII byte as a lone mark, made once rather than per punctuation token.
    private static let asciiMarks: [(norm: String, key: WordKey)] = (0..<128).map { c in
        let norm = String(UnicodeScalar(UInt8(c)))
        return (norm, WordKey(norm))
    }

    /// Tokenizes a whole text and reports its lines.
    public func tokenize(_ text: String) -> (tokens: [Token], lines: [Line]) {
        var copy = text
        return copy.withUTF8 { buffer in tokenize(bytes: buffer) }
    }

    /// Tokenizes UTF-8 bytes (assumed valid UTF-8).
    public func tokenize(bytes b: UnsafeBufferPointer<UInt8>) -> (tokens: [Token], lines: [Line]) {
        var tokens: [Token] = []
        tokens.reserveCapacity(b.count / 4)  // about one token per 5.5 bytes of news; growing copies them all
        var lines: [Line] = []
        lines.reserveCapacity(b.count / 64 + 4)  // news paragraphs run to hundreds of bytes; growing copies every line
        var i = 0
        var scalar = 0
        var lineStartByte = 0
        var lineStartScalar = 0
        var lineFirstToken = 0
        var spaceBefore = true
        let n = b.count
        let (marks, nt) = (Tokenizer.asciiMarks, Tokenizer.nt)  // statics read once, not per token
        let small = SmallASCII.layoutMatches

        func closeLine(at byte: Int, scalarAt: Int) {
            lines.append(
                Line(
                    span: Span(start: lineStartScalar, end: scalarAt), bytes: lineStartByte..<byte,
                    tokens: lineFirstToken..<tokens.count))
        }

        while i < n {
            let c = b[i]
            if c == 0x0A {
                closeLine(at: i, scalarAt: scalar)
                i += 1
                scalar += 1
                lineStartByte = i
                lineStartScalar = scalar
                lineFirstToken = tokens.count
                spaceBefore = true
                continue
            }
            if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C || c == 0x0B {
                i += 1
                scalar += 1
                spaceBefore = true
                continue
            }
            let width = ByteClass.width(c)
            if !spaceBefore, isApostrophe(b, i), afterApostrophe(b, i) < n, isClitic(b, afterApostrophe(b, i)) {
                // "'s", "'re": a clitic of its own, so a possessive does not hide the name before it.
                var j = afterApostrophe(b, i)
                while j < n, ByteClass.isLetter(b[j]) { j += 1 }
                let letters = j - afterApostrophe(b, i)
                if small, letters < 8 {
                    let (norm, key) = SmallASCII.apostrophed(b, afterApostrophe(b, i), j)
                    tokens.append(
                        Token(
                            start: scalar, end: scalar + 1 + letters, byteStart: i, byteEnd: j, kind: .word,
                            norm: norm, key: key, endsWithDot: false, isCapitalized: false, isAllCaps: false,
                            spaceBefore: false))
                } else {
                    let norm = "'" + ByteClass.normalize(b, afterApostrophe(b, i), j, ascii: true)
                    tokens.append(
                        Token(
                            start: scalar, end: scalar + 1 + letters, byteStart: i, byteEnd: j, kind: .word,
                            norm: norm, isCapitalized: false, isAllCaps: false, spaceBefore: false))
                }
                i = j
                scalar += 1 + letters
                continue
            }
            if c < 0x80 {
                if ByteClass.isLetter(c) {
                    if small {
                        let from = i
                        appendPlainWords(&tokens, b, &i, &scalar, &spaceBefore)
                        if i != from { continue }
                    }
                    // Scanned straight into the array (a token held in a local is copied, String and all, on append).
                    tokens.append(scanWord(b, i, scalar, spaceBefore, small))
                    let t = tokens.count - 1
                    i = tokens[t].byteEnd
                    scalar = tokens[t].end
                    if tokens[t].is(nt) {
                        tokens[t].norm = "not"
                        if t > 0 {
                            if tokens[t - 1].norm == "wo" { tokens[t - 1].norm = "will" }
                            if tokens[t - 1].norm == "ca" { tokens[t - 1].norm = "can" }
                        }
                    }
                } else if ByteClass.isDigit(c) {
                    tokens.append(scanNumber(b, i, scalar, spaceBefore, small))
                    i = tokens[tokens.count - 1].byteEnd
                    scalar = tokens[tokens.count - 1].end
                } else {
                    // "n't" and "'s" glued to the previous word become their own tokens in scanWord;
                    // here a lone mark.
                    let (norm, key) = marks[Int(c)]  // made once, so not lowered and hashed per mark
                    tokens.append(
                        Token(
                            start: scalar, end: scalar + 1, byteStart: i, byteEnd: i + 1, kind: .punct,
                            norm: norm, key: key, endsWithDot: c == 0x2E, isCapitalized: false,
                            isAllCaps: false, spaceBefore: spaceBefore))
                    i += 1
                    scalar += 1
                }
                spaceBefore = false
                continue
            }
            // Non-ASCII lead byte.
            let s = ByteClass.decode(b, i)
            if !ByteClass.isGeneralPunctuation(s), s.properties.isWhitespace {
                i += width
                scalar += 1
                spaceBefore = true
                continue
            }
            if !ByteClass.isGeneralPunctuation(s), s.properties.isAlphabetic {
                tokens.append(scanWord(b, i, scalar, spaceBefore, small))
                i = tokens[tokens.count - 1].byteEnd
                scalar = tokens[tokens.count - 1].end
            } else {
                tokens.append(
                    Token(
                        start: scalar, end: scalar + 1, byteStart: i, byteEnd: i + width, kind: .punct,
                        norm: ByteClass.asciiPunct(s), isCapitalized: false, isAllCaps: false,
                        spaceBefore: spaceBefore))
                i += width
                scalar += 1
            }
            spaceBefore = false
        }
        closeLine(at: n, scalarAt: scalar)
        return (tokens, lines)
    }

    /// Letters, with internal apostrophes ("d'Ivoire") and abbreviation dots ("U.S.").
    /// `small`: short ASCII norms may be built as small strings (`SmallASCII.layoutMatches`).
    private func scanWord(
        _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ scalarStart: Int, _ spaceBefore: Bool,
        _ small: Bool
    ) -> Token {
        let n = b.count
        var i = start
        var scalars = 0
        var segment = 0  // letters since the last abbreviation dot
        var hasDot = false
        var ascii = true
        var upper = 0
        var letters = 0
        var firstUpper = false
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if ByteClass.isLetter(c) {
                    if letters == 0 { firstUpper = c <= 0x5A }
                    // The whole run of ASCII letters at once: the common case, without the tests for
                    // dots, apostrophes and other scripts at every letter.
                    var k = i
                    while k < n, ByteClass.isLetter(b[k]) {
                        if b[k] <= 0x5A { upper += 1 }
                        k += 1
                    }
                    let run = k - i
                    letters += run
                    segment += run
                    scalars += run
                    i = k
                    continue
                }
                if c == 0x2E, segment <= 2, i + 1 < n, ByteClass.isLetter(b[i + 1]),
                    i + 2 >= n || !ByteClass.isLetter(b[i + 2]) || hasDot || segment == 1
                {
                    // "U.S", "U.N", "e.g": short segments joined by dots.
                    hasDot = true
                    segment = 0
                    i += 1
                    scalars += 1
                    continue
                }
                if c == 0x2E, hasDot, segment <= 2 {
                    i += 1
                    scalars += 1  // the closing dot of "U.S."
                    break
                }
                if c == 0x27, i + 1 < n, ByteClass.isLetter(b[i + 1]) || b[i + 1] >= 0xC0 {
                    // An apostrophe inside a word: split "'s" and "n't" off, keep "d'Ivoire".
                    if isClitic(b, i + 1) { break }
                    if i >= 1, (b[i - 1] | 0x20) == 0x6E, i + 1 < n, (b[i + 1] | 0x20) == 0x74, letters > 1 { break }
                    i += 1
                    scalars += 1
                    segment = 0
                    continue
                }
                break
            }
            let s = ByteClass.decode(b, i)
            let w = ByteClass.width(c)
            if !ByteClass.isGeneralPunctuation(s),
                s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
            {
                if letters == 0 { firstUpper = s.properties.isUppercase }
                if s.properties.isUppercase { upper += 1 }
                ascii = false
                letters += 1
                segment += 1
                i += w
                scalars += 1
                continue
            }
            if s == "\u{2019}" || s == "\u{2018}", i + w < n, ByteClass.isLetter(b[i + w]) {
                if isClitic(b, i + w) { break }
                if (b[i - 1] | 0x20) == 0x6E, (b[i + w] | 0x20) == 0x74, letters > 1 { break }
                ascii = false
                i += w
                scalars += 1
                segment = 0
                continue
            }
            break
        }
        // Split "didn't" into "did" + "n't": back off one letter when an apostrophe + t follows an n.
        var end = i
        var endScalars = scalars
        if end < n, letters > 2, (b[end - 1] | 0x20) == 0x6E, isApostrophe(b, end),
            afterApostrophe(b, end) < n, (b[afterApostrophe(b, end)] | 0x20) == 0x74
        {
            end -= 1
            endScalars -= 1
        }
        let (norm, key) = ByteClass.normalizeKeyed(b, start, end, ascii: ascii, small: small)
        // ASCII lowercasing keeps a final full stop where it was; folded text is checked on the result.
        let endsWithDot = ascii ? b[end - 1] == 0x2E : norm.utf8.last == 0x2E
        return Token(
            start: scalarStart, end: scalarStart + endScalars, byteStart: start, byteEnd: end, kind: .word,
            norm: norm, key: key, endsWithDot: endsWithDot, isCapitalized: firstUpper,
            isAllCaps: upper >= 2 && upper == letters, spaceBefore: spaceBefore)
    }

    /// Appends plain words (see `plainWord`) from `i`, and the single spaces after them, for as long as they run;
    /// moves `i`, `scalar` and `spaceBefore` past them. Such runs are most of a line of prose.
    ///
    /// Appended as a sequence: `append(contentsOf:)` writes its tokens straight into the array's spare room, where
    /// appending one at a time tested at every word whether the array was uniquely held and had room.
    private func appendPlainWords(
        _ tokens: inout [Token], _ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ scalar: inout Int,
        _ spaceBefore: inout Bool
    ) {
        let before = tokens.count
        tokens.append(contentsOf: PlainWords(b: b, at: i, scalar: scalar, space: spaceBefore))
        guard tokens.count > before else { return }
        // Where the run stopped follows from its last word: the single space after it, if any, was taken along.
        let n = b.count
        var at = tokens[tokens.count - 1].byteEnd
        var scalarAt = tokens[tokens.count - 1].end
        var space = false
        if at < n, b[at] == 0x20 {
            at &+= 1
            scalarAt &+= 1
            space = true
        }
        i = at
        scalar = scalarAt
        spaceBefore = space
    }

    /// The plain words from a byte onwards, as tokens, each with the single space after it taken along; ends at the
    /// first word that is not plain (or within 16 bytes of the end, which `plainWord` reads ahead).
    private struct PlainWords: Sequence, IteratorProtocol {
        /// The text.
        let b: UnsafeBufferPointer<UInt8>
        /// Byte and scalar offsets of the next word, and whether white space comes before it.
        var at: Int, scalar: Int, space: Bool

        /// The next plain word's token.
        @inline(__always) mutating func next() -> Token? {
            guard at &+ 16 <= b.count else { return nil }
            let word = Tokenizer.plainWord(b, at)
            if word.count == 0 { return nil }
            let token = Token(
                start: scalar, end: scalar &+ word.count, byteStart: at, byteEnd: at &+ word.count,
                kind: .word, norm: SmallASCII.make(lo: word.lo, hi: word.hi, count: word.count),
                key: WordKey(lo: word.lo, hi: word.hi, count: word.count), endsWithDot: false,
                isCapitalized: b[at] <= 0x5A, isAllCaps: word.allCaps, spaceBefore: space)
            at &+= word.count
            scalar &+= word.count
            space = false
            if at < b.count, b[at] == 0x20 {
                at &+= 1
                scalar &+= 1
                space = true
            }
            return token
        }
    }

    /// The common word, read eight bytes at a time: up to 15 ASCII letters ending at a byte none of `scanWord`'s
    /// rules looks past (no abbreviation dot, inner apostrophe or non-ASCII letter), so the token made of it is exactly
    /// the one `scanWord` would make. Returns its length (0 for any other word), its lowercased bytes as `SmallASCII`
    /// takes them, and whether it is all caps. Needs 16 readable bytes from `start`.
    @inline(__always)
    private static func plainWord(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> (
        count: Int, lo: UInt64, hi: UInt64, allCaps: Bool
    ) {
        let none = (count: 0, lo: UInt64(0), hi: UInt64(0), allCaps: false)
        let raw = UnsafeRawPointer(b.baseAddress! + start)
        let w0 = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        var w1: UInt64 = 0
        let letters0 = ByteClass.letterMask(w0)
        // Letters before the first non-letter: the trailing run of set high bits.
        var count = (~letters0 & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
        if count == 0 { return none }
        var letters1: UInt64 = 0
        if count == 8 {
            w1 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            letters1 = ByteClass.letterMask(w1)
            count = 8 &+ (~letters1 & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
            if count == 16 { return none }
        }
        // What `scanWord` would do at the byte after the letters: a full stop joins only a word of one or two
        // letters ("U.S."); an apostrophe only when a letter or a non-ASCII lead byte follows it ("d'Ivoire", "n't").
        let next = b[start &+ count]
        if next >= 0x80 { return none }
        if next == 0x2E, count <= 2 { return none }
        if next == 0x27 {
            let after = start &+ count &+ 1
            if after < b.count, ByteClass.isLetter(b[after]) || b[after] >= 0xC0 { return none }
        }
        let mask0 = ByteClass.lowBytes(count)
        let mask1 = ByteClass.lowBytes(count &- 8)
        // A letter is lowercase when its 0x20 bit is set; shifted up by two, that bit lands on the letter mask's.
        // All caps ("every letter uppercase, at least two") is then no lowercase letter in a run of two or more
        // (counting the uppercase ones would need a population count, which baseline x86-64 lacks).
        let lowercase = (letters0 & (w0 << 2) & mask0) | (letters1 & (w1 << 2) & mask1)
        return (
            count, (w0 | 0x2020_2020_2020_2020) & mask0, (w1 | 0x2020_2020_2020_2020) & mask1,
            count >= 2 && lowercase == 0
        )
    }

    private func isApostrophe(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        b[i] == 0x27 || (i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && (b[i + 2] == 0x99 || b[i + 2] == 0x98))
    }

    private func afterApostrophe(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int { b[i] == 0x27 ? i + 1 : i + 3 }

    /// Whether the letters at `i` are a clitic ending a word: "s", "re", "ve", "ll", "d", "m" then a non-letter.
    private func isClitic(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
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

    /// Digits with separators, or an ordinal ("27th").
    private func scanNumber(
        _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ scalarStart: Int, _ spaceBefore: Bool,
        _ small: Bool
    ) -> Token {
        let n = b.count
        var i = start
        while i < n {
            let c = b[i]
            if ByteClass.isDigit(c) {
                i += 1
                continue
            }
            if c == 0x2C || c == 0x2E || c == 0x3A, i + 1 < n, ByteClass.isDigit(b[i + 1]) {
                i += 2
                continue
            }
            break
        }
        // Ordinal or unit suffix glued on: "27th", "1st", "2nd", "3rd", "1990s".
        var j = i
        while j < n, ByteClass.isLetter(b[j]), j - i < 2 { j += 1 }
        if j > i, j >= n || !ByteClass.isLetter(b[j]) {
            // Compared as lowercased bytes: "s", or "st", "nd", "rd", "th".
            let c0 = b[i] | 0x20
            let c1 = j - i == 2 ? b[i + 1] | 0x20 : 0
            let isSuffix =
                j - i == 1
                ? c0 == 0x73
                : (c0 == 0x73 && c1 == 0x74) || (c0 == 0x6E && c1 == 0x64) || (c0 == 0x72 && c1 == 0x64)
                    || (c0 == 0x74 && c1 == 0x68)
            if isSuffix { i = j }
        }
        // Digits, separators and suffix letters are all ASCII.
        let (norm, key) = ByteClass.normalizeKeyed(b, start, i, ascii: true, small: small)
        return Token(
            start: scalarStart, end: scalarStart + (i - start), byteStart: start, byteEnd: i, kind: .number,
            norm: norm, key: key, endsWithDot: b[i - 1] == 0x2E, isCapitalized: false, isAllCaps: false,
            spaceBefore: spaceBefore)
    }
}
