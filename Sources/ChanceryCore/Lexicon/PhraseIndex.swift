/// Longest-match lookup of token sequences, keyed by first token.
public struct PhraseIndex<Value: Sendable>: Sendable {
    /// One stored phrase.
    public struct Entry: Sendable {
        /// Normalised tokens.
        public var norms: [String] { didSet { length = norms.count } }
        /// `norms.count`, held in the entry itself: a look-up reads it for every candidate, and reading it from the
        /// array's storage missed the cache each time.
        public private(set) var length: Int
        /// The text's first letter must be a capital ("Chad", "Turkey").
        public var requiresCapital: Bool
        /// A one-word acronym ("UN", "LeT"): the text must be in capitals, so "Let me" is not Lashkar-e-Taiba.
        public var requiresAllCaps = false
        /// What the phrase stands for.
        public var value: Value
        /// `WordKey` bits of `norms`, compared before the words themselves.
        var keys: [UInt64] = []

        /// An entry for the phrase `norms` (with their `keys`).
        init(norms: [String], requiresCapital: Bool, value: Value, keys: [UInt64]) {
            self.norms = norms
            self.requiresCapital = requiresCapital
            self.value = value
            self.keys = keys
            length = norms.count
        }

        /// Whether the phrase is written at `i` in `tokens` within `limit`, given that its first word is and, for a
        /// longer phrase, its second: the index files phrases under both, so every caller found it through them.
        @inline(__always) func fits(_ tokens: [Token], at i: Int, limit: Int) -> Bool {
            let n = length
            guard i + n <= limit else { return false }
            if requiresCapital, !tokens[i].isCapitalized { return false }
            if requiresAllCaps, !tokens[i].isAllCaps { return false }
            var k = 2
            while k < n {
                if tokens[i + k].key.bits != keys[k] || tokens[i + k].norm != norms[k] { return false }
                k += 1
            }
            return true
        }
    }

    /// The phrases that start with one word. Longer ones are filed under their second word, so a lookup
    /// reads only the few that can fit instead of scanning every phrase of a crowded first word ("john", "al").
    /// Both lists are longest first, equal lengths in file order; all of `longer` comes before `single`
    /// in that order, so `longer` then `single` is the full longest-first list with non-starters left out.
    private struct Bucket: Sendable {
        var longer = WordMap<[Entry]>()
        var single: [Entry] = []
    }

    private var byFirst = WordMap<Bucket>()
    /// The first words of `byFirst`, asked before it.
    private var firstWords = WordFilter()

    /// Creates an empty index.
    public init() {}

    /// The values of the one-word phrases filed at `head` (`head(_:at:)`), in file order.
    func singleValues(head: Int32) -> [Value] { byFirst.values[Int(head)].single.map(\.value) }

    /// Calls `body` with every first word and its `head(_:at:)`, for tables that answer several indexes at once.
    func forEachHead(_ body: (String, Int32) -> Void) {
        for (at, word) in byFirst.words.enumerated() { body(word, Int32(truncatingIfNeeded: at)) }
    }

    /// Number of stored phrases.
    public var count: Int {
        byFirst.values.reduce(0) { $0 + $1.single.count + $1.longer.values.reduce(0) { $0 + $1.count } }
    }

    /// Adds a phrase; a later identical phrase (same tokens) replaces an earlier one when `replace` is set.
    /// `capitalsOnly` makes a one-word phrase match only in capitals whatever its own case ("ICE", not "Ice").
    public mutating func add(_ phrase: String, _ value: Value, replace: Bool = false, capitalsOnly: Bool = false) {
        let (norms, capital) = PhraseKey.of(phrase)
        guard let first = norms.first else { return }
        var entry = Entry(norms: norms, requiresCapital: capital, value: value, keys: norms.map { WordKey($0).bits })
        // Only one-word phrases can be acronyms: counting capitals (Unicode properties) of every phrase was most of loading.
        entry.requiresAllCaps =
            norms.count == 1
            && (capitalsOnly
                || phrase.unicodeScalars.filter { $0.properties.isUppercase }.count >= 2
                    && phrase.unicodeScalars.contains { $0.properties.isLowercase })
        if byFirst.index(of: first) == nil {
            byFirst.set(first, Bucket())
            firstWords.insert(WordKey(first).bits)
        }
        // Updated in place so the lists are never copied on write.
        byFirst.update(at: byFirst.index(of: first)!) { bucket in
            if norms.count == 1 {
                PhraseIndex.insert(entry, into: &bucket.single, replace: replace)
            } else {
                if bucket.longer.index(of: norms[1]) == nil { bucket.longer.set(norms[1], []) }
                bucket.longer.update(at: bucket.longer.index(of: norms[1])!) {
                    PhraseIndex.insert(entry, into: &$0, replace: replace)
                }
            }
        }
    }

