/// Who acts on whom for a verb pattern: subject before, object after, passives, coordination, reciprocity.
extension EventCoder {
    /// Source and target pairs for a verb: subject before, object after; passive swaps; coordination multiplies.
    func verbDyads(
        _ m: VerbMatch, _ c: Context, code: CameoCode, subjectAt: Int? = nil, subjects given: [Mention]? = nil,
        fallbackObjects: [Mention] = []
    ) -> [(Mention, Mention?)] {
        let passive = isPassive(m, c)
        let subjects = subjectsOf(m, c, at: subjectAt ?? m.head, given: given)
        var objects = objectsOf(m, c, code: code, passive: passive)
        // "declared a state of siege in the town and sent in troops": who a curfew or emergency restricts is named
        // right after it ("on Basra", "in Pando"); an actor further on belongs to the next clause.
        if code.restrictsAPlace { objects.removeAll { $0.tokens.lowerBound > m.end + 3 } }
        if passive {
            if let agentDyads = passiveDyads(m, c, subjects: subjects, objects: objects) { return agentDyads }
            // Agentless passive: "Bonne was sent to Russia" — the subject is the patient; nobody acts.
            if code.root != .consult { return [] }
        }
        if subjects.isEmpty { return [] }
        // "The two leaders discussed efforts to secure Turkey's border with Syria": sides that talk among themselves
        // bring no partner after a long topic; its "with" is the topic's own.
        if subjects.count >= 2, m.pattern.rest.contains(VerbPattern.topic) { objects = [] }
        if let next = objectsPastTheOwner(objects, m, subjects, passive: passive, c) { objects = next }
        if objects.isEmpty { objects = objectsBesideTheVerb(m, c, code: code, fallback: fallbackObjects) }
        if objects.isEmpty { return dyadsWithoutObject(m, c, code: code, subjects: subjects) }
        objects.removeAll { o in subjects.contains { $0.tokens == o.tokens } }
        if code.root.isSymmetric, let everyone = joinedAlongWith(m, c, subjects + objects) {
            return reciprocal(everyone, c)
        }
        return pairs(subjects, objects, c)
    }

    /// "Israeli air strikes killed 20 people": an act of force whose subject is a deed of a country's forces
    /// (`force-deeds.txt` after a demonym) is those forces' act.
    func forcesOfADeed(before position: Int, _ m: VerbMatch, _ c: Context) -> Mention? {
        guard let root = cameo.code(m.pattern.code)?.root, root.isForce else { return nil }
        var k = position - 1
        while k > c.range.lowerBound, words.auxiliaries.contains(c.tokens[k]) { k -= 1 }
        guard k > c.range.lowerBound, words.forceDeeds.contains(c.tokens[k]) else { return nil }
        var start = k
        // "air strikes", "drone strikes": the deed may be two words.
        if start - 1 > c.range.lowerBound, words.forceDeeds.contains(c.tokens[start - 1]) { start -= 1 }
        guard var forces = demonym(before: start, c), forces.tokens.upperBound >= start - 1 else { return nil }
        forces.role = "MIL"
        return forces
    }

    /// "reaffirmed the commitment of the United States to Turkey's security": an object of the subject's own country
    /// in "of" right after the pattern's noun (or inside its gap) owns that noun; the object is the actor after it.
    /// Nil when the objects are no such owner.
    func objectsPastTheOwner(
        _ objects: [Mention], _ m: VerbMatch, _ subjects: [Mention], passive: Bool, _ c: Context
    ) -> [Mention]? {
        guard !c.scope.isDomestic, let owner = objects.first, objects.count == 1,
            subjects.contains(where: { $0.country == owner.country }), owner.tokens.lowerBound > m.head + 1
        else { return nil }
        var k = owner.tokens.lowerBound - 1
        if c.tokens[k].is(Word.the) { k -= 1 }
        // Right after the pattern's noun, or inside its gap ("stressed the support of France for Ukraine").
        guard c.tokens[k].is(Word.of), k == m.end || k < m.end else { return nil }
        let next = objectChain(after: owner.tokens.upperBound - 1, c, skipBy: passive)
        return next.isEmpty ? nil : next
    }

    /// Whether a participle is passive: a form of "be" before it, with only adverbs between ("was quickly sent").
    func isPassive(_ m: VerbMatch, _ c: Context) -> Bool {
        guard m.form == .participle || m.form == .pastOrParticiple else { return false }
        var j = m.head - 1
        while j >= c.range.lowerBound, j >= m.head - 3,
            words.participleAdverbs.contains(c.tokens[j]) && !words.beForms.contains(c.tokens[j])
        { j -= 1 }
        return j >= c.range.lowerBound && words.beForms.contains(c.tokens[j])
    }

