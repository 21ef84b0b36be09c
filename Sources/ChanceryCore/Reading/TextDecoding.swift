/// Decodes file bytes: UTF-8 first, Latin-1 as the fallback for old feeds, binary refused.
enum TextDecoding {
    /// The text, or why the bytes are not a text document.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<String, ReadError.Problem> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }  // byte-order mark
        // Control bytes other than tab, newline and carriage return mean binary data.
        guard let controls = controlBytes(UnsafeBufferPointer(rebasing: body)) else { return .failure(.binary) }
        if controls > 0, controls * 100 > body.count { return .failure(.binary) }
        if let text = String(validating: body, as: UTF8.self) {
            return text.allSatisfy(\.isWhitespace) ? .failure(.empty) : .success(text)
        }
        // Latin-1: every byte is a scalar. C1 controls (0x80-0x9F) in bulk mean it is not Latin-1 text either.
        let c1 = body.filter { $0 >= 0x80 && $0 < 0xA0 }.count
        if c1 * 20 > body.count { return .failure(.binary) }
        var text = ""
        text.unicodeScalars.append(contentsOf: body.map { Unicode.Scalar($0) })
        return .success(text)
    }

    /// The number of control bytes other than tab, newline, form feed and carriage return; nil when there is a NUL.
    ///
    /// Eight bytes at a time: a word without any byte below 0x20 (most words of text) needs no closer look, which the
    /// byte-at-a-time loop gave every byte.
    static func controlBytes(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var controls = 0
        @inline(__always) func look(_ c: UInt8) -> Bool {
            if c < 0x20, c != 0x09, c != 0x0A, c != 0x0D, c != 0x0C {
                if c == 0 { return false }
                controls += 1
            }
            return true
        }
        let n = b.count
        var i = 0
        if let base = b.baseAddress {
            while i + 8 <= n {
                let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                // Not zero exactly when some byte is below 0x20: bytes at or above it borrow nothing, and the lowest
                // byte below it always shows.
                if (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 != 0 {
                    for k in i..<(i + 8) where !look(b[k]) { return nil }
                }
                i += 8
            }
        }
        while i < n {
            if !look(b[i]) { return nil }
            i += 1
        }
        return controls
    }
}
