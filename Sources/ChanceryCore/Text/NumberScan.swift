/// A number read from bytes: digits with separators ("1,200", "3.5", "10:30"), or an ordinal ("27th").
enum NumberScan {
    /// The number token that starts at byte `start`.
    static func token(
        _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ scalarStart: Int, _ spaceBefore: Bool, _ small: Bool
    ) -> Token {
        var i = digitsEnd(b, from: start)
        i = suffixEnd(b, from: i)
        // Digits, separators and suffix letters are all ASCII.
        let (norm, key) = ByteClass.normalizeKeyed(b, start, i, ascii: true, small: small)
        return Token(
            start: scalarStart, end: scalarStart + (i - start), byteStart: start, byteEnd: i, kind: .number,
            norm: norm, key: key, endsWithDot: b[i - 1] == 0x2E, isCapitalized: false, isAllCaps: false,
            spaceBefore: spaceBefore)
    }

    /// The end of the digits from `start`, a separator counting only between digits.
    private static func digitsEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
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
        return i
    }

    /// The end of an ordinal or unit suffix glued on at `i` ("27th", "1st", "2nd", "3rd", "1990s"), or `i`.
    private static func suffixEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        let n = b.count
        var j = i
        while j < n, ByteClass.isLetter(b[j]), j - i < 2 { j += 1 }
        guard j > i, j >= n || !ByteClass.isLetter(b[j]) else { return i }
        // Compared as lowercased bytes: "s", or "st", "nd", "rd", "th".
        let c0 = b[i] | 0x20
        let c1 = j - i == 2 ? b[i + 1] | 0x20 : 0
        let isSuffix =
            j - i == 1
            ? c0 == 0x73
            : (c0 == 0x73 && c1 == 0x74) || (c0 == 0x6E && c1 == 0x64) || (c0 == 0x72 && c1 == 0x64)
                || (c0 == 0x74 && c1 == 0x68)
        return isSuffix ? j : i
    }
}
