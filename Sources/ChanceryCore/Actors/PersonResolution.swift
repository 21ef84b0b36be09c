/// Resolving a sentence's mentions in place: pronouns to their antecedents, and each person mention (a title of
/// the issuer, a bare name, "the Russian leader") to a named person and country. Unresolved ones are dropped.
extension ActorResolver {
    /// Sorts `found` by position and resolves each mention, dropping those that resolve to no one.
    func resolveMentions(
        _ found: inout [Mention], _ text: DocumentText, issuer: Issuer, _ coreference: inout Coreference
    ) {
        if found.count > 1 { found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        // The mentions kept are moved to the front: `found[..<kept]` is what the rules call "resolved so far".
        var kept = 0
        // In `found[..<kept]`: the first person with a country, and the first such that is not an unqualified title.
        var firstPerson: Int? = nil
        var firstNamed: Int? = nil
        for k in found.indices {
            guard
                resolveMention(&found, k, firstPerson: firstPerson, firstNamed: firstNamed, text, issuer, &coreference)
            else { continue }
            if k != kept { found.swapAt(kept, k) }
            if found[kept].kind == .person, !found[kept].country.isEmpty {
                if firstPerson == nil { firstPerson = kept }
                if firstNamed == nil, !found[kept].isUnqualifiedTitle { firstNamed = kept }
            }
            kept += 1
        }
        found.removeLast(found.count - kept)
    }

    /// Resolves `found[k]` given the people resolved before it; false when it resolves to no one.
    func resolveMention(
        _ found: inout [Mention], _ k: Int, firstPerson: Int?, firstNamed: Int?, _ text: DocumentText,
        _ issuer: Issuer, _ coreference: inout Coreference
    ) -> Bool {
        switch found[k].kind {
        case .pronoun where !found[k].country.isEmpty:
            return true  // a plural already expanded to its members
        case .pronoun:
            guard let antecedent = coreference.antecedent(firstPerson: firstPerson.map { found[$0] }) else {
                return false
            }
            found[k].setStrings(actor: antecedent.actor, country: antecedent.country, role: antecedent.role)
            return true
        case .person:
            let owned = found[k].isUnqualifiedTitle && followsOwner(found[k].tokens.lowerBound, text.tokens)
            let owner = owned ? firstNamed.map({ found[$0] }) ?? coreference.lastPerson : nil
            guard resolvePerson(&found[k], owner: owner, text, issuer, &coreference.registry) else {
                return keepsUnplaced(&found[k], text.tokens)
            }
            if !found[k].isUnqualifiedTitle { coreference.lastPerson = found[k] }
            return true
        default:
            return true
        }
    }

    /// Keeps a bare name that resolves to no one as an unplaced name (no actor, no antecedent for pronouns), when it
    /// looks like one: not the sentence's first word, and not a common English word alone ("House").
    func keepsUnplaced(_ m: inout Mention, _ tokens: [Token]) -> Bool {
        guard m.isBareName, m.country.isEmpty, m.title.isEmpty, m.tokens.lowerBound > 0, m.tokens.upperBound < tokens.count
        else { return false }
        let first = tokens[m.tokens.lowerBound]
        let before = tokens[m.tokens.lowerBound - 1]
        // A capitalised first word is a name only as often as not ("Rice prices rose").
        if Self.sentenceOpeners.contains(before.norm) { return false }
        // "in Jericho", "near Cizre": after a locative preposition a name is a place.
        if finder.words.locative.contains(before) { return false }
        // "the town of Cizre".
        if before.norm == "of", m.tokens.lowerBound >= 2, finder.words.placeFeatures.contains(tokens[m.tokens.lowerBound - 2]) {
            return false
        }
        // "EC monitors", "a Mi-26": an acronym is an organisation's, a short word a piece of something else.
        if m.tokens.count == 1, first.isAllCaps || first.norm.count < 4 || finder.words.commonWords.contains(first) {
            return false
        }
        if tokens[m.tokens.upperBound].norm == "-" { return false }
        // "large Kurdish oil fields", "Congolese villagers": a word of a people's adjective before a common noun.
        if m.tokens.count == 1, Self.isPeoplesAdjective(first), !tokens[m.tokens.upperBound].isCapitalized,
            tokens[m.tokens.upperBound].kind == .word
        {
            return false
        }
        // "in Lahore, Rawalpindi and Multan": a city or province of the gazetteer that names no one known is a place,
        // though no locative stands right before it.
        if let hit = finder.bestEntry(tokens, at: m.tokens.lowerBound, end: m.tokens.upperBound, year: nil),
            hit.length == m.tokens.count, hit.entry.kind.isSubnationalPlace
        {
            return false
        }
        // "Nigeria's Kaduna state", "the Sagaing region".
        if finder.words.placeFeatures.contains(tokens[m.tokens.upperBound]) { return false }
        // "the Red Sea", "Gulf of Aden": a name with a word of geography is a place.
        if m.tokens.contains(where: { finder.words.placeFeatures.contains(tokens[$0]) }) { return false }
        m.isUnplacedName = true
        return true
    }

    /// Whether a capitalised word ends as adjectives of peoples and languages do ("Kurdish", "Congolese"), which
    /// names seldom do.
    static func isPeoplesAdjective(_ t: Token) -> Bool {
        t.norm.count >= 6 && (t.norm.hasSuffix("ish") || t.norm.hasSuffix("ese"))
    }

    /// Marks after which a word opens a sentence or a quotation.
    static let sentenceOpeners: Set<String> = [".", "!", "?", ":", ";", "\"", "“", "”", "--", "—", "-", "("]

    /// Whether the mention at `start` follows "his", "her" or "their" (`owner-words.txt`): "his top diplomatic adviser"
    /// is the owner's.
    func followsOwner(_ start: Int, _ tokens: [Token]) -> Bool {
        start > 0 && finder.words.owners.contains(tokens[start - 1])
    }

    /// Resolves one person mention; `owner` is the person an owned title ("his adviser") belongs to, if any.
    func resolvePerson(
        _ m: inout Mention, owner: Mention?, _ text: DocumentText, _ issuer: Issuer,
        _ registry: inout PersonRegistry
    ) -> Bool {
        if m.isUnqualifiedTitle {
            // "his counterpart" (`peer-titles.txt`): a peer of the owner, of a country the text has not said.
            if finder.words.peerTitles.contains(PersonRegistry.lowercased(m.title)) { return false }
            guard let owner else { return resolveTitle(&m, issuer: issuer, &registry) }
            // "his top diplomatic adviser": the owner's government.
            m.setStrings(actor: m.text, country: owner.country)
            m.isUnqualifiedTitle = false
        } else if m.country.isEmpty || m.isBareName {
            guard let known = knownPerson(
                m.actor, titled: !m.title.isEmpty, titleRole: m.title.isEmpty ? "" : m.role, year: text.year, &registry)
            else {
                return m.isSectorGroup
            }
            m.setStrings(actor: known.actor, country: known.country, role: m.role.isEmpty ? known.role : nil)
            m.isSectorGroup = false
            m.isBareName = false
        } else if m.actor.isEmpty {
            // "the Russian leader": the country's person already named, else the country.
            if let known = registry.person(country: m.country, title: nil) {
                m.actor = known.actor
            } else {
                m.actor = finder.lexicon.countryNames[m.country] ?? m.country
            }
        } else {
            // A surname or shorter form of a person named in full elsewhere takes the full name.
            let form = registry.form(m.actor)
            if let full = registry.lookup(form) { m.setStrings(actor: full.actor) }
        }
        return true
    }

    /// "The President": a royal title the text named, else an organisation's title ("The Secretary-General",
    /// `igo-titles.txt`) of the issuing or most mentioned organisation, else the issuer's office holder, else the
    /// latest person of any country with that title; false when there is none. Monarchies' titles
    /// (`royal-titles.txt`) are not assumed to be the issuer's.
    func resolveTitle(_ m: inout Mention, issuer: Issuer, _ registry: inout PersonRegistry) -> Bool {
        let title = m.title
        let lower = PersonRegistry.lowercased(title)
        let igo = finder.words.igoTitles.contains(lower) ? issuer.igo : nil
        if finder.words.royalTitles.contains(lower),
            let named = registry.person(country: nil, title: title), PersonRegistry.lowercased(named.title) == lower
        {
            // "the Crown Prince" in a Downing Street readout is the crown prince the text named, not a Briton.
            m.setStrings(actor: named.actor, country: named.country)
        } else if let issuer = igo ?? issuer.country {
            m.setStrings(
                actor: registry.person(country: issuer, title: title)?.actor ?? PersonRegistry.capitalized(title),
                country: issuer)
        } else if let known = registry.person(country: nil, title: title) {
            m.setStrings(actor: known.actor, country: known.country)
        } else {
            return false
        }
        return true
    }
}
