/// Reading one chunk of a line: the lexicon entries, roles, name words and fillers that make one mention
/// ("Kremlin foreign policy aide Yury Ushakov"), and the country after it ("of Germany").
extension MentionFinder {
    /// Reads one actor chunk starting at `start`, returning the mention and where scanning resumes.
    func chunk(_ tokens: [Token], at start: Int, end: Int, bytes: [UInt8], year: Int?, _ parts: inout Parts) -> (
        Mention, Int
    )? {
        parts.reset()
        guard let wordsEnd = scanWords(tokens, from: start, end: end, year: year, &parts) else { return nil }
        var j = trimmingFillers(tokens, start, wordsEnd, parts)
        let ofEntry = ownerCountry(tokens, after: j, end: end, year: year, parts)
        if let ofEntry { j = ofEntry.1.upperBound }
        if let organisation = unknownOrganisation(
            tokens, start: start, chunkEnd: j, end: end, bytes: bytes, year: year, parts)
        {
            return organisation
        }
        // "US$7 billion", "HK$": a currency, not an actor.
        if j < tokens.count, !tokens[j].spaceBefore, tokens[j].norm == "$" { return nil }
        return build(parts, ofEntry: ofEntry, tokens: tokens, start: start, end: j, bytes: bytes, year: year)
            .map { (formerOfficial($0, parts, tokens, start: start, year: year), max(j, start + 1)) }
    }

    /// "former president Joseph Estrada": who held an office of the state no longer acts for it; CAMEO codes a
    /// former official as an elite (ELI), a side apart from the state (`Dyad.branch`). The lexicon's role for
    /// the person in that year, where it has one, stands ("former Prime Minister Imran Khan" in 2023 leads the
    /// opposition).
    func formerOfficial(_ m: Mention, _ parts: borrowing Parts, _ tokens: [Token], start: Int, year: Int?) -> Mention {
        guard !m.role.isEmpty, Dyad.branch(m.role) != nil, let title = parts.roles.first?.1,
            // "former" may stand inside the chunk or just before it ("former Peruvian President ...").
            (max(0, start - 1)..<title.lowerBound).contains(where: { words.formerWords.contains(tokens[$0]) }),
            !parts.entries.contains(where: { $0.0.kind == .person && !$0.0.role.isEmpty && $0.0.holds(in: year) })
        else { return m }
        var former = m
        former.role = "ELI"
        return former
    }

    /// Files the chunk's words from `start` into `parts` and returns where they end; nil when there is no core
    /// (no entry, role or name), only fillers.
    func scanWords(_ tokens: [Token], from start: Int, end: Int, year: Int?, _ parts: inout Parts) -> Int? {
        // Through a span: the array's subscript copies the token (and its string) for each test.
        let ts = tokens.span
        var j = start
        var sawCore = false
        while j < end {
            if ts[j].is(possessive), isCountrysBody(tokens, after: j, end: end, year: year, parts) {
                j += 1
                continue
            }
            // "the Uganda People's Defence Forces": the possessive of the members' noun is inside the name.
            if j > start, isPossessiveInName(tokens, at: j, end: end) {
                j += 1
                continue
            }
            if ts[j].kind == .punct {
                guard let next = pastMark(tokens, j, end, &parts) else { break }
                j = next
                continue
            }
            // Most words head no phrase: asked here, the look-ups (and their set-up) are skipped for them.
            if parts.actor(j) >= 0, let hit = bestEntry(tokens, at: j, end: end, year: year, head: parts.actor(j)) {
                if !hit.entry.kind.isSubnationalPlace || startsRole(tokens, at: j + hit.length, end: end, parts) {
                    parts.entries.append((hit.entry, j..<(j + hit.length)))
                    j += hit.length
                    sawCore = true
                    continue
                }
                if isPlaceNotName(hit.length, parts) {
                    j += hit.length
                    parts.placeEnd = j
                    continue
                }
            }
            if parts.role(j) >= 0, let role = lexicon.roles.longestValue(tokens, at: j, limit: end, head: parts.role(j))
            {
                // A lone lowercase role word with nothing else is still a chunk ("officials"), judged by `build`.
                parts.roles.append((role.value, j..<(j + role.length)))
                j += role.length
                sawCore = true
                continue
            }
            // Capitalised words are names; a sentence-initial one too (coreference drops those it cannot resolve).
            if ts[j].kind == .word, ts[j].isCapitalized, !parts.is(j, WordInfo.notName),
                ByteClass.hasTwoCharacters(ts[j].norm) || !parts.names.isEmpty
            {
                parts.names.append(j)
                j += 1
                sawCore = true
                continue
            }
            if ts[j].kind == .word, !ts[j].isCapitalized, parts.is(j, WordInfo.filler),
                fillerLeadsToRole(tokens, j, end, parts)
            {
                parts.fillers += 1
                j += 1
                continue
            }
            break
        }
        return sawCore ? j : nil
    }

