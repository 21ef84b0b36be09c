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
    }

    private var byFirst: [String: [Entry]] = [:]

    /// Creates an empty index.
    public init() {}

    /// Number of stored phrases.
    public var count: Int { byFirst.values.reduce(0) { $0 + $1.count } }

    /// Adds a phrase; a later identical phrase (same tokens) replaces an earlier one when `replace` is set.
    public mutating func add(_ phrase: String, _ value: Value, replace: Bool = false) {
        let (norms, capital) = PhraseKey.of(phrase)
        guard let first = norms.first else { return }
        // Taken out and put back so the array is never copied on write.
        var list = byFirst.removeValue(forKey: first) ?? []
        if replace { list.removeAll { $0.norms == norms } }
        // Longest first so the first hit is the longest match; equal lengths keep file order.
        // Inserting in place (not re-sorting) keeps loading linear for crowded first words ("al", "de").
        var at = list.count
        while at > 0, list[at - 1].norms.count < norms.count { at -= 1 }
        let capitals = phrase.unicodeScalars.filter { $0.properties.isUppercase }.count
        var entry = Entry(norms: norms, requiresCapital: capital, value: value)
        entry.requiresAllCaps = norms.count == 1 && capitals >= 2 && phrase.unicodeScalars.contains { $0.properties.isLowercase }
        list.insert(entry, at: at)
        byFirst[first] = list
    }

    /// Every entry whose phrase starts at `i` in `tokens` (within `limit`), longest first.
    public func matches(_ tokens: [Token], at i: Int, limit: Int) -> [(length: Int, entry: Entry)] {
        guard let list = byFirst[tokens[i].norm] else { return [] }
        var result: [(Int, Entry)] = []
        for entry in list {
            let n = entry.norms.count
            guard i + n <= limit else { continue }
            if entry.requiresCapital, !tokens[i].isCapitalized { continue }
            if entry.requiresAllCaps, !tokens[i].isAllCaps { continue }
            var ok = true
            var k = 1
            while k < n {
                if tokens[i + k].norm != entry.norms[k] { ok = false; break }
                k += 1
            }
            if ok { result.append((n, entry)) }
        }
        return result
    }

    /// The longest entry starting at `i`, if any.
    public func longest(_ tokens: [Token], at i: Int, limit: Int) -> (length: Int, entry: Entry)? {
        matches(tokens, at: i, limit: limit).first
    }

    /// Exact lookup of a phrase already in normalised tokens.
    public func lookup(_ norms: [String]) -> [Value] {
        guard let first = norms.first, let list = byFirst[first] else { return [] }
        return list.filter { $0.norms == norms }.map(\.value)
    }
}
