/// Finds actor mentions in a token range: longest lexicon matches combined with titles and names,
/// so that "Kremlin foreign policy aide Yury Ushakov" is one mention, a Russian government person.
public struct MentionFinder: Sendable {
    /// The dictionaries.
    public let lexicon: ActorLexicon

    /// Capitalised words that never start or continue a name.
    static let notNames: WordSet = [
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "he", "she", "it", "they", "we", "i", "you", "this",
        "that", "those", "these", "earlier", "later", "meanwhile", "however", "after", "before", "during", "while",
        "when", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "his",
        "her", "their", "its", "our", "as", "if", "since", "for", "with", "from", "by", "to", "of", "there", "both",
        "some", "many", "all", "no", "not", "yet", "so", "then", "also", "still", "what", "who", "why", "how",
        "where", "readout", "statement", "today", "yesterday", "tomorrow", "last", "next", "until", "under",
        "according", "following", "despite", "amid", "over", "about", "against", "between", "into", "said", "says",
        "reports", "report", "say", "new", "one", "two", "three", "more", "most", "such", "other", "another",
        "each", "every", "any", "further", "here", "now", "thus", "because", "although", "though", "whether",
        "once", "just", "only", "even", "my", "your", "mr", "mrs", "ms", "dr", "it's", "we're", "let", "ukrainian",
        "further", "during", "secretary", "minister", "president", "spokesman", "spokeswoman", "spokesperson",
    ]
    /// Role words too general to override a more specific one before them.
    static let genericRoles: Set<String> = [
        "official", "officials", "leader", "leaders", "representative", "representatives", "member", "members",
        "spokesman", "spokeswoman", "spokesperson", "chief", "head", "delegation", "delegations", "militants", "personnel",
        "sources", "source", "staff",
    ]

    /// Whether a role word is too general to override a more specific one (`genericRoles`).
    static func isGeneric(_ role: RoleWord) -> Bool { genericRoles.contains(role.phrase.lowercased()) }
    /// Prepositions after which a place name is a location rather than an actor.
    static let locative: WordSet = ["in", "at", "near", "outside", "inside", "across", "around", "throughout", "within"]
    /// Words allowed between modifiers and a title: "top", "diplomatic", "foreign policy".
    static let titleFillers: WordSet = [
        "top", "senior", "chief", "deputy", "diplomatic", "foreign", "policy", "national", "security", "former",
        "then", "acting", "interim", "new", "outgoing", "incoming", "newly", "elected", "presidential", "special",
        "military", "defense", "defence", "economic", "trade", "finance", "interior", "justice", "energy",
        "first", "vice", "assistant", "principal", "lead", "leading", "high", "-", "ranking", "high-ranking", "junior",
        "armed", "government", "state", "affairs", "of", "for", "general",
    ]

    /// The words `chunk` tests at every token, read from `self`: a static is read through swift_once,
    /// an opaque call that also makes Swift copy (retain) the token compared with it.
    private let possessive = Word.possessive, dot = Word.dot, hyphen = Word.hyphen, of = Word.of, from = Word.from,
                the = Word.the, in_ = Word.in_
    private let locativeSet = MentionFinder.locative

    /// What the finder asks of a word at each token, answered by one look-up: where the actor and role
    /// indexes file the phrases it starts (-1: none), and whether it is a title filler, never a name, or alone
    /// a generic role.
    fileprivate struct WordInfo {
        var actor: Int32 = -1
        var role: Int32 = -1
        var flags: UInt8 = 0
        /// `flags` bit: in `titleFillers`.
        static let filler: UInt8 = 1
        /// `flags` bit: in `notNames`.
        static let notName: UInt8 = 2
        /// `flags` bit: the word alone is a generic role (`isGeneric`).
        static let genericRole: UInt8 = 4
    }
    /// `WordInfo` of every word that heads an actor or role phrase, is a filler or is never a name (built once).
    private let infos: WordMap<WordInfo>
    /// The words of `infos`: most tokens of a line are none of them, which one bit settles.
    private let starts: WordFilter

