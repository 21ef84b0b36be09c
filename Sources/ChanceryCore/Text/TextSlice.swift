/// Text cut from a document's UTF-8 bytes.
public enum TextSlice {
    /// The bytes `range` of a UTF-8 buffer as a string.
    public static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes.window(range.lowerBound, range.upperBound), as: UTF8.self)
    }

    /// The bytes from `start` up to `end` as a string: empty when the ends cross, clamped to the buffer.
    /// Callers computing both ends from token positions use this form, which cannot trap.
    public static func string(_ bytes: [UInt8], from start: Int, to end: Int) -> String {
        String(decoding: bytes.window(start, end), as: UTF8.self)
    }
}
