/// Organisations the lexicon does not know, or knows only a part of: "the Department of State Services" is no
/// "Department of State", "the Kenya Revenue Authority" no "Kenya", "the Independent National Electoral Commission"
/// no person named "Independent". The whole capitalised name is one body, of the sector its head noun names.
extension MentionFinder {
    /// The first word of the name at `start`: past a leading "the".
    func nameStart(_ tokens: [Token], _ start: Int) -> Int { tokens[start].is(the) ? start + 1 : start }

    /// Where the capitalised name starting at `start` ends: capitalised words, and joiners ("of", "for", "and", each
    /// with "the" after it or not) between two of them. `start` itself when the token is no capitalised word.
    func capitalisedNameEnd(_ tokens: [Token], from start: Int, end: Int) -> Int {
        // A leading "the" opens the name (a newspaper's "The National" may be the start of "the National Assembly").
        var k = start < end ? nameStart(tokens, start) : start
        var last = start
        // A members' possessive goes on with the name: "'s" is a word token, a bare "'" ("Workers'") a mark.
        while k < end, tokens[k].kind == .word || (last > start && isPossessiveInName(tokens, at: k, end: end)) {
            if tokens[k].isCapitalized, !tokens[k].is(the) {
                k += 1
                last = k
                continue
            }
            if last > start, isPossessiveInName(tokens, at: k, end: end) {
                k += 1
                continue
            }
            // A joiner continues the name only when a capitalised word follows it (past a "the").
            guard last > start, words.organisationJoiners.contains(tokens[k]) else { break }
            // "the" only after "of"/"for": "the Department of Justice and the U.S. Attorney" are two bodies.
            let isAnd = tokens[k].is(Word.and)
            var next = k + 1
            if !isAnd, next < end, tokens[next].is(the) { next += 1 }
            guard next < end, tokens[next].kind == .word, tokens[next].isCapitalized, !tokens[next].is(the) else {
                break
            }
            k = next
        }
        return last
    }

    /// Whether the possessive at `j` stands inside an organisation's name: after a capitalised noun for the body's
    /// members (`possessive-name-nouns.txt`) and before a capitalised word, "People's" in "the Uganda People's Defence
    /// Forces". After a country or a person ("Britain's MI5") it marks an owner and ends the name.
    func isPossessiveInName(_ tokens: [Token], at j: Int, end: Int) -> Bool {
        // Most tokens have a space before them: that test first, as every token of a chunk is asked.
        guard j > 0, j + 1 < end, !tokens[j].spaceBefore, tokens[j].is(possessive) || tokens[j].norm == "'",
            tokens[j - 1].isCapitalized, words.possessiveNameNouns.contains(tokens[j - 1]),
            tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized
        else { return false }
        return true
    }

    /// The head noun of the name `start..<nameEnd` and the sector it gives: the last word before the name's first
    /// joiner ("Ministry of Mines"), else its last word ("Department of State Services"); nil when neither is an
    /// organisation head (`organisation-heads.tsv`).
    func organisationHead(_ tokens: [Token], _ start: Int, _ nameEnd: Int) -> (token: Int, role: String)? {
        let first = nameStart(tokens, start)
        var firstEnd = nameEnd
        for k in first..<nameEnd where !tokens[k].isCapitalized {
            firstEnd = k
            break
        }
        for k in [firstEnd - 1, nameEnd - 1] where k >= first {
            if let role = words.organisationHeads[tokens[k]] { return (k, role) }
        }
        return nil
    }

