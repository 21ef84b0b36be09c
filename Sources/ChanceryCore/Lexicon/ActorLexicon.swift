import Foundation

/// The actor dictionaries, loaded once from TSV resources: who and what a phrase names.
public struct ActorLexicon: Sendable {
    /// Countries, people, organisations, media, regions.
    public private(set) var actors = PhraseIndex<ActorEntry>()
    /// Titles and collective nouns.
    public private(set) var roles = PhraseIndex<RoleWord>()
    /// ISO3 → canonical country name.
    public private(set) var countryNames: [String: String] = [:]
    /// Person entries by surname (last word), for "Putin" alone.
    public private(set) var surnames: [String: [ActorEntry]] = [:]
    /// Every canonical actor name the lexicon holds, to tell known actors from ones learned from the text.
    public private(set) var actorNames: Set<String> = []
    /// Problems met while loading (bad rows are skipped, the rest loads).
    public private(set) var problems: [TSVFile.Problem] = []
    /// Particles of Arabic names written both apart and hyphenated (`name-particles.txt`); none in an empty lexicon.
    private var nameParticles = WordSet()
    /// Generational suffixes ("Jr", "III": `name-suffixes.txt`), never a person's surname.
    private var nameSuffixes = WordSet()
    /// Titles of monarchs (`royal-titles.txt`): "King Abdullah II" has a regnal name, no surname.
    private var royalTitles = WordSet()
    /// English words (`common-words.txt`): an acronym spelling one ("ICE") matches only in capitals.
    private var commonWords = WordSet()

    /// An empty lexicon, to fill with `load`.
    public init() {}

    /// Loads every `Lexicon/*.tsv` the locator finds; `roles*.tsv` files hold role words (`roles-phoenix.tsv`
    /// sorts before `roles.tsv`, so the hand-written file's rows replace the imported ones). People's names are
    /// also filed with the name particles of `words` hyphenated ("al-Thani").
    public init(locator: ResourceLocator, words: ActorWords = StageWords.standard.actors) {
        nameParticles = words.nameParticles
        nameSuffixes = words.nameSuffixes
        royalTitles = words.royalTitles
        commonWords = words.commonWords
        for url in locator.files(in: "Lexicon") {
            if url.lastPathComponent.hasPrefix("roles") { loadRoles(url) } else { loadActors(url) }
        }
    }

    /// Countries whose names put the family name first.
    static let familyNameFirst: Set<String> = ["CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM", "VNM"]

    /// The lexicon of the built-in resources, loaded on first use.
    public static let standard = ActorLexicon(locator: ResourceLocator())

    /// Loads `phrase country role actor kind since until [title]` rows.
    public mutating func loadActors(_ url: URL) {
        let (rows, problems) = TSVFile.rows(url)
        self.problems += problems
        for (line, c) in rows {
            guard c.count >= 5, !c[0].isEmpty, !c[1].isEmpty else {
                self.problems.append(
                    .init(
                        file: url.path, line: line,
                        message: "expected phrase, country, role, actor, kind (tab-separated); row skipped"))
                continue
            }
            guard let kind = ActorEntry.Kind(rawValue: c[4]) else {
                self.problems.append(
                    .init(file: url.path, line: line, message: "unknown kind \"\(c[4])\"; row skipped"))
                continue
            }
            let since = c.count > 5 ? Int(c[5]) : nil
            let until = c.count > 6 ? Int(c[6]) : nil
            let title = c.count > 7 ? c[7] : ""
            let entry = ActorEntry(
                country: c[1], role: c[2], actor: c[3].isEmpty ? c[0] : c[3], kind: kind,
                title: title, since: since, until: until)
            actors.add(c[0], entry, capitalsOnly: ActorLexicon.spellsWord(c[0], commonWords))
            if kind == .person, let hyphenated = ActorLexicon.hyphenatedParticles(c[0], nameParticles) {
                actors.add(hyphenated, entry)
            }
            actorNames.insert(entry.actor)
            if kind == .person {
                let norms = PhraseKey.of(c[0]).norms
                // "Ferdinand Marcos Jr." goes by "Marcos": a suffix (and its dot) is nobody's surname. A monarch's
                // number follows a regnal name, no surname ("King Abdullah II" is not every Abdullah).
                var last = norms.count - 1
                while last > 0, norms[last] == "." || nameSuffixes.contains(norms[last]) { last -= 1 }
                let regnal = last < norms.count - 1 && royalTitles.contains(norms[0])
                if last > 0, !regnal {
                    if ActorLexicon.familyNameFirst.contains(c[1]) {
                        // Family name first in Chinese and Korean names: "Xi", "Moon" (Moon Jae-in).
                        surnames[norms[0], default: []].append(entry)
                    } else if norms[last - 1] != "-" {
                        // A name ending in a hyphenated part ("Ban Ki-moon") has no one-word surname to go by.
                        surnames[norms[last], default: []].append(entry)
                    }
                }
            }
            if kind == .country, countryNames[c[1]] == nil { countryNames[c[1]] = entry.actor }
        }
    }

    /// Whether `phrase` is an acronym in capitals that spells an English word of `words` ("ICE", "CAT"): "Ice" at
    /// the start of a sentence is ice. Acronyms that spell no word keep matching in title case ("Nato").
    static func spellsWord(_ phrase: String, _ words: WordSet) -> Bool {
        phrase.utf8.count >= 2 && phrase.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } && words.contains(phrase.lowercased())
    }

    /// The spelling of an Arabic name with its particles (words of `particles`, as written) hyphenated to the next
    /// word, if it has any: news writes both "Al Thani" and "al-Thani".
    static func hyphenatedParticles(_ phrase: String, _ particles: WordSet) -> String? {
        var words = phrase.split(separator: " ").map(String.init)
        guard words.count > 2 else { return nil }
        var changed = false
        var k = 1
        while k < words.count - 1 {
            if particles.contains(words[k]) {
                words[k] += "-" + words[k + 1]
                words.remove(at: k + 1)
                changed = true
            }
            k += 1
        }
        return changed ? words.joined(separator: " ") : nil
    }

    /// Loads `phrase role kind` rows.
    public mutating func loadRoles(_ url: URL) {
        let (rows, problems) = TSVFile.rows(url)
        self.problems += problems
        for (line, c) in rows {
            guard c.count >= 3, let kind = RoleWord.Kind(rawValue: c[2]), !c[0].isEmpty else {
                self.problems.append(
                    .init(
                        file: url.path, line: line,
                        message: "expected phrase, role, kind (title or group); row skipped"))
                continue
            }
            roles.add(c[0].lowercased(), RoleWord(role: c[1], kind: kind, phrase: c[0]), replace: true)
        }
    }
}