    /// The verb's subjects: those given, the chain before the verb, or the parse's; a plural written once stands for
    /// every party it names ("They", "the two leaders").
    func subjectsOf(_ m: VerbMatch, _ c: Context, at position: Int, given: [Mention]?) -> [Mention] {
        var subjects = given ?? subjectChain(before: position, c)
        if subjects.isEmpty, given == nil { subjects = parsedSubjects(of: position, c) }
        if subjects.isEmpty, given == nil, let forces = forcesOfADeed(before: position, m, c) { subjects = [forces] }
        if subjects.count == 1, let s = subjects.first {
            subjects += c.actors.filter { $0.tokens == s.tokens && $0.country != s.country }
        }
        return subjects
    }

    /// The verb's objects: the chain after it (after the pattern for a topic verb), else the parse's.
    func objectsOf(_ m: VerbMatch, _ c: Context, code: CameoCode, passive: Bool) -> [Mention] {
        // "discussed Libya with Trump": after a topic verb the gap holds the topic; the partner follows the pattern.
        let isTopicVerb = words.topicVerbs.contains(c.tokens[m.head])
        let hasGap = m.pattern.rest.contains("*")
        // "provided two field hospitals to Ukraine", "talked about Syria with": what a transfer hands over or a talk
        // is about is in its gap; who gets it or talks follows.
        var objects = objectChain(
            after: isTopicVerb && m.pattern.hasGap || m.pattern.hasLongGap ? m.end - 1 : m.head, c, skipBy: passive,
            skipPossessorsBefore: hasGap && m.pattern.rest.last != "*" ? m.end : nil)
        if objects.isEmpty, !passive, let place = placeOfTheIdiom(m, c) { objects = [place] }
        if objects.isEmpty, !passive, code.root != .makePublicStatement { objects = parsedObjects(of: m.head, c) }
        // "They discussed Syria": what is discussed is a topic, not a partner; partners come with "with".
        if m.pattern.rest.isEmpty, isTopicVerb { objects = [] }
        if isTopic(objects.first, of: m, c, code: code) { objects = [] }
        return objects
    }

    /// "arrived in Moscow", "invest in Kenya": a place right after a pattern that ends in its own locative preposition
    /// is the pattern's object, not only where the act happens.
    func placeOfTheIdiom(_ m: VerbMatch, _ c: Context) -> Mention? {
        guard let last = m.pattern.rest.last, words.idiomLocatives.contains(last), m.end < c.range.upperBound else {
            return nil
        }
        let start = c.tokens[m.end].is(Word.the) ? m.end + 1 : m.end
        guard var place = c.mentions.first(where: { $0.tokens.lowerBound == start && $0.isLocative }),
            place.country.count == 3
        else { return nil }
        place.isLocative = false
        return place
    }

    /// "agreed to share information on North Korea", "cooperate closely over Syria": after an act of cooperation
    /// (03-06; not aid or yielding, whose "on" names who is sanctioned or aided), an
    /// actor behind a topic preposition (`topic-prepositions.txt`) that is not the pattern's own is what the act is
    /// about, not its partner (so two subjects are each other's partners).
    func isTopic(_ object: Mention?, of m: VerbMatch, _ c: Context, code: CameoCode) -> Bool {
        guard let object, (.expressIntentToCooperate ... .materialCooperation).contains(code.root),
            object.tokens.lowerBound > m.end
        else { return false }
        var k = object.tokens.lowerBound - 1
        if c.tokens[k].is(Word.the), k > m.end { k -= 1 }
        return words.topicPrepositions.contains(c.tokens[k])
    }

    /// "Y was attacked by X": the agent after "by" is the source, the subject (or an actor just before the verb, in
    /// "A camp for Congolese refugees was attacked by ...") the target. Nil when no agent is named.
    func passiveDyads(
        _ m: VerbMatch, _ c: Context, subjects: [Mention], objects: [Mention]
    ) -> [(Mention, Mention?)]? {
        guard
            let byIndex = Range.window(m.end, min(c.range.upperBound, m.end + 6)).first(where: {
                c.tokens[$0].norm == "by"
            }),
            let agent = c.actors.first(where: { $0.tokens.lowerBound > byIndex })
        else { return nil }
        let agents = chain(from: agent, c)
        let patients =
            subjects.isEmpty
            ? c.actors.last(where: { $0.tokens.upperBound <= m.head && m.head - $0.tokens.upperBound <= 3 }).map {
                [$0]
            } ?? []
            : subjects
        return pairs(agents, patients.isEmpty ? objects : patients, c)
    }

    /// Targets found elsewhere when none follows the verb: the actor of a "that" clause for a demand, the caller's
    /// fallback, the owner in an adjective ("condemned the Israeli raid"), the sufferer of a loss mourned.
    func objectsBesideTheVerb(
        _ m: VerbMatch, _ c: Context, code: CameoCode, fallback: [Mention]
    ) -> [Mention] {
        if code.root.asksForAnAct {
            let inClause = thatClauseObjects(m, c)
            if !inClause.isEmpty { return inClause }
            if !fallback.isEmpty { return fallback }
        }
        if code.root.isHostile, let owner = adjectiveObject(m, c) { return [owner] }
        // "expressed his condolences for the loss of Turkish life": sympathy goes to the people who suffered.
        if code.cameo == "018", let owner = adjectiveObject(m, c, reach: 8, acrossPrepositions: true) {
            return [owner]
        }
        return []
    }

