/// Making the mention a chunk's parts describe: a person, a medium, a titled or bare name, a group, a state
/// or an unqualified title ("The President"), or none.
extension MentionFinder {
    /// The mention of tokens `start..<end`, made of `p` and the country after the chunk (`ofEntry`), if any.
    func build(
        _ p: borrowing Parts, ofEntry: (ActorEntry, Range<Int>)?, tokens: [Token], start: Int, end: Int,
        bytes: [UInt8], year: Int?
    ) -> Mention? {
        let c = ChunkText(tokens: tokens, bytes: bytes, start: start, end: end)
        let modifier =
            ofEntry?.0 ?? p.entries.first { $0.0.kind != .person && $0.0.kind != .media }?.0
            ?? demonymInsideMedia(p, tokens, year: year)
        // The head noun gives the role, unless it is generic and a more specific word came first
        // ("intelligence officials" → SPY). An index into `p.roles`: copying the role word cost a tenth of building.
        let head =
            p.roles.isEmpty
            ? nil
            : p.isGeneric(p.roles[p.roles.count - 1])
                ? p.roles.firstIndex { !p.isGeneric($0) } ?? p.roles.count - 1 : p.roles.count - 1
        if let (found, range) = p.entries.last(where: { $0.0.kind == .person }) {
            let person = modifier.flatMap { office(of: range, for: $0, besides: found, tokens, year: year) } ?? found
            return MentionFinder.person(person, modifier: modifier, head: head, c, p, year: year)
        }
        if let media = p.entries.last(where: { $0.0.kind == .media })?.0, p.roles.isEmpty || p.roleCode(head) == "MED" {
            return c.mention(actor: media.actor, country: media.country, role: "MED", kind: .media)
        }
        // Without lexicon entries every name word stays: no filtered copy to allocate.
        let nameTokens =
            p.entries.isEmpty || p.names.isEmpty
            ? p.names : p.names.filter { n in !p.entries.contains { $0.1.contains(n) } }
        if !nameTokens.isEmpty,
            let named = MentionFinder.named(
                nameTokens, modifier: modifier, head: head, c, p,
                organisations: words.organisationWords)
        {
            return named
        }
        if let group = p.entries.last(where: { $0.0.kind == .group || $0.0.kind == .party })?.0 {
            // A party's lawmaker sits in the legislature ("a Komeito lawmaker" LEG): a party the lexicon codes only as
            // a party (PTY) yields to a legislator's title; its spokesman or leader stays the party's.
            let title = p.roleCode(head)
            let role = group.role.isEmpty || (group.role == "PTY" && title == "LEG") ? title : group.role
            return c.mention(
                actor: group.actor, country: group.country.isEmpty ? (modifier?.country ?? "") : group.country,
                role: role, kind: .group, title: c.titleWords(p.roles))
        }
        // "Britain's MI5", "Russia's Foreign Intelligence Service": a country's body named after it is that body.
        if let modifier, p.entries.count > 1, let body = p.entries.last?.0, body.kind == .seat, modifier.kind != .seat {
            return c.mention(
                actor: body.actor, country: body.country.isEmpty ? modifier.country : body.country,
                role: body.role.isEmpty ? p.roleCode(head) : body.role, kind: .state)
        }
        if let modifier { return place(modifier, head: head, c, p, year: year) }
        return unqualifiedTitle(head, c, p) ?? MentionFinder.sectorGroup(head, c, p)
    }

    /// "The Australian foreign minister": a newspaper named "The" + demonym, followed by a title that is no media
    /// role, is the demonym qualifying the title, not the newspaper.
    func demonymInsideMedia(_ p: borrowing Parts, _ tokens: [Token], year: Int?) -> ActorEntry? {
        guard !p.roles.isEmpty, let media = p.entries.last(where: { $0.0.kind == .media }), media.1.count >= 2,
            media.1.upperBound <= tokens.count, tokens[media.1.lowerBound].norm == "the",
            p.roles.contains(where: { $0.1.lowerBound >= media.1.upperBound && $0.0.role != "MED" }),
            let inner = bestEntry(tokens, at: media.1.lowerBound + 1, end: media.1.upperBound, year: year),
            inner.length == media.1.count - 1, inner.entry.kind == .demonym || inner.entry.kind == .country
        else { return nil }
        return inner.entry
    }

