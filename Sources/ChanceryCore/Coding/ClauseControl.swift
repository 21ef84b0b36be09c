/// Which verb governs which: coordination, control of infinitives, participles after commas, owners of intent
/// nouns, acts that are only asked for, and base forms that are nouns.
extension EventCoder {
    /// Where the subject of an infinitive ("to consult") is found: before the verb that governs it, when that verb
    /// keeps its own subject ("spoke with X and Y to consult": the speaker consults); nil to look before the infinitive.
    func controller(of m: VerbMatch, _ c: Context) -> Int? {
        // "Afghan rebels have kidnapped advisers and exploded bombs": a coordinated verb shares the first one's subject.
        var k = m.head - 1
        while k > c.range.lowerBound, words.auxiliaries.contains(c.tokens[k]) { k -= 1 }
        if !m.pattern.isNoun, k > c.range.lowerBound, c.tokens[k].norm == "and",
            let first = c.matches.last(where: { !$0.pattern.isNoun && $0.end <= k && k - $0.end <= 12 }),
            !c.tokens.window(first.end, k).contains(where: { words.coordinationBarriers.contains($0) })
        {
            return first.head
        }
        // "Benin opened its borders to X, but was refusing admittance to Y": a verb phrase with no subject of its
        // own after "and"/"but" belongs to the actor the sentence opens with.
        if !m.pattern.isNoun, k > c.range.lowerBound, words.coordinators.contains(c.tokens[k]),
            !c.actors.contains(where: {
                $0.tokens.upperBound == k || ($0.tokens.upperBound == k - 1 && c.tokens[k - 1].norm == ",")
            }),
            let opener = c.actors.first(where: { $0.tokens.lowerBound <= c.range.lowerBound + 2 }),
            opener.tokens.upperBound < k,
            !c.tokens.window(opener.tokens.upperBound, k).contains(where: { words.openerBarriers.contains($0) })
        {
            return opener.tokens.upperBound
        }
        guard m.head > c.range.lowerBound, c.tokens[m.head - 1].norm == "to", !m.pattern.isNoun,
            let governor = c.matches.last(where: { !$0.pattern.isNoun && $0.end <= m.head - 1 && m.head - $0.end <= 12 }
            ),
            !words.objectControl.contains(c.tokens[governor.head]),
            // "demanded that the US cancel plans to sell": a that-clause brings its own subject.
            !c.tokens.window(governor.head, m.head).contains(where: { $0.norm == "that" })
        else { return nil }
        return governor.head
    }

    /// The head of the main verb when `m` is a participle opening a clause after a comma (", calling for ...").
    func commaParticipleHead(_ m: VerbMatch, _ c: Context) -> Int? {
        guard !m.pattern.isNoun, m.form == .gerund, m.head > c.range.lowerBound, c.tokens[m.head - 1].norm == "," else {
            return nil
        }
        return c.matches.last(where: { !$0.pattern.isNoun && $0.end < m.head && m.head - $0.end <= 20 })?.head
    }

    /// For "X's willingness to host": `.some(X)` when X is an actor, `.some(nil)` when the owner is not one
    /// ("that country's ability to fight"), nil when the infinitive does not follow such a noun.
    func nounOwner(of m: VerbMatch, _ c: Context) -> Mention?? {
        guard !m.pattern.isNoun, m.head - 2 >= c.range.lowerBound, c.tokens[m.head - 1].norm == "to",
            words.intentNouns.contains(c.tokens[m.head - 2])
        else { return nil }
        var k = m.head - 3
        while k >= c.range.lowerBound, k >= m.head - 5, c.tokens[k].norm != "'s" { k -= 1 }
        guard k >= c.range.lowerBound, c.tokens[k].norm == "'s" else { return nil }  // "the decision to meet": look further
        return .some(c.actors.first { $0.tokens.upperBound == k })
    }

