/// Whose voice a text or a transcript turn is in, for the "I" and "me" that stand for the speaker.
extension Coreference {
    /// "by", which names the speaker of a statement.
    static let by = Word("by")

    /// Sets `speaker` from a sentence that names one: a statement's headline (its first word one of `statementWords`,
    /// "Statement by ...", "Remarks by ..."), then a transcript's speaker label.
    mutating func detectSpeaker(_ found: [Mention], _ sentence: Range<Int>, _ tokens: [Token], statementWords: WordSet)
    {
        if speaker == nil { speaker = Coreference.statementSpeaker(found, sentence, tokens, statementWords) }
        if let colon = Coreference.speakerLabelEnd(sentence, tokens) {
            // A label without a person ends the previous speaker's turn all the same.
            speaker = found.last(where: { $0.tokens.upperBound <= colon && $0.kind == .person && !$0.country.isEmpty })
        }
    }

    /// "Statement by President Barroso following ...": the person within two tokens after an early "by".
    static func statementSpeaker(
        _ found: [Mention], _ sentence: Range<Int>, _ tokens: [Token], _ statementWords: WordSet
    ) -> Mention? {
        let first = sentence.lowerBound
        guard !found.isEmpty, sentence.count > 3, statementWords.contains(tokens[first]),
            let by = Range.window(first, min(sentence.upperBound, first + 4)).first(where: {
                tokens[$0].is(Coreference.by)
            })
        else { return nil }
        return found.first(where: {
            $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 2 && $0.kind == .person
                && !$0.country.isEmpty
        })
    }

    /// The colon of a speaker label opening the sentence ("SECRETARY KERRY: ..."): capitals (and full stops)
    /// up to a colon within its first six tokens. The first token is tested first: most sentences fail there.
    static func speakerLabelEnd(_ sentence: Range<Int>, _ tokens: [Token]) -> Int? {
        let (dot, colonWord) = (Word.dot, Word.colon)
        func isLabel(_ k: Int) -> Bool { tokens[k].kind == .word && tokens[k].isAllCaps || tokens[k].is(dot) }
        guard !sentence.isEmpty, isLabel(sentence.lowerBound),
            let colon = Range.window(sentence.lowerBound, min(sentence.upperBound, sentence.lowerBound + 6))
                .first(where: { tokens[$0].is(colonWord) }),
            colon > sentence.lowerBound, Range.window(sentence.lowerBound, colon).allSatisfy(isLabel)
        else { return nil }
        return colon
    }
}
