/// The tokenizer's cursor over one text: where it stands, the tokens and lines so far, and the line being read.
/// Each method reads one kind of thing at the cursor and moves past it.
struct TokenScan {
    /// The text.
    let b: UnsafeBufferPointer<UInt8>
    /// Its length in bytes.
    let n: Int
    /// Whether short ASCII norms may be built as small strings (`SmallASCII.layoutMatches`).
    let small: Bool
    /// The norm and key of each ASCII byte as a lone mark.
    let marks: [(norm: String, key: WordKey)]
    /// "n't", read once rather than per word.
    let nt: Word
    /// The tokens so far.
    var tokens: [Token] = []
    /// The lines closed so far.
    var lines: [Tokenizer.Line] = []
    /// Byte and scalar offsets of the cursor.
    var i = 0, scalar = 0
    /// Where the current line starts: byte, scalar and first token.
    var lineStartByte = 0, lineStartScalar = 0, lineFirstToken = 0
    /// Whether white space (or the start of a line) comes before the cursor.
    var spaceBefore = true

    /// The norm and key of each ASCII byte as a lone mark, made once rather than per punctuation token.
    private static let asciiMarks: [(norm: String, key: WordKey)] = (0..<128).map { c in
        let norm = String(UnicodeScalar(UInt8(c)))
        return (norm, WordKey(norm))
    }

    /// A cursor at the start of `b`.
    init(_ b: UnsafeBufferPointer<UInt8>) {
        self.b = b
        n = b.count
        small = SmallASCII.layoutMatches
        marks = TokenScan.asciiMarks
        nt = Apostrophe.nt
        tokens.reserveCapacity(b.count / 4)  // about one token per 5.5 bytes of news; growing copies them all
        lines.reserveCapacity(b.count / 64 + 4)  // news paragraphs run to hundreds of bytes; growing copies every line
    }

    /// Reads what starts at the cursor: a line break, white space, a clitic or a token.
    mutating func step() {
        let c = b[i]
        if c == 0x0A { return breakLine() }
        if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C || c == 0x0B { return skipSpace(bytes: 1) }
        if !spaceBefore, Apostrophe.isAt(b, i), Apostrophe.after(b, i) < n,
            Apostrophe.isClitic(b, Apostrophe.after(b, i))
        {
            return appendClitic()
        }
        if c < 0x80 { return appendASCII(c) }
        appendNonASCII(c)
    }

    /// Closes the current line at the cursor.
    mutating func closeLine() {
        lines.append(
            Tokenizer.Line(
                span: Span(start: lineStartScalar, end: scalar), bytes: lineStartByte..<i,
                tokens: lineFirstToken..<tokens.count))
    }

    /// A newline: closes the line and starts the next one after it.
    private mutating func breakLine() {
        closeLine()
        i += 1
        scalar += 1
        lineStartByte = i
        lineStartScalar = scalar
        lineFirstToken = tokens.count
        spaceBefore = true
    }

    /// One white-space character of `bytes` bytes.
    private mutating func skipSpace(bytes: Int) {
        i += bytes
        scalar += 1
        spaceBefore = true
    }

    /// "'s", "'re": a clitic of its own, so a possessive does not hide the name before it.
    private mutating func appendClitic() {
        let from = Apostrophe.after(b, i)
        var j = from
        while j < n, ByteClass.isLetter(b[j]) { j += 1 }
        let letters = j - from
        if small, letters < 8 {
            let (norm, key) = SmallASCII.apostrophed(b, from, j)
            tokens.append(
                Token(
                    start: scalar, end: scalar + 1 + letters, byteStart: i, byteEnd: j, kind: .word,
                    norm: norm, key: key, endsWithDot: false, isCapitalized: false, isAllCaps: false,
                    spaceBefore: false))
        } else {
            let norm = "'" + ByteClass.normalize(b, from, j, ascii: true)
            tokens.append(
                Token(
                    start: scalar, end: scalar + 1 + letters, byteStart: i, byteEnd: j, kind: .word,
                    norm: norm, isCapitalized: false, isAllCaps: false, spaceBefore: false))
        }
        i = j
        scalar += 1 + letters
    }

    /// An ASCII word, number or mark.
    private mutating func appendASCII(_ c: UInt8) {
        // A run of plain words sets `spaceBefore` itself, from the space after its last word.
        if ByteClass.isLetter(c), small, appendPlainWords() { return }
        if ByteClass.isLetter(c) {
            appendWord()
        } else if ByteClass.isDigit(c) {
            // Scanned straight into the array (a token held in a local is copied, String and all, on append).
            tokens.append(NumberScan.token(b, i, scalar, spaceBefore, small))
            moveToLastTokenEnd()
        } else {
            // "n't" and "'s" glued to the previous word become their own tokens in `WordScan`; here a lone mark.
            let (norm, key) = marks[Int(c)]
            tokens.append(
                Token(
                    start: scalar, end: scalar + 1, byteStart: i, byteEnd: i + 1, kind: .punct,
                    norm: norm, key: key, endsWithDot: c == 0x2E, isCapitalized: false,
                    isAllCaps: false, spaceBefore: spaceBefore))
            i += 1
            scalar += 1
        }
        spaceBefore = false
    }

    /// A word read by `WordScan`; "n't" reads as "not", and the "wo" and "ca" before it as "will" and "can".
    private mutating func appendWord() {
        tokens.append(WordScan.token(b, i, scalar, spaceBefore, small))
        moveToLastTokenEnd()
        let t = tokens.count - 1
        guard tokens[t].is(nt) else { return }
        tokens[t].norm = "not"
        if t > 0 {
            if tokens[t - 1].norm == "wo" { tokens[t - 1].norm = "will" }
            if tokens[t - 1].norm == "ca" { tokens[t - 1].norm = "can" }
        }
    }

    /// A character from a non-ASCII lead byte: white space, a letter starting a word, or a mark.
    private mutating func appendNonASCII(_ c: UInt8) {
        let width = ByteClass.width(c)
        let s = ByteClass.decode(b, i)
        let punctuation = ByteClass.isGeneralPunctuation(s)
        if !punctuation, s.properties.isWhitespace { return skipSpace(bytes: width) }
        if !punctuation, s.properties.isAlphabetic {
            tokens.append(WordScan.token(b, i, scalar, spaceBefore, small))
            moveToLastTokenEnd()
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

    /// Moves the cursor to the end of the token just appended.
    private mutating func moveToLastTokenEnd() {
        i = tokens[tokens.count - 1].byteEnd
        scalar = tokens[tokens.count - 1].end
    }
}
