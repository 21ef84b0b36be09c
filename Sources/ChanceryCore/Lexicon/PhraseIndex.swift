/// Longest-match lookup of token sequences, keyed by first token.
public struct PhraseIndex<Value: Sendable>: Sendable {
    /// One stored phrase.
    public struct Entry: Sendable {
        /// Normalised tokens.
        public var norms: [String]
        /// The text's first letter must be a capital ("Chad", "Turkey").
        public var requiresCapital: Bool
        /// A one-word acronym ("UN", "LeT"): the text must be in capitals, so "Let me" is not Lashkar-e-Taiba.
        public var requiresAllCaps = false
        /// What the phrase stands for.
        public var value: Value
        /// `WordKey` bits of `norms`, compared before the words themselves.
        var keys: [UInt64] = []

        /// Whether the phrase is written at `i` in `tokens` within `limit`, given that its first word is.
        @inline(__always) public func fits(_ tokens: [Token], at i: Int, limit: Int) -> Bool {
            let n = norms.count
            guard i + n <= limit else { return false }
            if requiresCapital, !tokens[i].isCapitalized { return false }
            if requiresAllCaps, !tokens[i].isAllCaps { return false }
            var k = 1
            while k < n {
                if tokens[i + k].key.bits != keys[k] || tokens[i + k].norm != norms[k] { return false }
                k += 1
            }
            return true
        }
    }

    private var byFirst = WordMap<[Entry]>()

    /// Creates an empty index.
    public init() {}

    /// Number of stored phrases.
    public var count: Int { byFirst.values.reduce(0) { $0 + $1.count } }

    /// Adds a phrase; a later identical phrase (same tokens) replaces an earlier one when `replace` is set.
    public mutating func add(_ phrase: String, _ value: Value, replace: Bool = false) {
        let (norms, capital) = PhraseKey.of(phrase)
        guard let first = norms.first else { return }
        var entry = Entry(norms: norms, requiresCapital: capital, value: value, keys: norms.map { WordKey($0).bits })
        // Only one-word phrases can be acronyms: counting capitals (Unicode properties) of every phrase was most of loading.
        entry.requiresAllCaps = norms.count == 1 && phrase.unicodeScalars.filter { $0.properties.isUppercase }.count >= 2
            && phrase.unicodeScalars.contains { $0.properties.isLowercase }
        guard let index = byFirst.index(of: first) else { byFirst.set(first, [entry]); return }
        // Updated in place so the list is never copied on write.
        byFirst.update(at: index) { list in
            if replace { list.removeAll { $0.norms == norms } }
            // Longest first so the first hit is the longest match; equal lengths keep file order.
            // Inserting in place (not re-sorting) keeps loading linear for crowded first words ("al", "de").
            var at = list.count
            while at > 0, list[at - 1].norms.count < norms.count { at -= 1 }
            list.insert(entry, at: at)
        }
    }

    /// Stored entries whose phrase starts with the token's word, longest first; nil when there are none.
    @inline(__always) public func entries(startingWith token: Token) -> [Entry]? { byFirst[token] }

    /// Every entry whose phrase starts at `i` in `tokens` (within `limit`), longest first.
    public func matches(_ tokens: [Token], at i: Int, limit: Int) -> [(length: Int, entry: Entry)] {
        guard let list = byFirst[tokens[i]] else { return [] }
        var result: [(Int, Entry)] = []
        for k in list.indices where list[k].fits(tokens, at: i, limit: limit) { result.append((list[k].norms.count, list[k])) }
        return result
    }

    /// The longest entry starting at `i`, if any.
    public func longest(_ tokens: [Token], at i: Int, limit: Int) -> (length: Int, entry: Entry)? {
        guard let list = byFirst[tokens[i]] else { return nil }
        // The list is longest first, so the first fit is the longest (and what `matches(...).first` would give).
        for k in list.indices where list[k].fits(tokens, at: i, limit: limit) { return (list[k].norms.count, list[k]) }
        return nil
    }

    /// Exact lookup of a phrase already in normalised tokens.
    public func lookup(_ norms: [String]) -> [Value] {
        guard let first = norms.first, let list = byFirst[first] else { return [] }
        return list.filter { $0.norms == norms }.map(\.value)
    }
}