    /// Creates a finder over a lexicon.
    public init(lexicon: ActorLexicon) {
        self.lexicon = lexicon
        var infos = WordMap<WordInfo>()
        func update(_ word: String, _ body: (inout WordInfo) -> Void) {
            guard let at = infos.index(of: word) else { var info = WordInfo(); body(&info); infos.set(word, info); return }
            infos.update(at: at, body)
        }
        lexicon.actors.forEachHead { word, head in update(word) { $0.actor = head } }
        lexicon.roles.forEachHead { word, head in
            // A role read at a token is generic or not for good: settled here, once per word, not at every mention.
            let generic = lexicon.roles.singleValues(head: head).contains(where: MentionFinder.isGeneric)
            update(word) { $0.role = head; if generic { $0.flags |= WordInfo.genericRole } }
        }
        for word in MentionFinder.titleFillers.words { update(word) { $0.flags |= WordInfo.filler } }
        for word in MentionFinder.notNames.words { update(word) { $0.flags |= WordInfo.notName } }
        var starts = WordFilter()
        for word in infos.words { starts.insert(WordKey(word).bits) }
        self.infos = infos
        self.starts = starts
    }

    /// Lists a finder reuses from one line to the next, so that each line does not allocate its own: pass the
    /// same scratch to every `find` of a document.
    public struct Scratch {
        fileprivate var parts = Parts()
        /// An empty scratch.
        public init() {}
    }

    /// Mentions in `range` of `tokens`, left to right, before coreference.
    public func find(_ tokens: [Token], _ range: Range<Int>, bytes: [UInt8], year: Int?) -> [Mention] {
        var scratch = Scratch()
        return find(tokens, range, bytes: bytes, year: year, scratch: &scratch)
    }

