/// Finds and resolves every actor mention of a document: lexicon and titles, then coreference
/// (surnames, "the Russian leader", he/she, unqualified titles of the issuing government).
public struct ActorResolver: Sendable {
    /// The mention finder (and through it the lexicon).
    public let finder: MentionFinder

    /// Hosts of official sites whose unqualified "The President" is their own country's.
    static let issuerHosts: [(suffix: String, country: String)] = [
        ("whitehouse.gov", "USA"), ("state.gov", "USA"), ("defense.gov", "USA"), (".mil", "USA"), ("voanews.com", "USA"),
        (".gov", "USA"), ("gov.uk", "GBR"), ("kremlin.ru", "RUS"), ("mid.ru", "RUS"), ("president.gov.ua", "UKR"),
        ("pm.gc.ca", "CAN"), ("gc.ca", "CAN"), ("elysee.fr", "FRA"), ("diplomatie.gouv.fr", "FRA"),
        ("bundesregierung.de", "DEU"), ("europa.eu", "IGOEU"), ("mea.gov.in", "IND"), ("pmindia.gov.in", "IND"),
        ("fmprc.gov.cn", "CHN"), ("mofa.go.jp", "JPN"), ("kantei.go.jp", "JPN"), ("gov.il", "ISR"), ("un.org", "IGOUN"),
        ("nato.int", "IGONATO"), ("admin.ch", "CHE"),
    ]
    /// Pronouns that refer back to a person.
    static let personPronouns = ["he", "she"]
    /// Verbs after which "it" is the speaker: "Hungary has said it will support".
    static let speechVerbs: WordSet = ["said", "says", "say", "announced", "announces", "added", "stated", "warned", "insisted",
                                           "declared", "claimed", "argued", "pledged", "promised", "vowed", "confirmed", "denied"]

    /// Creates a resolver.
    public init(finder: MentionFinder) {
        self.finder = finder
    }

