/// One word read from bytes: letters, inner apostrophes ("d'Ivoire") and abbreviation dots ("U.S."), with the
/// counts of case its token carries. "'s" and "n't" are left for tokens of their own.
struct WordScan {
    /// The text and its length.
    private let b: UnsafeBufferPointer<UInt8>, n: Int
    /// The word's first byte.
    private let start: Int
    /// The cursor, and the scalars read so far.
    private var i: Int, scalars = 0
    /// Letters since the last abbreviation dot, and whether there was one.
    private var segment = 0, hasDot = false
    /// Whether every byte so far is ASCII.
    private var ascii = true
    /// Letters read, uppercase letters among them, and whether the first was uppercase.
    private var letters = 0, upper = 0, firstUpper = false

    /// The word token that starts at byte `start` (a letter).
    /// `small`: short ASCII norms may be built as small strings (`SmallASCII.layoutMatches`).
    static func token(
        _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ scalarStart: Int, _ spaceBefore: Bool, _ small: Bool
    ) -> Token {
        var word = WordScan(b: b, n: b.count, start: start, i: start)
        while word.i < word.n, word.advance() {}
        return word.token(scalarStart: scalarStart, spaceBefore: spaceBefore, small: small)
    }

    /// Reads on at the cursor; false where the word ends.
    private mutating func advance() -> Bool {
        let c = b[i]
        guard c < 0x80 else { return advanceNonASCII(c) }
        if ByteClass.isLetter(c) {
            takeLetterRun()
            return true
        }
        if c == 0x2E { return takeDot() }
        if c == 0x27 { return takeApostrophe(width: 1) }
        return false
    }

    /// The whole run of ASCII letters at once: the common case, without the tests for dots, apostrophes and other
    /// scripts at every letter.
    private mutating func takeLetterRun() {
        if letters == 0 { firstUpper = b[i] <= 0x5A }
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
    }

    /// A full stop: inside "U.S" or "e.g" it joins short segments; after such a word it closes it ("U.S.").
    private mutating func takeDot() -> Bool {
        if segment <= 2, i + 1 < n, ByteClass.isLetter(b[i + 1]),
            i + 2 >= n || !ByteClass.isLetter(b[i + 2]) || hasDot || segment == 1
        {
            hasDot = true
            segment = 0
            i += 1
            scalars += 1
            return true
        }
        if hasDot, segment <= 2 {
            i += 1
            scalars += 1
        }
        return false
    }

    /// An apostrophe of `width` bytes inside a word is kept ("d'Ivoire"); "'s" and "n't" are split off.
    private mutating func takeApostrophe(width: Int) -> Bool {
        let next = i + width
        guard next < n, ByteClass.isLetter(b[next]) || (width == 1 && b[next] >= 0xC0) else { return false }
        if Apostrophe.isClitic(b, next) { return false }
        if i > start, letters > 1, Apostrophe.splitsNegation(b, n: i - 1, t: next) { return false }
        if width > 1 { ascii = false }
        i = next
        scalars += 1
        segment = 0
        return true
    }

    /// A non-ASCII letter or mark, or a typographic apostrophe; false for anything else.
    private mutating func advanceNonASCII(_ c: UInt8) -> Bool {
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
            return true
        }
        if s == "\u{2019}" || s == "\u{2018}" { return takeApostrophe(width: w) }
        return false
    }

    /// The token of the bytes read, backing off the "n" of "didn't" so that "n't" is a token of its own.
    private func token(scalarStart: Int, spaceBefore: Bool, small: Bool) -> Token {
        var end = i
        var endScalars = scalars
        if end < n, letters > 2, Apostrophe.isAt(b, end), Apostrophe.after(b, end) < n,
            Apostrophe.splitsNegation(b, n: end - 1, t: Apostrophe.after(b, end))
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
}