    /// `find(_:_:bytes:year:)` with lists kept in `scratch` between calls.
    public func find(_ tokens: [Token], _ range: Range<Int>, bytes: [UInt8], year: Int?, scratch: inout Scratch) -> [Mention] {
        var mentions: [Mention] = []
        // One scratch for the line's chunks, so each does not allocate its own lists; taken out of `scratch`
        // (and put back below) so that it is uniquely held while the line is read.
        var parts = scratch.parts
        scratch.parts = Parts()
        defer { scratch.parts = parts }
        // Each token's look-ups, made once: chunks starting at neighbouring tokens read the same ones again.
        parts.base = range.lowerBound
        parts.heads.removeAll(keepingCapacity: true)
        parts.heads.reserveCapacity(range.count)
        for i in range {
            parts.heads.append(starts.mayContain(tokens[i].key.bits) ? infos[tokens[i]] ?? WordInfo() : WordInfo())
        }
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            // A mark never starts a chunk: each of `chunk`'s rules for marks continues a title or a name.
            if tokens[i].kind == .punct { i += 1; continue }
            // Most tokens start nothing: settled here, before a call to `chunk` (which saves and sets up much).
            // A first token that is not the first word of an actor or role phrase ends `chunk`'s loop before it
            // finds a core unless it is a capitalised name word ("He", "The" are not) or a lowercase title filler.
            if parts.actor(i) < 0, parts.role(i) < 0,
               tokens[i].isCapitalized ? parts.is(i, WordInfo.notName) : !parts.is(i, WordInfo.filler) { i += 1; continue }
            if let (mention, next) = chunk(tokens, at: i, end: end, rangeStart: range.lowerBound, bytes: bytes, year: year, &parts) {
                // Room for a line's mentions at once: growing one by one copied (and retained) each Mention twice or more.
                if mentions.isEmpty { mentions.reserveCapacity(8) }
                mentions.append(mention)
                i = next
            } else {
                i += 1
            }
        }
        return mentions
    }

    fileprivate struct Parts {
        var entries: [(ActorEntry, Range<Int>)] = []
        var roles: [(RoleWord, Range<Int>)] = []
        var names: [Int] = []
        var fillers = 0
        /// For each token of the line from `base`: its word's `WordInfo` (a default one for words not in `infos`).
        var heads: [WordInfo] = []
        /// The token of `heads[0]`.
        var base = 0

        /// The actor index head of token `j` of the line.
        @inline(__always) func actor(_ j: Int) -> Int32 { heads[j - base].actor }
        /// The role index head of token `j` of the line.
        @inline(__always) func role(_ j: Int) -> Int32 { heads[j - base].role }
        /// Whether a role hit is one generic word (`MentionFinder.isGeneric`): the index files at most one
        /// one-word role per word (a later identical phrase replaces an earlier one), so its word's flag answers.
        @inline(__always) func isGeneric(_ hit: (RoleWord, Range<Int>)) -> Bool {
            hit.1.count == 1 && `is`(hit.1.lowerBound, WordInfo.genericRole)
        }
        /// Whether the word of token `j` of the line has any of the `WordInfo` flags `flags`.
        @inline(__always) func `is`(_ j: Int, _ flags: UInt8) -> Bool { heads[j - base].flags & flags != 0 }

        /// Empties the lists for the next chunk, keeping their storage. One `removeLast` at a time: the lists
        /// hold one to three items, and `removeAll(keepingCapacity:)` goes through the general `replaceSubrange`.
        @inline(__always) mutating func reset() {
            while !entries.isEmpty { entries.removeLast() }
            while !roles.isEmpty { roles.removeLast() }
            while !names.isEmpty { names.removeLast() }
            fillers = 0
        }
    }

    /// Reads one actor chunk starting at `start`, returning the mention and where scanning resumes.
    private func chunk(_ tokens: [Token], at start: Int, end: Int, rangeStart: Int, bytes: [UInt8], year: Int?,
                       _ parts: inout Parts) -> (Mention, Int)? {
        // `find` has already passed over the tokens that can start nothing.
        parts.reset()
        // Tokens read through a span: an array's subscript copies (and retains) the token for each test.
        let ts = tokens.span
        var j = start
        var sawCore = false
        while j < end {
            if ts[j].is(possessive), parts.names.isEmpty, parts.roles.isEmpty,
               parts.entries.contains(where: { [.country, .igo, .capital, .seat, .group].contains($0.0.kind) }),
               j + 1 < end, lexicon.roles.longestValue(tokens, at: j + 1, limit: end, head: parts.role(j + 1)) != nil
                   || bestEntry(tokens, at: j + 1, end: end, year: year, head: parts.actor(j + 1))
                          .map({ [.group, .seat, .org].contains($0.entry.kind) }) == true {
                // "Tanzania's police", "Pakistan's military": the country's body.
                j += 1; continue
            }
            if ts[j].kind == .punct {
                // "Gen." / "Sen." after a title, and hyphens inside names ("Jean-Yves").
                if ts[j].is(dot), !parts.roles.isEmpty, j == (parts.roles.last?.1.upperBound ?? -1), j + 1 < end, ts[j + 1].isCapitalized {
                    j += 1; continue
                }
                // A middle initial: "Lloyd J. Austin".
                if ts[j].is(dot), let last = parts.names.last, last == j - 1, ts[last].norm.utf8.count == 1, j + 1 < end,
                   ts[j + 1].kind == .word, ts[j + 1].isCapitalized {
                    j += 1; continue
                }
                if ts[j].is(hyphen), !ts[j].spaceBefore, j + 1 < end, !ts[j + 1].spaceBefore, ts[j + 1].isCapitalized,
                   !parts.names.isEmpty, parts.names.last == j - 1 {
                    parts.names.append(j + 1); j += 2; continue
                }
                break
            }
            // Most words head no phrase: asked here, the look-ups (and their set-up) are skipped for them.
            if parts.actor(j) >= 0, let hit = bestEntry(tokens, at: j, end: end, year: year, head: parts.actor(j)) {
                parts.entries.append((hit.entry, j..<(j + hit.length)))
                j += hit.length; sawCore = true
                continue
            }
            if parts.role(j) >= 0, let role = lexicon.roles.longestValue(tokens, at: j, limit: end, head: parts.role(j)) {
                // A lone lowercase role word with nothing else is still a chunk ("officials"), judged below.
                parts.roles.append((role.value, j..<(j + role.length)))
                j += role.length; sawCore = true
                continue
            }
            // Capitalised words are names; a sentence-initial one too (coreference drops those it cannot resolve).
            if ts[j].kind == .word, ts[j].isCapitalized, !parts.is(j, WordInfo.notName), ByteClass.hasTwoCharacters(ts[j].norm) || !parts.names.isEmpty {
                parts.names.append(j)
                j += 1; sawCore = true
                continue
            }
            if ts[j].kind == .word, !ts[j].isCapitalized, parts.is(j, WordInfo.filler), fillerLeadsToRole(tokens, j, end, parts) {
                parts.fillers += 1
                j += 1
                continue
            }
            break
        }
        guard sawCore else { return nil }
        // Trim trailing fillers that led nowhere.
        var last = j
        while last > start, ts[last - 1].kind == .word, !ts[last - 1].isCapitalized,
              parts.is(last - 1, WordInfo.filler),
              !parts.roles.contains(where: { $0.1.contains(last - 1) }) { last -= 1 }
        j = last
        // "Chancellor Merkel of Germany", "delegations from Russia": the country after of/from.
        var ofEntry: (ActorEntry, Range<Int>)? = nil
        if j + 1 < end, !parts.roles.isEmpty || !parts.names.isEmpty, ts[j].is(of) || ts[j].is(from) {
            var k = j + 1
            if k < end, ts[k].is(the) { k += 1 }
            if k < end, let hit = bestEntry(tokens, at: k, end: end, year: year, head: parts.actor(k)),
               [.country, .igo, .capital, .region].contains(hit.entry.kind) {
                ofEntry = (hit.entry, k..<(k + hit.length))
                j = k + hit.length
            }
        } else if j + 1 < end, ts[j].is(in_), parts.entries.isEmpty, parts.names.isEmpty,
                  parts.roles.contains(where: { $0.0.kind == .group }) {
            // "security forces in Guinea", "police in Nairobi": a bare collective is that country's.
            let k = j + 1
            if let hit = bestEntry(tokens, at: k, end: end, year: year, head: parts.actor(k)), [.country, .capital].contains(hit.entry.kind) {
                ofEntry = (hit.entry, k..<(k + hit.length))
                j = k + hit.length
            }
        }
        // "US$7 billion", "HK$": a currency, not an actor.
        if j < tokens.count, !ts[j].spaceBefore, ts[j].norm == "$" { return nil }
        return build(parts, ofEntry: ofEntry, tokens: tokens, start: start, end: j, bytes: bytes, year: year).map { ($0, max(j, start + 1)) }
    }

    private func fillerLeadsToRole(_ tokens: [Token], _ j: Int, _ end: Int, _ parts: borrowing Parts) -> Bool {
        var k = j
        while k < end, k < j + 4 {
            if parts.role(k) >= 0, lexicon.roles.longestValue(tokens, at: k, limit: end, head: parts.role(k)) != nil { return true }
            if tokens[k].kind != .word || tokens[k].isCapitalized { return false }
            k += 1
        }
        return false
    }

    /// The lexicon entry at `j` that holds in `year`, longest first.
    func bestEntry(_ tokens: [Token], at j: Int, end: Int, year: Int?) -> (length: Int, entry: ActorEntry)? {
        bestEntry(tokens, at: j, end: end, year: year, head: lexicon.actors.head(tokens, at: j))
    }

    /// `bestEntry(_:at:end:year:)` for a token whose actor index head (`PhraseIndex.head(_:at:)`) is `head`.
    private func bestEntry(_ tokens: [Token], at j: Int, end: Int, year: Int?, head: Int32) -> (length: Int, entry: ActorEntry)? {
        // The candidates are longest first: the first fit fixes the length, and the first of that length holding
        // in `year` wins. Entries that do not hold are kept (rarely) for the historical fallback below.
        var longest = 0
        var same: [ActorEntry] = []
        var holding: ActorEntry? = nil
        lexicon.actors.visitFits(tokens, at: j, limit: end, head: head) { n, value in
            if longest > 0, n < longest { return true }
            longest = n
            if value.holds(in: year) { holding = value; return true }
            same.append(value)
            return false
        }
        if let holding { return (longest, holding) }
        guard longest > 0 else { return nil }
        // Only historical entries: a person still is who they are, a name still names its country —
        // unless the name goes on ("Juan Carlos Correa" is not "Juan Carlos").
        let nameGoesOn = j + longest < end && tokens[j + longest].kind == .word && tokens[j + longest].isCapitalized
        if !nameGoesOn, let person = same.first(where: { $0.kind == .person }) {
            let latest = same.filter { $0.kind == .person }.max { ($0.until ?? 9999) < ($1.until ?? 9999) }
            return (longest, latest ?? person)
        }
        return nil
    }

    /// "Jean - Yves" as "Jean-Yves"; without a hyphen there is nothing to do (and Foundation's replace is slow).
    static func joinHyphens(_ s: String) -> String {
        var copy = s   // withUTF8 scans contiguous bytes; `utf8.contains` is a generic, per-byte call
        return copy.withUTF8 { $0.contains(0x2D) } ? s.replacingOccurrences(of: " - ", with: "-") : s
    }

    /// The words of the token ranges as written, joined by single spaces (as `map` + `joined(separator: " ")`
    /// would), decoded once from their bytes instead of one String per word.
    static func written<S: Sequence>(_ ranges: S, _ tokens: [Token], _ bytes: [UInt8]) -> String where S.Element == Range<Int> {
        var out: [UInt8] = []
        var first = true
        for r in ranges {
            if !first { out.append(0x20) }
            first = false
            out.append(contentsOf: bytes[tokens[r.lowerBound].byteStart..<tokens[r.upperBound - 1].byteEnd])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func build(_ p: borrowing Parts, ofEntry: (ActorEntry, Range<Int>)?, tokens: [Token], start: Int, end: Int,
                       bytes: [UInt8], year: Int?) -> Mention? {
        let span = Span(start: tokens[start].start, end: tokens[end - 1].end)
        // The chunk as written, made only when a mention is returned: about half the chunks return none.
        func written() -> String { TextSlice.string(bytes, from: tokens[start].byteStart, to: tokens[end - 1].byteEnd) }
        let person = p.entries.last { $0.0.kind == .person }?.0
        let group = p.entries.last { $0.0.kind == .group || $0.0.kind == .party }?.0
        let media = p.entries.last { $0.0.kind == .media }?.0
        let modifier = ofEntry?.0 ?? p.entries.first { $0.0.kind != .person && $0.0.kind != .media }?.0
        // The head noun gives the role, unless it is generic and a more specific word came first
        // ("intelligence officials" → SPY).
        let headRole = p.roles.last.map { last in
            p.isGeneric(last) ? (p.roles.first { !p.isGeneric($0) }?.0 ?? last.0) : last.0
        }
        // Built only by the mentions that keep a title: most chunks return without one.
        func titleWords() -> String {
            p.roles.count == 1 ? TextSlice.string(bytes, from: tokens[p.roles[0].1.lowerBound].byteStart, to: tokens[p.roles[0].1.upperBound - 1].byteEnd)
                : MentionFinder.written(p.roles.lazy.map(\.1), tokens, bytes)
        }
        // Without lexicon entries every name word stays: no filtered copy to allocate.
        let nameTokens = p.entries.isEmpty || p.names.isEmpty ? p.names : p.names.filter { n in !p.entries.contains { $0.1.contains(n) } }
        // The name words as written, made (like `written`) only for a mention that is returned with them.
        func name() -> String {
            MentionFinder.joinHyphens(nameTokens.count == 1
                ? TextSlice.string(bytes, from: tokens[nameTokens[0]].byteStart, to: tokens[nameTokens[0]].byteEnd)
                : MentionFinder.written(nameTokens.lazy.map { $0..<($0 + 1) }, tokens, bytes))
        }
        // "in the Mediterranean", "in the United States": the article does not make a place an actor.
        // Asked only of a place mention returned as such.
        func locative() -> Bool {
            start > 0 && (locativeSet.contains(tokens[start - 1])
                || (tokens[start - 1].is(the) && start > 1 && locativeSet.contains(tokens[start - 2])))
        }

        if let person {
            if !person.holds(in: year), let modifier, [.demonym, .country, .seat, .capital].contains(modifier.kind),
               modifier.country != person.country {
                // An entry out of its years loses to the country the text gives: a namesake ("Bolivian judge Carlos
                // Mendoza"), or someone who has moved on.
                return Mention(tokens: start..<end, span: span, text: written(), actor: person.actor, country: modifier.country,
                               role: headRole?.role ?? "", kind: .person, title: titleWords())
            }
            // A known person: lexicon country; a title may refine the role.
            var m = Mention(tokens: start..<end, span: span, text: written(), actor: person.actor, country: person.country,
                            role: person.role.isEmpty ? (headRole?.role ?? "") : person.role, kind: .person, title: person.title)
            if m.country.isEmpty, let modifier { m.country = modifier.country }
            return m
        }
        if let media, p.roles.isEmpty || headRole?.role == "MED" {
            return Mention(tokens: start..<end, span: span, text: written(), actor: media.actor, country: media.country,
                           role: "MED", kind: .media, title: "")
        }
        if !nameTokens.isEmpty, let headRole {
            // Title + unknown name: "Kremlin aide Yury Ushakov", "Chancellor Merkel of Germany".
            let country = modifier?.country ?? ""
            return Mention(tokens: start..<end, span: span, text: written(), actor: name(), country: country,
                           role: headRole.role, kind: .person, title: titleWords())
        }
        if !nameTokens.isEmpty, headRole == nil {
            if let modifier, modifier.kind == .demonym || modifier.kind == .seat || modifier.kind == .country {
                // "French Emmanuel Bonne" is rare; an unknown capitalised word after a country is usually
                // a different noun ("Russian Orthodox"), so keep the country chunk only when the name is long.
                if nameTokens.count >= 2, modifier.kind == .demonym {
                    return Mention(tokens: start..<end, span: span, text: written(), actor: name(), country: modifier.country,
                                   role: modifier.role, kind: .person, title: "")
                }
            }
            if p.entries.isEmpty {
                return Mention(tokens: start..<end, span: span, text: written(), actor: name(), country: "", role: "",
                               kind: .person, title: "", isBareName: true)
            }
        }
        if let group {
            let role = group.role.isEmpty ? (headRole?.role ?? "") : group.role
            return Mention(tokens: start..<end, span: span, text: written(), actor: group.actor,
                           country: group.country.isEmpty ? (modifier?.country ?? "") : group.country,
                           role: role, kind: .group, title: titleWords())
        }
        if let modifier {
            var kind: Mention.Kind = .state
            if modifier.kind == .igo { kind = .igo }
            if modifier.kind == .region { kind = .region }
            if let headRole {
                // "the Russian leader", "European leaders", "Ukrainian troops", "French media".
                let isPersonTitle = headRole.kind == .title
                return Mention(tokens: start..<end, span: span, text: written(),
                               actor: isPersonTitle ? "" : modifier.actor, country: modifier.country,
                               role: headRole.role, kind: isPersonTitle && kind == .state ? .person : kind, title: titleWords())
            }
            switch modifier.kind {
            case .demonym where end + 1 < tokens.count && (tokens[end].norm == "and" || tokens[end].norm == ","):
                // "Hungarian and Romanian officials": the adjective shares the role noun after its mate.
                var k = end + 1
                if tokens[k].norm == "and" { k += 1 }
                guard k < tokens.count, let mate = bestEntry(tokens, at: k, end: tokens.count, year: year), mate.entry.kind == .demonym,
                      k + mate.length < tokens.count, let role = lexicon.roles.longestValue(tokens, at: k + mate.length, limit: tokens.count) else { return nil }
                return Mention(tokens: start..<end, span: span, text: written(), actor: modifier.actor, country: modifier.country,
                               role: role.value.role, kind: .state, title: "")
            case .demonym, .people:
                // A bare adjective ("Russian territory") is not an actor.
                if modifier.kind == .people {
                    return Mention(tokens: start..<end, span: span, text: written(), actor: modifier.actor,
                                   country: modifier.country, role: modifier.role, kind: .state, title: "")
                }
                return nil
            case .region where modifier.role.isEmpty && written().lowercased().hasSuffix("an"):
                return nil   // "European", "African" alone
            default:
                var m = Mention(tokens: start..<end, span: span, text: written(), actor: modifier.actor,
                                country: modifier.country, role: modifier.role, kind: kind, title: "")
                m.isLocative = locative() && (modifier.kind == .capital || modifier.kind == .country || modifier.kind == .region)
                return m
            }
        }
        if let headRole, headRole.kind == .title, p.names.isEmpty, ["GOV", "MIL", "LEG", "JUD", "SPY", "COP"].contains(headRole.role),
           start > 0, ["the", "his", "her", "their"].contains(tokens[start - 1].norm) || tokens[start].isCapitalized {
            // "The President", "the Secretary": the issuer's official, decided by coreference. Only offices of
            // state: "the terrorist" or "a farmer" is nobody's official.
            return Mention(tokens: start..<end, span: span, text: written(), actor: "", country: "", role: headRole.role,
                           kind: .person, title: titleWords(), isUnqualifiedTitle: true)
        }
        return nil
    }
}