    /// Whether a city of several words with no role after it ("the mayor of New York") is a place, not names: read
    /// as names, "York" became a person by surname. A one-word city stays readable as a name ("Charlotte Smith"),
    /// and so does one after a name, which is part of it.
    func isPlaceNotName(_ length: Int, _ parts: borrowing Parts) -> Bool {
        length > 1 && parts.names.isEmpty
    }

    /// Whether a role word starts at `k`: a city is an actor's country only before one ("Mumbai police").
    func startsRole(_ tokens: [Token], at k: Int, end: Int, _ parts: borrowing Parts) -> Bool {
        k < end && parts.role(k) >= 0
            && lexicon.roles.longestValue(tokens, at: k, limit: end, head: parts.role(k)) != nil
    }

    /// Whether the "'s" at `j` goes on to the body of the country before it: "Tanzania's police", "Pakistan's military",
    /// "Turkey's AKP".
    func isCountrysBody(_ tokens: [Token], after j: Int, end: Int, year: Int?, _ parts: borrowing Parts) -> Bool {
        guard parts.names.isEmpty, parts.roles.isEmpty,
            parts.entries.contains(where: { [.country, .igo, .capital, .seat, .group].contains($0.0.kind) }),
            j + 1 < end
        else {
            return false
        }
        return lexicon.roles.longestValue(tokens, at: j + 1, limit: end, head: parts.role(j + 1)) != nil
            || bestEntry(tokens, at: j + 1, end: end, year: year, head: parts.actor(j + 1))
                .map({ [.group, .seat, .org, .party].contains($0.entry.kind) }) == true
    }

    /// Where the chunk goes on after the mark at `j`, or nil when the mark ends it: "Gen." / "Sen." after a
    /// title, a middle initial ("Lloyd J. Austin") and a hyphen inside a name ("Jean-Yves").
    func pastMark(_ tokens: [Token], _ j: Int, _ end: Int, _ parts: inout Parts) -> Int? {
        let ts = tokens.span
        if ts[j].is(dot), !parts.roles.isEmpty, j == (parts.roles.last?.1.upperBound ?? -1), j + 1 < end,
            ts[j + 1].isCapitalized
        {
            return j + 1
        }
        if ts[j].is(dot), let last = parts.names.last, last == j - 1, ts[last].norm.utf8.count == 1, j + 1 < end,
            ts[j + 1].kind == .word, ts[j + 1].isCapitalized
        {
            return j + 1
        }
        if ts[j].is(hyphen), !ts[j].spaceBefore, j + 1 < end, !ts[j + 1].spaceBefore, ts[j + 1].isCapitalized,
            !parts.names.isEmpty, parts.names.last == j - 1
        {
            parts.names.append(j + 1)
            return j + 2
        }
        return nil
    }

