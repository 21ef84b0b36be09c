/// The word lists of event coding (clause structure, status, attribution, dates), read once with the lexicons.
///
/// Each is a `WordSet`, tested with the token (its key first), not with a `String` hashed at every test; each is the
/// file of the same name in kebab case (`objectPrepositions` is `object-prepositions.txt`), whose comments say the rule.
public struct CodingWords: Sendable {
    /// Subjects and objects (`ActorChains`, `VerbDyads`, `NounDyads`): prepositions, clause ends, collectives.
    let objectPrepositions, auxiliaries, collectives, objectBarriers, nominativePronouns, beForms, participleAdverbs,
        topicVerbs, topicPrepositions, idiomLocatives, joiningWords, deeds, forceDeeds, mutualForceVerbs, supportVerbs,
        nounPartnerLinks, frontedTimeWords, ownerAgents, peacekeepingWords: WordSet
    /// Arguments read from the parse (`SyntacticArguments`): oblique partners, relative clause subjects.
    let partnerPrepositions, relativeSubjects: WordSet
    /// Names in chains of actors (`ActorChains`): generational suffixes ("Biden, Jr.").
    let nameSuffixes: WordSet
    /// Which verb governs which (`ClauseControl`): noun uses, control, coordination, appeals.
    let determiners, adjectiveVerbs, bareVerbOpeners, namingVerbs, objectControl, coordinationBarriers, openerBarriers,
        coordinators, appealBarriers, intentNouns: WordSet
    /// Status and attribution (`StatusAnalysis`, `ReportedDemands`).
    let subordinators, futureWords, conditionWords, negationWords, intentVerbs, obligationVerbs, failureVerbs,
        plannedNouns,
        relativePronouns, attributionOpeners, sourceNouns, sourcePhraseStarts, sourcePhraseEnds, demandBarriers,
        refusalModals: WordSet
    /// Dates (`EventDating`) and pattern gaps (`VerbLexicon`).
    let relativeAdverbs, rangeJoiners, amountWords, currencyWords, transferGapStops, gapClauseStops, compass,
        narrativeBreaks, narrativeDepartures: WordSet
    /// `obligation-phrases.txt`, each phrase as its words.
    let obligation: [[String]]

    /// Reads the lists from `read`, which reports those missing.
    public init(_ read: inout WordListReader) {
        objectPrepositions = read("object-prepositions").set
        partnerPrepositions = read("partner-prepositions").set
        topicPrepositions = read("topic-prepositions").set
        idiomLocatives = read("idiom-locatives").set
        nameSuffixes = read("name-suffixes").set
        relativeSubjects = read("relative-subjects").set
        subordinators = read("subordinators").set
        determiners = read("determiners").set
        adjectiveVerbs = read("adjective-verbs").set
        bareVerbOpeners = read("bare-verb-openers").set
        beForms = read("be-forms").set
        auxiliaries = read("auxiliaries").set
        futureWords = read("future-words").set
        refusalModals = read("refusal-modals").set
        conditionWords = read("condition-words").set
        sourceNouns = read("source-nouns").set
        negationWords = read("negation-words").set
        intentVerbs = read("intent-verbs").set
        obligationVerbs = read("obligation-verbs").set
        failureVerbs = read("failure-verbs").set
        relativePronouns = read("relative-pronouns").set
        attributionOpeners = read("attribution-openers").set
        sourcePhraseStarts = read("source-phrase-starts").set
        sourcePhraseEnds = read("source-phrase-ends").set
        supportVerbs = read("support-verbs").set
        peacekeepingWords = read("peacekeeping-words").set
        nounPartnerLinks = read("noun-partner-links").set
        frontedTimeWords = read("fronted-time-words").set
        deeds = read("deeds").set
        forceDeeds = read("force-deeds").set
        mutualForceVerbs = read("mutual-force-verbs").set
        participleAdverbs = read("participle-adverbs").set
        topicVerbs = read("topic-verbs").set
        joiningWords = read("joining-words").set
        collectives = read("collectives").set
        ownerAgents = read("owner-agents").set
        objectBarriers = read("object-barriers").set
        nominativePronouns = read("nominative-pronouns").set
        relativeAdverbs = read("relative-adverbs").set
        rangeJoiners = read("range-joiners").set
        demandBarriers = read("demand-barriers").set
        objectControl = read("object-control-verbs").set
        namingVerbs = read("naming-verbs").set
        coordinationBarriers = read("coordination-barriers").set
        openerBarriers = read("opener-barriers").set
        coordinators = read("coordinators").set
        appealBarriers = read("appeal-barriers").set
        intentNouns = read("intent-nouns").set
        plannedNouns = read("planned-nouns").set
        amountWords = read("amount-words").set
        currencyWords = read("currency-words").set
        transferGapStops = read("transfer-gap-stops").set
        gapClauseStops = read("gap-clause-stops").set
        compass = read("compass-adjectives").set
        narrativeBreaks = read("narrative-breaks").set
        narrativeDepartures = read("narrative-departures").set
        obligation = read("obligation-phrases").phrases
    }
}
