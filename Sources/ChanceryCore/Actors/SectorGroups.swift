/// Giving sector nouns without a country ("police fired tear gas") the country of the story they are in.
extension ActorResolver {
    /// Sets the country of each sector group (`Mention.isSectorGroup`): a place its sentence names ("police in
    /// Nairobi"), else the country the document mentions most; a story that names none leaves it empty.
    static func placeSectorGroups(_ sentences: inout [[Mention]]) {
        guard sentences.contains(where: { $0.contains { $0.isSectorGroup } }) else { return }
        let story = storyCountry(sentences)
        for s in sentences.indices where sentences[s].contains(where: { $0.isSectorGroup }) {
            let place = sentences[s].first { $0.isLocative && !$0.isDateline && $0.hasCountryCode }?.country
            guard let country = place ?? story else { continue }
            for k in sentences[s].indices where sentences[s][k].isSectorGroup {
                sentences[s][k].setStrings(country: country)
            }
        }
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
