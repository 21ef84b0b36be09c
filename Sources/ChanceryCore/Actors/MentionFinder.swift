/// Finds actor mentions in a token range: longest lexicon matches combined with titles and names,
/// so that "Kremlin foreign policy aide Yury Ushakov" is one mention, a Russian government person.
public struct MentionFinder: Sendable {
    /// The dictionaries.
    public let lexicon: ActorLexicon
    /// The English of names, titles and coreference, from `Resources/en/words`.
    public let words: ActorWords

    /// The words `chunk` tests at every token, kept in the finder: reading a static there costs a lazy
    /// initialisation check at each test.
    let possessive = Word.possessive, dot = Word.dot, hyphen = Word.hyphen, of = Word.of, from = Word.from,
        the = Word.the, in_ = Word.in_
    /// `words.locative`, kept in the finder as the words above are.
    let locativeSet: WordSet

    /// What the finder asks of a word at each token, answered by one look-up: where the actor and role
    /// indexes file the phrases it starts (-1: none), and whether it is a title filler, never a name, or alone
    /// a generic role.
    struct WordInfo {
        /// The actor index head of the word, or -1.
        var actor: Int32 = -1
        /// The role index head of the word, or -1.
        var role: Int32 = -1
        /// The bits below.
        var flags: UInt8 = 0
        /// `flags` bit: in `title-fillers.txt`.
        static let filler: UInt8 = 1
        /// `flags` bit: never a name (`not-names.txt`, `months.tsv`, `weekdays.tsv`).
        static let notName: UInt8 = 2
        /// `flags` bit: the word alone is a generic role (`generic-roles.txt`).
        static let genericRole: UInt8 = 4
    }
    /// `WordInfo` of every word that heads an actor or role phrase, is a filler or is never a name (built once).
    private let infos: WordMap<WordInfo>
    /// The words of `infos`: most tokens of a line are none of them, which one bit settles.
    private let starts: WordFilter

    /// Creates a finder over a lexicon and the actor word lists.
    public init(lexicon: ActorLexicon, words: ActorWords = StageWords.standard.actors) {
        self.lexicon = lexicon
        self.words = words
        locativeSet = words.locative
        var infos = WordMap<WordInfo>()
        func update(_ word: String, _ body: (inout WordInfo) -> Void) {
            guard let at = infos.index(of: word) else {
                var info = WordInfo()
                body(&info)
                infos.set(word, info)
                return
            }
            infos.update(at: at, body)
        }
        lexicon.actors.forEachHead { word, head in update(word) { $0.actor = head } }
        lexicon.roles.forEachHead { word, head in
            // A role read at a token is generic or not for good: settled here, once per word, not at every mention.
            let generic = lexicon.roles.singleValues(head: head).contains {
                words.genericRoles.contains($0.phrase.lowercased())
            }
            update(word) {
                $0.role = head
                if generic { $0.flags |= WordInfo.genericRole }
            }
        }
        for word in words.titleFillers.words { update(word) { $0.flags |= WordInfo.filler } }
        for word in words.notNames.words { update(word) { $0.flags |= WordInfo.notName } }
        var starts = WordFilter()
        for word in infos.words { starts.insert(WordKey(word).bits) }
        self.infos = infos
        self.starts = starts
    }

    /// Lists a finder reuses from one line to the next, so that each line does not allocate its own: pass the
    /// same scratch to every `find` of a document.
    public struct Scratch {
        var parts = Parts()
        /// An empty scratch.
        public init() {}
    }

    /// Mentions in `range` of `tokens`, left to right, before coreference.
    public func find(_ tokens: [Token], _ range: Range<Int>, bytes: [UInt8], year: Int?) -> [Mention] {
        var scratch = Scratch()
        return find(tokens, range, bytes: bytes, year: year, scratch: &scratch)
    }

