/// What coreference carries from one sentence of a document to the next: the people learned, the last person
/// and subject (for "he"), the transcript's speaker (for "I") and the latest dyads (for "the two leaders").
struct Coreference {
    /// The people the document names, learned from every line before the sentences are read.
    var registry = PersonRegistry()
    /// The latest person resolved that is not an unqualified title.
    var lastPerson: Mention? = nil
    /// The subject of the latest sentence that had mentions, if it opened with a person.
    var lastSubject: Mention? = nil
    /// Whose voice the text is in: a "Statement by ..." headline, or the current transcript turn.
    var speaker: Mention? = nil
    /// The latest two actors (people and states) of different countries.
    var recentPair = ActorResolver.RecentPair()
    /// The latest two people of different countries.
    var recentPeople = ActorResolver.RecentPair()
    /// The people of the latest sentence that named three or more of different countries, one a country ("Obama
    /// spoke with Merkel and Hollande"), for "the leaders" after it; empty once a sentence names two.
    var recentGroup: [Mention] = []

    /// The two parties a plural at `i` refers to: people first (in readouts "they" and "the two leaders" are
    /// the two people who spoke), counting those found before `i`; else the last two actors of different countries.
    func pair(_ found: [Mention], before i: Int) -> ActorResolver.RecentPair {
        var people = recentPeople
        people.remember(found) {
            found[$0].kind == .person && found[$0].tokens.upperBound <= i && found[$0].hasCountryCode
        }
        return people.older != nil ? people : recentPair
    }

    /// The parties a plural at `i` refers to: a plural that counts ("the two leaders", "both") the two of `pair`,
    /// one that does not ("the leaders", "they") every person of the latest sentence that named three or more,
    /// unless the sentence names people before it.
    func parties(_ found: [Mention], before i: Int, counted: Bool) -> [Mention] {
        if !counted, recentGroup.count > 2,
            !found.contains(where: { $0.kind == .person && $0.tokens.upperBound <= i && $0.hasCountryCode })
        {
            return recentGroup
        }
        let two = pair(found, before: i)
        guard let older = two.older, let newer = two.newer else { return [] }
        return [older, newer]
    }

    /// What a pronoun refers to: the subject of the sentence so far (`firstPerson`), else the previous sentence's
    /// subject (readouts: "The President spoke with X. He ..."), else the last person before it.
    func antecedent(firstPerson: Mention?) -> Mention? { firstPerson ?? lastSubject ?? lastPerson }

    /// Remembers a sentence's subject and actors for the sentences after it; one without mentions changes neither.
    mutating func learn(from found: [Mention], _ sentence: Range<Int>, _ tokens: [Token]) {
        guard !found.isEmpty else { return }
        trackSubject(found, sentence, tokens)
        recentPair.remember(found) {
            (found[$0].kind == .person || found[$0].kind == .state) && !found[$0].isLocative && found[$0].hasCountryCode
        }
        recentPeople.remember(found) { found[$0].kind == .person && found[$0].hasCountryCode }
        rememberGroup(found)
    }

    /// Files the sentence's people, one a country, as `recentGroup` when they are three or more; two clear it.
    mutating func rememberGroup(_ found: [Mention]) {
        var group: [Mention] = []
        for m in found where m.kind == .person && m.hasCountryCode && !group.contains(where: { $0.country == m.country }) {
            group.append(m)
        }
        if group.count == 2 { recentGroup = [] } else if group.count > 2 { recentGroup = group }
    }

    /// The subject of a sentence for the next one's pronouns: a person (or resolved pronoun) opening it, within
    /// three tokens of its start or of the end of an opening adverbial ("During a phone call this afternoon,
    /// Secretary Kerry urged ..."); a sentence with another person clears it.
    mutating func trackSubject(_ found: [Mention], _ sentence: Range<Int>, _ tokens: [Token]) {
        // Indices searched, not mentions: `found.firstIndex(where:)` copies each mention it tests.
        if let subject = found.indices.first(where: { found[$0].kind == .person || found[$0].kind == .pronoun }),
            !found[subject].country.isEmpty,
            case let start = found[subject].tokens.lowerBound, start >= sentence.lowerBound,
            // The opening is looked for only when it matters: within three tokens of the start is within three of it.
            start - sentence.lowerBound <= 3 || start - Coreference.opening(of: sentence, tokens, found) <= 3
        {
            lastSubject = found[subject]
        } else if found.indices.contains(where: { found[$0].kind == .person }) {
            lastSubject = nil
        }
    }

    /// Where a sentence's subject may start: after a comma within its first ten tokens when no mention comes before
    /// the comma, else at its start.
    static func opening(of sentence: Range<Int>, _ tokens: [Token], _ found: [Mention]) -> Int {
        let comma = Word.comma
        if let at = Range.window(sentence.lowerBound, min(sentence.upperBound, sentence.lowerBound + 10)).first(where: {
            tokens[$0].is(comma)
        }),
            !found.indices.contains(where: { found[$0].tokens.lowerBound < at })
        {
            return at + 1
        }
        return sentence.lowerBound
    }
}