    private static func insert(_ entry: Entry, into list: inout [Entry], replace: Bool) {
        if replace { list.removeAll { $0.norms == entry.norms } }
        // Longest first so the first hit is the longest match; equal lengths keep file order.
        // Inserting in place (not re-sorting) keeps loading linear for crowded first words ("al", "de").
        var at = list.count
        while at > 0, list[at - 1].length < entry.length { at -= 1 }
        list.insert(entry, at: at)
    }

    /// The entries that may start at `i` in `tokens` within `limit`: those whose second word is the next
    /// token's (`longer`), then the one-word ones (`single`); nil when no phrase starts with the token's word.
    @inline(__always) public func candidates(_ tokens: [Token], at i: Int, limit: Int) -> (
        longer: [Entry], single: [Entry]
    )? {
        guard firstWords.mayContain(tokens[i].key.bits), let at = byFirst.index(of: tokens[i]) else { return nil }
        let longer = i + 1 < limit ? byFirst.values[at].longer[tokens[i + 1]] ?? [] : []
        return (longer, byFirst.values[at].single)
    }

    /// Where the phrases starting with the word of token `i` are filed, or -1 when none does. A caller that asks
    /// several questions at one token (the mention finder) looks this up once and passes it to the `head:` forms.
    /// The filter is asked before the token is read whole: reading it (to compare its word) copies and retains it.
    @inline(__always) func head(_ tokens: [Token], at i: Int) -> Int32 {
        guard firstWords.mayContain(tokens[i].key.bits), let at = byFirst.index(of: tokens[i]) else { return -1 }
        return Int32(truncatingIfNeeded: at)
    }

    /// Passes the entries of `candidates(_:at:limit:)` that are written at `i`, longest first, to `visit`
    /// (length and value) until it returns true. The entries are read in place: taking the lists out as arrays
    /// retained and released both at every look-up.
    @inline(__always) func visitFits(
        _ tokens: [Token], at i: Int, limit: Int, head: Int32, _ visit: (Int, Value) -> Bool
    ) {
        if head < 0 { return }
        let at = Int(head)
        if i + 1 < limit, let second = byFirst.values[at].longer.index(of: tokens[i + 1]) {
            let list = byFirst.values[at].longer.values[second]
            for k in list.indices where list[k].fits(tokens, at: i, limit: limit) {
                if visit(list[k].length, list[k].value) { return }
            }
        }
        let single = byFirst.values[at].single
        for k in single.indices where single[k].fits(tokens, at: i, limit: limit) {
            if visit(1, single[k].value) { return }
        }
    }

    /// The length and value of the longest entry starting at `i`, as `longest` finds it, reading the entries
    /// in place: copying an `Entry` out retains each of its arrays.
    public func longestValue(_ tokens: [Token], at i: Int, limit: Int) -> (length: Int, value: Value)? {
        longestValue(tokens, at: i, limit: limit, head: head(tokens, at: i))
    }

    /// `longestValue(_:at:limit:)` for a token whose `head(_:at:)` is `head` (nil at once when it is -1).
    func longestValue(_ tokens: [Token], at i: Int, limit: Int, head: Int32) -> (length: Int, value: Value)? {
        var longest: (length: Int, value: Value)? = nil
        visitFits(tokens, at: i, limit: limit, head: head) { length, value in
            longest = (length, value)
            return true
        }
        return longest
    }

    /// Every entry whose phrase starts at `i` in `tokens` (within `limit`), longest first.
    public func matches(_ tokens: [Token], at i: Int, limit: Int) -> [(length: Int, entry: Entry)] {
        guard let (longer, single) = candidates(tokens, at: i, limit: limit) else { return [] }
        var result: [(Int, Entry)] = []
        for k in longer.indices where longer[k].fits(tokens, at: i, limit: limit) {
            result.append((longer[k].length, longer[k]))
        }
        for k in single.indices where single[k].fits(tokens, at: i, limit: limit) { result.append((1, single[k])) }
        return result
    }

    /// The longest entry starting at `i`, if any.
    public func longest(_ tokens: [Token], at i: Int, limit: Int) -> (length: Int, entry: Entry)? {
        guard let (longer, single) = candidates(tokens, at: i, limit: limit) else { return nil }
        // Longest first, so the first fit is the longest (and what `matches(...).first` would give).
        for k in longer.indices where longer[k].fits(tokens, at: i, limit: limit) {
            return (longer[k].length, longer[k])
        }
        for k in single.indices where single[k].fits(tokens, at: i, limit: limit) { return (1, single[k]) }
        return nil
    }

    /// Exact lookup of a phrase already in normalised tokens.
    public func lookup(_ norms: [String]) -> [Value] {
        guard let first = norms.first, let bucket = byFirst[first] else { return [] }
        let list = norms.count == 1 ? bucket.single : bucket.longer[norms[1]] ?? []
        return list.filter { $0.norms == norms }.map(\.value)
    }
}
