/// What the words just before a verb say of its act, back to the clause boundary: negated ("did not meet", "failed
/// to reach"), future or intended ("will visit", "plans to"), conditional or obliged ("could", "must", "has to"), and
/// whether a modal of will stands there ("will not accept": a refusal).
struct ClauseMarks {
    /// The act did not happen.
    var negated = false
    /// The act is to come or intended.
    var future = false
    /// The act is conditional, demanded or obligatory.
    var condition = false
    /// A modal of will ("will", "would", "shall") stands before the verb.
    var willing = false

    /// How far back the marks are read, in tokens.
    static let reach = 6

    /// A negated modal of will before an act that is not conditional: a refusal stated now.
    var isRefusal: Bool { negated && willing && !condition }

    /// The marks before the token `head` of a sentence.
    init(before head: Int, _ c: EventCoder.Context, _ words: CodingWords) {
        var j = head - 1
        var steps = 0
        while j >= c.range.lowerBound, steps < ClauseMarks.reach {
            let n = c.tokens[j].norm
            if n == "," || n == ";" || n == "that" || n == "\"" || words.subordinators.contains(n) && n != "as" {
                break
            }
            // "Theresa May spoke": a modal's spelling inside a name is the name.
            if !c.actors.contains(where: { $0.tokens.contains(j) }) {
                read(j, c, words)
            }
            j -= 1
            steps += 1
        }
    }

    /// "announced plans to impose sanctions": an intent inside a pattern's gap ("plans to", "intends to") makes its act
    /// one to come, as it would before the verb.
    mutating func readIntent(inGapOf m: VerbMatch, _ c: EventCoder.Context, _ words: CodingWords) {
        for j in Range.window(m.head + 2, m.end) where c.tokens[j].norm == "to" {
            let before = c.tokens[j - 1]
            if words.intentVerbs.contains(before) || words.plannedNouns.contains(before) { future = true }
        }
    }

    /// Reads the token `j`: a word of negation, future, will or condition, or the verb before an infinitive's "to".
    private mutating func read(_ j: Int, _ c: EventCoder.Context, _ words: CodingWords) {
        let n = c.tokens[j].norm
        if words.negationWords.contains(n) { negated = true }
        if words.futureWords.contains(n) { future = true }
        if words.refusalModals.contains(n) { willing = true }
        if words.conditionWords.contains(n) { condition = true }
        guard n == "to", j > c.range.lowerBound else { return }
        let verb = c.tokens[j - 1]
        // "Russia's initiative to hold a summit"
        if words.intentVerbs.contains(verb) || words.plannedNouns.contains(verb) { future = true }
        if words.obligationVerbs.contains(verb) { condition = true }
        // "failed to reach agreement": the act did not happen.
        if words.failureVerbs.contains(verb) { negated = true }
    }
}
