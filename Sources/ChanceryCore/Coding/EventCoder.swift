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
    /// The English the clause rules know (prepositions, modals, source nouns), from `Resources/en/words`.
    public let words: CodingWords
    /// The tagger and parser that give subjects and objects the positional rules miss; nil codes by position alone.
    public let syntax: SyntaxModel?

    /// Creates a coder.
    public init(
        verbs: VerbLexicon, cameo: CameoTable, gazetteer: Gazetteer, lexicon: ActorLexicon = ActorLexicon(),
        words: CodingWords = StageWords.standard.coding, syntax: SyntaxModel? = nil
    ) {
        self.words = words
        self.syntax = syntax
        self.verbs = verbs
        self.cameo = cameo
        self.gazetteer = gazetteer
        self.lexicon = lexicon
    }

    /// Codes one document.
    public func code(
        _ document: Document, _ analysis: TextAnalysis, mentions: [[Mention]], times: [[TimeExpression]],
        bytes: [UInt8]
    ) -> [Event] {
        code(document, analysis, mentions: mentions, times: times, bytes: bytes) { () throws(Never) in }
    }

    /// `code`, calling `check` before each sentence so that a deadline can stop it.
    func code<E: Error>(
        _ document: Document, _ analysis: TextAnalysis, mentions: [[Mention]], times: [[TimeExpression]],
        bytes: [UInt8], between check: () throws(E) -> Void
    ) throws(E) -> [Event] {
        var events: [Event] = []
        var seen = Set<String>()
        var headlineEvents: [Event] = []
        var narrative: Event.EventDate? = nil
        for (s, sentence) in analysis.sentences.enumerated() {
            try check()
            let coded = codeSentence(
                document, analysis, sentence, mentions[s], times[s], bytes: bytes, narrative: narrative)
            if sentence.index >= 0 { narrative = Self.narrativeDay(times[s], sentence, coded, document) ?? narrative }
            for e in coded {
                let key = "\(e.sentence)|\(e.source.country)|\(e.target?.country ?? "")|\(e.code.root.rawValue)"
                guard seen.insert(key).inserted else { continue }
                if sentence.index < 0 { headlineEvents.append(e) } else { events.append(e) }
            }
        }
        // The headline counts only for events the body does not carry.
        for e in headlineEvents {
            let carried = events.contains {
                $0.code.root == e.code.root
                    && Set([$0.source.country, $0.target?.country ?? ""])
                        == Set([e.source.country, e.target?.country ?? ""])
            }
            if !carried { events.insert(e, at: 0) }
        }
        for i in events.indices { events[i].id = "e\(i + 1)" }
        return events
    }

    /// The day a sentence moves the narrative to: a day that opens it ("On Jan. 14, ..."), else the day the text
    /// gave its last event; only days not after publication, since the narrative reports what has happened.
    static func narrativeDay(
        _ times: [TimeExpression], _ sentence: Sentence, _ coded: [Event], _ document: Document
    ) -> Event.EventDate? {
        let published = document.date?.description
        func past(_ value: String) -> Bool { value.count == 10 && published.map { value <= $0 } ?? true }
        if let opening = times.first, opening.tokens.lowerBound <= sentence.tokens.lowerBound + 1,
            opening.kind == .date || opening.kind == .time
        {
            let value = dateValue(opening.value)
            if past(value) { return Event.EventDate(value: value, precision: .day, text: opening.text, basis: .text) }
        }
        return coded.last(where: {
            $0.date.basis == .text && $0.date.precision == .day && $0.date.value.map(past) == true
        })?.date
    }

    /// The events of one sentence: those of each verb pattern, then the demands made in reported speech.
    func codeSentence(
        _ document: Document, _ analysis: TextAnalysis, _ sentence: Sentence, _ mentions: [Mention],
        _ times: [TimeExpression], bytes: [UInt8], narrative: Event.EventDate? = nil
    ) -> [Event] {
        var c = Context(
            document: document, sentence: sentence, tokens: analysis.tokens, bytes: bytes, mentions: mentions,
            actors: mentions.filter { !$0.isLocative && !$0.country.isEmpty && !$0.isSectorGroup }, times: times)
        c.narrative = narrative
        (c.cues, c.reports) = cuesAndReports(c)
        c.matches = verbMatches(c)
        c.syntax = parse(c, analysis)
        let evidence = TextSlice.string(
            bytes, from: c.tokens[c.range.lowerBound].byteStart, to: c.tokens[c.range.upperBound - 1].byteEnd)
        var events: [Event] = []
        for m in c.matches { events += self.events(of: m, c, evidence: evidence) }
        events += demandsInReportedSpeech(c, evidence: evidence, already: events)
        return events + domesticEvents(c, evidence: evidence)
    }

    /// The events within one country: the sentence read again with its sector groups as actors, keeping only
    /// pairs of one country whose sides stand apart (`Dyad.Scope.domestic`).
    func domesticEvents(_ international: Context, evidence: String) -> [Event] {
        var c = international
        c.actors = c.mentions.filter {
            !$0.isLocative && (!$0.country.isEmpty || $0.isSectorGroup || $0.isUnplacedName)
        }
        let widest: Dyad.Scope =
            c.matches.contains { Dyad.Scope.domestic(for: $0.pattern.root) == .domesticConflict }
            ? .domesticConflict : .domestic
        guard !c.matches.isEmpty, Dyad.hasDomesticSides(c.actors, in: widest) || strikesAtHome(c) else { return [] }
        var events: [Event] = []
        for m in c.matches {
            c.scope = .domestic(for: m.pattern.root)
            c.placesUnplacedNames = cameo.code(m.pattern.code).map(Dyad.actsOnOwnPeople) ?? false
            events += self.events(of: m, c, evidence: evidence)
        }
        return events
    }

    /// Whether a sentence has an act of force and a side outside the state of a known country, or a curfew or
    /// emergency and an actor of a known country, whose act a place of that country may stand in for the target of
    /// (`Dyad.Scope.admitsPlace`).
    func strikesAtHome(_ c: Context) -> Bool {
        c.matches.contains { $0.pattern.root?.isForce == true }
            && c.actors.contains(where: Dyad.standsOutsideTheState)
            || c.matches.contains { cameo.code($0.pattern.code)?.restrictsAPlace == true }
            && c.actors.contains(where: Dyad.isPlacedInACountry)
    }

    /// The sentence's parse, only for a sentence the parse can help: one with a verb pattern and an actor.
    func parse(_ c: Context, _ analysis: TextAnalysis) -> SentenceSyntax? {
        guard let syntax, !c.matches.isEmpty, c.mentions.contains(where: { !$0.isLocative && !$0.isUnplacedName }) else {
            return nil
        }
        return SyntaxAnalyzer(model: syntax).analyze(analysis, c.sentence, bytes: c.bytes)
    }

    /// Status and attribution cues ("according to", "reportedly", "denied") and the reporting verbs used as verbs.
    func cuesAndReports(_ c: Context) -> (cues: [Cue], reports: [Int]) {
        var cues: [Cue] = []
        var reports: [Int] = []
        var k = c.range.lowerBound
        while k < c.range.upperBound {
            if let hit = verbs.cues.longest(c.tokens, at: k, limit: c.range.upperBound), hit.entry.value == .according {
                cues.append(Cue(start: k, end: k + hit.length, kind: hit.entry.value))
                k += hit.length
                continue
            }
            // "it is fair to say", "needless to say": an infinitive of saying reports nothing.
            if verbs.reportingForms.contains(c.tokens[k].norm), !inside(k, c.actors), looksLikeVerb(k, c),
                k == c.range.lowerBound || c.tokens[k - 1].norm != "to"
            {
                reports.append(k)
                k += 1
                continue
            }
            if let hit = verbs.cues.longest(c.tokens, at: k, limit: c.range.upperBound) {
                cues.append(Cue(start: k, end: k + hit.length, kind: hit.entry.value))
                k += hit.length
                continue
            }
            k += 1
        }
        return (cues, reports)
    }

    /// The verb patterns of the sentence, left to right, none starting inside a mention or a time expression.
    func verbMatches(_ c: Context) -> [VerbMatch] {
        var matches: [VerbMatch] = []
        var k = c.range.lowerBound
        while k < c.range.upperBound {
            if !inside(k, c.mentions), !c.times.contains(where: { $0.tokens.contains(k) }),
                let m = verbs.matches(c.tokens, at: k, limit: c.range.upperBound).first(where: { plausible($0, c) })
            {
                matches.append(m)
                // "were killed in clashes between A and B": a passive's words may hold the act its agent is in, and
                // a long gap other acts ("discussed how they could keep working together, with").
                k = isPassive(m, c) || m.pattern.hasLongGap ? k + 1 : max(k + 1, m.end)
                continue
            }
            k += 1
        }
        return matches
    }

    /// The events one verb pattern codes: one a dyad, with the status, date and place of its clause.
    func events(of m: VerbMatch, _ c: Context, evidence: String) -> [Event] {
        guard let patternCode = cameo.code(m.pattern.code) else { return [] }
        // Literal phrases of statements ("neither confirm nor deny") take a subject like verbs do.
        let asNoun = m.pattern.isNoun && patternCode.root != .makePublicStatement
        let owner = nounOwner(of: m, c)
        if owner == .some(nil) { return [] }  // "that country's ability to fight": nobody coded acts
        if insideAppeal(m, c) { return [] }
        // "X has been in contact with Y and Z, calling for a ceasefire": a participle after a comma shares the
        // main verb's subject and, having no object of its own, speaks to the main verb's object.
        let main = commaParticipleHead(m, c)
        let pairs =
            asNoun
            ? nounDyads(m, c, code: patternCode)
            : verbDyads(
                m, c, code: patternCode, subjectAt: main ?? controller(of: m, c),
                subjects: owner.flatMap { $0 }.map { [$0] },
                fallbackObjects: main.map { objectChain(after: $0, c, skipBy: false) } ?? [])
        guard !pairs.isEmpty else { return [] }
        let (status, attribution, refused) = statusOf(m, c)
        let code =
            refused
            ? cameo.code(EventCoder.refusalCode(patternCode)) ?? patternCode
            : peacekeeping(eventCode(patternCode, status: status, pairs: pairs), pairs, c, m)
        let date = dateOf(m, c)
        let location = locationOf(m, c)
        var events: [Event] = []
        for (source, target) in pairs {
            if let target, !c.scope.admits(source, target) { continue }
            if target == nil, c.scope.isDomestic, !patternCode.root.isForce, !patternCode.restrictsAPlace { continue }
            var targetParty = target.map(party)
            var eventLocation = location
            if target == nil, patternCode.root == .disapprove, let place = placeOfTheDeed(m, c),
                place.country.count == 3, c.scope.admitsPlace(of: place.country, struckBy: source)
            {
                // "condemned the attack on a church in Quetta": the country the deed struck is what is condemned,
                // where the text names no doer.
                targetParty = EventCoder.party(standingFor: place)
            } else if target == nil, patternCode.letsPlaceStandForTarget {
                // The place stands in for an unnamed target: force is aimed at the country it struck ("bombed
                // Gaza", "fired at targets in Jericho"), aid given to people of a place goes to its country ("food
                // aid to refugees in Liberia"), and a withdrawal yields the place to its country ("will evacuate the
                // settlements in Gaza"). Yielding needs no target.
                // A curfew or state of emergency a state imposes on a place of its own restricts its people
                // ("imposed a curfew on Basra"): they are the civilians of that place.
                let restricts = patternCode.restrictsAPlace
                let place = location ?? (patternCode.root.isForce || restricts ? placeStruck(m, c) : nil)
                if let place, place.country.count == 3,
                    c.scope.admitsPlace(of: place.country, struckBy: source, restricting: restricts)
                {
                    targetParty = EventCoder.party(standingFor: place)
                    if restricts, c.scope.isDomestic { targetParty?.role = "CVL" }
                    eventLocation = place
                } else if patternCode.root != .yield || c.scope.isDomestic {
                    continue
                }
            }
            events.append(
                Event(
                    doc: c.document.id, id: "", sentence: c.sentence.index, evidence: (evidence, c.sentence.span),
                    source: party(source), target: targetParty, code: code, date: date, location: eventLocation,
                    status: status, attribution: attribution, quote: quote(m, c)))
        }
        return events
    }

    /// The code an event takes from its pattern's: an accord between the parties themselves is their intent to
    /// cooperate (030), as CAMEO codes "agreed that they would"; an announced future action is intent (03) or threat
    /// (13): "will visit" is 036.
    func eventCode(_ patternCode: CameoCode, status: Status, pairs: [(Mention, Mention?)]) -> CameoCode {
        var code = patternCode
        if code.cameo == "019",
            pairs.allSatisfy({ p in
                p.1.map { t in pairs.contains { $0.0.tokens == t.tokens && $0.0.country == t.country } } ?? false
            }),
            let mapped = cameo.code("030")
        {
            code = mapped
        }
        if status == .planned, let intent = EventCoder.intentCode(code), let mapped = cameo.code(intent) {
            code = mapped
        }
        return code
    }

    /// "Bangladeshi peacekeeping troops arrived in Sierra Leone": peacekeepers (`peacekeeping-words.txt`) who come to a
    /// country, or forces deployed on a peacekeeping mission, give it military protection (074): no visit (042) or
    /// show of force (154).
    func peacekeeping(_ code: CameoCode, _ pairs: [(Mention, Mention?)], _ c: Context, _ m: VerbMatch) -> CameoCode {
        guard let protection = cameo.code("074") else { return code }
        // "deployed 230 troops to Liberia on a peacekeeping mission": forces sent to keep the peace protect.
        if code.isWithin("154"), namesPeacekeeping(from: m.end, to: m.end + 8, c) { return protection }
        // "NATO peacekeeping troops": the word may follow the name of the forces' state or organisation.
        if code.isWithin("042"), !pairs.isEmpty,
            pairs.allSatisfy({ namesPeacekeeping(from: $0.0.tokens.lowerBound, to: $0.0.tokens.upperBound + 2, c) })
        {
            return protection
        }
        return code
    }

    /// Whether a word of `peacekeeping-words.txt` stands in `lower..<upper`, cut at the sentence's end.
    func namesPeacekeeping(from lower: Int, to upper: Int, _ c: Context) -> Bool {
        c.tokens.window(lower, min(upper, c.range.upperBound)).contains(where: words.peacekeepingWords.contains)
    }

    /// The intent or threat code for a planned action, per the CAMEO codebook's 03 and 13 families.
    static func intentCode(_ code: CameoCode) -> String? {
        let cameo = code.cameo
        switch code.root {
        case .consult: return cameo == "045" ? "039" : "036"
        case .diplomaticCooperation: return "032"
        case .materialCooperation: return EventCoder.kind(of: code, under: "031")
        case .provideAid: return cameo == "073" ? "0333" : (cameo == "072" ? "0332" : (cameo == "071" ? "0331" : "033"))
        case .yield: return EventCoder.family(of: code, in: EventCoder.yieldIntents) ?? "035"
        case .reduceRelations: return "1312"
        case .coerce: return "133"
        case .assault, .fight, .massViolence: return "138"
        default: return nil
        }
    }

    /// The 12 code for refusing a cooperative act, per the codebook: to meet or negotiate 125, to cooperate materially 121
    /// (its kinds 1211-1214), to give aid 122 (1221-1224), to yield 124 (1241-1246), anything else 120.
    static func refusalCode(_ code: CameoCode) -> String {
        switch code.root {
        case .consult: return "125"
        case .materialCooperation: return kind(of: code, under: "121")
        case .provideAid: return family(of: code, in: aidRefusals) ?? "122"
        case .yield: return family(of: code, in: yieldRefusals) ?? "124"
        default: return "120"
        }
    }

    /// The codebook pairs each 08 family with its intent (081 easing restrictions → 0351, 082 dissent → 0352, 084 release
    /// → 0353, 085 sanctions → 0354, 086 involvement → 0355, 087 de-escalation → 0356) and its refusal (1241–1246).
    static let yieldIntents = ["081": "0351", "082": "0352", "084": "0353", "085": "0354", "086": "0355", "087": "0356"]
    /// Refusals to yield, by 08 family (`yieldIntents` says which is which).
    static let yieldRefusals = [
        "081": "1241", "082": "1242", "084": "1243", "085": "1244", "086": "1245", "087": "1246"
    ]
    /// Refusals of each kind of aid (071 economic → 1221, 072 military, 073 humanitarian, 074 peacekeeping).
    static let aidRefusals = ["071": "1221", "072": "1222", "073": "1223", "074": "1224"]

    /// The code `table` gives the family `code` is within, or nil.
    static func family(of code: CameoCode, in table: [String: String]) -> String? {
        table.first { code.isWithin($0.key) }?.value
    }

    /// The target a place stands for: its country, with no sector ("bombed Gaza", "condemned the Kabul bombing").
    static func party(standingFor place: Event.Location) -> Event.Party {
        Event.Party(text: place.text, actor: place.name, country: place.country, role: "")
    }

    /// `parent` followed by the kind digit of a 06 code (062 military → "0312" under "031"); `parent` alone for 060.
    static func kind(of code: CameoCode, under parent: String) -> String {
        let cameo = code.cameo
        return cameo.count >= 3 && cameo != "060" ? parent + String(cameo.dropFirst(2).prefix(1)) : parent
    }

    func party(_ m: Mention) -> Event.Party {
        Event.Party(text: m.text, actor: m.actor, country: m.country, role: m.role)
    }

    func inside(_ k: Int, _ mentions: [Mention]) -> Bool {
        mentions.contains { !$0.isUnplacedName && $0.tokens.contains(k) }
    }
}