    /// Mentions per sentence (parallel to `analysis.sentences`), resolved across the document.
    public func resolve(_ document: Document, _ analysis: TextAnalysis, bytes: [UInt8]) -> [[Mention]] {
        let year = document.date?.year
        var registry = PersonRegistry()
        let tokens = analysis.tokens
        // Learn people from every line that is not furniture, captions included: a caption often
        // is the only place that says who a person is ("French diplomatic adviser Emmanuel Bonne").
        // Mentions are found once per line; sentences take theirs from their line.
        var lineMentions: [[Mention]] = []
        lineMentions.reserveCapacity(analysis.lines.count)
        var scratch = MentionFinder.Scratch()
        for (index, line) in analysis.lines.enumerated() {
            switch analysis.lineKinds[index] {   // a switch, not an array literal allocated per line
            case .caption, .prose, .headline: break
            default: lineMentions.append([]); continue
            }
            var found = finder.find(tokens, line.tokens, bytes: bytes, year: year, scratch: &scratch)
            for k in found.indices where found[k].kind == .state && !found[k].isLocative {
                found[k].isLocative = ActorResolver.followsPlace(tokens, found[k].tokens.lowerBound, line.tokens.lowerBound)
            }
            // By index: `for m in found where ...` copies every mention before testing it.
            for k in found.indices where found[k].kind == .person && !found[k].country.isEmpty && !found[k].isBareName
                && !found[k].actor.isEmpty {
                registry.learn(found[k])
            }
            lineMentions.append(analysis.lineKinds[index] == .caption ? [] : found)
        }
        var issuer = issuerCountry(document, analysis, bytes: bytes, year: year)
        // Inferring the issuer reads every token: only worth it when some "The President" needs one.
        if issuer == nil, lineMentions.contains(where: { $0.contains { $0.isUnqualifiedTitle } }) {
            issuer = inferredIssuer(analysis, lineMentions)
        }
        var result: [[Mention]] = []
        result.reserveCapacity(analysis.sentences.count)
        var lastPerson: Mention? = nil
        var recentPair: [Mention] = []
        var recentPeople: [Mention] = []
        var lastSubject: Mention? = nil
        var speaker: Mention? = nil
        var lineIndex = 0
        // Statics read once, not at every token: see `MentionFinder.notNameSet`.
        let (me, that) = (Word.me, Word.that)
        let pluralsByFirst = ActorResolver.pluralsByFirst
        // The cue words each loop below looks for, found with one look-up per token instead of one per loop.
        var cues = [UInt8](repeating: 0, count: tokens.count)
        let cueWords = ActorResolver.cueWords
        for sentence in analysis.sentences {
            for i in sentence.tokens { cues[i] = cueWords[tokens[i]] ?? 0 }
        }
        typealias Cue = ActorResolver.Cue
        for sentence in analysis.sentences {
            while lineIndex < analysis.lines.count, analysis.lines[lineIndex].tokens.upperBound < sentence.tokens.upperBound { lineIndex += 1 }
            var found: [Mention]
            if lineIndex < lineMentions.count {
                // Room for the pronouns and stand-ins added below, so appending them does not grow (and copy) the list.
                found = []
                found.reserveCapacity(lineMentions[lineIndex].count + 4)
                for k in lineMentions[lineIndex].indices where sentence.tokens.contains(lineMentions[lineIndex][k].tokens.lowerBound)
                    && lineMentions[lineIndex][k].tokens.upperBound <= sentence.tokens.upperBound {
                    found.append(lineMentions[lineIndex][k])
                }
            } else {
                found = finder.find(tokens, sentence.tokens, bytes: bytes, year: year)
            }
            // Pronouns.
            for i in sentence.tokens where cues[i] & Cue.personPronoun != 0 {
                if !found.contains(where: { $0.tokens.contains(i) }) {
                    found.append(Mention(tokens: i..<(i + 1), span: tokens[i].span,
                                         text: TextSlice.string(bytes, tokens[i].byteStart..<tokens[i].byteEnd),
                                         actor: "", country: "", role: "", kind: .pronoun, title: ""))
                }
            }
            // Transcripts: after a speaker label ("SECRETARY KERRY: ..."), "I" and "me" are the speaker.
            if let speaker {
                for i in sentence.tokens where cues[i] & Cue.firstPerson != 0 && (tokens[i].is(me) || tokens[i].isCapitalized)
                    && !found.contains(where: { $0.tokens.contains(i) }) {
                    found.append(ActorResolver.standIn(speaker, at: i, tokens, bytes: bytes))
                }
            }
            // "Russia said it would ...": "it" after a reporting verb is the organisation or state that spoke.
            for i in sentence.tokens where cues[i] & Cue.it != 0 && i - 1 > sentence.tokens.lowerBound {
                let back = tokens[i - 1].is(that) ? i - 2 : i - 1
                guard back > sentence.tokens.lowerBound, ActorResolver.speechVerbs.contains(tokens[back]),
                      let speaker = found.last(where: { $0.tokens.upperBound <= back && $0.kind != .person && $0.kind != .pronoun
                          && !$0.country.isEmpty && !$0.isLocative }),
                      back - speaker.tokens.upperBound <= 4 else { continue }
                found.append(ActorResolver.standIn(speaker, at: i, tokens, bytes: bytes))
            }
            // "The two leaders", "both sides", "they": the last two actors of different countries.
            var i = sentence.tokens.lowerBound
            while i < sentence.tokens.upperBound {
                // The pair is worked out only where a plural phrase starts: building it at every token
                // copied mentions for nothing.
                if cues[i] & Cue.pluralStart != 0, let length = ActorResolver.pluralLength(tokens, i, sentence.tokens.upperBound, pluralsByFirst),
                   !found.contains(where: { $0.tokens.contains(i) }),
                   case let pair = ActorResolver.pair(recentPeople, recentPair, found, before: i), pair.count == 2 {
                    let range = i..<(i + length)
                    let text = TextSlice.string(bytes, tokens[i].byteStart..<tokens[i + length - 1].byteEnd)
                    for member in pair {
                        found.append(Mention(tokens: range, span: Span(start: tokens[i].start, end: tokens[i + length - 1].end), text: text,
                                             actor: member.actor, country: member.country, role: member.role, kind: .pronoun, title: ""))
                    }
                    i += length
                    continue
                }
                i += 1
            }
            found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            var resolved: [Mention] = []
            resolved.reserveCapacity(found.count)
            for var m in found {
                switch m.kind {
                case .pronoun where !m.country.isEmpty:
                    break   // a plural already expanded to its members
                case .pronoun:
                    // The subject of the sentence so far, else the previous sentence's subject (readouts: "The
                    // President spoke with X. He ..."), else the last person before it.
                    guard let antecedent = resolved.first(where: { $0.kind == .person && !$0.country.isEmpty }) ?? lastSubject ?? lastPerson
                    else { continue }
                    m.actor = antecedent.actor; m.country = antecedent.country; m.role = antecedent.role
                case .person:
                    let owner = m.tokens.lowerBound > 0 ? tokens[m.tokens.lowerBound - 1].norm : ""
                    if m.isUnqualifiedTitle, ["his", "her", "their"].contains(owner),
                       let antecedent = resolved.first(where: { $0.kind == .person && !$0.country.isEmpty && !$0.isUnqualifiedTitle }) ?? lastPerson {
                        // "his top diplomatic adviser": the owner's government.
                        m.country = antecedent.country
                        m.actor = m.text
                        m.isUnqualifiedTitle = false
                    } else if m.isUnqualifiedTitle {
                        if ActorResolver.royalTitles.contains(m.title.lowercased()),
                           let named = registry.person(country: nil, title: m.title), named.title.lowercased() == m.title.lowercased() {
                            // "the Crown Prince" in a Downing Street readout is the crown prince the text named, not a Briton.
                            m.country = named.country; m.actor = named.actor
                        } else if let issuer {
                            m.country = issuer
                            m.actor = registry.person(country: issuer, title: m.title)?.actor ?? m.title.capitalized
                        } else if let known = registry.person(country: nil, title: m.title) {
                            m.country = known.country; m.actor = known.actor
                        } else { continue }
                    } else if m.country.isEmpty || m.isBareName {
                        if let known = registry.lookup(m.actor) ?? surnameEntry(m.actor, year: year, titled: !m.title.isEmpty, &registry)
                            ?? plainNameEntry(m.actor, year: year, &registry) {
                            m.country = known.country
                            if m.role.isEmpty { m.role = known.role }
                            m.actor = known.actor
                            m.isBareName = false
                        } else { continue }
                    } else if m.actor.isEmpty {
                        // "the Russian leader": the country's person already named, else the country.
                        if let known = registry.person(country: m.country, title: nil) { m.actor = known.actor }
                        else { m.actor = finder.lexicon.countryNames[m.country] ?? m.country }
                    } else if let full = registry.lookup(m.actor) {
                        m.actor = full.actor
                    }
                    if !m.isUnqualifiedTitle { lastPerson = m }
                default:
                    break
                }
                resolved.append(m)
            }
            result.append(resolved)
            // "Statement by President Barroso following ...": the whole text is in the speaker's voice.
            let first = sentence.tokens.lowerBound
            if speaker == nil, sentence.tokens.count > 3, ActorResolver.statementWords.contains(tokens[first]),
               let by = (first..<min(sentence.tokens.upperBound, first + 4)).first(where: { tokens[$0].norm == "by" }) {
                speaker = resolved.first(where: { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 2 && $0.kind == .person
                                                  && !$0.country.isEmpty })
            }
            // A speaker label opens a turn: capitals up to a colon at the start of the sentence.
            if let colon = (sentence.tokens.lowerBound..<min(sentence.tokens.upperBound, sentence.tokens.lowerBound + 6))
                .first(where: { tokens[$0].norm == ":" }), colon > sentence.tokens.lowerBound,
               (sentence.tokens.lowerBound..<colon).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isAllCaps || tokens[$0].norm == "." }) {
                speaker = resolved.last(where: { $0.tokens.upperBound <= colon && $0.kind == .person && !$0.country.isEmpty })
            }
            // The subject of this sentence for the next one's pronouns: a person opening it, before any verb-like gap.
            // "During a phone call this afternoon, Secretary Kerry urged ...": the subject follows an opening adverbial.
            var opening = sentence.tokens.lowerBound
            if let comma = (sentence.tokens.lowerBound..<min(sentence.tokens.upperBound, sentence.tokens.lowerBound + 10))
                .first(where: { tokens[$0].norm == "," }), !resolved.contains(where: { $0.tokens.lowerBound < comma }) {
                opening = comma + 1
            }
            if let first = resolved.first(where: { $0.kind == .person || $0.kind == .pronoun }), !first.country.isEmpty,
               first.tokens.lowerBound - opening <= 3, first.tokens.lowerBound >= sentence.tokens.lowerBound {
                lastSubject = first
            } else if resolved.contains(where: { $0.kind == .person }) {
                lastSubject = nil
            }
            // Remember the two most recent actors of different countries, people first.
            for k in resolved.indices where (resolved[k].kind == .person || resolved[k].kind == .state) && resolved[k].hasCountryCode
                && !resolved[k].isLocative {
                recentPair.removeAll { $0.country == resolved[k].country }
                recentPair.append(resolved[k])
                if recentPair.count > 2 { recentPair.removeFirst() }
            }
            for k in resolved.indices where resolved[k].kind == .person && resolved[k].hasCountryCode {
                recentPeople.removeAll { $0.country == resolved[k].country }
                recentPeople.append(resolved[k])
                if recentPeople.count > 2 { recentPeople.removeFirst() }
            }
        }
        return result
    }

    /// `actor` written as the one-word pronoun at token `i` ("I", "it").
    static func standIn(_ actor: Mention, at i: Int, _ tokens: [Token], bytes: [UInt8]) -> Mention {
        var m = actor
        m.tokens = i..<(i + 1)
        m.span = tokens[i].span
        m.text = TextSlice.string(bytes, tokens[i].byteStart..<tokens[i].byteEnd)
        return m
    }

    /// Whether a country at `i` closes a place name: "in Suruç, Turkey" is where, not who.
    static func followsPlace(_ tokens: [Token], _ i: Int, _ lineStart: Int) -> Bool {
        guard i - 2 >= lineStart, tokens[i - 1].norm == "," else { return false }
        var k = i - 2
        var words = 0
        while k >= lineStart, words < 3, tokens[k].kind == .word, tokens[k].isCapitalized { k -= 1; words += 1 }
        return words > 0 && k >= lineStart && MentionFinder.locative.contains(tokens[k])
    }

    /// Bits of `cueWords`: what the resolver looks for at a token.
    enum Cue {
        /// "he", "she" (`personPronouns`).
        static let personPronoun: UInt8 = 1
        /// "it", the speaker after a reporting verb.
        static let it: UInt8 = 2
        /// "I" and "me", the speaker of a transcript turn.
        static let firstPerson: UInt8 = 4
        /// The first word of a plural phrase (`pluralPhrases`).
        static let pluralStart: UInt8 = 8
    }

    /// Words mapped to their `Cue` bits.
    static let cueWords = WordMap<UInt8>(bits: [
        (personPronouns, Cue.personPronoun), ([Word.it.text], Cue.it), ([Word.me.text, Word.i.text], Cue.firstPerson),
        (pluralPhrases.map { $0[0] }, Cue.pluralStart),
    ])

    /// Plural phrases that refer back to both parties of a dyad.
    static let pluralPhrases: [[String]] = [
        ["the", "two", "leaders"], ["both", "leaders"], ["the", "leaders"], ["the", "two", "sides"], ["both", "sides"],
        ["the", "two", "warring", "sides"], ["the", "two", "presidents"], ["the", "two", "countries"], ["both", "countries"],
        ["the", "two", "ministers"], ["the", "two", "men"], ["the", "two", "prime", "ministers"], ["they"],
        ["the", "two", "defense", "leaders"], ["the", "defense", "leaders"], ["the", "two", "secretaries"], ["both", "parties"],
        ["the", "2", "leaders"], ["the", "2", "sides"], ["both", "presidents"], ["both", "ministers"], ["both"], ["the", "parties"],
        ["the", "two", "parties"], ["the", "sides"],
    ]

    /// `pluralPhrases` as words compared by key, filed under their first word (in list order within each), so
    /// a token tries only the phrases it can start: "the" alone starts half the list.
    static let pluralsByFirst: WordMap<[[Word]]> = {
        var map = WordMap<[[Word]]>()
        for phrase in pluralPhrases.map({ $0.map(Word.init) }) {
            if let at = map.index(of: phrase[0].text) { map.update(at: at) { $0.append(phrase) } } else { map.set(phrase[0].text, [phrase]) }
        }
        return map
    }()

    /// Length of a plural phrase at `i`, if one starts there (`phrases` is `pluralsByFirst`, read once by the caller).
    static func pluralLength(_ tokens: [Token], _ i: Int, _ end: Int, _ phrases: WordMap<[[Word]]>) -> Int? {
        guard let at = phrases.index(of: tokens[i]) else { return nil }
        for phrase in phrases.values[at] where i + phrase.count <= end {
            // The second word's key first: after "the", almost every phrase fails there.
            if phrase.count > 1, tokens[i + 1].key != phrase[1].key { continue }
            if phrase.indices.dropFirst().allSatisfy({ tokens[i + $0].is(phrase[$0]) }) { return phrase.count }   // the first word matched already
        }
        return nil
    }

    /// First words of a headline that puts the whole text in one speaker's voice ("Statement by ...", "Remarks by ...").
    static let statementWords: WordSet = ["statement", "remarks", "speech", "address", "declaration", "opening", "press", "introductory"]

    /// Titles of monarchies, which an issuer's unqualified title cannot be assumed to share.
    static let royalTitles: Set<String> = ["crown prince", "king", "queen", "emir", "sultan", "prince", "sheikh", "crown princess"]

    /// The two parties a plural at `i` refers to: people first (in readouts "they" and "the two leaders" are
    /// the two people who spoke), counting those found before `i`; else the last two actors of different countries.
    static func pair(_ recentPeople: [Mention], _ recentPair: [Mention], _ found: [Mention], before i: Int) -> [Mention] {
        var people = recentPeople
        for k in found.indices where found[k].kind == .person && found[k].hasCountryCode && found[k].tokens.upperBound <= i {
            people.removeAll { $0.country == found[k].country }
            people.append(found[k])
        }
        if people.count > 2 { people.removeFirst(people.count - 2) }
        return people.count == 2 ? people : recentPair
    }

    /// A person entry from the lexicon by surname alone, when the surname is unambiguous in that year.
    private func surnameEntry(_ name: String, year: Int?, titled: Bool, _ registry: inout PersonRegistry) -> Mention? {
        let norms = registry.norms(name)
        guard norms.count == 1, let entries = finder.lexicon.surnames[norms[0]] else { return nil }
        // A lone surname names someone in office then, or just out of it: with thousands of historical
        // office holders, older entries would turn common words ("Call", "Kim") into people.
        let holding = entries.filter { $0.holds(in: year) && !$0.role.isEmpty }
        let recent = entries.filter { e in !e.role.isEmpty && year.map { y in (e.until ?? y) >= y - 3 && (e.since ?? y) <= y } ?? true }
        let pool = holding.isEmpty ? recent : holding
        if let first = pool.first, pool.allSatisfy({ $0.actor == first.actor }) { return personMention(name, first) }
        guard pool.isEmpty, titled, let year else { return nil }
        // "President Bush" in a text dated outside every office spell (an archive, a wrong date): a title
        // with a surname is strong enough to reach the curated office holders (those with a title) of any
        // year, when they all served one country; the one nearest in time is meant.
        let curated = entries.filter { !$0.title.isEmpty && !$0.role.isEmpty }
        guard let first = curated.first, curated.allSatisfy({ $0.country == first.country }) else { return nil }
        func distance(_ e: ActorEntry) -> Int { max((e.since ?? year) - year, year - (e.until ?? year), 0) }
        return curated.min(by: { distance($0) < distance($1) }).map { personMention(name, $0) }
    }

    /// Generational suffixes that the lexicon's spellings leave out.
    static let nameSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// A lexicon person named with middle initials or a suffix the lexicon leaves out: "Lloyd J. Austin III".
    private func plainNameEntry(_ name: String, year: Int?, _ registry: inout PersonRegistry) -> Mention? {
        let all = registry.norms(name)   // tokenized once per document, not at every look-up
        // Two words left after dropping at least one: most names are too short to try.
        guard all.count >= 3 else { return nil }
        let norms = all.filter { ByteClass.hasTwoCharacters($0) && $0 != "." && !ActorResolver.nameSuffixes.contains($0) }
        guard norms.count >= 2, norms.count < all.count else { return nil }
        let people = finder.lexicon.actors.lookup(norms).filter { $0.kind == .person }
        guard let entry = people.first(where: { $0.holds(in: year) }) ?? people.last else { return nil }
        return personMention(name, entry)
    }

    /// A mention standing for a lexicon person, named in the text as `name`.
    private func personMention(_ name: String, _ entry: ActorEntry) -> Mention {
        Mention(tokens: 0..<0, span: Span(start: 0, end: 0), text: name, actor: entry.actor, country: entry.country,
                role: entry.role, kind: .person, title: entry.title)
    }

    /// Spellings that tell British from American English, the best textual clue to a readout's issuer
    /// when its own leader is only "The Prime Minister" or "The President".
    static let britishSpellings = [
        "defence", "programme", "programmes", "emphasised", "recognised", "organisation", "organisations", "centre",
        "labour", "favour", "honour", "behaviour", "neighbour", "neighbouring", "realise", "apologised", "criticised",
        "prioritise", "stabilise", "mobilise", "licence", "travelled", "colour", "whilst", "emphasise", "recognise",
        "stabilisation", "normalisation", "authorised", "organised", "summarised", "destabilising", "utilise", "endeavour",
    ]
    /// American counterparts of `britishSpellings`.
    static let americanSpellings = [
        "defense", "program", "programs", "emphasized", "recognized", "organization", "organizations", "center",
        "labor", "favor", "honor", "behavior", "neighbor", "neighboring", "realize", "apologized", "criticized",
        "prioritize", "stabilize", "mobilize", "traveled", "color", "emphasize", "recognize", "stabilization",
        "normalization", "authorized", "organized", "summarized", "destabilizing", "utilize", "endeavor",
    ]

    /// `britishSpellings` (bit 1) and `americanSpellings` (bit 2) in one map, so a word is looked up once.
    static let spellings = WordMap<UInt8>(bits: [(britishSpellings, 1), (americanSpellings, 2)])

    /// The issuing government from the text alone: the English variety it is written in, weighed with the
    /// countries it mentions whose leaders are never named in it.
    private func inferredIssuer(_ analysis: TextAnalysis, _ lineMentions: [[Mention]]) -> String? {
        var british = 0, american = 0
        let tokens = analysis.tokens
        // Statics read once, not at every token: see `MentionFinder.notNameSet`.
        let spellings = ActorResolver.spellings
        // Every listed spelling has five letters or more: shorter words need no look-up.
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].byteEnd - tokens[i].byteStart >= 5 {
            guard let variety = spellings[tokens[i]] else { continue }
            if variety & 1 != 0 { british += 1 }
            if variety & 2 != 0 { american += 1 }
        }
        if american > british { return "USA" }
        if british > american {
            // British spelling: the UK unless another Commonwealth government is the one mentioned most.
            var counts: [String: Int] = [:]
            for line in lineMentions {
                for k in line.indices where line[k].kind == .state && line[k].hasCountryCode { counts[line[k].country, default: 0] += 1 }
            }
            let commonwealth = ["GBR", "CAN", "AUS", "NZL", "IND", "IRL", "ZAF"]
            let best = commonwealth.filter { counts[$0] != nil }.max { counts[$0]! < counts[$1]! }
            return best ?? "GBR"
        }
        // No spelling clue: the state the text treats as an actor but whose people it never names — the
        // issuer's own leader is only "The Prime Minister" — provided one such state stands out.
        var named = Set<String>()
        for line in lineMentions {
            for k in line.indices where line[k].kind == .person && !line[k].isUnqualifiedTitle && !line[k].isBareName {
                named.insert(line[k].country)
            }
        }
        var own: [String: Int] = [:]
        for line in lineMentions {
            for k in line.indices where line[k].kind == .state && line[k].hasCountryCode && !line[k].isLocative
                && !named.contains(line[k].country) {
                own[line[k].country, default: 0] += 1
            }
        }
        let ranked = own.sorted { $0.value > $1.value }
        if let top = ranked.first, top.value >= 2, ranked.count == 1 || ranked[1].value < top.value { return top.key }
        return nil
    }

    /// The government that issues the text, from its URL or source.
    private func issuerCountry(_ document: Document, _ analysis: TextAnalysis, bytes: [UInt8], year: Int?) -> String? {
        for field in [document.url, document.source].compactMap({ $0?.lowercased() }) {
            let host = field.split(separator: "/").first { $0.contains(".") }.map(String.init) ?? field
            if let hit = ActorResolver.issuerHosts.first(where: { host.hasSuffix($0.suffix) }) { return hit.country }
        }
        return nil
    }
}

