/// "The two leaders", "both sides", "they": a plural phrase stands for both parties of the latest dyad.
extension ActorResolver {

    /// Plural phrases (`plural-phrases.txt`) as words compared by key, filed under their first word (in list order
    /// within each), so a token tries only the phrases it can start: "the" alone starts half the list.
    static func pluralsByFirst(_ pluralPhrases: [[String]]) -> WordMap<[[Word]]> {
        var map = WordMap<[[Word]]>()
        for phrase in pluralPhrases.map({ $0.map(Word.init) }) {
            if let at = map.index(of: phrase[0].text) {
                map.update(at: at) { $0.append(phrase) }
            } else {
                map.set(phrase[0].text, [phrase])
            }
        }
        return map
    }

    /// Adds a mention for each party a plural phrase of the sentence stands for (`Coreference.parties`).
    static func addPlurals(
        _ found: inout [Mention], _ sentence: Range<Int>, _ text: DocumentText, _ cues: CueMarks,
        _ coreference: Coreference, _ phrases: WordMap<[[Word]]>
    ) {
        guard cues.sentenceHas(Cue.pluralStart) else { return }
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            // The pair is worked out only where a phrase starts: building it at every token is wasted work.
            if mayStartPlural(i, sentence, cues),
                let length = pluralLength(text.tokens, i, sentence.upperBound, phrases),
                !covers(found, i),
                case let members = coreference.parties(
                    found, before: i, counted: counts(text.tokens[i..<(i + length)])),
                !members.isEmpty
            {
                let last = i + length - 1
                let written = text.string(i, through: last)
                for member in members {
                    found.append(
                        Mention(
                            tokens: i..<(last + 1), span: Span(start: text.tokens[i].start, end: text.tokens[last].end),
                            text: written, actor: member.actor, country: member.country, role: member.role,
                            kind: .pronoun, title: ""))
                }
                i += length
                continue
            }
            i += 1
        }
    }

    /// Whether a plural phrase says how many it stands for ("the two leaders", "both sides"), not "the leaders".
    static func counts(_ phrase: ArraySlice<Token>) -> Bool {
        phrase.contains { $0.norm == "two" || $0.norm == "2" || $0.norm == "both" }
    }

    /// Whether a plural phrase can start at `i`, by the cue bits alone: at a word that is a phrase alone or
    /// before a phrase's second word (after "the", most words are not).
    static func mayStartPlural(_ i: Int, _ sentence: Range<Int>, _ cues: CueMarks) -> Bool {
        cues.token(i, has: Cue.pluralStart)
            && (cues.token(i, has: Cue.pluralAlone)
                || i + 1 < sentence.upperBound && cues.token(i + 1, has: Cue.pluralNext))
    }

    /// Length of a plural phrase at `i`, if one starts there (`phrases` is `pluralsByFirst`).
    static func pluralLength(_ tokens: [Token], _ i: Int, _ end: Int, _ phrases: WordMap<[[Word]]>) -> Int? {
        guard let at = phrases.index(of: tokens[i]) else { return nil }
        for phrase in phrases.values[at] where i + phrase.count <= end {
            // The second word's key first: after "the", almost every phrase fails there.
            if phrase.count > 1, tokens[i + 1].key != phrase[1].key { continue }
            if phrase.indices.dropFirst().allSatisfy({ tokens[i + $0].is(phrase[$0]) }) { return phrase.count }  // the first word matched already
        }
        return nil
    }
}