    /// The person's lexicon entry for the office the text names when the qualifier before the title is another
    /// country or organisation than `found`'s: "UN Secretary General Antonio Guterres" in a text dated 2000 is the
    /// UN's, not Portugal's prime minister of that year; "IMF chief Christine Lagarde" is the IMF's, not the ECB's.
    /// Of that country's entries, the one holding in `year`, else one with a sector, latest last; nil when the
    /// person held no office there, so a qualifier that is no office of theirs ("Afghan-born") changes nothing.
    func office(
        of range: Range<Int>, for modifier: ActorEntry, besides found: ActorEntry, _ tokens: [Token], year: Int?
    ) -> ActorEntry? {
        guard !modifier.country.isEmpty, modifier.country != found.country, modifier.kind != .person,
            range.lowerBound >= 0, range.upperBound <= tokens.count, !range.isEmpty
        else { return nil }
        var best: ActorEntry? = nil
        lexicon.actors.visitFits(
            tokens, at: range.lowerBound, limit: range.upperBound, head: lexicon.actors.head(tokens, at: range.lowerBound)
        ) { n, value in
            if n < range.count { return true }
            // The same name written the same way (the lexicon's spellings may differ in accents, as the tokens'
            // keys do not), of the qualifier's country.
            guard n == range.count, value.kind == .person, value.country == modifier.country else { return false }
            if value.holds(in: year) {
                best = value
                return true
            }
            if let kept = best, kept.role.isEmpty == value.role.isEmpty ? (kept.until ?? 9999) >= (value.until ?? 9999)
                : value.role.isEmpty
            {
                return false
            }
            best = value
            return false
        }
        return best
    }

    /// A lexicon person: its country, else the chunk's; a title may give the role.
    static func person(
        _ person: ActorEntry, modifier: ActorEntry?, head: Int?, _ c: ChunkText, _ p: borrowing Parts,
        year: Int?
    ) -> Mention {
        if !person.holds(in: year), let modifier, [.demonym, .country, .seat, .capital].contains(modifier.kind),
            modifier.country != person.country
        {
            // An entry out of its years loses to the country the text gives: a namesake ("Bolivian judge Carlos
            // Mendoza"), or someone who has moved on.
            return c.mention(
                actor: person.actor, country: modifier.country, role: p.roleCode(head), kind: .person,
                title: c.titleWords(p.roles))
        }
        var m = c.mention(
            actor: person.actor, country: person.country, role: person.role.isEmpty ? p.roleCode(head) : person.role,
            kind: .person, title: person.title)
        if m.country.isEmpty, let modifier { m.country = modifier.country }
        return m
    }

    /// A name the lexicon does not know: after a title ("Kremlin aide Yury Ushakov", "Chancellor Merkel of
    /// Germany"), after a demonym, or bare (for coreference); nil when the words are no name of a person.
    static func named(
        _ nameTokens: [Int], modifier: ActorEntry?, head: Int?, _ c: ChunkText, _ p: borrowing Parts,
        organisations: WordSet
    ) -> Mention? {
        // "the American Civil Liberties Union", "the Nigerian Medical Association": a body of the country (or of the
        // sector its role word names), named as written, and no person whose last word could pass for a surname.
        if modifier?.kind == .demonym || head != nil, let last = nameTokens.last, last >= 0, last < c.tokens.count,
            organisations.contains(c.tokens[last])
        {
            let role = head != nil ? p.roleCode(head) : modifier?.role ?? ""
            return c.mention(actor: c.written(), country: modifier?.country ?? "", role: role, kind: .state)
        }
        if head != nil {
            // "opposition activist Roberto Abdul": a person of a sector outside the state, whom the lexicon need not
            // know, still acts for that sector (and the story's country) when no country is written.
            let role = p.roleCode(head)
            return c.mention(
                actor: c.name(nameTokens), country: modifier?.country ?? "", role: role, kind: .person,
                title: c.titleWords(p.roles),
                isSectorGroup: modifier == nil && !role.isEmpty && Dyad.branch(role) == nil)
        }
        // "French Emmanuel Bonne" is rare; an unknown capitalised word after a country is usually a different noun
        // ("Russian Orthodox"), so the chunk is a person only when the name is long.
        if let modifier, modifier.kind == .demonym, nameTokens.count >= 2 {
            return c.mention(actor: c.name(nameTokens), country: modifier.country, role: modifier.role, kind: .person)
        }
        guard p.entries.isEmpty else { return nil }
        return c.mention(actor: c.name(nameTokens), country: "", role: "", kind: .person, isBareName: true)
    }

