/// A 64-bit hash of a normalised word, computed once per token so lexicon lookups compare integers, not strings.
///
/// Why: hashing `String`s in `Set`/`Dictionary` lookups was a quarter of the actor stage. Keys may collide,
/// so every table that matches on a key also checks the word itself (see `WordMap`).
public struct WordKey: Hashable, Sendable {
    /// The hash bits (the UTF-8 taken eight bytes at a time, then a finalising mix so low bits spread well).
    ///
    /// Why eight bytes at a time: hashing byte by byte (FNV-1a) was a sixth of the tokenizer's cost per word; a
    /// word of up to 16 bytes, which the tokenizer holds in two registers anyway, now takes two steps.
    public let bits: UInt64

    /// The key of a normalised word.
    public init(_ word: String) {
        var w = word
        bits = w.withUTF8(WordKey.hash)
    }

    /// The key of a normalised word given as UTF-8 bytes (equal to `WordKey(String(decoding: bytes, as: UTF8.self))`).
    @inline(__always) init(utf8 bytes: UnsafeBufferPointer<UInt8>) { bits = WordKey.hash(bytes) }

    /// The key of a word of `count` (at most 16) UTF-8 bytes held in two words: the first eight bytes in `lo`, the
    /// rest in `hi`, first byte lowest, every unused byte zero (the key of the same bytes as a String).
    @inline(__always) init(lo: UInt64, hi: UInt64, count: Int) {
        var h = WordKey.seed(count)
        if count > 0 { h = WordKey.step(h, lo) }
        if count > 8 { h = WordKey.step(h, hi) }
        bits = WordKey.mix(h)
    }

    /// The state before any byte: the length goes in first, so zero padding cannot make two words agree.
    @inline(__always) private static func seed(_ count: Int) -> UInt64 {
        0xCBF2_9CE4_8422_2325 ^ UInt64(truncatingIfNeeded: count)
    }

    /// Feeds eight bytes (little-endian, zero-padded at the end of the word).
    @inline(__always) private static func step(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
        let m = (h ^ chunk) &* 0x9E37_79B9_7F4A_7C15
        return m ^ (m >> 32)
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        var h = seed(n)
        var i = 0
        while i + 8 <= n {
            h = step(h, UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)))
            i += 8
        }
        if i < n {
            var chunk: UInt64 = 0
            var shift: UInt64 = 0
            for k in i..<n {
                chunk |= UInt64(bytes[k]) << shift
                shift += 8
            }
            h = step(h, chunk)
        }
        return mix(h)
    }

    /// MurmurHash3 fmix64: table slots take the low bits.
    @inline(__always) private static func mix(_ state: UInt64) -> UInt64 {
        var h = state
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }
}

/// Words mapped to values by `WordKey`: open addressing on the key's own bits, so a lookup hashes nothing.
///
/// Each slot keeps its word, and a lookup compares it with the token's, so a key collision never makes a false hit.
public struct WordMap<Value: Sendable>: Sendable {
    /// A slot holds the key next to its index, so a lookup that misses (most do) reads one cache line.
    private struct Slot {
        var key: UInt64 = 0
        /// Index + 1 into `words`/`values`; 0 is an empty slot.
        var index: Int32 = 0
    }
    /// Empty until the first word: an index holds a map per first word, most with one or two words.
    private var slots: [Slot] = []
    /// Every stored word, in insertion order (parallel to `values`).
    public private(set) var words: [String] = []
    /// Every stored value, in insertion order.
    public private(set) var values: [Value] = []

    /// An empty map.
    public init() {}

