/// Codes events in a document from its sentences, resolved actors and time expressions:
/// verb patterns give the action, the clause around them gives source and target, cue words give
/// status and attribution, the nearest governing time expression gives the date.
public struct EventCoder: Sendable {
    /// Verb patterns and cues.
    public let verbs: VerbLexicon
    /// CAMEO facts.
    public let cameo: CameoTable
    /// Places for locations.
    public let gazetteer: Gazetteer
    /// Actor names, for a target named only by its adjective ("rejected Israeli proposals").
    public let lexicon: ActorLexicon

    /// Prepositions that put a mention out of subject position.
    static let objectPrepositions: Set<String> = [
        "of", "with", "to", "from", "in", "on", "for", "about", "against", "between", "by", "at", "into", "among",
        "including", "over", "toward", "towards", "than", "like", "via", "across", "amid", "after", "before", "under",
        "through", "among", "involving", "citing", "per",
    ]
    /// Words that open a new clause: a time expression beyond one belongs to another event.
    static let subordinators: Set<String> = [
        "after", "before", "since", "following", "when", "while", "as", "because", "until", "which", "who", "during",
        "although", "though", "where", "amid",
    ]
    /// Words before a base-form verb that show it is a noun ("the call", "a visit").
    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "'s", "any", "no",
        "each", "every", "another", "first", "second", "new", "further", "such",
    ]
    /// Be-forms that make a participle passive.
    static let beForms: Set<String> = ["was", "were", "been", "being", "is", "are", "be", "got", "get", "gets"]

    /// Creates a coder.
    public init(verbs: VerbLexicon, cameo: CameoTable, gazetteer: Gazetteer, lexicon: ActorLexicon = ActorLexicon()) {
        self.verbs = verbs
        self.cameo = cameo
        self.gazetteer = gazetteer
        self.lexicon = lexicon
    }

    /// Codes one document.
    public func code(_ document: Document, _ analysis: TextAnalysis, mentions: [[Mention]], times: [[TimeExpression]],
                     bytes: [UInt8]) -> [Event] {
        var events: [Event] = []
        var seen = Set<String>()
        var headlineEvents: [Event] = []
        for (s, sentence) in analysis.sentences.enumerated() {
            let coded = codeSentence(document, analysis, sentence, mentions[s], times[s], bytes: bytes)
            for e in coded {
                let key = "\(e.sentence)|\(e.source.country)|\(e.target?.country ?? "")|\(e.code.root.rawValue)"
                guard seen.insert(key).inserted else { continue }
                if sentence.index < 0 { headlineEvents.append(e) } else { events.append(e) }
            }
        }
        // The headline counts only for events the body does not carry.
        for e in headlineEvents {
            let carried = events.contains {
                $0.code.root == e.code.root && Set([$0.source.country, $0.target?.country ?? ""]) == Set([e.source.country, e.target?.country ?? ""])
            }
            if !carried { events.insert(e, at: 0) }
        }
        for i in events.indices { events[i].id = "e\(i + 1)" }
        return events
    }

    /// Cue positions in a sentence: (start, end, kind).
    struct Cue { var start: Int; var end: Int; var kind: String }

    func codeSentence(_ document: Document, _ analysis: TextAnalysis, _ sentence: Sentence, _ mentions: [Mention],
                      _ times: [TimeExpression], bytes: [UInt8]) -> [Event] {
        let tokens = analysis.tokens
        let range = sentence.tokens
        let actors = mentions.filter { !$0.isLocative && !$0.country.isEmpty }
        // Cues and reporting verbs.
        var cues: [Cue] = []
        var reports: [Int] = []
        var k = range.lowerBound
        while k < range.upperBound {
            if let hit = verbs.cues.longest(tokens, at: k, limit: range.upperBound), hit.entry.value == "according" {
                cues.append(Cue(start: k, end: k + hit.length, kind: hit.entry.value))
                k += hit.length
                continue
            }
            // "it is fair to say", "needless to say": an infinitive of saying reports nothing.
            if verbs.reportingForms.contains(tokens[k].norm), !inside(k, actors), looksLikeVerb(tokens, k, range),
               k == range.lowerBound || tokens[k - 1].norm != "to" {
                reports.append(k)
                k += 1
                continue
            }
            if let hit = verbs.cues.longest(tokens, at: k, limit: range.upperBound) {
                cues.append(Cue(start: k, end: k + hit.length, kind: hit.entry.value))
                k += hit.length
                continue
            }
            k += 1
        }
        // Verb patterns.
        var matches: [VerbMatch] = []
        k = range.lowerBound
        while k < range.upperBound {
            if !inside(k, mentions), !times.contains(where: { $0.tokens.contains(k) }),
               let m = verbs.matches(tokens, at: k, limit: range.upperBound).first(where: { plausible($0, tokens, range) }) {
                matches.append(m)
                k = max(k + 1, m.end)
                continue
            }
            k += 1
        }
        var events: [Event] = []
        let evidenceText = TextSlice.string(bytes, from: tokens[range.lowerBound].byteStart, to: tokens[range.upperBound - 1].byteEnd)
        for m in matches {
            guard let patternCode = cameo.code(m.pattern.code) else { continue }
            let code0 = patternCode
            // Literal phrases of statements ("neither confirm nor deny") take a subject like verbs do.
            let asNoun = m.pattern.isNoun && code0.root != .makePublicStatement
            let owner = nounOwner(of: m, tokens, range, actors)
            if owner == .some(nil) { continue }  // "that country's ability to fight": nobody coded acts
            if insideAppeal(m, matches, tokens) { continue }
            // "X has been in contact with Y and Z, calling for a ceasefire": a participle after a comma shares the
            // main verb's subject and, having no object of its own, speaks to the main verb's object.
            let main = commaParticipleHead(m, tokens, range, matches)
            let pairs = asNoun ? nounDyads(m, tokens, range, actors, matches, code: code0)
                : verbDyads(m, tokens, range, actors, code: code0, subjectAt: main ?? controller(of: m, tokens, range, matches, actors),
                            subjects: owner.flatMap { $0 }.map { [$0] },
                            fallbackObjects: main.map { objectChain(after: $0, tokens, range, actors, skipBy: false) } ?? [])
            guard !pairs.isEmpty else { continue }
            let (status, attribution) = statusOf(m, tokens, range, cues: cues, reports: reports, matches: matches, actors: actors, bytes: bytes)
            // CAMEO codes an announced future action as intent (03) or threat (13): "will visit" is 036.
            var code = code0
            // An accord between the parties themselves is their intent to cooperate (030), as CAMEO codes "agreed that they would".
            if code.cameo == "019", pairs.allSatisfy({ p in p.1.map { t in pairs.contains { $0.0.tokens == t.tokens && $0.0.country == t.country } } ?? false }),
               let mapped = cameo.code("030") { code = mapped }
            if status == .planned, let intent = EventCoder.intentCode(code), let mapped = cameo.code(intent) { code = mapped }
            let date = dateOf(m, tokens, range, times: times, matches: matches, reports: reports, document: document)
            let location = locationOf(m, tokens, range, bytes: bytes)
            for (source, target) in pairs {
                if let target, target.country == source.country { continue }
                var targetParty = target.map(party)
                if target == nil, code0.root.letsPlaceStandForTarget {
                    // The place stands in for an unnamed target: force is aimed at the country it struck, aid given to
                    // people of a place goes to its country ("food aid to refugees in Liberia"), and a withdrawal yields
                    // the place to its country ("will evacuate the settlements in Gaza"). Yielding needs no target.
                    if let place = location, place.country.count == 3, place.country != source.country {
                        targetParty = Event.Party(text: place.text, actor: place.name, country: place.country, role: "")
                    } else if code0.root != .yield { continue }
                }
                events.append(Event(doc: document.id, id: "", sentence: sentence.index,
                                    evidence: (evidenceText, sentence.span),
                                    source: party(source), target: targetParty, code: code, date: date,
                                    location: location, status: status, attribution: attribution, quote: quote(m, tokens, range, bytes: bytes)))
            }
        }
        events += demandsInReportedSpeech(document, sentence, tokens, range, actors, times: times, matches: matches, reports: reports,
                                          evidence: evidenceText, already: events)
        return events
    }

    /// Whether a verb sits in what an earlier appeal or demand asks for ("demanded that the US cancel plans to sell
    /// arms", "urged Russia to withdraw"): the asked-for act has not happened; the appeal (02) or demand (10) is the event.
    func insideAppeal(_ m: VerbMatch, _ matches: [VerbMatch], _ tokens: [Token]) -> Bool {
        guard let previous = matches.last(where: { $0.end <= m.head && m.head - $0.end <= 15 }),
              !tokens.window(previous.end, m.head).contains(where: { [";", ".", "but", "while", "after", "before", "and"].contains($0.norm) }),
              let root = cameo.code(previous.pattern.code)?.root else { return false }
        // "rejected a UN appeal for deploying troops", "refused to deploy peacekeepers": what is refused is not done.
        if root == .reject, m.head - previous.end <= (m.pattern.isNoun ? 5 : 3) { return true }
        // "condemned the July 20 bombing": the deed condemned is the object, not the condemner's act (unless it
        // names its author: "condemned Russia's attack").
        if root == .disapprove, m.head - previous.end <= 4, !tokens.window(previous.end, m.head).contains(where: { $0.norm == "'s" }) { return true }
        // "demanded that its partners refuse to recognize X": what is asked may itself govern a verb.
        return root.asksForAnAct || insideAppeal(previous, matches, tokens)
    }

    /// Modal words that turn a reported clause into a demand on its subject.
    static let obligation: [[String]] = [["must"], ["should"], ["has", "to"], ["have", "to"], ["needs", "to"], ["need", "to"], ["ought", "to"]]

    /// "Russia said that Sudan must return the helicopter": a demand (10) from the speaker on the one who must act.
    func demandsInReportedSpeech(_ document: Document, _ sentence: Sentence, _ tokens: [Token], _ range: Range<Int>, _ actors: [Mention],
                                 times: [TimeExpression], matches: [VerbMatch], reports: [Int], evidence: String,
                                 already: [Event]) -> [Event] {
        guard let code = cameo.code("100") else { return [] }
        var out: [Event] = []
        for r in reports {
            let speakers = subjectChain(before: r, tokens, range, actors)
            guard !speakers.isEmpty else { continue }
            // The clause subject: right after the reporting verb, past "that" and a time word or two.
            guard let first = actors.first(where: { $0.tokens.lowerBound > r && $0.tokens.lowerBound <= r + 6 }),
                  !tokens.window(r + 1, first.tokens.lowerBound).contains(where: { $0.kind == .punct && $0.norm != "," }) else { continue }
            let addressees = chain(from: first, tokens, range, actors)
            guard let last = addressees.last, last.tokens.upperBound < range.upperBound else { continue }
            // The modal follows the addressees, or a coordinated party the lexicon does not know ("the Sudanese
            // government and the rebels in Darfur must").
            func obligedAt(_ at: Int) -> Bool {
                EventCoder.obligation.contains { words in
                    at + words.count <= range.upperBound && words.enumerated().allSatisfy { tokens[at + $0.offset].norm == $0.element }
                }
            }
            var after = last.tokens.upperBound
            if !obligedAt(after), tokens[after].norm == "and" {
                var k = after + 1
                while k < min(range.upperBound, after + 7), !obligedAt(k), tokens[k].kind == .word,
                      !["that", "which", "who", "to"].contains(tokens[k].norm) { k += 1 }
                after = k
            }
            guard after < range.upperBound, obligedAt(after) else { continue }
            let m = VerbMatch(head: r, end: r + 1, pattern: VerbPattern(rest: [], code: "100", isNoun: false, pattern: "say ... must"), form: .past)
            let date = dateOf(m, tokens, range, times: times, matches: matches, reports: reports, document: document)
            for s in speakers {
                for t in addressees where t.country != s.country {
                    if already.contains(where: { $0.source.country == s.country && $0.target?.country == t.country && $0.code.root == .demand }) { continue }
                    out.append(Event(doc: document.id, id: "", sentence: sentence.index, evidence: (evidence, sentence.span),
                                     source: party(s), target: party(t), code: code, date: date, location: nil,
                                     status: .asserted, attribution: [], quote: nil))
                }
            }
        }
        return out
    }

    /// The intent or threat code for a planned action, per the CAMEO codebook's 03 and 13 families.
    static func intentCode(_ code: CameoCode) -> String? {
        let cameo = code.cameo
        switch code.root {
        case .consult: return cameo == "045" ? "039" : "036"
        case .diplomaticCooperation: return "032"
        case .materialCooperation: return cameo.count >= 3 && cameo != "060" ? "031" + String(cameo.dropFirst(2).prefix(1)) : "031"
        case .provideAid: return cameo == "073" ? "0333" : (cameo == "072" ? "0332" : (cameo == "071" ? "0331" : "033"))
        case .yield: return code.isWithin("084") ? "0354" : "035"
        case .reduceRelations: return "1312"
        case .coerce: return "133"
        case .assault, .fight, .massViolence: return "138"
        default: return nil
        }
    }

    private func party(_ m: Mention) -> Event.Party {
        Event.Party(text: m.text, actor: m.actor, country: m.country, role: m.role)
    }

    private func inside(_ k: Int, _ mentions: [Mention]) -> Bool { mentions.contains { $0.tokens.contains(k) } }

    /// A reporting word used as a verb: "X said", "said X", "reported that" — not "the reported visit".
    private func looksLikeVerb(_ tokens: [Token], _ k: Int, _ range: Range<Int>) -> Bool {
        if k > range.lowerBound, EventCoder.determiners.contains(tokens[k - 1].norm) { return false }
        return true
    }

    /// Rejects base-form heads used as nouns ("the call", "a visit") and gerunds after determiners.
    private func plausible(_ m: VerbMatch, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        if m.pattern.isNoun { return true }
        let prev = m.head > range.lowerBound ? tokens[m.head - 1].norm : ""
        // "its long-threatened invasion": the second half of a hyphenated compound is an adjective.
        if prev == "-", !tokens[m.head].spaceBefore { return false }
        switch m.form {
        case .base, .gerund, .third:
            if EventCoder.determiners.contains(prev) { return false }
            if m.form == .base, tokens[m.head].isCapitalized, m.head > range.lowerBound { return false }
        case .past, .participle, .pastOrParticiple:
            if EventCoder.determiners.contains(prev), m.form != .past { return false }
        default: break
        }
        return true
    }

    /// Source and target pairs for a verb: subject before, object after; passive swaps; coordination multiplies.
    /// Nouns for deeds that can be condemned without naming who did them.
    static let deeds: Set<String> = ["attack", "attacks", "bombing", "bombings", "killing", "killings", "shooting", "massacre",
                                     "assassination", "strike", "strikes", "violence", "abduction", "kidnapping", "explosion"]

    /// Whether the words after a verb name a deed ("the July 20 terrorist attack").
    func objectsAreDeeds(_ m: VerbMatch, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        Range.window(m.end, min(range.upperBound, m.end + 6)).contains { EventCoder.deeds.contains(tokens[$0].norm) }
    }

    /// Verbs whose object does the infinitive after them: "sent his adviser to meet", "urged Russia to withdraw".
    static let objectControl: Set<String> = [
        "send", "sent", "sends", "sending", "ask", "asked", "asks", "urge", "urged", "urges", "invite", "invited", "invites",
        "tell", "told", "tells", "call", "called", "calls", "encourage", "encouraged", "encourages", "press", "pressed", "presses",
        "allow", "allowed", "allows", "authorize", "authorized", "authorise", "authorised", "instruct", "instructed",
        "dispatch", "dispatched", "appeal", "appealed", "request", "requested", "persuade", "persuaded", "force", "forced",
        "order", "ordered", "orders", "help", "helped", "helps", "enable", "enabled", "expect", "expected", "want", "wanted",
    ]

    /// Where the subject of an infinitive ("to consult") is found: before the verb that governs it, when that verb
    /// keeps its own subject ("spoke with X and Y to consult": the speaker consults); nil to look before the infinitive.
    func controller(of m: VerbMatch, _ tokens: [Token], _ range: Range<Int>, _ matches: [VerbMatch], _ actors: [Mention]) -> Int? {
        // "Afghan rebels have kidnapped advisers and exploded bombs": a coordinated verb shares the first one's subject.
        var k = m.head - 1
        while k > range.lowerBound, EventCoder.auxiliaries.contains(tokens[k].norm) { k -= 1 }
        if !m.pattern.isNoun, k > range.lowerBound, tokens[k].norm == "and",
           let first = matches.last(where: { !$0.pattern.isNoun && $0.end <= k && k - $0.end <= 12 }),
           !tokens.window(first.end, k).contains(where: { [";", "that", "which", "who", "but"].contains($0.norm) }) {
            return first.head
        }
        // "Benin opened its borders to X, but was refusing admittance to Y": a verb phrase with no subject of its
        // own after "and"/"but" belongs to the actor the sentence opens with.
        if !m.pattern.isNoun, k > range.lowerBound, ["and", "but"].contains(tokens[k].norm),
           !actors.contains(where: { $0.tokens.upperBound == k || ($0.tokens.upperBound == k - 1 && tokens[k - 1].norm == ",") }),
           let opener = actors.first(where: { $0.tokens.lowerBound <= range.lowerBound + 2 }), opener.tokens.upperBound < k,
           !tokens.window(opener.tokens.upperBound, k).contains(where: { [";", "that", "which", "who", "said", "says"].contains($0.norm) }) {
            return opener.tokens.upperBound
        }
        guard m.head > range.lowerBound, tokens[m.head - 1].norm == "to", !m.pattern.isNoun,
              let governor = matches.last(where: { !$0.pattern.isNoun && $0.end <= m.head - 1 && m.head - $0.end <= 12 }),
              !EventCoder.objectControl.contains(tokens[governor.head].norm),
              // "demanded that the US cancel plans to sell": a that-clause brings its own subject.
              !tokens.window(governor.head, m.head).contains(where: { $0.norm == "that" }) else { return nil }
        return governor.head
    }

    /// Nouns for a number or body of people, whose "of" phrase is the real actor ("a group of diplomats").
    static let collectives: Set<String> = ["group", "delegation", "team", "number", "contingent", "body", "coalition", "handful",
                                           "dozens", "hundreds", "thousands", "members", "some", "many", "most", "several"]

    /// The head of the main verb when `m` is a participle opening a clause after a comma (", calling for ...").
    func commaParticipleHead(_ m: VerbMatch, _ tokens: [Token], _ range: Range<Int>, _ matches: [VerbMatch]) -> Int? {
        guard !m.pattern.isNoun, m.form == .gerund, m.head > range.lowerBound, tokens[m.head - 1].norm == "," else { return nil }
        return matches.last(where: { !$0.pattern.isNoun && $0.end < m.head && m.head - $0.end <= 20 })?.head
    }

    /// Auxiliaries and adverbs between a subject and its verb.
    static let auxiliaries: Set<String> = ["has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "not", "already",
                                           "reportedly", "allegedly", "then", "later", "again", "once", "jointly", "finally", "flatly", "still"]

    /// Nouns of will or capacity whose infinitive belongs to their owner: "Mexico's willingness to host".
    static let intentNouns: Set<String> = [
        "willingness", "readiness", "decision", "plan", "plans", "offer", "intention", "commitment", "refusal", "failure",
        "ability", "capacity", "right", "bid", "attempt", "attempts", "effort", "efforts", "determination", "desire", "promise",
        "pledge", "proposal", "threat", "resolve", "freedom", "need", "chance", "opportunity", "initiative", "invitation",
    ]

    /// Intent nouns whose infinitive is still to come ("the plan to meet", "Russia's initiative to hold a summit").
    static let plannedNouns: Set<String> = ["plan", "plans", "initiative", "proposal", "offer", "intention", "decision", "bid",
                                            "pledge", "promise", "invitation"]

    /// For "X's willingness to host": `.some(X)` when X is an actor, `.some(nil)` when the owner is not one
    /// ("that country's ability to fight"), nil when the infinitive does not follow such a noun.
    func nounOwner(of m: VerbMatch, _ tokens: [Token], _ range: Range<Int>, _ actors: [Mention]) -> Mention?? {
        guard !m.pattern.isNoun, m.head - 2 >= range.lowerBound, tokens[m.head - 1].norm == "to",
              EventCoder.intentNouns.contains(tokens[m.head - 2].norm) else { return nil }
        var k = m.head - 3
        while k >= range.lowerBound, k >= m.head - 5, tokens[k].norm != "'s" { k -= 1 }
        guard k >= range.lowerBound, tokens[k].norm == "'s" else { return nil }  // "the decision to meet": look further
        return .some(actors.first { $0.tokens.upperBound == k })
    }

    func verbDyads(_ m: VerbMatch, _ tokens: [Token], _ range: Range<Int>, _ actors: [Mention], code: CameoCode,
                   subjectAt: Int? = nil, subjects given: [Mention]? = nil, fallbackObjects: [Mention] = []) -> [(Mention, Mention?)] {
        var passive = false
        if m.form == .participle || m.form == .pastOrParticiple {
            var j = m.head - 1
            while j >= range.lowerBound, j >= m.head - 3, ["also", "not", "reportedly", "allegedly", "already", "been", "being", "later", "then"].contains(tokens[j].norm) && !EventCoder.beForms.contains(tokens[j].norm) { j -= 1 }
            if j >= range.lowerBound, EventCoder.beForms.contains(tokens[j].norm) { passive = true }
        }
        var subjects = given ?? subjectChain(before: subjectAt ?? m.head, tokens, range, actors)
        if subjects.count == 1, let s = subjects.first {
            // "They", "the two leaders": a plural stands for both parties, written once.
            subjects += actors.filter { $0.tokens == s.tokens && $0.country != s.country }
        }
        var objects = objectChain(after: m.head, tokens, range, actors, skipBy: passive,
                                  skipPossessorsBefore: m.pattern.rest.contains("*") && m.pattern.rest.last != "*" ? m.end : nil)
        // "They discussed Syria": what is discussed is a topic, not a partner; partners come with "with".
        if m.pattern.rest.isEmpty, ["discuss", "discussed", "discusses", "discussing"].contains(tokens[m.head].norm) { objects = [] }
        if passive {
            // "Y was attacked by X": X after "by" is the source.
            if let byIndex = Range.window(m.end, min(range.upperBound, m.end + 6)).first(where: { tokens[$0].norm == "by" }),
               let agent = actors.first(where: { $0.tokens.lowerBound > byIndex }) {
                let agents = chain(from: agent, tokens, range, actors)
                // "A camp for Congolese refugees was attacked by ...": the patient may sit inside the subject phrase.
                let patients = subjects.isEmpty
                    ? actors.last(where: { $0.tokens.upperBound <= m.head && m.head - $0.tokens.upperBound <= 3 }).map { [$0] } ?? []
                    : subjects
                return pairs(agents, patients.isEmpty ? objects : patients)
            }
            // Agentless passive: "Bonne was sent to Russia" — the subject is the patient; nobody acts.
            if code.root != .consult { return [] }
        }
        if subjects.isEmpty { return [] }
        if objects.isEmpty, code.root.asksForAnAct {
            objects = thatClauseObjects(m, tokens, range, actors)
            if objects.isEmpty { objects = fallbackObjects }
        }
        if objects.isEmpty, code.root.isHostile, let owner = adjectiveObject(m, tokens, range) { objects = [owner] }
        // "expressed his condolences for the loss of Turkish life": sympathy goes to the people who suffered.
        if objects.isEmpty, code.cameo == "018",
           let owner = adjectiveObject(m, tokens, range, reach: 8, acrossPrepositions: true) { objects = [owner] }
        if objects.isEmpty {
            if code.root == .makePublicStatement {
                // "They agreed that ...": two parties agreeing is an accord between them.
                if subjects.count >= 2, code.cameo == "019" { return reciprocal(subjects) }
                return subjects.map { ($0, nil) }
            }
            // "Israeli tanks fired at targets in Jericho", "food aid to refugees in Liberia", "Shevardnadze resigned": the
            // caller lets the place stand in for the target. Releasing does need someone released ("released a list").
            if code.root.letsPlaceStandForTarget, !code.isWithin("084") { return subjects.map { ($0, nil) } }
            // "condemned the attack in Suruç": disapproval of a deed whose doer the text does not name.
            if code.root == .disapprove, objectsAreDeeds(m, tokens, range) { return subjects.map { ($0, nil) } }
            // "Russia and Ukraine met": reciprocal among the subjects.
            if subjects.count >= 2, code.root.isReciprocalAmongSubjects {
                return reciprocal(subjects)
            }
            return []
        }
        objects.removeAll { o in subjects.contains { $0.tokens == o.tokens } }
        // "X and I met in Geneva, along with the Ukrainian and the Russian ministers": everyone met everyone.
        if code.root.isSymmetric,
           let along = Range.window(m.end, min(range.upperBound - 2, m.end + 15)).first(where: {
               ["along", "together"].contains(tokens[$0].norm) && tokens[$0 + 1].norm == "with" }),
           let joiner = actors.first(where: { $0.tokens.lowerBound > along + 1 && $0.tokens.lowerBound <= along + 4 }) {
            var everyone = subjects + objects
            for a in chain(from: joiner, tokens, range, actors) where !everyone.contains(where: { $0.tokens == a.tokens }) { everyone.append(a) }
            return reciprocal(everyone)
        }
        return pairs(subjects, objects)
    }

    /// Verbs that make their subject the author of the deed noun they take ("launched an attack on").
    static let supportVerbs: Set<String> = [
        "launch", "launched", "launches", "launching", "mount", "mounted", "mounts", "conduct", "conducted", "conducts",
        "stage", "staged", "stages", "carry", "carried", "carries", "begin", "began", "begun", "begins", "start", "started",
        "starts", "continue", "continued", "continues", "intensify", "intensified", "escalate", "escalated", "resume", "resumed",
    ]

    /// Words that end the clause an object is looked for in ("sworn to fight until they gain control of X").
    /// ("if" and "unless" are not barriers: "threatened to ban voting if Hamas ran" threatens Hamas.)
    static let objectBarriers: Set<String> = [";", "that", "which", "who", "until", "because", "while", "although", "though",
                                              "when", "where", "whereas"]

    /// Pronouns that can only be subjects.
    static let nominativePronouns: Set<String> = ["he", "she", "they", "we", "i"]

    /// "rejected proposed Israeli changes", "demolished Palestinian homes": the country of a demonym that modifies the
    /// object noun, within the first words after the verb.
    func adjectiveObject(_ m: VerbMatch, _ tokens: [Token], _ range: Range<Int>, reach: Int = 4, acrossPrepositions: Bool = false) -> Mention? {
        var k = m.end
        while k < min(range.upperBound, m.end + reach), tokens[k].kind == .word {
            if let hit = lexicon.actors.longest(tokens, at: k, limit: range.upperBound), hit.entry.value.kind == .demonym {
                let next = k + hit.length
                guard next < range.upperBound, tokens[next].kind == .word, !tokens[next].isCapitalized else { return nil }
                return demonymMention(k..<next, hit.entry.value, tokens)
            }
            if tokens[k].isCapitalized || !acrossPrepositions && EventCoder.objectPrepositions.contains(tokens[k].norm) { return nil }
            k += 1
        }
        return nil
    }

    /// "Palestinian riots against ...", "Russian strikes on ...": the country of a demonym right before a deed noun.
    func adjectiveSubject(_ m: VerbMatch, _ tokens: [Token], _ range: Range<Int>) -> Mention? {
        for k in stride(from: m.head - 1, through: max(range.lowerBound, m.head - 3), by: -1) {
            guard tokens[k].kind == .word else { return nil }
            if let hit = lexicon.actors.longest(tokens, at: k, limit: m.head), hit.entry.value.kind == .demonym {
                return demonymMention(k..<(k + hit.length), hit.entry.value, tokens)
            }
        }
        return nil
    }

    /// A state mention for a demonym standing alone.
    private func demonymMention(_ span: Range<Int>, _ entry: ActorEntry, _ tokens: [Token]) -> Mention {
        Mention(tokens: span, span: Span(start: tokens[span.lowerBound].start, end: tokens[span.upperBound - 1].end), text: entry.actor,
                actor: lexicon.countryNames[entry.country] ?? entry.actor, country: entry.country, role: "", kind: .state, title: "")
    }

    /// "demanded that the US cancel", "urged that Israel ease": the subject of the that-clause is the one asked.
    func thatClauseObjects(_ m: VerbMatch, _ tokens: [Token], _ range: Range<Int>, _ actors: [Mention]) -> [Mention] {
        guard let that = Range.window(m.head + 1, min(range.upperBound, m.end + 3)).first(where: { tokens[$0].norm == "that" }),
              let first = actors.first(where: { $0.tokens.lowerBound > that && $0.tokens.lowerBound <= that + 3 }) else { return [] }
        return chain(from: first, tokens, range, actors)
    }

    /// Pairs for a noun pattern: the possessor or the actors after "between", "with", "involving".
    func nounDyads(_ m: VerbMatch, _ tokens: [Token], _ range: Range<Int>, _ actors: [Mention], _ matches: [VerbMatch],
                   code: CameoCode) -> [(Mention, Mention?)] {
        var left: [Mention] = []
        // "Bonne's talks with Ushakov", "Kerry's visit to Moscow".
        if let owner = actors.last(where: { $0.tokens.upperBound <= m.head }),
           owner.tokens.upperBound < range.upperBound, tokens[owner.tokens.upperBound].norm == "'s",
           owner.tokens.upperBound + 1 >= m.head - 2 {
            left = [owner]
        }
        // Actors right after the noun phrase, through "between/with/involving/delegations from".
        var j = m.end
        while j < range.upperBound, j < m.end + 4, !actors.contains(where: { $0.tokens.lowerBound == j }) {
            let n = tokens[j].norm
            guard ["between", "with", "involving", "among", "of", "from", "the", "by", "to", "delegations", "delegation",
                   "representatives", "officials", "leaders", "teams", "negotiators"].contains(n) else { break }
            j += 1
        }
        var right: [Mention] = []
        if let first = actors.first(where: { $0.tokens.lowerBound == j }) {
            right = chain(from: first, tokens, range, actors)
        }
        if left.isEmpty, right.count >= 1, let owner = adjectiveSubject(m, tokens, range) { left = [owner] }
        if left.isEmpty, right.count >= 1, m.head - range.lowerBound <= 4,
           Range.window(range.lowerBound, m.head).contains(where: { ["following", "after", "before", "during", "ahead"].contains(tokens[$0].norm) }),
           let comma = Range.window(m.end, range.upperBound).first(where: { tokens[$0].norm == "," }),
           let agent = actors.first(where: { $0.tokens.lowerBound > comma && $0.tokens.lowerBound <= comma + 4 }) {
            // "Following a meeting with the Polish defense minister, Hagel said": Hagel met him.
            left = chain(from: agent, tokens, range, actors)
        }
        if left.isEmpty, right.count == 1 {
            // "X held a meeting with Y" is a verb pattern; "a meeting with Y" alone needs the sentence subject, unless
            // another verb governs the noun ("X condemned the attack on Y": X did not attack).
            let subjects = subjectChain(before: m.head, tokens, range, actors)
            // Force is different: "an armed attack on X would invoke the treaty" names no attacker at all, unless a
            // support verb makes the subject its author ("Israel mounted its invasion of Lebanon").
            let authored = !code.root.isForce
                || Range.window(max(range.lowerBound, m.head - 6), m.head).contains { EventCoder.supportVerbs.contains(tokens[$0].norm) }
            if let last = subjects.last, m.head - last.tokens.upperBound <= 6, authored,
               !matches.contains(where: { $0.head >= last.tokens.upperBound && $0.head < m.head }) { left = subjects }
        }
        if left.isEmpty { return right.count >= 2 ? reciprocal(right) : [] }
        return pairs(left, right)
    }

    /// The subject: the nearest actor before `head` not governed by a preposition, with its coordinated mates.
    func subjectChain(before head: Int, _ tokens: [Token], _ range: Range<Int>, _ actors: [Mention]) -> [Mention] {
        // "Pakistan, a key U.S. ally, has refused": the subject stands before the apposition.
        var k = head - 1
        while k > range.lowerBound, EventCoder.auxiliaries.contains(tokens[k].norm) { k -= 1 }
        if k > range.lowerBound, tokens[k].norm == ",",
           let open = stride(from: k - 1, through: max(range.lowerBound, k - 15), by: -1).first(where: { tokens[$0].norm == "," }),
           let subject = actors.last(where: { $0.tokens.upperBound == open }),
           actors.contains(where: { $0.tokens.lowerBound > open && $0.tokens.upperBound <= k }) {
            return leftChain(subject, tokens, range, actors)
        }
        for m in actors.reversed() where m.tokens.upperBound <= head {
            let before = m.tokens.lowerBound > range.lowerBound ? tokens[m.tokens.lowerBound - 1].norm : ""
            if EventCoder.objectPrepositions.contains(before),
               // "A group of Moroccan diplomats held ...": the members of a collective act for it.
               !(before == "of" && m.tokens.lowerBound >= range.lowerBound + 2
                 && EventCoder.collectives.contains(tokens[m.tokens.lowerBound - 2].norm)) { continue }
            // Possessives are owners, not subjects ("Macron's proposal").
            if m.tokens.upperBound < range.upperBound, tokens[m.tokens.upperBound].norm == "'s" { continue }
            // A plural ("the two leaders") stands for every member sharing its words.
            let members = actors.filter { $0.tokens == m.tokens }
            if members.count > 1 { return members }
            return leftChain(m, tokens, range, actors)
        }
        return []
    }

    /// "X, Y and Z" ending at `last`.
    private func leftChain(_ last: Mention, _ tokens: [Token], _ range: Range<Int>, _ actors: [Mention]) -> [Mention] {
        var result = [last]
        var current = last
        while true {
            var j = current.tokens.lowerBound - 1
            // "the Prime Minister and the Crown Prince": the article belongs to the second party.
            if j > range.lowerBound, tokens[j].norm == "the" { j -= 1 }
            guard j > range.lowerBound else { break }
            let n = tokens[j].norm
            guard n == "and" || n == "," else { break }
            j -= 1
            if j >= range.lowerBound, tokens[j].norm == "," { j -= 1 }
            guard let prev = actors.last(where: { $0.tokens.upperBound == j + 1 }) else { break }
            result.insert(prev, at: 0)
            current = prev
        }
        return result
    }

    /// The object: the first actor after `head` in the clause, with its coordinated mates.
    func objectChain(after head: Int, _ tokens: [Token], _ range: Range<Int>, _ actors: [Mention], skipBy: Bool,
                     skipPossessorsBefore gapEnd: Int? = nil) -> [Mention] {
        for m in actors where m.tokens.lowerBound > head {
            // "underlined the UK's support for Turkey": inside a gap, a possessor is not the object.
            if let gapEnd, m.tokens.lowerBound < gapEnd, m.tokens.upperBound < range.upperBound,
               tokens[m.tokens.upperBound].norm == "'s" { continue }
            // Stop at clause ends: a semicolon, or a reporting comma ("..., Reuters said").
            let between = tokens.window(head + 1, m.tokens.lowerBound)
            if between.contains(where: { EventCoder.objectBarriers.contains($0.norm) }) { return [] }
            if between.count > 12 { return [] }
            if skipBy, m.tokens.lowerBound > 0, tokens[m.tokens.lowerBound - 1].norm == "by" { continue }
            // "hit the targets, they were supported by ...": a nominative pronoun opens a new clause; it is no object.
            if m.kind == .pronoun, EventCoder.nominativePronouns.contains(tokens[m.tokens.lowerBound].norm) { return [] }
            let before = tokens[m.tokens.lowerBound - 1].norm
            if before == "according" || before == "citing" { return [] }
            // "..., a UN official said on Monday": the one reporting after a comma is not the object.
            let objects = chain(from: m, tokens, range, actors)
            if let last = objects.last, reports(after: last, tokens, range),
               let comma = Range.window(head + 1, last.tokens.lowerBound).last(where: { tokens[$0].norm == "," }) {
                return objects.filter { $0.tokens.upperBound <= comma }
            }
            return objects
        }
        return []
    }

    /// Whether a reporting verb follows an actor, past an acronym in parentheses ("Human Rights Watch (HRW) said").
    func reports(after actor: Mention, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        var k = actor.tokens.upperBound
        if k < range.upperBound, tokens[k].norm == "(",
           let close = Range.window(k, min(range.upperBound, k + 5)).first(where: { tokens[$0].norm == ")" }) { k = close + 1 }
        return k < range.upperBound && verbs.reportingForms.contains(tokens[k].norm)
    }

    /// "X, Y and Z" starting at `first`.
    func chain(from first: Mention, _ tokens: [Token], _ range: Range<Int>, _ actors: [Mention]) -> [Mention] {
        var result = [first]
        var current = first
        while true {
            var j = current.tokens.upperBound
            guard j < range.upperBound else { break }
            let n = tokens[j].norm
            // "the U.S.-India relationship": a hyphen joins two countries as a comma does.
            let joined = n == "-" && !tokens[j].spaceBefore && j + 1 < range.upperBound && !tokens[j + 1].spaceBefore
            guard n == "and" || n == "," || joined else { break }
            j += 1
            if j < range.upperBound, tokens[j].norm == "and" { j += 1 }
            if j < range.upperBound, tokens[j].norm == "the" { j += 1 }
            guard let next = actors.first(where: { $0.tokens.lowerBound == j }) else { break }
            result.append(next)
            current = next
        }
        return result
    }

    private func pairs(_ sources: [Mention], _ targets: [Mention]) -> [(Mention, Mention?)] {
        var out: [(Mention, Mention?)] = []
        for s in sources { for t in targets where s.country != t.country { out.append((s, t)) } }
        return out
    }

    private func reciprocal(_ group: [Mention]) -> [(Mention, Mention?)] {
        var out: [(Mention, Mention?)] = []
        for i in group.indices { for j in group.indices where j > i && group[i].country != group[j].country { out.append((group[i], group[j])) } }
        return out
    }
}