    /// A chunk led by a place, demonym or organisation: "the Russian leader", "Ukrainian troops", "Moscow".
    func place(_ modifier: ActorEntry, head: Int?, _ c: ChunkText, _ p: borrowing Parts, year: Int?) -> Mention? {
        let kind: Mention.Kind = modifier.kind == .igo ? .igo : modifier.kind == .region ? .region : .state
        if head != nil {
            // "the Russian leader", "European leaders", "Ukrainian troops", "French media".
            let isPersonTitle = p.isTitle(head)
            return c.mention(
                actor: isPersonTitle ? "" : modifier.actor, country: modifier.country,
                role: MentionFinder.groupRole(p.roleCode(head), of: modifier, isTitle: isPersonTitle),
                kind: isPersonTitle && kind == .state ? .person : kind, title: c.titleWords(p.roles))
        }
        let tokens = c.tokens
        let end = c.end
        switch modifier.kind {
        case .demonym where end + 1 < tokens.count && (tokens[end].norm == "and" || tokens[end].norm == ","):
            return sharedRole(modifier, c, year: year)
        case .people:
            return c.mention(actor: modifier.actor, country: modifier.country, role: modifier.role, kind: .state)
        case .demonym, .city, .province:
            return nil  // a bare adjective ("Russian territory"), a city or a province alone is not an actor
        case .capital where end < tokens.count && words.accordNames.contains(tokens[end]):
            return nil  // "the Paris climate agreement", "the Minsk agreements": the name of an accord
        case .region where modifier.role.isEmpty && c.written().lowercased().hasSuffix("an"):
            return nil  // "European", "African" alone
        default:
            var m = c.mention(actor: modifier.actor, country: modifier.country, role: modifier.role, kind: kind)
            // "at the White House", "at the Kremlin": a seat after "at" is where something happens ("signed the
            // accords at the White House"); "in Moscow", "near Gaza" for capitals, countries and regions.
            m.isLocative =
                c.isLocative(locativeSet)
                && (modifier.kind == .capital || modifier.kind == .country || modifier.kind == .region
                    || (modifier.kind == .seat && c.follows(Word.at)))
            return m
        }
    }

    /// The role of a noun after `modifier`: the noun's own, unless it names a branch of the state and the modifier is
    /// a state body with a sector (a seat: "RCMP officers" COP) or a group's adjective with a role of its own
    /// (`ethnic-groups.tsv`: only a group's demonyms carry one). A people is no state: "Tigrayan forces" are rebels
    /// (REB), "Yoruba leaders" the group's own (its row's role).
    static func groupRole(_ role: String, of modifier: ActorEntry, isTitle: Bool = false) -> String {
        // "RCMP officers", "Shin Bet officers": the members of a state body with a sector of its own are of that
        // sector, whatever the branch the plural noun would give alone ("officers" MIL). A title keeps its own.
        if modifier.kind == .seat, !modifier.role.isEmpty, !isTitle, Dyad.branch(role) != nil, !role.isEmpty {
            return modifier.role
        }
        guard modifier.kind == .demonym, !modifier.role.isEmpty, Dyad.branch(role) != nil else { return role }
        return ["MIL", "COP", "SPY"].contains(role) ? "REB" : modifier.role
    }

    /// "Hungarian and Romanian officials", "Japanese and the Australian armies", "British and EU negotiators": the
    /// adjective shares the role noun after its mate (a demonym, or a country or organisation named as one).
    func sharedRole(_ modifier: ActorEntry, _ c: ChunkText, year: Int?) -> Mention? {
        let tokens = c.tokens
        var k = c.end + 1
        if tokens[k].norm == "and" { k += 1 }
        if k < tokens.count, tokens[k].is(Word.the) { k += 1 }
        guard k < tokens.count, let mate = bestEntry(tokens, at: k, end: tokens.count, year: year),
            [.demonym, .country, .igo].contains(mate.entry.kind),
            k + mate.length < tokens.count,
            let role = lexicon.roles.longestValue(tokens, at: k + mate.length, limit: tokens.count)
        else { return nil }
        return c.mention(actor: modifier.actor, country: modifier.country, role: role.value.role, kind: .state)
    }

    /// "The President", "the Secretary": the issuer's official, decided by coreference. Only offices of state:
    /// "the terrorist" or "a farmer" is nobody's official.
    func unqualifiedTitle(_ head: Int?, _ c: ChunkText, _ p: borrowing Parts) -> Mention? {
        let (tokens, start) = (c.tokens, c.start)
        guard p.isTitle(head), p.names.isEmpty, ["GOV", "MIL", "LEG", "JUD", "SPY", "COP"].contains(p.roleCode(head)),
            start > 0,
            (tokens[start - 1].is(the) || words.owners.contains(tokens[start - 1])) || tokens[start].isCapitalized
        else { return nil }
        return c.mention(
            actor: "", country: "", role: p.roleCode(head), kind: .person, title: c.titleWords(p.roles),
            isUnqualifiedTitle: true)
    }

