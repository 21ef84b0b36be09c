/// Who acts on whom for a verb pattern: subject before, object after, passives, coordination, reciprocity.
extension EventCoder {
    /// Source and target pairs for a verb: subject before, object after; passive swaps; coordination multiplies.
    func verbDyads(
        _ m: VerbMatch, _ c: Context, code: CameoCode, subjectAt: Int? = nil, subjects given: [Mention]? = nil,
        fallbackObjects: [Mention] = []
    ) -> [(Mention, Mention?)] {
        var passive = false
        if m.form == .participle || m.form == .pastOrParticiple {
            var j = m.head - 1
            while j >= c.range.lowerBound, j >= m.head - 3,
                words.participleAdverbs.contains(c.tokens[j]) && !words.beForms.contains(c.tokens[j])
            { j -= 1 }
            if j >= c.range.lowerBound, words.beForms.contains(c.tokens[j]) { passive = true }
        }
        var subjects = given ?? subjectChain(before: subjectAt ?? m.head, c)
        if subjects.isEmpty, given == nil { subjects = parsedSubjects(of: subjectAt ?? m.head, c) }
        if subjects.count == 1, let s = subjects.first {
            // "They", "the two leaders": a plural stands for both parties, written once.
            subjects += c.actors.filter { $0.tokens == s.tokens && $0.country != s.country }
        }
        // "discussed Libya with Trump": after a topic verb the gap holds the topic; the partner follows the pattern.
        let isTopicVerb = words.topicVerbs.contains(c.tokens[m.head])
        var objects = objectChain(
            after: isTopicVerb && m.pattern.rest.contains("*") ? m.end - 1 : m.head, c, skipBy: passive,
            skipPossessorsBefore: m.pattern.rest.contains("*") && m.pattern.rest.last != "*" ? m.end : nil)
        if objects.isEmpty, !passive, code.root != .makePublicStatement { objects = parsedObjects(of: m.head, c) }
        // "They discussed Syria": what is discussed is a topic, not a partner; partners come with "with".
        if m.pattern.rest.isEmpty, isTopicVerb { objects = [] }
        if passive {
            // "Y was attacked by X": X after "by" is the source.
            if let byIndex = Range.window(m.end, min(c.range.upperBound, m.end + 6)).first(where: {
                c.tokens[$0].norm == "by"
            }),
                let agent = c.actors.first(where: { $0.tokens.lowerBound > byIndex })
            {
                let agents = chain(from: agent, c)
                // "A camp for Congolese refugees was attacked by ...": the patient may sit inside the subject phrase.
                let patients =
                    subjects.isEmpty
                    ? c.actors.last(where: { $0.tokens.upperBound <= m.head && m.head - $0.tokens.upperBound <= 3 }).map
                    { [$0] } ?? []
                    : subjects
                return pairs(agents, patients.isEmpty ? objects : patients, c)
            }
            // Agentless passive: "Bonne was sent to Russia" — the subject is the patient; nobody acts.
            if code.root != .consult { return [] }
        }
        if subjects.isEmpty { return [] }
        if objects.isEmpty, code.root.asksForAnAct {
            objects = thatClauseObjects(m, c)
            if objects.isEmpty { objects = fallbackObjects }
        }
        if objects.isEmpty, code.root.isHostile, let owner = adjectiveObject(m, c) { objects = [owner] }
        // "expressed his condolences for the loss of Turkish life": sympathy goes to the people who suffered.
        if objects.isEmpty, code.cameo == "018",
            let owner = adjectiveObject(m, c, reach: 8, acrossPrepositions: true)
        {
            objects = [owner]
        }
        if objects.isEmpty {
            if code.root == .makePublicStatement {
                // "They agreed that ...": two parties agreeing is an accord between them.
                if subjects.count >= 2, code.cameo == "019" { return reciprocal(subjects, c) }
                return subjects.map { ($0, nil) }
            }
            // Within one country, two sides that fight fight each other ("the army and the RSF fought").
            if subjects.count >= 2, c.scope.isDomestic, code.root == .fight { return reciprocal(subjects, c) }
            // "Israeli tanks fired at targets in Jericho", "food aid to refugees in Liberia", "Shevardnadze resigned": the
            // caller lets the place stand in for the target. Releasing does need someone released ("released a list").
            if code.root.letsPlaceStandForTarget, !code.isWithin("084") { return subjects.map { ($0, nil) } }
            // "condemned the attack in Suruç": disapproval of a deed whose doer the text does not name.
            if code.root == .disapprove, objectsAreDeeds(m, c) { return subjects.map { ($0, nil) } }
            // "Russia and Ukraine met": reciprocal among the subjects.
            if subjects.count >= 2, code.root.isReciprocalAmongSubjects {
                return reciprocal(subjects, c)
            }
            return []
        }
        objects.removeAll { o in subjects.contains { $0.tokens == o.tokens } }
        // "X and I met in Geneva, along with the Ukrainian and the Russian ministers": everyone met everyone.
        if code.root.isSymmetric,
            let along = Range.window(m.end, min(c.range.upperBound - 2, m.end + 15)).first(where: {
                words.joiningWords.contains(c.tokens[$0]) && c.tokens[$0 + 1].norm == "with"
            }),
            let joiner = c.actors.first(where: { $0.tokens.lowerBound > along + 1 && $0.tokens.lowerBound <= along + 4 }
            )
        {
            var everyone = subjects + objects
            for a in chain(from: joiner, c) where !everyone.contains(where: { $0.tokens == a.tokens }) {
                everyone.append(a)
            }
            return reciprocal(everyone, c)
        }
        return pairs(subjects, objects, c)
    }

