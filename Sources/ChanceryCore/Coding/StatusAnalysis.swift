/// Status and attribution: how the publisher presents an event and who it cites.
extension EventCoder {
    /// The status of the event a pattern codes, who it is attributed to, and whether the clause refuses it ("Syria says it
    /// will not accept refugees": a rejection made now, not a negated act).
    func statusOf(_ m: VerbMatch, _ c: Context) -> (Status, [Attribution], refused: Bool) {
        let head = m.head
        let isStatement = m.pattern.root == .makePublicStatement
        var marks = ClauseMarks(before: head, c, words)
        marks.readIntent(inGapOf: m, c, words)
        // Cues anywhere before the head in the sentence.
        let before = c.cues.filter { $0.end <= head }
        let denyBefore = before.contains { $0.kind == .deny }
        var reported = isHedged(head, c)
        var attribution: [Attribution] = []
        if !isStatement, let r = governingReport(head, c) {
            reported = true
            attribution = speakers(of: r, c)
        }
        if !isStatement, addAccordingPhrases(c, to: &attribution) { reported = true }
        // "will not accept", "would not attend": of a cooperative act, a refusal stated now (CAMEO 12).
        if marks.isRefusal, !denyBefore, let root = m.pattern.root, root.quad <= 2, !isStatement {
            return (reported ? .reported : .asserted, reported ? attribution : [], true)
        }
        let status = Self.status(
            marks, isStatement: isStatement, denied: denyBefore, declined: before.contains { $0.kind == .decline },
            reported: reported)
        return (status, reported ? attribution : [], false)
    }

    /// The status the marks and cues of a clause give, the strongest first: a denial, a negation, a declined
    /// confirmation, a condition, a plan, a report. A statement is only asserted or negated.
    static func status(
        _ marks: ClauseMarks, isStatement: Bool, denied: Bool, declined: Bool, reported: Bool
    ) -> Status {
        if isStatement { return marks.negated ? .negated : .asserted }
        if denied { return .denied }
        if marks.negated { return .negated }
        if declined { return .unconfirmed }
        if marks.condition { return .hypothetical }
        if marks.future { return .planned }
        return reported ? .reported : .asserted
    }

    /// Whether a hedge ("reportedly", "allegedly", "the reported visit") governs the verb at `head`.
    func isHedged(_ head: Int, _ c: Context) -> Bool {
        c.cues.contains { cue in
            guard cue.kind == .hedge else { return false }
            if cue.start > head { return cue.start <= head + 2 }  // "met reportedly"
            // "the reported visit": an adjective hedges only its own noun.
            if cue.start > c.range.lowerBound, words.determiners.contains(c.tokens[cue.start - 1]) {
                return cue.end >= head - 1
            }
            // "reportedly sent his adviser to meet": no clause boundary in between.
            return !c.tokens.window(cue.end, head).contains { words.subordinators.contains($0) || $0.norm == ";" }
        }
    }

    /// The reporting verb that governs the verb at `head`: the nearest before it, or one after it ("..., X said"),
    /// unless that one sits across a fronted phrase or a relative clause.
    func governingReport(_ head: Int, _ c: Context) -> Int? {
        if let r = c.reports.last(where: { $0 < head }) { return r }
        guard let r = c.reports.first(where: { $0 > head }) else { return nil }
        // "Following a meeting with X, Hagel said ...": a fronted phrase is the publisher's narration, not the speaker's.
        if words.subordinators.contains(c.tokens[c.range.lowerBound]),
            c.tokens.window(head, r).contains(where: { $0.norm == "," })
        {
            return nil
        }
        // "condemned the attack, for which the PKK has claimed responsibility": a relative clause's verb reports nothing
        // about the main clause.
        if c.tokens.window(head, r).contains(where: { words.relativePronouns.contains($0) }) { return nil }
        return r
    }

    /// Adds the sources of "according to X" and "citing X" cues to `attribution`; true when the sentence has one.
    func addAccordingPhrases(_ c: Context, to attribution: inout [Attribution]) -> Bool {
        var found = false
        for cue in c.cues where cue.kind == .according && words.attributionOpeners.contains(c.tokens[cue.start]) {
            guard let phrase = phraseAfter(cue.end, c) else { continue }
            found = true
            if !attribution.contains(where: { $0.text == phrase.text }) { attribution.append(phrase) }
        }
        return found
    }