    /// "Police", "the protesters", "security forces", "rebel positions": a group of a sector and no country, which takes the story's
    /// country later (`ActorResolver.placeSectorGroups`). Words too general to be a side ("officials", "members")
    /// are no such group.
    static func sectorGroup(_ head: Int?, _ c: ChunkText, _ p: borrowing Parts) -> Mention? {
        guard let head, p.names.isEmpty, p.entries.isEmpty, !p.isGeneric(p.roles[head]) else { return nil }
        let role = p.roleCode(head)
        // A title of the state alone ("a minister") is nobody in particular; "the rebel", "an activist" are a side,
        // and so is one member of the state's forces, courts or legislature ("a soldier was killed", "a judge ruled").
        guard !role.isEmpty, !p.isTitle(head) || Dyad.branch(role) == nil || isIndefiniteMember(role, c) else {
            return nil
        }
        let words = c.titleWords(p.roles)
        return c.mention(actor: words, country: "", role: role, kind: .group, title: words, isSectorGroup: true)
    }

    /// Whether the chunk is "a"/"an" and a title of `role` other than the government's: one soldier, police
    /// officer, judge or senator is a side of the state's forces or branches; "a minister" stays nobody.
    static func isIndefiniteMember(_ role: String, _ c: ChunkText) -> Bool {
        guard role != "GOV", c.start > 0 else { return false }
        return c.tokens[c.start - 1].is(Word.a) || c.tokens[c.start - 1].is(Word.an)
    }

    /// "Jean - Yves" as "Jean-Yves"; without a hyphen there is nothing to do (and Foundation's replace is slow).
    static func joinHyphens(_ s: String) -> String {
        var copy = s  // withUTF8 scans contiguous bytes; `utf8.contains` is a generic, per-byte call
        return copy.withUTF8 { $0.contains(0x2D) } ? s.replacingOccurrences(of: " - ", with: "-") : s
    }

    /// The words of the token ranges as written, joined by single spaces (as `map` + `joined(separator: " ")`
    /// would), decoded once from their bytes instead of one String per word.
    static func written<S: Sequence>(_ ranges: S, _ tokens: [Token], _ bytes: [UInt8]) -> String
    where S.Element == Range<Int> {
        var out: [UInt8] = []
        var first = true
        for r in ranges {
            if !first { out.append(0x20) }
            first = false
            out.append(contentsOf: bytes[tokens[r.lowerBound].byteStart..<tokens[r.upperBound - 1].byteEnd])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The tokens of one chunk, and the strings of its mention, made only for a mention that is returned with them
/// (about half the chunks return none).
struct ChunkText {
    /// Every token of the document.
    let tokens: [Token]
    /// The document's text as UTF-8.
    let bytes: [UInt8]
    /// The chunk's tokens.
    let start: Int, end: Int

    /// The chunk as written.
    func written() -> String { TextSlice.string(bytes, from: tokens[start].byteStart, to: tokens[end - 1].byteEnd) }

    /// A mention of the chunk.
    func mention(
        actor: String, country: String, role: String, kind: Mention.Kind, title: String = "",
        isBareName: Bool = false, isUnqualifiedTitle: Bool = false, isSectorGroup: Bool = false
    ) -> Mention {
        Mention(
            tokens: start..<end, span: Span(start: tokens[start].start, end: tokens[end - 1].end), text: written(),
            actor: actor,
            country: country, role: role, kind: kind, title: title, isBareName: isBareName,
            isUnqualifiedTitle: isUnqualifiedTitle,
            isSectorGroup: isSectorGroup)
    }

    /// The title words as written.
    func titleWords(_ roles: [(RoleWord, Range<Int>)]) -> String {
        roles.count == 1
            ? TextSlice.string(
                bytes, from: tokens[roles[0].1.lowerBound].byteStart, to: tokens[roles[0].1.upperBound - 1].byteEnd)
            : MentionFinder.written(roles.lazy.map(\.1), tokens, bytes)
    }

    /// The name words as written.
    func name(_ nameTokens: [Int]) -> String {
        MentionFinder.joinHyphens(
            nameTokens.count == 1
                ? TextSlice.string(bytes, from: tokens[nameTokens[0]].byteStart, to: tokens[nameTokens[0]].byteEnd)
                : MentionFinder.written(nameTokens.lazy.map { $0..<($0 + 1) }, tokens, bytes))
    }

    /// "in the Mediterranean", "in the United States": after a locative preposition, the article between or not.
    /// Whether the chunk follows `word`, with or without "the" between ("at the Kremlin").
    func follows(_ word: Word) -> Bool {
        start > 0 && (tokens[start - 1].is(word) || (tokens[start - 1].is(Word.the) && start > 1 && tokens[start - 2].is(word)))
    }

    func isLocative(_ locative: WordSet) -> Bool {
        start > 0
            && (locative.contains(tokens[start - 1])
                || (tokens[start - 1].is(Word.the) && start > 1 && locative.contains(tokens[start - 2])))
    }
}
