/// Subjects and objects read from the dependency parse, for the verbs whose partners the positional rules cannot
/// reach: a place, a day and an apposition between a verb and its partner, a relative clause between a subject and
/// its verb, a subject shared by coordinated or controlled verbs.
extension EventCoder {
    /// The parse's word for a token of the sentence, nil outside the parse.
    func parseWord(_ token: Int, _ c: Context) -> Int? {
        guard let p = c.syntax else { return nil }
        let w = token - c.range.lowerBound
        return w >= 0 && w < p.count ? w : nil
    }

    /// The actors the parse names as the subject of the verb at token `head`, with those coordinated with it.
    func parsedSubjects(of head: Int, _ c: Context) -> [Mention] {
        guard let p = c.syntax, let verb = parseWord(head, c), let subject = subjectWord(of: verb, p, c) else {
            return []
        }
        // A subject after its verb is an inversion the parse is often wrong about ("..., said X" is a report).
        return coordinatedActors(subject, p, c).filter { $0.tokens.upperBound <= head }
    }

    /// The actors the parse attaches to the verb at token `head` as its object or an oblique partner ("met on Monday
    /// in Geneva with X"), agents of a passive ("by X") left to the passive rule.
    func parsedObjects(of head: Int, _ c: Context) -> [Mention] {
        guard let p = c.syntax, let verb = parseWord(head, c) else { return [] }
        let arguments = p.dependents(of: verb).filter {
            p.relations[$0] == .obj || p.relations[$0] == .iobj || isPartner($0, p, c)
        }
        for w in arguments + setOffPartners(of: verb, p, c) {
            let found = coordinatedActors(w, p, c).filter { $0.tokens.lowerBound > head }
            if !found.isEmpty { return found }
        }
        return []
    }

    /// Partner phrases set off by a comma that the parse hangs under one of the verb's objects or obliques
    /// ("imposed sanctions, including travel bans, on X"): the parser attaches a prepositional phrase to the
    /// nearest noun, but a noun seldom takes one after a comma, so the phrase is the verb's.
    func setOffPartners(of verb: Int, _ p: SentenceSyntax, _ c: Context) -> [Int] {
        p.dependents(of: verb).filter { [.obj, .obl].contains(p.relations[$0]) }.flatMap { noun in
            p.dependents(of: noun, .nmod).filter { w in
                let cases = p.dependents(of: w, .case)
                return cases.contains { words.partnerPrepositions.contains(c.tokens[c.range.lowerBound + $0]) }
                    && p.dependents(of: w, .punct).contains { comma in cases.allSatisfy { comma < $0 } }
            }
        }
    }

    /// Whether word `w` is an oblique phrase whose preposition names a partner ("with X", "against X").
    func isPartner(_ w: Int, _ p: SentenceSyntax, _ c: Context) -> Bool {
        p.relations[w] == .obl
            && p.dependents(of: w, .case).contains {
                words.partnerPrepositions.contains(c.tokens[c.range.lowerBound + $0])
            }
    }

    /// The word that is the verb's subject: its own `nsubj`, or that of the verb it is coordinated with or
    /// controlled by ("agreed to meet": the one who agreed; "urged X to meet": X), or the noun a relative
    /// clause modifies ("the rebels who attacked").
    func subjectWord(of verb: Int, _ p: SentenceSyntax, _ c: Context) -> Int? {
        var v = verb
        for _ in 0..<4 {
            if let s = p.dependents(of: v, .nsubj).first {
                if p.relations[v] == .acl, words.relativeSubjects.contains(c.tokens[c.range.lowerBound + s]) {
                    return p.heads[v] >= 0 ? p.heads[v] : nil
                }
                return s
            }
            let up = p.heads[v]
            guard up >= 0 else { return nil }
            switch p.relations[v] {
            case .conj: v = up
            case .xcomp:
                if let controller = p.dependents(of: up, .obj).first { return controller }
                v = up
            default: return nil
            }
        }
        return nil
    }

    /// The actors a noun phrase headed by word `w` names, and those of the phrases coordinated with it.
    func coordinatedActors(_ w: Int, _ p: SentenceSyntax, _ c: Context) -> [Mention] {
        var out: [Mention] = []
        for word in [w] + p.dependents(of: w, .conj) {
            for a in actors(headedBy: word, p, c)
            where !out.contains(where: { $0.tokens == a.tokens && $0.country == a.country }) {
                out.append(a)
            }
        }
        return out
    }

    /// The actors of a noun phrase: the mention holding its head word, or else one holding a word that names the head
    /// ("the Iranian delegation": the demonym; "Prime Minister X": the name in apposition).
    func actors(headedBy w: Int, _ p: SentenceSyntax, _ c: Context) -> [Mention] {
        let token = c.range.lowerBound + w
        let holding = c.actors.filter { $0.tokens.contains(token) }
        if !holding.isEmpty { return holding }
        for d in p.dependents(of: w) where [.compound, .amod, .flat, .appos].contains(p.relations[d]) {
            let named = c.actors.filter { $0.tokens.contains(c.range.lowerBound + d) }
            if !named.isEmpty { return named }
        }
        return []
    }
}