    /// Who a reporting verb cites: its subject ("Bloomberg ... reported", "the sources said") plus "citing X".
    func speakers(of r: Int, _ c: Context) -> [Attribution] {
        var chain: [Attribution] = []
        // Subject before the verb, back to a clause boundary, skipping a ", citing X," aside.
        var j = r - 1
        var depth = 0
        var end = r
        while j >= c.range.lowerBound {
            let n = c.tokens[j].norm
            if n == "," {
                depth += 1
                if depth == 1 {
                    end = j
                    j -= 1
                    continue
                }
            }
            if n == "\"" || n == ";"
                || (n == "," && depth >= 2
                    && !c.cues.contains(where: { $0.start > j && $0.start < end && $0.kind == .according }))
            {
                break
            }
            j -= 1
        }
        // Prefer a known actor ending right before the verb or before a citing aside.
        if let subject = c.actors.last(where: { $0.tokens.upperBound <= r && $0.tokens.upperBound > j }) {
            let preposition =
                subject.tokens.lowerBound > c.range.lowerBound ? c.tokens[subject.tokens.lowerBound - 1].norm : ""
            if preposition != "citing" && preposition != "to" {
                chain.append(Attribution(text: subject.text, code: subject.code))
            }
        } else if let phrase = nounPhraseBefore(r, c) {
            chain.append(phrase)
        } else if r + 1 < c.range.upperBound,
            let after = c.actors.first(where: {
                $0.tokens.lowerBound == r + 1 || ($0.tokens.lowerBound == r + 2 && c.tokens[r + 1].norm == "the")
            })
        {
            // "..., said Kiir spokesman Ateny".
            chain.append(Attribution(text: after.text, code: after.code))
        }
        for cue in c.cues where cue.kind == .according && c.tokens[cue.start].norm == "citing" && cue.start < r + 12 {
            if let phrase = phraseAfter(cue.end, c), !chain.contains(where: { $0.text == phrase.text }) {
                chain.append(phrase)
            }
        }
        return chain
    }

    /// "the sources", "two diplomatic sources": the words between a clause boundary and a verb.
    func nounPhraseBefore(_ r: Int, _ c: Context) -> Attribution? {
        var j = r - 1
        while j >= c.range.lowerBound, j >= r - 5, c.tokens[j].kind != .punct,
            !words.sourcePhraseStarts.contains(c.tokens[j])
        { j -= 1 }
        let start = j + 1
        guard start < r else { return nil }
        let text = TextSlice.string(c.bytes, from: c.tokens[start].byteStart, to: c.tokens[r - 1].byteEnd)
        guard c.tokens.window(start, r).contains(where: { words.sourceNouns.contains($0) }) else { return nil }
        return Attribution(text: text, code: "")
    }

    /// The actor or noun phrase after "according to" / "citing".
    func phraseAfter(_ k: Int, _ c: Context) -> Attribution? {
        guard k < c.range.upperBound else { return nil }
        if let m = c.actors.first(where: {
            $0.tokens.lowerBound == k || ($0.tokens.lowerBound == k + 1 && c.tokens[k].norm == "the")
        }) {
            return Attribution(text: m.text, code: m.code)
        }
        var j = k
        while j < c.range.upperBound, j < k + 6, c.tokens[j].kind != .punct,
            !words.sourcePhraseEnds.contains(c.tokens[j])
        { j += 1 }
        guard j > k else { return nil }
        // Only sources count: "citing anonymous sources", not "citing doubts about".
        guard c.tokens.window(k, j).contains(where: { words.sourceNouns.contains($0) }) else { return nil }
        return Attribution(
            text: TextSlice.string(c.bytes, from: c.tokens[k].byteStart, to: c.tokens[j - 1].byteEnd), code: "")
    }

    /// The words in quotation marks around the head, when the event is a quoted statement.
    func quote(_ m: VerbMatch, _ c: Context) -> String? {
        guard m.pattern.root == .makePublicStatement else { return nil }
        var open: Int? = nil
        for k in c.range where c.tokens[k].norm == "\"" {
            if let o = open {
                if o < m.head && k > m.head {
                    return TextSlice.string(c.bytes, from: c.tokens[o + 1].byteStart, to: c.tokens[k - 1].byteEnd)
                }
                open = nil
            } else {
                open = k
            }
        }
        return nil
    }
}