    /// Whether the words after a verb name a deed ("the July 20 terrorist attack").
    func objectsAreDeeds(_ m: VerbMatch, _ c: Context) -> Bool {
        Range.window(m.end, min(c.range.upperBound, m.end + 6)).contains { words.deeds.contains(c.tokens[$0]) }
    }

    /// "rejected proposed Israeli changes", "demolished Palestinian homes": the country of a demonym that modifies the
    /// object noun, within the first words after the verb.
    func adjectiveObject(_ m: VerbMatch, _ c: Context, reach: Int = 4, acrossPrepositions: Bool = false) -> Mention? {
        var k = m.end
        while k < min(c.range.upperBound, m.end + reach), c.tokens[k].kind == .word {
            if let hit = lexicon.actors.longest(c.tokens, at: k, limit: c.range.upperBound),
                hit.entry.value.kind == .demonym
            {
                let next = k + hit.length
                guard next < c.range.upperBound, c.tokens[next].kind == .word, !c.tokens[next].isCapitalized else {
                    return nil
                }
                return demonymMention(k..<next, hit.entry.value, c)
            }
            if c.tokens[k].isCapitalized || !acrossPrepositions && words.objectPrepositions.contains(c.tokens[k]) {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// "demanded that the US cancel", "urged that Israel ease": the subject of the that-clause is the one asked.
    func thatClauseObjects(_ m: VerbMatch, _ c: Context) -> [Mention] {
        guard
            let that = Range.window(m.head + 1, min(c.range.upperBound, m.end + 3)).first(where: {
                c.tokens[$0].norm == "that"
            }),
            let first = c.actors.first(where: { $0.tokens.lowerBound > that && $0.tokens.lowerBound <= that + 3 })
        else { return [] }
        return chain(from: first, c)
    }

    /// Every source with every target, as far as the pair is one of the context's scope (`Dyad.Scope`).
    func pairs(_ sources: [Mention], _ targets: [Mention], _ c: Context) -> [(Mention, Mention?)] {
        var out: [(Mention, Mention?)] = []
        for s in sources { for t in targets where c.scope.admits(s, t) { out.append((s, t)) } }
        return out
    }

    /// Each member of a group with each later one ("Russia and Ukraine met"), as far as the scope admits the pair.
    func reciprocal(_ group: [Mention], _ c: Context) -> [(Mention, Mention?)] {
        var out: [(Mention, Mention?)] = []
        for i in group.indices {
            for j in group.indices where j > i && c.scope.admits(group[i], group[j]) {
                out.append((group[i], group[j]))
            }
        }
        return out
    }
}
