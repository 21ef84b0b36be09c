/// Giving sector nouns without a country ("police fired tear gas") the country of the story they are in.
extension ActorResolver {
    /// Sets the country of each sector group (`Mention.isSectorGroup`): the one it is loyal to ("fighters loyal to
    /// Ouattara") or that owns it ("Germany's best-known journalist"), else a place its sentence names ("police in
    /// Nairobi"), else the country the document mentions most; a story that names none leaves it empty.
    static func placeSectorGroups(_ sentences: inout [[Mention]], _ tokens: [Token], allegiance: WordSet) {
        guard sentences.contains(where: { $0.contains { $0.isSectorGroup } }) else { return }
        let story = storyCountry(sentences)
        for s in sentences.indices where sentences[s].contains(where: { $0.isSectorGroup }) {
            let place = sentences[s].first { $0.isLocative && !$0.isDateline && $0.hasCountryCode }?.country
            for k in sentences[s].indices where sentences[s][k].isSectorGroup {
                // Loyalty and ownership are written in the text, so the group is a side as a demonym's would be
                // ("Libyan forces").
                if let loyal = loyalty(of: k, sentences[s], tokens, allegiance)
                    ?? owner(of: k, sentences[s], tokens)
                {
                    sentences[s][k].setStrings(country: loyal)
                    sentences[s][k].isSectorGroup = false
                } else if let country = place ?? story {
                    sentences[s][k].setStrings(country: country)
                }
            }
        }
    }

    /// The country of the actor a sector group is loyal to, written right after it ("loyal to" and a mention).
    static func loyalty(of k: Int, _ found: [Mention], _ tokens: [Token], _ allegiance: WordSet) -> String? {
        let end = found[k].tokens.upperBound
        guard end + 2 < tokens.count, allegiance.contains(tokens[end]), tokens[end + 1].norm == "to" else { return nil }
        var start = end + 2
        if tokens[start].is(Word.the) { start += 1 }
        // A person or a state: a group's country is where it fights, not whose side it fights on ("loyal to
        // al-Qaeda"); a possessor is not whom they are loyal to ("loyal to Iraq's Al-Qaeda frontman").
        guard
            let owner = found.first(where: {
                $0.tokens.lowerBound == start && $0.hasCountryCode && ($0.kind == .person || $0.kind == .state)
            }),
            owner.tokens.upperBound >= tokens.count || tokens[owner.tokens.upperBound].norm != "'s"
        else { return nil }
        return owner.country
    }

    /// The country of the state or person whose possessive the sector group follows within three words:
    /// "Germany's best-known journalist", "Iran's most prominent political prisoners".
    static func owner(of k: Int, _ found: [Mention], _ tokens: [Token]) -> String? {
        let start = found[k].tokens.lowerBound
        guard
            let owner = found.last(where: {
                $0.tokens.upperBound < start && $0.hasCountryCode && ($0.kind == .person || $0.kind == .state)
            }),
            tokens[owner.tokens.upperBound].norm == "'s", start - owner.tokens.upperBound - 1 <= 3,
            // Modifiers only: "Trump's decision to send troops" owns the decision, not the troops.
            !tokens.window(owner.tokens.upperBound + 1, start).contains(where: {
                $0.breaksModifiers || $0.norm == "to" || $0.norm == "of"
            })
        else { return nil }
        return owner.country
    }

    /// The country the document mentions most, as an actor or a place (the first of equals); nil for none.
    static func storyCountry(_ sentences: [[Mention]]) -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        var order = 0
        for mention in sentences.joined() where !mention.isSectorGroup && mention.hasCountryCode {
            counts[mention.country, default: (0, order)].count += 1
            order += 1
        }
        return counts.max { a, b in
            a.value.count != b.value.count ? a.value.count < b.value.count : a.value.first > b.value.first
        }?.key
    }
}