    /// Whether a verb sits in what an earlier appeal or demand asks for ("demanded that the US cancel plans to sell
    /// arms", "urged Russia to withdraw"): the asked-for act has not happened; the appeal (02) or demand (10) is the event.
    func insideAppeal(_ m: VerbMatch, _ c: Context) -> Bool {
        guard let previous = c.matches.last(where: { $0.end <= m.head && m.head - $0.end <= 15 }),
            !c.tokens.window(previous.end, m.head).contains(where: { words.appealBarriers.contains($0) }),
            let root = cameo.code(previous.pattern.code)?.root
        else { return false }
        // "rejected a UN appeal for deploying troops", "refused to deploy peacekeepers": what is refused is not done.
        if root == .reject, m.head - previous.end <= (m.pattern.isNoun ? 5 : 3) { return true }
        // "condemned the July 20 bombing": the deed condemned is the object, not the condemner's act (unless it
        // names its author: "condemned Russia's attack").
        if root == .disapprove, m.head - previous.end <= 4,
            !c.tokens.window(previous.end, m.head).contains(where: { $0.norm == "'s" })
        {
            return true
        }
        // "demanded that its partners refuse to recognize X": what is asked may itself govern a verb.
        return root.asksForAnAct || insideAppeal(previous, c)
    }

    /// A reporting word used as a verb: "X said", "said X", "reported that" — not "the reported visit".
    func looksLikeVerb(_ k: Int, _ c: Context) -> Bool {
        if k > c.range.lowerBound, words.determiners.contains(c.tokens[k - 1]) { return false }
        return true
    }

    /// Rejects base-form heads used as nouns ("the call", "a visit") and gerunds after determiners.
    func plausible(_ m: VerbMatch, _ c: Context) -> Bool {
        if m.pattern.isNoun { return true }
        // "returned 50 Libyan migrants to": what a transfer pattern's gap hands over is no actor (a place may be
        // handed over, "the Golan Heights", and a sector's word may be a thing, "two field hospitals").
        if m.pattern.hasThings,
            c.actors.contains(where: { !$0.isSectorGroup && (m.head + 1..<m.end).contains($0.tokens.lowerBound) })
        {
            return false
        }
        if m.pattern.rest.isEmpty, words.namingVerbs.contains(c.tokens[m.head]), !callsSomeone(m, c) { return false }
        let prev = m.head > c.range.lowerBound ? c.tokens[m.head - 1].norm : ""
        // "have refused talks with": an auxiliary before another verb's participle is no verb of its own.
        if m.head + 1 < m.end, words.auxiliaries.contains(c.tokens[m.head]), verbs.isParticiple(c.tokens[m.head + 1]) {
            return false
        }
        // "its long-threatened invasion": the second half of a hyphenated compound is an adjective.
        if prev == "-", !c.tokens[m.head].spaceBefore { return false }
        switch m.form {
        case .base, .gerund, .third:
            if words.determiners.contains(prev) { return false }
            if m.form == .base, c.tokens[m.head].isCapitalized, m.head > c.range.lowerBound { return false }
            // "free trade", "a free press": such a base form is a verb only after "to", a modal or a negation.
            if m.form == .base, words.adjectiveVerbs.contains(c.tokens[m.head]), !words.bareVerbOpeners.contains(prev) {
                return false
            }
            // "in exchange for", "over clashes in Idlib": after a preposition a base or -s form is a noun (only "to"
            // and "than" take a bare verb), unless the pattern's own preposition follows ("in protest against X").
            if m.form != .gerund, words.objectPrepositions.contains(prev), prev != "to", prev != "than",
                !(m.pattern.rest.first.map { words.objectPrepositions.contains($0) } ?? false)
            {
                return false
            }
        case .past, .participle, .pastOrParticiple:
            if words.determiners.contains(prev), m.form != .past { return false }
        default: break
        }
        return true
    }

    /// "called Putin on Friday", not "called the ambassador a fool" nor "what it called Western aggression": a bare
    /// naming verb (`naming-verbs.txt`) with an actor right after it (past "the") that punctuation other than a
    /// quotation mark, a preposition, "and" or a time expression follows.
    func callsSomeone(_ m: VerbMatch, _ c: Context) -> Bool {
        var start = m.head + 1
        if start < c.range.upperBound, c.tokens[start].is(Word.the) { start += 1 }
        guard let object = c.mentions.first(where: { $0.tokens.lowerBound == start && !$0.isLocative }),
            !object.country.isEmpty
        else { return false }
        let after = object.tokens.upperBound
        guard after < c.range.upperBound else { return true }
        let next = c.tokens[after]
        if next.kind == .punct { return !["\"", "“", "”", "'", "‘", "’"].contains(next.norm) }
        return words.objectPrepositions.contains(next) || next.norm == "and"
            || c.times.contains { $0.tokens.lowerBound == after }
    }
}
