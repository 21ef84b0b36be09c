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

    /// `finder.lexicon.surnames` filed by `WordKey`: most words looked up there are in no entry, and hashing each
    /// with SipHash for the dictionary cost more than the rest of the look-up.
    private let surnames: WordMap<[ActorEntry]>

    /// Creates a resolver.
    public init(finder: MentionFinder) {
        self.finder = finder
        var surnames = WordMap<[ActorEntry]>(capacity: finder.lexicon.surnames.count)
        for (surname, entries) in finder.lexicon.surnames { surnames.set(surname, entries) }
        self.surnames = surnames
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
        var needsIssuer = false   // some "The President" outside captions
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
                let form = registry.form(found[k].actor)
                registry.learn(found[k], form: form)
            }
            if analysis.lineKinds[index] == .caption { lineMentions.append([]); continue }
            if !needsIssuer { needsIssuer = found.contains { $0.isUnqualifiedTitle } }
            lineMentions.append(found)
        }
        var issuer = issuerCountry(document, analysis, bytes: bytes, year: year)
        // Inferring the issuer reads every token: only worth it when some "The President" needs one.
        if issuer == nil, needsIssuer {
            issuer = inferredIssuer(analysis, lineMentions)
        }
        var result: [[Mention]] = []
        result.reserveCapacity(analysis.sentences.count)
        var lastPerson: Mention? = nil
        var recentPair = RecentPair(), recentPeople = RecentPair()
        var lastSubject: Mention? = nil
        var speaker: Mention? = nil
        var lineIndex = 0
        // The mentions of line `pendingLine` that no sentence has taken yet: taken out of `lineMentions`, so a
        // sentence's list holds the only copy of each of its mentions and changing one does not copy its strings.
        var pending: [Mention] = [], pendingLine = -1
        // Statics read once, not at every token: each read of a static goes through swift_once.
        let (me, that, colonWord, commaWord, dot, byWord) = (Word.me, Word.that, Word.colon, Word.comma, Word.dot, ActorResolver.by)
        let pluralsByFirst = ActorResolver.pluralsByFirst
        // The cue words each loop below looks for, found with one look-up per token instead of one per loop.
        var cues = [UInt8](repeating: 0, count: tokens.count)
        let (cueWords, cueFilter) = (ActorResolver.cueWords, ActorResolver.cueFilter)
        typealias Cue = ActorResolver.Cue
        let sentences = analysis.sentences
        for s in sentences.indices {
            let sentence = sentences[s].tokens
            // Every cue of the sentence at once: a loop whose cue is absent is skipped.
            var sentenceCues: UInt8 = 0
            for i in sentence {
                cues[i] = ActorResolver.cues(of: tokens[i], cueWords, cueFilter)
                sentenceCues |= cues[i]
            }
            while lineIndex < analysis.lines.count, analysis.lines[lineIndex].tokens.upperBound < sentence.upperBound { lineIndex += 1 }
            var found: [Mention] = []
            if lineIndex < lineMentions.count {
                if pendingLine != lineIndex {
                    pending = []
                    swap(&pending, &lineMentions[lineIndex])
                    pendingLine = lineIndex
                }
                func inSentence(_ m: Mention) -> Bool { sentence.contains(m.tokens.lowerBound) && m.tokens.upperBound <= sentence.upperBound }
                if s + 1 == sentences.count || analysis.lines[lineIndex].tokens.upperBound < sentences[s + 1].tokens.upperBound {
                    // No later sentence reads this line: its list becomes the sentence's.
                    swap(&found, &pending)
                    var kept = 0
                    for k in found.indices where inSentence(found[k]) {
                        if k != kept { found.swapAt(kept, k) }
                        kept += 1
                    }
                    while found.count > kept { found.removeLast() }
                } else {
                    var count = 0   // by index: `reduce` copied each mention to test it
                    for k in pending.indices where inSentence(pending[k]) { count += 1 }
                    // Room for the pronouns and stand-ins added below, so appending them does not grow (and copy) the
                    // list; none for a sentence that has no mention and none of the words that add one.
                    if count > 0 || sentenceCues != 0 { found.reserveCapacity(count + 4) }
                    if count > 0 {
                        // The sentence's mentions are copied in order and dropped from `pending`, which keeps the rest
                        // in order.
                        var kept = 0
                        for k in pending.indices {
                            if inSentence(pending[k]) { found.append(pending[k]); continue }
                            if k != kept { pending.swapAt(kept, k) }
                            kept += 1
                        }
                        while pending.count > kept { pending.removeLast() }   // `removeLast(_:)` went through `replaceSubrange`
                    }
                }
            } else {
                found = finder.find(tokens, sentence, bytes: bytes, year: year)
            }
            // Pronouns.
            if sentenceCues & Cue.personPronoun != 0 {
                for i in sentence where cues[i] & Cue.personPronoun != 0 {
                    if !found.contains(where: { $0.tokens.contains(i) }) {
                        found.append(Mention(tokens: i..<(i + 1), span: tokens[i].span,
                                             text: TextSlice.string(bytes, from: tokens[i].byteStart, to: tokens[i].byteEnd),
                                             actor: "", country: "", role: "", kind: .pronoun, title: ""))
                    }
                }
            }
            // Transcripts: after a speaker label ("SECRETARY KERRY: ..."), "I" and "me" are the speaker.
            if let speaker, sentenceCues & Cue.firstPerson != 0 {
                for i in sentence where cues[i] & Cue.firstPerson != 0 && (tokens[i].is(me) || tokens[i].isCapitalized)
                    && !found.contains(where: { $0.tokens.contains(i) }) {
                    found.append(ActorResolver.standIn(speaker, at: i, tokens, bytes: bytes))
                }
            }
            // "Russia said it would ...": "it" after a reporting verb is the organisation or state that spoke.
            if sentenceCues & Cue.it != 0 {
                for i in sentence where cues[i] & Cue.it != 0 && i - 1 > sentence.lowerBound {
                    let back = tokens[i - 1].is(that) ? i - 2 : i - 1
                    guard back > sentence.lowerBound, ActorResolver.speechVerbs.contains(tokens[back]),
                          let speaker = found.last(where: { $0.tokens.upperBound <= back && $0.kind != .person && $0.kind != .pronoun
                              && !$0.country.isEmpty && !$0.isLocative }),
                          back - speaker.tokens.upperBound <= 4 else { continue }
                    found.append(ActorResolver.standIn(speaker, at: i, tokens, bytes: bytes))
                }
            }
            // "The two leaders", "both sides", "they": the last two actors of different countries.
            var i = sentence.lowerBound
            while sentenceCues & Cue.pluralStart != 0, i < sentence.upperBound {
                // The pair is worked out only where a plural phrase starts: building it at every token
                // copied mentions for nothing. A phrase can start only at a word that is a phrase alone or
                // before a phrase's second word: after "the", most words are not.
                if cues[i] & Cue.pluralStart != 0,
                   cues[i] & Cue.pluralAlone != 0 || i + 1 < sentence.upperBound && cues[i + 1] & Cue.pluralNext != 0,
                   let length = ActorResolver.pluralLength(tokens, i, sentence.upperBound, pluralsByFirst),
                   !found.contains(where: { $0.tokens.contains(i) }),
                   case let pair = ActorResolver.pair(recentPeople, recentPair, found, before: i), let older = pair.older,
                   let newer = pair.newer {
                    let range = i..<(i + length)
                    let text = TextSlice.string(bytes, from: tokens[i].byteStart, to: tokens[i + length - 1].byteEnd)
                    for member in [older, newer] {
                        found.append(Mention(tokens: range, span: Span(start: tokens[i].start, end: tokens[i + length - 1].end), text: text,
                                             actor: member.actor, country: member.country, role: member.role, kind: .pronoun, title: ""))
                    }
                    i += length
                    continue
                }
                i += 1
            }
            if found.count > 1 { found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
            // Resolved in place: the mentions kept are moved to the front (`found[..<kept]`, what the rules call
            // "resolved so far"), the others dropped at the end.
            var kept = 0
            // In `found[..<kept]`: the first person with a country, and the first such that is not an unqualified title.
            var firstPerson: Int? = nil, firstNamed: Int? = nil
            for k in found.indices {
                switch found[k].kind {
                case .pronoun where !found[k].country.isEmpty:
                    break   // a plural already expanded to its members
                case .pronoun:
                    // The subject of the sentence so far, else the previous sentence's subject (readouts: "The
                    // President spoke with X. He ..."), else the last person before it.
                    guard let antecedent = firstPerson.map({ found[$0] }) ?? lastSubject ?? lastPerson else { continue }
                    found[k].setStrings(actor: antecedent.actor, country: antecedent.country, role: antecedent.role)
                case .person:
                    let start = found[k].tokens.lowerBound
                    if found[k].isUnqualifiedTitle, start > 0, ActorResolver.owners.contains(tokens[start - 1]),
                       let antecedent = firstNamed.map({ found[$0] }) ?? lastPerson {
                        // "his top diplomatic adviser": the owner's government.
                        found[k].setStrings(actor: found[k].text, country: antecedent.country)
                        found[k].isUnqualifiedTitle = false
                    } else if found[k].isUnqualifiedTitle {
                        let title = found[k].title
                        let lower = PersonRegistry.lowercased(title)
                        if ActorResolver.royalTitles.contains(lower),
                           let named = registry.person(country: nil, title: title), PersonRegistry.lowercased(named.title) == lower {
                            // "the Crown Prince" in a Downing Street readout is the crown prince the text named, not a Briton.
                            found[k].setStrings(actor: named.actor, country: named.country)
                        } else if let issuer {
                            found[k].setStrings(actor: registry.person(country: issuer, title: title)?.actor
                                                    ?? PersonRegistry.capitalized(title), country: issuer)
                        } else if let known = registry.person(country: nil, title: title) {
                            found[k].setStrings(actor: known.actor, country: known.country)
                        } else { continue }
                    } else if found[k].country.isEmpty || found[k].isBareName {
                        let name = found[k].actor
                        let titled = !found[k].title.isEmpty
                        let known: Mention?
                        if let (norm, key) = PersonRegistry.oneWordNorm(name) {
                            // Most such names are one plain word ("Putin"): its key is the word lowercased, and a
                            // name of fewer than three words has no initials to drop.
                            known = registry.lookup(norm: norm, key: key) ?? surnameEntry(name, norm: norm, year: year, titled: titled)
                        } else {
                            let form = registry.form(name)
                            let norms = registry.norms(form)
                            known = registry.lookup(form) ?? surnameEntry(name, norm: norms.count == 1 ? norms[0] : nil, year: year, titled: titled)
                                ?? plainNameEntry(name, form, year: year, registry)
                        }
                        if let known {
                            found[k].setStrings(actor: known.actor, country: known.country, role: found[k].role.isEmpty ? known.role : nil)
                            found[k].isBareName = false
                        } else { continue }
                    } else if found[k].actor.isEmpty {
                        // "the Russian leader": the country's person already named, else the country.
                        if let known = registry.person(country: found[k].country, title: nil) { found[k].actor = known.actor }
                        else { found[k].actor = finder.lexicon.countryNames[found[k].country] ?? found[k].country }
                    } else {
                        let form = registry.form(found[k].actor)
                        if let full = registry.lookup(form) { found[k].setStrings(actor: full.actor) }
                    }
                    if !found[k].isUnqualifiedTitle { lastPerson = found[k] }
                default:
                    break
                }
                if k != kept { found.swapAt(kept, k) }
                if found[kept].kind == .person, !found[kept].country.isEmpty {
                    if firstPerson == nil { firstPerson = kept }
                    if firstNamed == nil, !found[kept].isUnqualifiedTitle { firstNamed = kept }
                }
                kept += 1
            }
            while found.count > kept { found.removeLast() }
            // "Statement by President Barroso following ...": the whole text is in the speaker's voice.
            let first = sentence.lowerBound
            if speaker == nil, !found.isEmpty, sentence.count > 3, ActorResolver.statementWords.contains(tokens[first]),
               let by = Range.window(first, min(sentence.upperBound, first + 4)).first(where: { tokens[$0].is(byWord) }) {
                speaker = found.first(where: { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 2 && $0.kind == .person
                                               && !$0.country.isEmpty })
            }
            // A speaker label opens a turn: capitals up to a colon at the start of the sentence. Its first token
            // is tested first: the colon is looked for only where it could close a label.
            func isLabel(_ k: Int) -> Bool { tokens[k].kind == .word && tokens[k].isAllCaps || tokens[k].is(dot) }
            if !sentence.isEmpty, isLabel(sentence.lowerBound),
               let colon = Range.window(sentence.lowerBound, min(sentence.upperBound, sentence.lowerBound + 6)).first(where: { tokens[$0].is(colonWord) }),
               colon > sentence.lowerBound, Range.window(sentence.lowerBound, colon).allSatisfy(isLabel) {
                speaker = found.last(where: { $0.tokens.upperBound <= colon && $0.kind == .person && !$0.country.isEmpty })
            }
            // A sentence without mentions changes neither its subject nor the recent actors.
            if found.isEmpty { result.append(found); continue }
            // The subject of this sentence for the next one's pronouns: a person opening it, before any verb-like gap.
            // "During a phone call this afternoon, Secretary Kerry urged ...": the subject follows an opening adverbial.
            // The opening is looked for only when it matters: a subject within three tokens of the sentence's start
            // is within three of any later opening.
            // By index: `first(where:)` and `contains(where:)` copied each mention they tested.
            var subject = 0
            while subject < found.count, found[subject].kind != .person && found[subject].kind != .pronoun { subject += 1 }
            if subject < found.count, !found[subject].country.isEmpty, case let start = found[subject].tokens.lowerBound,
               start >= sentence.lowerBound, start - sentence.lowerBound <= 3
                   || start - ActorResolver.opening(of: sentence, tokens, found, commaWord) <= 3 {
                lastSubject = found[subject]
            } else if found.indices.contains(where: { found[$0].kind == .person }) {
                lastSubject = nil
            }
            // Remember the two most recent actors of different countries, people first.
            recentPair.remember(found) {
                (found[$0].kind == .person || found[$0].kind == .state) && !found[$0].isLocative && found[$0].hasCountryCode
            }
            recentPeople.remember(found) { found[$0].kind == .person && found[$0].hasCountryCode }
            result.append(found)
        }
        return result
    }

    /// The latest two actors of different countries, the older first: what "the two leaders" and "they" refer to.
    struct RecentPair {
        /// The older of two; nil unless there are two.
        var older: Mention?
        /// The latest; nil when there is none.
        var newer: Mention?

        /// Files `m` as the latest: one of its country gives way, else the older of two. Two optionals rather
        /// than a list, whose removals and insertions went through `replaceSubrange`.
        mutating func remember(_ m: Mention) {
            // [a, b] + m is [a, m] when b is of m's country, else [b, m] (whether a is of m's country or neither is).
            if newer?.country != m.country { older = newer.take() }
            newer = m
        }

        /// `remember` of each `found[k]` for which `include(k)` holds, in order, with at most two copies: the last
        /// such mention is the latest, and the older is the last before it of another country (all in between
        /// share the latest's), else what `remember` of the latest alone leaves. Copying each mention in turn
        /// cost more than the rest of the sentence's bookkeeping.
        mutating func remember(_ found: [Mention], where include: (Int) -> Bool) {
            var last = found.count - 1
            while last >= 0, !include(last) { last -= 1 }
            guard last >= 0 else { return }
            let country = found[last].country
            var k = last - 1
            while k >= 0, !(include(k) && found[k].country != country) { k -= 1 }
            if k >= 0 {
                older = found[k]
                newer = found[last]
            } else {
                remember(found[last])
            }
        }
    }

    /// Where a sentence's subject may start: after a comma within its first ten tokens when no mention comes before
    /// the comma ("During a phone call this afternoon, Secretary Kerry urged ..."), else at its start.
    static func opening(of sentence: Range<Int>, _ tokens: [Token], _ found: [Mention], _ comma: Word) -> Int {
        if let at = Range.window(sentence.lowerBound, min(sentence.upperBound, sentence.lowerBound + 10)).first(where: { tokens[$0].is(comma) }),
           !found.contains(where: { $0.tokens.lowerBound < at }) {
            return at + 1
        }
        return sentence.lowerBound
    }

    /// Words before an unqualified title that make it the owner's ("his top diplomatic adviser").
    static let owners: WordSet = ["his", "her", "their"]
    /// "by", which names the speaker of a statement.
    static let by = Word("by")

    /// `actor` written as the one-word pronoun at token `i` ("I", "it").
    static func standIn(_ actor: Mention, at i: Int, _ tokens: [Token], bytes: [UInt8]) -> Mention {
        var m = actor
        m.tokens = i..<(i + 1)
        m.span = tokens[i].span
        m.text = TextSlice.string(bytes, from: tokens[i].byteStart, to: tokens[i].byteEnd)
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
        /// A plural phrase of one word ("they", "both").
        static let pluralAlone: UInt8 = 16
        /// The second word of a plural phrase.
        static let pluralNext: UInt8 = 32
    }

    /// Words mapped to their `Cue` bits.
    static let cueWords = WordMap<UInt8>(bits: cueLists)

    /// The words of each `Cue` bit.
    static let cueLists: [(words: [String], bit: UInt8)] = [
        (personPronouns, Cue.personPronoun), ([Word.it.text], Cue.it), ([Word.me.text, Word.i.text], Cue.firstPerson),
        (pluralPhrases.map { $0[0] }, Cue.pluralStart), (pluralPhrases.filter { $0.count == 1 }.map { $0[0] }, Cue.pluralAlone),
        (pluralPhrases.filter { $0.count > 1 }.map { $0[1] }, Cue.pluralNext),
    ]

    /// `cueWords` as a `KeyFilter`: some twenty words, so most tokens are settled without a look-up.
    static let cueFilter = KeyFilter(cueLists.flatMap(\.words))

    /// A token's `Cue` bits, read through `filter` (`cueFilter`) first.
    @inline(__always) static func cues(of token: Token, _ words: WordMap<UInt8>, _ filter: KeyFilter) -> UInt8 {
        filter.mayContain(token.key) ? words[token] ?? 0 : 0
    }

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
    static let royalTitles: WordSet = ["crown prince", "king", "queen", "emir", "sultan", "prince", "sheikh", "crown princess"]

    /// The two parties a plural at `i` refers to: people first (in readouts "they" and "the two leaders" are
    /// the two people who spoke), counting those found before `i`; else the last two actors of different countries.
    static func pair(_ recentPeople: RecentPair, _ recentPair: RecentPair, _ found: [Mention], before i: Int) -> RecentPair {
        var people = recentPeople
        people.remember(found) { found[$0].kind == .person && found[$0].tokens.upperBound <= i && found[$0].hasCountryCode }
        return people.older != nil ? people : recentPair
    }

    /// A person entry from the lexicon by surname alone, when the surname is unambiguous in that year (`norm` is
    /// the one word of `name`'s phrase key, nil when it has more or none).
    private func surnameEntry(_ name: String, norm: String?, year: Int?, titled: Bool) -> Mention? {
        guard let norm, let at = surnames.index(of: norm) else { return nil }
        let entries = surnames.values[at]
        // A lone surname names someone in office then, or just out of it: with thousands of historical
        // office holders, older entries would turn common words ("Call", "Kim") into people.
        func isHolding(_ e: ActorEntry) -> Bool { e.holds(in: year) && !e.role.isEmpty }
        func isRecent(_ e: ActorEntry) -> Bool { !e.role.isEmpty && year.map { y in (e.until ?? y) >= y - 3 && (e.since ?? y) <= y } ?? true }
        // The pool: those holding office then, else those recently in it; searched in place, not filtered into arrays.
        let holding = entries.contains(where: isHolding)
        func inPool(_ e: ActorEntry) -> Bool { holding ? isHolding(e) : isRecent(e) }
        if let first = entries.first(where: inPool) {
            return entries.allSatisfy({ !inPool($0) || $0.actor == first.actor }) ? personMention(name, first) : nil
        }
        guard titled, let year else { return nil }
        // "President Bush" in a text dated outside every office spell (an archive, a wrong date): a title
        // with a surname is strong enough to reach the curated office holders (those with a title) of any
        // year, when they all served one country; the one nearest in time is meant.
        let curated = entries.filter { !$0.title.isEmpty && !$0.role.isEmpty }
        guard let first = curated.first, curated.allSatisfy({ $0.country == first.country }) else { return nil }
        func distance(_ e: ActorEntry) -> Int { max((e.since ?? year) - year, year - (e.until ?? year), 0) }
        return curated.min(by: { distance($0) < distance($1) }).map { personMention(name, $0) }
    }

    /// Generational suffixes that the lexicon's spellings leave out.
    static let nameSuffixes: WordSet = ["jr", "sr", "ii", "iii", "iv"]

    /// A lexicon person named with middle initials or a suffix the lexicon leaves out: "Lloyd J. Austin III"
    /// (`form` is the registry's form of `name`).
    private func plainNameEntry(_ name: String, _ form: Int, year: Int?, _ registry: PersonRegistry) -> Mention? {
        let all = registry.norms(form)   // tokenized once per document, not at every look-up
        // Two words left after dropping at least one: most names are too short to try.
        guard all.count >= 3 else { return nil }
        func isKept(_ norm: String) -> Bool { ByteClass.hasTwoCharacters(norm) && norm != "." && !ActorResolver.nameSuffixes.contains(norm) }
        // Counted before the words are copied: most long names drop none.
        let keptCount = all.reduce(0) { isKept($1) ? $0 + 1 : $0 }
        guard keptCount >= 2, keptCount < all.count else { return nil }
        let norms = all.filter(isKept)
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

    /// `spellings` as a `KeyFilter`, which settles most tokens without a look-up.
    static let spellingFilter = KeyFilter(britishSpellings + americanSpellings)

    /// The issuing government from the text alone: the English variety it is written in, weighed with the
    /// countries it mentions whose leaders are never named in it.
    private func inferredIssuer(_ analysis: TextAnalysis, _ lineMentions: [[Mention]]) -> String? {
        var british = 0, american = 0
        let tokens = analysis.tokens
        // Statics read once, not at every token: each read of a static goes through swift_once.
        let (spellings, filter) = (ActorResolver.spellings, ActorResolver.spellingFilter)
        // Every listed spelling has five letters or more: shorter words need no look-up.
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].byteEnd - tokens[i].byteStart >= 5 {
            guard filter.mayContain(tokens[i].key), let variety = spellings[tokens[i]] else { continue }
            if variety & 1 != 0 { british += 1 }
            if variety & 2 != 0 { american += 1 }
        }
        if american > british { return "USA" }
        if british > american {
            // British spelling: the UK unless another Commonwealth government is the one mentioned most.
            // Counted in a list parallel to `commonwealth`: hashing every state's code into a dictionary cost more.
            let commonwealth = ["GBR", "CAN", "AUS", "NZL", "IND", "IRL", "ZAF"]
            var counts = [Int](repeating: 0, count: commonwealth.count)
            for line in lineMentions {
                for k in line.indices where line[k].kind == .state && line[k].hasCountryCode {
                    if let at = commonwealth.firstIndex(of: line[k].country) { counts[at] += 1 }
                }
            }
            let best = commonwealth.indices.filter { counts[$0] > 0 }.max { counts[$0] < counts[$1] }
            return best.map { commonwealth[$0] } ?? "GBR"
        }
        // No spelling clue: the state the text treats as an actor but whose people it never names — the
        // issuer's own leader is only "The Prime Minister" — provided one such state stands out.
        // A text names a handful of countries: lists searched in place cost less than hashed sets.
        var named: [String] = []
        for line in lineMentions {
            for k in line.indices where line[k].kind == .person && !line[k].isUnqualifiedTitle && !line[k].isBareName
                && !named.contains(line[k].country) {
                named.append(line[k].country)
            }
        }
        var own: [(country: String, count: Int)] = []
        for line in lineMentions {
            for k in line.indices where line[k].kind == .state && line[k].hasCountryCode && !line[k].isLocative
                && !named.contains(line[k].country) {
                if let at = own.firstIndex(where: { $0.country == line[k].country }) { own[at].count += 1 }
                else { own.append((line[k].country, 1)) }
            }
        }
        // The one state mentioned most, at least twice; none when two share the most.
        guard let top = own.max(by: { $0.count < $1.count }), top.count >= 2,
              own.count(where: { $0.count == top.count }) == 1 else { return nil }
        return top.country
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