    /// The events of a verb with subjects and no target: statements, fights and meetings among the subjects, acts
    /// whose place stands in for the target, disapproval of a deed whose doer is unnamed; else none.
    func dyadsWithoutObject(
        _ m: VerbMatch, _ c: Context, code: CameoCode, subjects: [Mention]
    ) -> [(Mention, Mention?)] {
        if code.root == .makePublicStatement {
            // "They agreed that ...": two parties agreeing is an accord between them.
            if subjects.count >= 2, code.cameo == "019" { return reciprocal(subjects, c) }
            return subjects.map { ($0, nil) }
        }
        // Within one country, two sides that fight fight each other ("the army and the RSF fought"); between countries
        // too when the verb says so ("India and Pakistan exchanged fire", "clashed"), not when they strike together.
        if subjects.count >= 2, code.root == .fight,
            c.scope.isDomestic || words.mutualForceVerbs.contains(c.tokens[m.head])
        {
            return reciprocal(subjects, c)
        }
        // "Israeli tanks fired at targets in Jericho", "food aid to refugees in Liberia", "Shevardnadze resigned": the
        // caller lets the place stand in for the target. Releasing does need someone released ("released a list").
        if code.letsPlaceStandForTarget, !code.isWithin("084") { return subjects.map { ($0, nil) } }
        // "condemned the attack in Suruç": disapproval of a deed whose doer the text does not name.
        if code.root == .disapprove, objectsAreDeeds(m, c) { return subjects.map { ($0, nil) } }
        // "Russia and Ukraine met": reciprocal among the subjects; "the EU and Turkey failed to reach agreement": each
        // side turned the other down.
        if subjects.count >= 2, code.root.isReciprocalAmongSubjects { return reciprocal(subjects, c) }
        if subjects.count >= 2, code.root == .reject, words.failureVerbs.contains(c.tokens[m.head]) {
            return reciprocal(subjects, c)
        }
        return []
    }

    /// "X and I met in Geneva, along with the Ukrainian and the Russian ministers": everyone met everyone. The
    /// parties with those joined after "along with" (or the like), or nil when none is.
    func joinedAlongWith(_ m: VerbMatch, _ c: Context, _ parties: [Mention]) -> [Mention]? {
        guard
            let along = Range.window(m.end, min(c.range.upperBound - 2, m.end + 15)).first(where: {
                words.joiningWords.contains(c.tokens[$0]) && c.tokens[$0 + 1].norm == "with"
            }),
            let joiner = c.actors.first(where: { $0.tokens.lowerBound > along + 1 && $0.tokens.lowerBound <= along + 4 }
            )
        else { return nil }
        var everyone = parties
        for a in chain(from: joiner, c) where !everyone.contains(where: { $0.tokens == a.tokens }) {
            everyone.append(a)
        }
        return everyone
    }

    /// Whether the words after a verb name a deed ("the July 20 terrorist attack").
    func objectsAreDeeds(_ m: VerbMatch, _ c: Context) -> Bool {
        deedAfter(m, c) != nil
    }

    /// The token of the deed named in the words after a verb, if any.
    func deedAfter(_ m: VerbMatch, _ c: Context) -> Int? {
        Range.window(m.end, min(c.range.upperBound, m.end + 6)).first { words.deeds.contains(c.tokens[$0]) }
    }

    /// "condemned the Quetta bombing", "condemned the attack on a church in Quetta": the place named in the deed's
    /// own phrase, before the deed or after "in", "on" or "at" within eight words of it and before any comma or
    /// clause word (a place further on is as likely where the condemnation was spoken).
    func placeOfTheDeed(_ m: VerbMatch, _ c: Context) -> Event.Location? {
        guard let deed = deedAfter(m, c) else { return nil }
        for k in Range.window(m.end, deed) where c.tokens[k].isCapitalized {
            if let place = place(afterArticleAt: k, c) { return place }
        }
        for k in Range.window(deed + 1, min(c.range.upperBound - 1, deed + 9)) {
            let t = c.tokens[k]
            if t.kind == .punct || words.objectBarriers.contains(t) || words.subordinators.contains(t) && t.norm != "during"
            {
                return nil
            }
            if t.norm == "in" || t.norm == "on" || t.norm == "at", let place = place(afterArticleAt: k + 1, c) {
                return place
            }
        }
        return nil
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
        for s in sources {
            for t in targets {
                if c.scope.admits(s, t) {
                    out.append((s, t))
                } else if c.placesUnplacedNames, let placed = Dyad.placedUnder(s, t) {
                    out.append((s, placed))
                }
            }
        }
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
