/// Cuts text by offsets.
public enum TextSlice {
    /// The bytes `range` of a UTF-8 buffer as a string.
    public static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
