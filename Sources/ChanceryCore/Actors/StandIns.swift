/// The one-word stand-ins for actors: "he"/"she", a transcript speaker's "I", a quoted speaker's "we", and "it"
/// after "said".
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

    /// "We are ready to help Türkiye, Zelensky said.": before a closing attribution (", X said." or ", said X."),
    /// "I", "me", "we" and "us" are the person who said it.
    static func addAttributedFirstPerson(
        _ found: inout [Mention], _ sentence: Range<Int>, _ text: DocumentText, _ speechVerbs: WordSet
    ) {
        guard let (comma, speaker) = closingAttribution(found, sentence, text.tokens, speechVerbs) else { return }
        for i in sentence.lowerBound..<comma where isFirstPerson(text.tokens[i]) && !covers(found, i) {
            found.append(text.standIn(for: speaker, at: i))
        }
    }

    /// The comma and the person of a sentence's closing attribution: ", Zelensky said." or ", said Zelensky.", the
    /// person placed (a country known); nil when the sentence ends otherwise.
    static func closingAttribution(
        _ found: [Mention], _ sentence: Range<Int>, _ tokens: [Token], _ speechVerbs: WordSet
    ) -> (comma: Int, speaker: Mention)? {
        var last = sentence.upperBound - 1
        while last > sentence.lowerBound, tokens[last].kind == .punct { last -= 1 }
        guard last - 2 > sentence.lowerBound else { return nil }
        func person(endingAt end: Int) -> Mention? {
            found.last { $0.tokens.upperBound == end && $0.kind == .person && !$0.country.isEmpty }
        }
        let speaker: Mention
        let before: Int
        if speechVerbs.contains(tokens[last]), let p = person(endingAt: last) {
            (speaker, before) = (p, p.tokens.lowerBound - 1)
        } else if let p = person(endingAt: last + 1), p.tokens.lowerBound - 2 > sentence.lowerBound,
            speechVerbs.contains(tokens[p.tokens.lowerBound - 1])
        {
            (speaker, before) = (p, p.tokens.lowerBound - 2)
        } else {
            return nil
        }
        // "Zelensky said." alone: a person at the sentence's start has no comma before it.
        guard before > sentence.lowerBound, tokens[before].norm == "," else { return nil }
        return (before, speaker)
    }

    /// "I", "me", "we", "us" (not "US", the United States).
    static func isFirstPerson(_ t: Token) -> Bool {
        switch t.norm {
        case "i": return t.isCapitalized
        case "me", "we": return true
        case "us": return !t.isAllCaps
        default: return false
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
