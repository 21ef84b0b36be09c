/// Finding the person a bare name means: someone the document named in full, else a lexicon person by surname
/// or by name without its middle initials.
extension ActorResolver {
    /// The person `name` means (`titled`: written after a title, "President Bush", whose sector is `titleRole`, empty
    /// when the title names none), if any is known.
    func knownPerson(
        _ name: String, titled: Bool, titleRole: String = "", year: Int?, _ registry: inout PersonRegistry
    ) -> Mention? {
        if let (norm, key) = PersonRegistry.oneWordNorm(name) {
            // Most such names are one plain word ("Putin"), which needs no form: a name of fewer than three words
            // has no initials to drop.
            return registry.lookup(norm: norm, key: key)
                ?? surnameEntry(name, norm: norm, year: year, titled: titled, titleRole: titleRole)
        }
        let form = registry.form(name)
        let norms = registry.norms(form)
        return registry.lookup(form) ?? surnameEntry(
            name, norm: norms.count == 1 ? norms[0] : nil, year: year, titled: titled, titleRole: titleRole)
            ?? plainNameEntry(name, form, year: year, registry) ?? reversedNameEntry(name, form, year: year, registry)
    }

    /// A person entry from the lexicon by surname alone, when the surname is unambiguous in that year (`norm` is
    /// the one word of `name`'s phrase key, nil when it has more or none; `titleRole` the written title's sector).
    func surnameEntry(_ name: String, norm: String?, year: Int?, titled: Bool, titleRole: String = "") -> Mention? {
        guard let norm, let at = surnames.index(of: norm) else { return nil }
        let entries = surnames.values[at]
        // A lone surname names someone in office then, or just out of it: with thousands of historical
        // office holders, older entries would turn common words ("Call", "Kim") into people.
        func isHolding(_ e: ActorEntry) -> Bool { e.holds(in: year) && !e.role.isEmpty }
        func isRecent(_ e: ActorEntry) -> Bool {
            !e.role.isEmpty && year.map { y in (e.until ?? y) >= y - 3 && (e.since ?? y) <= y } ?? true
        }
        // The pool: those holding office then, else those recently in it.
        let holding = entries.contains(where: isHolding)
        func inPool(_ e: ActorEntry) -> Bool { holding ? isHolding(e) : isRecent(e) }
        if let first = entries.first(where: inPool) {
            return entries.allSatisfy({ !inPool($0) || $0.actor == first.actor }) ? personMention(name, first) : nil
        }
        guard let year else { return nil }
        if titled, let holder = nearestOfficeHolder(name, entries, year: year, titleRole: titleRole) { return holder }
        return soleOfficeHolder(name, norm: norm, entries, year: year)
    }

    /// "Erdogan" or "Nixon" alone in a text dated outside their offices (an archive, a retrospective, a placeholder
    /// date): when every lexicon entry of the surname is one person, whose offices the curated files list, the
    /// surname means them, by the country of their entry for that year; after their last office they are a former
    /// official (ELI, as "former president X" is), before their first one they have no sector yet.
    func soleOfficeHolder(_ name: String, norm: String, _ entries: [ActorEntry], year: Int) -> Mention? {
        // A short surname is too often a piece of something else ("a Mi-26 helicopter"), and a common word
        // ("House", "Major") is more often itself than a person.
        guard name.count(where: \.isLetter) >= 4, !finder.words.commonWords.contains(norm),
            entries.contains(where: { !$0.title.isEmpty }), let first = entries.first,
            entries.allSatisfy({ $0.actor == first.actor }),
            let last = entries.filter({ !$0.role.isEmpty }).max(by: { ($0.until ?? .max) < ($1.until ?? .max) })
        else { return nil }
        if let current = entries.first(where: { $0.holds(in: year) }) { return personMention(name, current) }
        var mention = personMention(name, last)
        mention.role = (last.until ?? year) < year ? "ELI" : ""
        return mention
    }

    /// "President Bush" in a text dated outside every office spell (an archive, a wrong date): a title with a
    /// surname is strong enough to reach the curated office holders (those with a title) of any year, when they
    /// all served one country; the one nearest in time is meant. Only holders of the sector the written title
    /// names (`titleRole`, when it names one) count: "President Herrera" is no legislature's president.
    func nearestOfficeHolder(_ name: String, _ entries: [ActorEntry], year: Int, titleRole: String = "") -> Mention? {
        let curated = entries.filter {
            !$0.title.isEmpty && !$0.role.isEmpty && (titleRole.isEmpty || $0.role == titleRole)
        }
        guard let first = curated.first, curated.allSatisfy({ $0.country == first.country }) else { return nil }
        func distance(_ e: ActorEntry) -> Int { max((e.since ?? year) - year, year - (e.until ?? year), 0) }
        return curated.min(by: { distance($0) < distance($1) }).map { personMention(name, $0) }
    }

    /// A lexicon person named with middle initials or a suffix the lexicon leaves out: "Lloyd J. Austin III"
    /// (`form` is the registry's form of `name`).
    func plainNameEntry(_ name: String, _ form: Int, year: Int?, _ registry: PersonRegistry) -> Mention? {
        let all = registry.norms(form)
        // Two words left after dropping at least one: most names are too short to try.
        guard all.count >= 3 else { return nil }
        let suffixes = finder.words.nameSuffixes  // generational suffixes the lexicon's spellings leave out
        func isKept(_ norm: String) -> Bool {
            ByteClass.hasTwoCharacters(norm) && norm != "." && !suffixes.contains(norm)
        }
        let keptCount = all.count(where: isKept)
        guard keptCount >= 2, keptCount < all.count else { return nil }
        // "Ferdinand R. Marcos Jr.": the lexicon may spell the suffix ("Ferdinand Marcos Jr"), which tells a son from
        // his father; try the name with it first, then without.
        let withSuffix = all.filter { isKept($0) || suffixes.contains($0) }
        for words in withSuffix.count > keptCount ? [withSuffix, all.filter(isKept)] : [all.filter(isKept)] {
            let people = finder.lexicon.actors.lookup(words).filter { $0.kind == .person }
            if let entry = people.first(where: { $0.holds(in: year) }) ?? people.last { return personMention(name, entry) }
        }
        return nil
    }

    /// "Kishida Fumio", "Moon Jae-in" written surname first, "Fumio Kishida" in the lexicon: a name of two words that
    /// is a lexicon person's name reversed means that person (`form` is the registry's form of `name`).
    func reversedNameEntry(_ name: String, _ form: Int, year: Int?, _ registry: PersonRegistry) -> Mention? {
        let all = registry.norms(form)
        guard all.count == 2 else { return nil }
        let people = finder.lexicon.actors.lookup([all[1], all[0]]).filter { $0.kind == .person }
        guard let entry = people.first(where: { $0.holds(in: year) }) ?? people.last else { return nil }
        return personMention(name, entry)
    }

    /// A mention standing for a lexicon person, named in the text as `name`.
    func personMention(_ name: String, _ entry: ActorEntry) -> Mention {
        Mention(
            tokens: 0..<0, span: Span(start: 0, end: 0), text: name, actor: entry.actor, country: entry.country,
            role: entry.role, kind: .person, title: entry.title)
    }
}