    /// The mention of an organisation named by the capitalised words from `start`, when the chunk read there
    /// (ending at `chunkEnd`) breaks that name: it stops inside it, or it reads some of its words as a name that
    /// no lexicon person is. Nil when the chunk reads the name whole (the lexicon, or a country and a role, as in
    /// "the Nigerian Police Force" or "the Supreme Court of Pakistan") or the name has no organisation head.
    func unknownOrganisation(
        _ tokens: [Token], start: Int, chunkEnd: Int, end: Int, bytes: [UInt8], year: Int?, _ parts: borrowing Parts
    ) -> (Mention, Int)? {
        // A title's "of" names its holder's office ("Commissioner of Police", "President of the Senate"): a person.
        guard tokens[start].isCapitalized || tokens[start].is(the),
            !parts.entries.contains(where: { $0.0.kind == .person }), !parts.roles.contains(where: { $0.0.kind == .title })
        else { return nil }
        let nameEnd = capitalisedNameEnd(tokens, from: start, end: end)
        let first = nameStart(tokens, start)
        guard nameEnd - first >= 2 else { return nil }
        // An entry led by "the" that stops inside the name ("The National" of "The National Assembly") gives way to
        // the words after "the", whatever they are.
        // A lexicon body before "and" is one of two ("Doctors Without Borders and Catholic Relief Services"); a role
        // is not ("Ministry of Mines and Energy").
        let bodyBeforeAnd =
            chunkEnd < nameEnd && tokens[chunkEnd].is(Word.and)
            && parts.entries.contains { $0.1.upperBound == chunkEnd }
        let stopsInside =
            chunkEnd < nameEnd && !bodyBeforeAnd
            && (tokens[start].is(the) || !startsActorOrRole(tokens, at: chunkEnd, end: end, year: year, parts))
        let readsNames = parts.names.contains { n in !parts.entries.contains { $0.1.contains(n) } }
        // A members' possessive inside a name no lexicon phrase holds whole ("the Ghana Farmers' Party"): the body is
        // its head noun's sector, not the members' (AGR).
        let crossesPossessive =
            !parts.entries.contains { $0.1.lowerBound <= first && $0.1.upperBound >= nameEnd }
            && (first..<nameEnd).contains { isPossessiveInName(tokens, at: $0, end: end) }
        guard stopsInside || readsNames || crossesPossessive, let head = organisationHead(tokens, start, nameEnd) else {
            return nil
        }
        // A role phrase that ends at the head noun is more specific than the noun ("Intelligence Agency" SPY).
        let role = parts.roles.last { $0.1.upperBound == head.token + 1 && !$0.0.role.isEmpty }?.0.role ?? head.role
        let (country, isIGO) = countryInside(tokens, start, nameEnd, year: year, parts)
        // "The National Assembly": past a leading "the", read as words of the body's name, not of a newspaper.
        let c = ChunkText(tokens: tokens, bytes: bytes, start: first, end: nameEnd)
        let mention = c.mention(
            actor: c.written(), country: country, role: role, kind: isIGO ? .igo : country.isEmpty ? .group : .state,
            isSectorGroup: country.isEmpty)
        return (mention, nameEnd)
    }

    /// Whether a role phrase or a lexicon actor starts at `k`: a word that stands on its own ("Russian Defence
    /// Ministry", "Obama Administration") does not continue the name before it.
    func startsActorOrRole(_ tokens: [Token], at k: Int, end: Int, year: Int?, _ parts: borrowing Parts) -> Bool {
        guard k < end else { return false }
        if startsRole(tokens, at: k, end: end, parts) { return true }
        return parts.actor(k) >= 0 && bestEntry(tokens, at: k, end: end, year: year, head: parts.actor(k)) != nil
    }

    /// The country a country or demonym inside the name gives it ("Kenya Revenue Authority", "National Intelligence
    /// Agency of Nigeria"), or the organisation of states ("U.N. Conciliation Commission"); a seat inside it
    /// ("Department of State") is no country's. `isIGO`: the code is an organisation of states'.
    func countryInside(_ tokens: [Token], _ start: Int, _ nameEnd: Int, year: Int?, _ parts: borrowing Parts)
        -> (country: String, isIGO: Bool)
    {
        var k = start
        while k < nameEnd {
            if parts.actor(k) >= 0, let hit = bestEntry(tokens, at: k, end: nameEnd, year: year, head: parts.actor(k)) {
                if [.country, .demonym, .igo].contains(hit.entry.kind), !hit.entry.country.isEmpty {
                    return (hit.entry.country, hit.entry.kind == .igo)
                }
                k += hit.length
                continue
            }
            k += 1
        }
        return ("", false)
    }
}