    /// `find(_:_:bytes:year:)` with lists kept in `scratch` between calls.
    public func find(_ tokens: [Token], _ range: Range<Int>, bytes: [UInt8], year: Int?, scratch: inout Scratch)
        -> [Mention]
    {
        var mentions: [Mention] = []
        // Taken out of `scratch` (and put back below) so that it is uniquely held while the line is read.
        var parts = scratch.parts
        scratch.parts = Parts()
        defer { scratch.parts = parts }
        // Each token's look-ups, made once: chunks starting at neighbouring tokens read the same ones again.
        parts.base = range.lowerBound
        parts.placeEnd = 0
        parts.heads.removeAll(keepingCapacity: true)
        parts.heads.reserveCapacity(range.count)
        for i in range {
            parts.heads.append(starts.mayContain(tokens[i].key.bits) ? infos[tokens[i]] ?? WordInfo() : WordInfo())
        }
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            // A mark never starts a chunk: each of `chunk`'s rules for marks continues a title or a name.
            if tokens[i].kind == .punct {
                i += 1
                continue
            }
            // Most tokens start nothing: settled here, before a call to `chunk` (which saves and sets up much).
            // A first token that is not the first word of an actor or role phrase ends `chunk`'s loop before it
            // finds a core unless it is a capitalised name word ("He", "The" are not) or a lowercase title filler.
            if parts.actor(i) < 0, parts.role(i) < 0,
                tokens[i].isCapitalized ? parts.is(i, WordInfo.notName) : !parts.is(i, WordInfo.filler)
            {
                i += 1
                continue
            }
            if let (mention, next) = chunk(tokens, at: i, end: end, bytes: bytes, year: year, &parts) {
                if mentions.isEmpty { mentions.reserveCapacity(8) }  // a line with one mention often has several
                mentions.append(mention)
                i = next
            } else {
                // Past a place that is no actor ("New York" alone): its words are no names either.
                i = max(i + 1, parts.placeEnd)
            }
        }
        return mentions
    }

    /// What a chunk is read into: its lexicon entries, roles, name words and fillers, and the line's `WordInfo`s.
    struct Parts {
        /// The chunk's lexicon entries and their tokens.
        var entries: [(ActorEntry, Range<Int>)] = []
        /// The chunk's role phrases and their tokens.
        var roles: [(RoleWord, Range<Int>)] = []
        /// The chunk's name words (tokens).
        var names: [Int] = []
        /// How many title fillers the chunk has.
        var fillers = 0
        /// For each token of the line from `base`: its word's `WordInfo` (a default one for words not in `infos`).
        var heads: [WordInfo] = []
        /// The token of `heads[0]`.
        var base = 0
        /// Where the last place read as no actor and no names ends (`MentionFinder.isPlaceNotName`); 0 for none.
        var placeEnd = 0

        /// The actor index head of token `j` of the line.
        @inline(__always) func actor(_ j: Int) -> Int32 { heads[j - base].actor }
        /// The role index head of token `j` of the line.
        @inline(__always) func role(_ j: Int) -> Int32 { heads[j - base].role }
        /// Whether a role hit is one generic word (`generic-roles.txt`): the index files at most one
        /// one-word role per word (a later identical phrase replaces an earlier one), so its word's flag answers.
        @inline(__always) func isGeneric(_ hit: (RoleWord, Range<Int>)) -> Bool {
            hit.1.count == 1 && `is`(hit.1.lowerBound, WordInfo.genericRole)
        }
        /// The role code of the chunk's role `head` (an index in `roles`); "" for none.
        func roleCode(_ head: Int?) -> String { head.map { roles[$0].0.role } ?? "" }
        /// Whether the chunk's role `head` (an index in `roles`) is a title.
        func isTitle(_ head: Int?) -> Bool { head.map { roles[$0].0.kind == .title } ?? false }
        /// Whether the word of token `j` of the line has any of the `WordInfo` flags `flags`.
        @inline(__always) func `is`(_ j: Int, _ flags: UInt8) -> Bool { heads[j - base].flags & flags != 0 }

        /// Empties the lists for the next chunk, keeping their storage. One `removeLast` at a time: the lists
        /// hold one to three items, and `removeAll(keepingCapacity:)` cost a tenth of finding (uniqueness checks and
        /// the generic `replaceSubrange`).
        @inline(__always) mutating func reset() {
            while !entries.isEmpty { entries.removeLast() }
            while !roles.isEmpty { roles.removeLast() }
            while !names.isEmpty { names.removeLast() }
            fillers = 0
        }
    }
}
