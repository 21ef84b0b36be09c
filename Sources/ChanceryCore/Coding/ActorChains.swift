/// Subjects and objects: the actor nearest a verb on each side, with the actors coordinated with it.
extension EventCoder {
    /// The subject: the nearest actor before `head` not governed by a preposition, with its coordinated mates.
    func subjectChain(before head: Int, _ c: Context) -> [Mention] {
        // "Pakistan, a key U.S. ally, has refused": the subject stands before the apposition.
        var k = head - 1
        while k > c.range.lowerBound, words.auxiliaries.contains(c.tokens[k]) { k -= 1 }
        if let antecedent = relativeAntecedent(at: k, c) { return leftChain(antecedent, c) }
        if k > c.range.lowerBound, c.tokens[k].norm == ",",
            let open = stride(from: k - 1, through: max(c.range.lowerBound, k - 15), by: -1).first(where: {
                c.tokens[$0].norm == ","
            }),
            let subject = c.actors.last(where: { $0.tokens.upperBound == open }),
            c.actors.contains(where: { $0.tokens.lowerBound > open && $0.tokens.upperBound <= k })
        {
            return leftChain(subject, c)
        }
        for m in c.actors.reversed() where m.tokens.upperBound <= head {
            let before = m.tokens.lowerBound > c.range.lowerBound ? c.tokens[m.tokens.lowerBound - 1].norm : ""
            if words.objectPrepositions.contains(before),
                // "after Azerbaijan violated the ceasefire": a conjunction that is also a preposition opens a clause
                // whose subject stands right before its verb.
                !(words.subordinators.contains(before) && m.tokens.upperBound == k + 1),
                // "A group of Moroccan diplomats held ...": the members of a collective act for it.
                !(before == "of" && m.tokens.lowerBound >= c.range.lowerBound + 2
                    && words.collectives.contains(c.tokens[m.tokens.lowerBound - 2]))
            {
                continue
            }
            // Possessives are owners, not subjects ("Macron's proposal"); in "police in Colombia's capital" the
            // possessive is the place's, and the police act.
            if m.tokens.upperBound < c.range.upperBound, c.tokens[m.tokens.upperBound].norm == "'s",
                !c.tokens.window(m.tokens.lowerBound + 1, m.tokens.upperBound).contains(where: {
                    words.objectPrepositions.contains($0)
                }), !ownerActs(m, before: k + 1, c)
            {
                continue
            }
            // A plural ("the two leaders") stands for every member sharing its words.
            let members = c.actors.filter { $0.tokens == m.tokens }
            if members.count > 1 { return members }
            return leftChain(m, c)
        }
        return []
    }

    /// "the minister's office criticised", "Trump's 2020 reelection campaign filed": the possessor `m` is the subject
    /// when what it owns, ending right before the verb (at `verb`, past its auxiliaries and a time), is one that acts
    /// for it (`owner-agents.txt`) and at most three plain words stand between.
    func ownerActs(_ m: Mention, before verb: Int, _ c: Context) -> Bool {
        let owned = m.tokens.upperBound + 1
        // "Trump's campaign on Wednesday filed": a time between the owned noun and its verb is no part of the noun.
        var end = verb
        if let time = c.times.first(where: { $0.tokens.upperBound == verb && $0.tokens.lowerBound > owned }) {
            end = time.tokens.lowerBound
            if end - 1 > owned, words.objectPrepositions.contains(c.tokens[end - 1]) { end -= 1 }
        }
        guard owned < end, end - owned <= 4, end <= c.range.upperBound, words.ownerAgents.contains(c.tokens[end - 1])
        else { return false }
        return !c.tokens.window(owned, end).contains(where: \.breaksModifiers)
            && !c.actors.contains { $0.tokens.lowerBound >= owned && $0.tokens.lowerBound < end }
    }

    /// "a visa ban on US lawmakers who visited Taiwan": when `k` is a relative pronoun opening the verb's clause, the
    /// actor it follows (directly or after a comma) is the clause's subject, even inside a prepositional phrase.
    func relativeAntecedent(at k: Int, _ c: Context) -> Mention? {
        guard k > c.range.lowerBound, words.relativeSubjects.contains(c.tokens[k]) else { return nil }
        let end = c.tokens[k - 1].norm == "," ? k - 1 : k
        return c.actors.last { $0.tokens.upperBound == end }
    }

    /// "X, Y and Z" ending at `last`.
    func leftChain(_ last: Mention, _ c: Context) -> [Mention] {
        var result = [last]
        var current = last
        while true {
            var j = current.tokens.lowerBound - 1
            // "the Prime Minister and the Crown Prince", "Li Qiang and his Pakistani counterpart": the determiner
            // belongs to the second party.
            if j > c.range.lowerBound, words.determiners.contains(c.tokens[j]) { j -= 1 }
            guard j > c.range.lowerBound else { break }
            let n = c.tokens[j].norm
            guard n == "and" || n == "," else { break }
            j -= 1
            if j >= c.range.lowerBound, c.tokens[j].norm == "," { j -= 1 }
            // "President Ferdinand R. Marcos Jr., and ...": the period of an abbreviation ends the name.
            if j > c.range.lowerBound, c.tokens[j].norm == ".", !c.tokens[j].spaceBefore { j -= 1 }
            // "Joseph R. Biden, Jr.,": a generational suffix after a comma still belongs to the name.
            if j - 1 > c.range.lowerBound, words.nameSuffixes.contains(c.tokens[j]), c.tokens[j - 1].norm == "," {
                j -= 2
            }
            guard let prev = c.actors.last(where: { $0.tokens.upperBound == j + 1 }) else { break }
            result.insert(prev, at: 0)
            current = prev
        }
        return result
    }

