extension TokenScan {
    /// Appends plain words (see `plainWord`) from the cursor, and the single spaces after them, for as long as they
    /// run, and moves the cursor and `spaceBefore` past them; false when the word at the cursor is not plain. Such runs
    /// are most of a line of prose.
    ///
    /// Appended as a sequence: `append(contentsOf:)` writes its tokens straight into the array's spare room, where
    /// appending one at a time tested at every word whether the array was uniquely held and had room.
    mutating func appendPlainWords() -> Bool {
        let before = tokens.count
        tokens.append(contentsOf: PlainWords(b: b, at: i, scalar: scalar, space: spaceBefore))
        guard tokens.count > before else { return false }
        // Where the run stopped follows from its last word: the single space after it, if any, was taken along.
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
        return true
    }
}

/// The plain words from a byte onwards, as tokens, each with the single space after it taken along; ends at the
/// first word that is not plain (or within 16 bytes of the end, which `plainWord` reads ahead).
struct PlainWords: Sequence, IteratorProtocol {
    /// The text.
    let b: UnsafeBufferPointer<UInt8>
    /// Byte and scalar offsets of the next word, and whether white space comes before it.
    var at: Int, scalar: Int, space: Bool

    /// The next plain word's token.
    @inline(__always) mutating func next() -> Token? {
        guard at &+ 16 <= b.count else { return nil }
        let word = PlainWords.plainWord(b, at)
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

    /// The common word, read eight bytes at a time: up to 15 ASCII letters ending at a byte none of `WordScan`'s
    /// rules looks past (no abbreviation dot, inner apostrophe or non-ASCII letter), so the token made of it is exactly
    /// the one `WordScan` would make. Returns its length (0 for any other word), its lowercased bytes as `SmallASCII`
    /// takes them, and whether it is all caps. Needs 16 readable bytes from `start`.
    @inline(__always)
    static func plainWord(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> (
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
        // What `WordScan` would do at the byte after the letters: a full stop joins only a word of one or two
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
}
