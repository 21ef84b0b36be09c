/// Demands made in reported speech: "Russia said that Sudan must return the helicopter".
extension EventCoder {
    /// "Russia said that Sudan must return the helicopter": a demand (10) from the speaker on the one who must act.
    func demandsInReportedSpeech(_ c: Context, evidence: String, already: [Event]) -> [Event] {
        guard let code = cameo.code("100") else { return [] }
        var out: [Event] = []
        for r in c.reports {
            let speakers = subjectChain(before: r, c)
            guard !speakers.isEmpty else { continue }
            // The clause subject: right after the reporting verb, past "that" and a time word or two.
            guard let first = c.actors.first(where: { $0.tokens.lowerBound > r && $0.tokens.lowerBound <= r + 6 }),
                !c.tokens.window(r + 1, first.tokens.lowerBound).contains(where: { $0.kind == .punct && $0.norm != "," }
                )
            else { continue }
            let addressees = chain(from: first, c)
            guard let last = addressees.last, last.tokens.upperBound < c.range.upperBound else { continue }
            // The modal follows the addressees, or a coordinated party the lexicon does not know ("the Sudanese
            // government and the rebels in Darfur must").
            func obligedAt(_ at: Int) -> Bool {
                words.obligation.contains { phrase in
                    at + phrase.count <= c.range.upperBound
                        && phrase.enumerated().allSatisfy { c.tokens[at + $0.offset].norm == $0.element }
                }
            }
            var after = last.tokens.upperBound
            if !obligedAt(after), c.tokens[after].norm == "and" {
                var k = after + 1
                while k < min(c.range.upperBound, after + 7), !obligedAt(k), c.tokens[k].kind == .word,
                    !words.demandBarriers.contains(c.tokens[k])
                { k += 1 }
                after = k
            }
            guard after < c.range.upperBound, obligedAt(after) else { continue }
            let m = VerbMatch(
                head: r, end: r + 1,
                pattern: VerbPattern(rest: [], code: "100", isNoun: false, pattern: "say ... must"), form: .past)
            let date = dateOf(m, c)
            for s in speakers {
                for t in addressees where t.country != s.country {
                    if already.contains(where: {
                        $0.source.country == s.country && $0.target?.country == t.country && $0.code.root == .demand
                    }) {
                        continue
                    }
                    out.append(
                        Event(
                            doc: c.document.id, id: "", sentence: c.sentence.index,
                            evidence: (evidence, c.sentence.span),
                            source: party(s), target: party(t), code: code, date: date, location: nil,
                            status: .asserted, attribution: [], quote: nil))
                }
            }
        }
        return out
    }
}
