/// Decodes file bytes: UTF-8 first, Latin-1 as the fallback for old feeds, binary refused.
enum TextDecoding {
    /// The text, or why the bytes are not a text document.
    static func decode(_ bytes: [UInt8]) -> Result<String, ReadError.Problem> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }   // byte-order mark
        // Control bytes other than tab, newline and carriage return mean binary data.
        var controls = 0
        for b in body where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C {
            if b == 0 { return .failure(.binary) }
            controls += 1
        }
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
}