    /// Whether the lowercase filler at `j` leads, through lowercase words, to a role within four tokens.
    func fillerLeadsToRole(_ tokens: [Token], _ j: Int, _ end: Int, _ parts: borrowing Parts) -> Bool {
        var k = j
        while k < end, k < j + 4 {
            if parts.role(k) >= 0, lexicon.roles.longestValue(tokens, at: k, limit: end, head: parts.role(k)) != nil {
                return true
            }
            if tokens[k].kind != .word || tokens[k].isCapitalized { return false }
            k += 1
        }
        return false
    }

    /// `end` without the trailing fillers that led nowhere.
    func trimmingFillers(_ tokens: [Token], _ start: Int, _ end: Int, _ parts: borrowing Parts) -> Int {
        var last = end
        while last > start, tokens[last - 1].kind == .word, !tokens[last - 1].isCapitalized,
            parts.is(last - 1, WordInfo.filler),
            !parts.roles.contains(where: { $0.1.contains(last - 1) })
        { last -= 1 }
        return last
    }

    /// The country a chunk ending at `j` belongs to, written after it: "Chancellor Merkel of Germany", "delegations
    /// from Russia", and for a bare collective "security forces in Guinea", "police in Nairobi".
    func ownerCountry(_ tokens: [Token], after j: Int, end: Int, year: Int?, _ parts: borrowing Parts) -> (
        ActorEntry, Range<Int>
    )? {
        guard j + 1 < end else { return nil }
        if !parts.roles.isEmpty || !parts.names.isEmpty, tokens[j].is(of) || tokens[j].is(from) {
            var k = j + 1
            if k < end, tokens[k].is(the) { k += 1 }
            guard k < end, let hit = bestEntry(tokens, at: k, end: end, year: year, head: parts.actor(k)),
                [.country, .igo, .capital, .region].contains(hit.entry.kind)
            else { return nil }
            return (hit.entry, k..<(k + hit.length))
        }
        guard tokens[j].is(in_), parts.entries.isEmpty, parts.names.isEmpty,
            parts.roles.contains(where: { $0.0.kind == .group }),
            let hit = bestEntry(tokens, at: j + 1, end: end, year: year, head: parts.actor(j + 1)),
            hit.entry.kind == .country || hit.entry.kind == .capital || hit.entry.kind.isSubnationalPlace
        else { return nil }
        return (hit.entry, (j + 1)..<(j + 1 + hit.length))
    }

    /// The lexicon entry at `j` that holds in `year`, longest first.
    func bestEntry(_ tokens: [Token], at j: Int, end: Int, year: Int?) -> (length: Int, entry: ActorEntry)? {
        bestEntry(tokens, at: j, end: end, year: year, head: lexicon.actors.head(tokens, at: j))
    }

    /// `bestEntry(_:at:end:year:)` for a token whose actor index head (`PhraseIndex.head(_:at:)`) is `head`.
    func bestEntry(_ tokens: [Token], at j: Int, end: Int, year: Int?, head: Int32) -> (length: Int, entry: ActorEntry)?
    {
        // The candidates are longest first: the first fit fixes the length, and the first of that length holding
        // in `year` wins. Entries that do not hold are kept (rarely) for the historical fallback below.
        var longest = 0
        var same: [ActorEntry] = []
        var holding: ActorEntry? = nil
        lexicon.actors.visitFits(tokens, at: j, limit: end, head: head) { n, value in
            if longest > 0, n < longest { return true }
            longest = n
            if value.holds(in: year) {
                holding = value
                return true
            }
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
        // A group named out of every row's years is still that group ("the Tamil Tigers" in a retrospective of
        // 2019, "FARC" after it laid down its arms): its row nearest in time gives its country and role. Parties,
        // whose rows say whether they rule, and places, which change hands, keep no such fallback.
        if !nameGoesOn, let year {
            func distance(_ e: ActorEntry) -> Int { max((e.since ?? year) - year, year - (e.until ?? year), 0) }
            var nearest: ActorEntry? = nil
            for e in same where e.kind == .group && (nearest.map { distance(e) < distance($0) } ?? true) { nearest = e }
            if let nearest { return (longest, nearest) }
        }
        return nil
    }
}
