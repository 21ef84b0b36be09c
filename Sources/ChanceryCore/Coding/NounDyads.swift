/// Who acts on whom for a noun pattern ("talks between X and Y", "Kerry's visit to Moscow").
extension EventCoder {
    /// Pairs for a noun pattern: the possessor or the actors after "between", "with", "involving".
    func nounDyads(_ m: VerbMatch, _ c: Context, code: CameoCode) -> [(Mention, Mention?)] {
        var left: [Mention] = []
        // "Bonne's talks with Ushakov", "Kerry's visit to Moscow".
        if let owner = c.actors.last(where: { $0.tokens.upperBound <= m.head }),
            owner.tokens.upperBound < c.range.upperBound, c.tokens[owner.tokens.upperBound].norm == "'s",
            owner.tokens.upperBound + 1 >= m.head - 2
        {
            left = [owner]
        }
        // Actors right after the noun phrase, through "between/with/involving/delegations from".
        var j = m.end
        while j < c.range.upperBound, j < m.end + 4, !c.actors.contains(where: { $0.tokens.lowerBound == j }) {
            let n = c.tokens[j].norm
            // "the release of 26 members of the gang": a count before the partner is no barrier.
            guard words.nounPartnerLinks.contains(n) || c.tokens[j].kind == .number else { break }
            j += 1
        }
        var right: [Mention] = []
        if let first = c.actors.first(where: { $0.tokens.lowerBound == j }) {
            right = chain(from: first, c)
        }
        if left.isEmpty, right.count >= 1, let owner = adjectiveSubject(m, c) { left = [owner] }
        if left.isEmpty, right.count >= 1, m.head - c.range.lowerBound <= 4,
            Range.window(c.range.lowerBound, m.head).contains(where: { words.frontedTimeWords.contains(c.tokens[$0]) }),
            let comma = Range.window(m.end, c.range.upperBound).first(where: { c.tokens[$0].norm == "," }),
            let agent = c.actors.first(where: { $0.tokens.lowerBound > comma && $0.tokens.lowerBound <= comma + 4 })
        {
            // "Following a meeting with the Polish defense minister, Hagel said": Hagel met him.
            left = chain(from: agent, c)
        }
        if left.isEmpty, right.count == 1 {
            // "X held a meeting with Y" is a verb pattern; "a meeting with Y" alone needs the sentence subject, unless
            // another verb governs the noun ("X condemned the attack on Y": X did not attack).
            let subjects = subjectChain(before: m.head, c)
            // Force is different: "an armed attack on X would invoke the treaty" names no attacker at all, unless a
            // support verb makes the subject its author ("Israel mounted its invasion of Lebanon"). So is what is done
            // to people held: "support by the United States after the detention of two Canadians" names no jailer,
            // "the Foreign Ministry announced the release of two nationals" does.
            let authored =
                !(code.root.isForce || code.root == .coerce || code.isWithin("084"))
                || Range.window(max(c.range.lowerBound, m.head - 6), m.head).contains {
                    words.supportVerbs.contains(c.tokens[$0])
                }
            if let last = subjects.last, m.head - last.tokens.upperBound <= 6, authored,
                !c.matches.contains(where: { $0.head >= last.tokens.upperBound && $0.head < m.head })
            {
                left = subjects
            }
        }
        if left.isEmpty, right.isEmpty, let joint = jointAuthors(of: m, c) { return reciprocal(joint, c) }
        if left.isEmpty { return right.count >= 2 ? reciprocal(right, c) : [] }
        return pairs(left, right, c)
    }

    /// "Jordan and the United States began joint military exercises": a noun event with no partner after it, whose
    /// support verb (`support-verbs.txt`, within the six words before it) has coordinated subjects, is theirs together.
    func jointAuthors(of m: VerbMatch, _ c: Context) -> [Mention]? {
        let window = Range.window(max(c.range.lowerBound, m.head - 6), m.head)
        guard let verb = window.first(where: { words.supportVerbs.contains(c.tokens[$0]) }),
            !c.matches.contains(where: { $0.head >= verb && $0.head < m.head })
        else { return nil }
        let subjects = subjectChain(before: verb, c)
        guard subjects.count >= 2, let last = subjects.last, verb - last.tokens.upperBound <= 3 else { return nil }
        return subjects
    }

    /// "Palestinian riots against ...", "Russian strikes on ...": the country of a demonym right before a deed noun.
    func adjectiveSubject(_ m: VerbMatch, _ c: Context) -> Mention? { demonym(before: m.head, c) }

    /// The country of a demonym among the three words before token `head` ("Israeli" in "Israeli air strikes").
    func demonym(before head: Int, _ c: Context) -> Mention? {
        for k in stride(from: head - 1, through: max(c.range.lowerBound, head - 3), by: -1) {
            guard c.tokens[k].kind == .word else { return nil }
            if let hit = lexicon.actors.longest(c.tokens, at: k, limit: head), hit.entry.value.kind == .demonym {
                return demonymMention(k..<(k + hit.length), hit.entry.value, c)
            }
        }
        return nil
    }

    /// A state mention for a demonym standing alone.
    func demonymMention(_ span: Range<Int>, _ entry: ActorEntry, _ c: Context) -> Mention {
        Mention(
            tokens: span, span: Span(start: c.tokens[span.lowerBound].start, end: c.tokens[span.upperBound - 1].end),
            text: entry.actor,
            actor: lexicon.countryNames[entry.country] ?? entry.actor, country: entry.country, role: "", kind: .state,
            title: "")
    }
}