/// People met so far in a document, by full name and surname.
///
/// Names are looked up once or more per mention, so every table here is a `WordMap` (an FNV hash of the bytes)
/// rather than a `Dictionary` of Strings, whose SipHash over a whole name cost more than the rest of the look-up.
struct PersonRegistry {
    /// A name's phrase key, and its words joined by single spaces: norms never contain a space, so the joined
    /// form is equal exactly when the words are, and it keys `byName`.
    private struct NameKey {
        var norms: [String]
        var joined: String
    }
    /// Names already tokenized: the same few names are looked up again and again.
    private var keys = WordMap<NameKey>(capacity: 32)
    private var byName = WordMap<Mention>(capacity: 16)
    private var bySurname = WordMap<Mention>(capacity: 16)
    /// People in the order learned, each with its title lowercased once.
    private var order: [(person: Mention, title: String)] = []

    /// The phrase key of a name, tokenized once per document.
    private mutating func key(_ name: String) -> NameKey {
        if let known = keys[name] { return known }
        let norms = PhraseKey.of(name).norms
        let key = NameKey(norms: norms, joined: norms.joined(separator: " "))
        keys.set(name, key)
        return key
    }

    /// The phrase key of a name (`PhraseKey.of(name).norms`), tokenized once per document.
    mutating func norms(_ name: String) -> [String] { key(name).norms }