    /// An empty map with room for `capacity` words before it first grows: maps made for each document
    /// (the resolver's registry of names) otherwise spend more on growing than on look-ups.
    public init(capacity: Int) {
        var size = 4
        while size < capacity * 2 { size *= 2 }
        slots = [Slot](repeating: Slot(), count: size)
        words.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// A map of a table's entries, stored in the order of their words so that the map is the same on every run.
    public init(_ table: [String: Value]) {
        self.init(capacity: table.count)
        for (word, value) in table.sorted(by: { $0.key < $1.key }) { set(word, value) }
    }

    /// Number of stored words.
    public var count: Int { words.count }

    /// Index into `values` of `word` with key `key`, if stored.
    @inline(__always) private func find(_ key: UInt64, _ word: String) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            if slots.isEmpty { return nil }
            let mask = slots.count - 1
            var s = Int(truncatingIfNeeded: key) & mask
            while true {
                let at = Int(slots[s].index)
                if at == 0 { return nil }
                if slots[s].key == key, words[at - 1] == word { return at - 1 }
                s = (s + 1) & mask
            }
        }
    }

    /// The value stored for a token's word.
    @inline(__always) public subscript(token: Token) -> Value? {
        find(token.key.bits, token.norm).map { values[$0] }
    }

    /// Index into `values` of a token's word: reading `values[index]` in place does not copy a large value
    /// (a subscript returning the value retains each of its arrays).
    @inline(__always) public func index(of token: Token) -> Int? { find(token.key.bits, token.norm) }

    /// The value stored for a normalised word.
    public subscript(word: String) -> Value? {
        find(WordKey(word).bits, word).map { values[$0] }
    }

    /// Index into `values` of a word, for in-place updates with `update(at:_:)`.
    public func index(of word: String) -> Int? { find(WordKey(word).bits, word) }

    /// Changes a stored value in place (no copy of the value when it is uniquely held).
    public mutating func update(at index: Int, _ body: (inout Value) -> Void) { body(&values[index]) }

    /// Stores a value for a word not yet in the map, or replaces the value of one that is.
    public mutating func set(_ word: String, _ value: Value) {
        if let at = index(of: word) {
            values[at] = value
            return
        }
        if (words.count + 1) * 2 > slots.count { grow() }
        words.append(word)
        values.append(value)
        place(WordKey(word).bits, Int32(words.count))
    }

    private mutating func place(_ key: UInt64, _ index: Int32) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: key) & mask
        while slots[s].index != 0 { s = (s + 1) & mask }
        slots[s] = Slot(key: key, index: index)
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: max(4, slots.count * 2))
        for slot in old where slot.index != 0 { place(slot.key, slot.index) }
    }
}

extension WordMap where Value == UInt8 {
    /// Each word of the lists mapped to the bits of every list it is in, so one look-up answers several
    /// membership questions about a token.
    public init(bits lists: [(words: [String], bit: UInt8)]) {
        self.init()
        for (words, bit) in lists {
            for word in words { set(word, (self[word] ?? 0) | bit) }
        }
    }
}

/// A set of normalised words tested by token key; see `WordMap`.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var map = WordMap<Bool>()

    /// The set of `words`.
    public init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words { map.set(w, true) }
    }

    /// The set of the listed words.
    public init(arrayLiteral words: String...) { self.init(words) }

    /// Whether the token's word is in the set.
    @inline(__always) public func contains(_ token: Token) -> Bool { map[token] != nil }

    /// Whether a normalised word is in the set.
    public func contains(_ word: String) -> Bool { map[word] != nil }

    /// The words of the set, in insertion order.
    public var words: [String] { map.words }
}

/// A fixed word to compare tokens with: key first, so most mismatches cost one integer comparison.
public struct Word: Sendable {
    /// Key of `text`.
    public let key: WordKey
    /// The normalised word.
    public let text: String

    /// The word `text` (already normalised).
    public init(_ text: String) {
        self.text = text
        key = WordKey(text)
    }

    /// Words the stages test tokens against one at a time.
    public static let it = Word("it"), that = Word("that"), me = Word("me"), i = Word("i"), the = Word("the"),
        of = Word("of"), from = Word("from"), in_ = Word("in"), and = Word("and"), comma = Word(","),
        dot = Word("."), hyphen = Word("-"), possessive = Word("'s"), colon = Word(":"), at = Word("at"), a = Word("a"),
        an = Word("an")
}

extension Token {
    /// Whether the token's normalised form is `word`.
    @inline(__always) public func `is`(_ word: Word) -> Bool { key == word.key && norm == word.text }

    /// Whether the token is a mark that ends a run of modifiers: any punctuation but the hyphen of a compound
    /// ("Germany's best-known journalist").
    var breaksModifiers: Bool { kind == .punct && !self.is(Word.hyphen) }
}