    /// The object: the first actor after `head` in the clause, with its coordinated mates.
    func objectChain(after head: Int, _ c: Context, skipBy: Bool, skipPossessorsBefore gapEnd: Int? = nil) -> [Mention]
    {
        for m in c.actors where m.tokens.lowerBound > head {
            // "underlined the UK's support for Turkey": inside a gap, a possessor is not the object.
            if let gapEnd, m.tokens.lowerBound < gapEnd, m.tokens.upperBound < c.range.upperBound,
                c.tokens[m.tokens.upperBound].norm == "'s"
            {
                continue
            }
            if ownsNextActor(m, c) { continue }
            // Stop at clause ends: a semicolon, or a reporting comma ("..., Reuters said").
            let between = c.tokens.window(head + 1, m.tokens.lowerBound)
            if between.contains(where: { words.objectBarriers.contains($0) }) { return [] }
            if between.count > 12 { return [] }
            if skipBy, m.tokens.lowerBound > 0, c.tokens[m.tokens.lowerBound - 1].norm == "by" { continue }
            // "hit the targets, they were supported by ...": a nominative pronoun opens a new clause; it is no object.
            if m.kind == .pronoun, words.nominativePronouns.contains(c.tokens[m.tokens.lowerBound]) { return [] }
            let before = c.tokens[m.tokens.lowerBound - 1].norm
            if before == "according" || before == "citing" { return [] }
            if speaksFor(m, c) { continue }
            // "..., a UN official said on Monday": the one reporting after a comma is not the object.
            let objects = chain(from: m, c)
            if let last = objects.last, reports(after: last, c),
                let comma = Range.window(head + 1, last.tokens.lowerBound).last(where: { c.tokens[$0].norm == "," })
            {
                return objects.filter { $0.tokens.upperBound <= comma }
            }
            return objects
        }
        return []
    }

    /// "suspended Algeria's largest newspaper", "freed 11 of Iran's most prominent political prisoners": a possessor
    /// whose possessed phrase is itself an actor (within four words, no punctuation, preposition or determiner
    /// between) is not the object; the actor it owns is.
    func ownsNextActor(_ m: Mention, _ c: Context) -> Bool {
        let owned = m.tokens.upperBound + 1
        guard owned < c.range.upperBound, c.tokens[m.tokens.upperBound].norm == "'s",
            let next = c.actors.first(where: { $0.tokens.lowerBound >= owned }), next.tokens.lowerBound - owned <= 4,
            // A place after the possessive names what is owned ("Trump's Middle East peace plan"); it owns no one.
            next.kind != .region, next.kind != .state,
            // "Trump's proposal" stands for Trump's government: the owner is then the better name of the same side.
            next.country != m.country || next.role != m.role
        else { return false }
        return !c.tokens.window(owned, next.tokens.lowerBound).contains {
            $0.breaksModifiers || words.objectPrepositions.contains($0) || $0.norm == "to"
                || words.determiners.contains($0)
        }
    }

    /// Whether `m` is whom an act speaks for, not its object: "conveyed condolences on behalf of the American people".
    func speaksFor(_ m: Mention, _ c: Context) -> Bool {
        var k = m.tokens.lowerBound - 1
        if k > c.range.lowerBound, c.tokens[k].is(Word.the) { k -= 1 }
        return k > c.range.lowerBound && c.tokens[k].norm == "of" && c.tokens[k - 1].norm == "behalf"
    }

    /// Whether a reporting verb follows an actor, past an acronym in parentheses ("Human Rights Watch (HRW) said").
    func reports(after actor: Mention, _ c: Context) -> Bool {
        var k = actor.tokens.upperBound
        if k < c.range.upperBound, c.tokens[k].norm == "(",
            let close = Range.window(k, min(c.range.upperBound, k + 5)).first(where: { c.tokens[$0].norm == ")" })
        {
            k = close + 1
        }
        return k < c.range.upperBound && verbs.reportingForms.contains(c.tokens[k].norm)
    }

    /// "X, Y and Z" starting at `first`.
    func chain(from first: Mention, _ c: Context) -> [Mention] {
        var result = [first]
        var current = first
        while true {
            var j = current.tokens.upperBound
            // "Biden, Jr., Marcos and ...": the period of an abbreviation ends the name.
            if j + 1 < c.range.upperBound, c.tokens[j].norm == ".", !c.tokens[j].spaceBefore { j += 1 }
            guard j < c.range.upperBound else { break }
            let n = c.tokens[j].norm
            // "the U.S.-India relationship": a hyphen joins two countries as a comma does.
            let joined =
                n == "-" && !c.tokens[j].spaceBefore && j + 1 < c.range.upperBound && !c.tokens[j + 1].spaceBefore
            guard n == "and" || n == "," || joined else { break }
            j += 1
            if j < c.range.upperBound, c.tokens[j].norm == "and" { j += 1 }
            if j < c.range.upperBound, c.tokens[j].norm == "the" { j += 1 }
            guard let next = c.actors.first(where: { $0.tokens.lowerBound == j }) else { break }
            result.append(next)
            current = next
        }
        return result
    }
}
