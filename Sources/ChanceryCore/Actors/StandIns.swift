/// The one-word stand-ins for actors: "he"/"she", a transcript speaker's "I", and "it" after "said".
extension ActorResolver {

    /// Adds an unresolved pronoun mention for each "he" and "she" of the sentence, for `resolveMentions` to resolve.
    static func addPronouns(_ found: inout [Mention], _ sentence: Range<Int>, _ text: DocumentText, _ cues: CueMarks) {
        guard cues.sentenceHas(Cue.personPronoun) else { return }
        for i in sentence where cues.token(i, has: Cue.personPronoun) && !covers(found, i) {
            found.append(
                Mention(
                    tokens: i..<(i + 1), span: text.tokens[i].span, text: text.string(i, through: i),
                    actor: "", country: "", role: "", kind: .pronoun, title: ""))
        }
    }

    /// Transcripts: after a speaker label ("SECRETARY KERRY: ..."), "I" and "me" are the speaker.
    static func addSpeakerFirstPerson(
        _ found: inout [Mention], _ sentence: Range<Int>, _ text: DocumentText, _ cues: CueMarks,
        speaker: Mention?
    ) {
        guard let speaker, cues.sentenceHas(Cue.firstPerson) else { return }
        let me = Word.me
        for i in sentence
        where cues.token(i, has: Cue.firstPerson) && (text.tokens[i].is(me) || text.tokens[i].isCapitalized)
            && !covers(found, i)
        {
            found.append(text.standIn(for: speaker, at: i))
        }
    }

    /// "Russia said it would ...": "it" after a reporting verb is the organisation or state that spoke, named at
    /// most four tokens before the verb (one of `speechVerbs`).
    static func addSpeechIt(
        _ found: inout [Mention], _ sentence: Range<Int>, _ text: DocumentText, _ cues: CueMarks,
        _ speechVerbs: WordSet
    ) {
        guard cues.sentenceHas(Cue.it) else { return }
        let that = Word.that
        for i in sentence where cues.token(i, has: Cue.it) && i - 1 > sentence.lowerBound {
            let back = text.tokens[i - 1].is(that) ? i - 2 : i - 1
            guard back > sentence.lowerBound, speechVerbs.contains(text.tokens[back]),
                let speaker = found.last(where: {
                    $0.tokens.upperBound <= back && $0.kind != .person && $0.kind != .pronoun
                        && !$0.country.isEmpty && !$0.isLocative
                }),
                back - speaker.tokens.upperBound <= 4
            else { continue }
            found.append(text.standIn(for: speaker, at: i))
        }
    }
}
