/// One word, number or punctuation mark, with offsets in both UTF-8 bytes and Unicode scalars.
public struct Token: Sendable, Hashable {
    /// What a token is made of.
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with internal apostrophes or abbreviation dots.
        case word
        /// Digits, possibly with separators ("3,000", "1.5", "10:30") or an ordinal suffix ("27th").
        case number
        /// Anything else that is not white space.
        case punct
    }

    /// First scalar offset in the document.
    public var start: Int
    /// One past the last scalar offset.
    public var end: Int
    /// First byte offset in the document's UTF-8.
    public var byteStart: Int
    /// One past the last byte offset.
    public var byteEnd: Int
    /// Word, number or punctuation.
    public var kind: Kind
    /// Lowercased, diacritics folded, curly quotes and dashes mapped to ASCII: the form lexicons match.
    public var norm: String {
        didSet {
            key = WordKey(norm)
            endsWithDot = norm.utf8.last == 0x2E
        }
    }
    /// Hash of `norm`, kept in step with it, for lexicon lookups without string hashing.
    public private(set) var key: WordKey
    /// `norm` ends with a full stop ("U.S."): the splitter tests this at every word, and reading a
    /// String's last byte is a generic, non-inlined call.
    public private(set) var endsWithDot: Bool
    /// The first letter is uppercase.
    public var isCapitalized: Bool
    /// Every letter is uppercase (and there are at least two).
    public var isAllCaps: Bool
    /// White space (or the start of text) comes right before the token.
    public var spaceBefore: Bool

    /// Creates a token; its `key` follows from `norm`.
    init(
        start: Int, end: Int, byteStart: Int, byteEnd: Int, kind: Kind, norm: String, isCapitalized: Bool,
        isAllCaps: Bool,
        spaceBefore: Bool
    ) {
        self.init(
            start: start, end: end, byteStart: byteStart, byteEnd: byteEnd, kind: kind, norm: norm, key: WordKey(norm),
            endsWithDot: norm.utf8.last == 0x2E, isCapitalized: isCapitalized, isAllCaps: isAllCaps,
            spaceBefore: spaceBefore)
    }

    /// Creates a token whose `key` and `endsWithDot` the scanner already read off the bytes (they must agree with `norm`).
    init(
        start: Int, end: Int, byteStart: Int, byteEnd: Int, kind: Kind, norm: String, key: WordKey, endsWithDot: Bool,
        isCapitalized: Bool, isAllCaps: Bool, spaceBefore: Bool
    ) {
        self.start = start
        self.end = end
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.kind = kind
        self.norm = norm
        self.key = key
        self.endsWithDot = endsWithDot
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.spaceBefore = spaceBefore
    }

    /// The span of the token in scalars.
    public var span: Span { Span(start: start, end: end) }
}