    /// Records a person whose country is known.
    mutating func learn(_ m: Mention) {
        let key = key(m.actor)
        guard !key.norms.isEmpty else { return }
        byName.set(key.joined, m)
        if key.norms.count > 1, let last = key.norms.last { bySurname.set(last, m) }
        // "Kim Jong Un" is later "Kim", "Xi Jinping" "Xi": the family name comes first.
        if key.norms.count > 1, ActorLexicon.familyNameFirst.contains(m.country) { bySurname.set(key.norms[0], m) }
        order.append((m, m.title.lowercased()))
    }

    /// Words before a name that are not a first name.
    static let honorifics: WordSet = ["lady", "lord", "sir", "dame", "madam", "mister", "mr", "mrs", "ms", "dr"]

    /// A known person by full name or surname.
    mutating func lookup(_ name: String) -> Mention? {
        var key = key(name)
        // "Lady Ashton", "Sir Keir": an honorific is not a first name.
        if key.norms.count > 1, PersonRegistry.honorifics.contains(key.norms[0]) {
            key.norms.removeFirst()
            key.joined = key.norms.joined(separator: " ")
        }
        if let m = byName[key.joined] { return m }
        if let last = key.norms.last, let m = bySurname[last] {
            // "Emmanuel Bonne" vs "Bonne": a surname alone, or a full name whose surname matches and first name agrees.
            if key.norms.count == 1 || self.key(m.actor).norms.first == key.norms.first { return m }
        }
        return nil
    }

    /// The latest person of a country (any country when nil) whose title shares a word with `title`.
    func person(country: String?, title: String?) -> Mention? {
        let wanted = title?.lowercased()
        return order.last { entry in
            (country == nil || entry.person.country == country) &&
                (wanted == nil || PersonRegistry.contains(entry.title, wanted!)
                    || PersonRegistry.contains(wanted!, entry.title) && !entry.title.isEmpty)
        }?.person
    }

    /// `haystack.contains(needle)` as Foundation answers it (an empty needle is in nothing), compared by bytes
    /// when both are ASCII: Foundation's search goes through NSString and cost more than the rest of the look-up.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var (h, n) = (haystack, needle)
        let bytes: Bool? = h.withUTF8 { h in
            n.withUTF8 { n in
                guard !h.contains(where: { $0 >= 0x80 }), !n.contains(where: { $0 >= 0x80 }) else { return nil }
                guard !n.isEmpty, n.count <= h.count else { return false }
                for start in 0...(h.count - n.count) where h[start] == n[0] {
                    var k = 1
                    while k < n.count, h[start + k] == n[k] { k += 1 }
                    if k == n.count { return true }
                }
                return false
            }
        }
        return bytes ?? haystack.contains(needle)
    }
}
