import Foundation

/// Everything the pipeline loads once: lexicons, verb patterns, the CAMEO table, the gazetteer, the word lists.
public struct Resources: Sendable {
    /// Actor dictionaries.
    public let lexicon: ActorLexicon
    /// Verb patterns and cues.
    public let verbs: VerbLexicon
    /// CAMEO facts.
    public let cameo: CameoTable
    /// Places.
    public let gazetteer: Gazetteer
    /// The stages' word lists (`en/words/*.txt`).
    public let words: StageWords
    /// The tagger and parser, read from disk on first use.
    public let syntax: SyntaxModelLoader

    /// Loads every resource the locator finds.
    public init(locator: ResourceLocator = ResourceLocator()) {
        words = StageWords(WordLists(locator: locator))
        lexicon = ActorLexicon(locator: locator, words: words.actors)
        verbs = VerbLexicon(locator: locator, words: words.coding)
        cameo = CameoTable(locator: locator)
        gazetteer = Gazetteer(locator: locator)
        syntax = SyntaxModelLoader(locator: locator)
    }

    /// Problems found in resource files (bad rows are skipped).
    public var problems: [TSVFile.Problem] {
        lexicon.problems + verbs.problems + cameo.problems + gazetteer.problems + words.problems
    }
}

/// What the pipeline makes of one document.
public struct CodedDocument: Sendable {
    /// The document.
    public var document: Document
    /// Text layer.
    public var analysis: TextAnalysis
    /// Resolved actor mentions per sentence.
    public var mentions: [[Mention]]
    /// Time expressions per sentence.
    public var times: [[TimeExpression]]
    /// Coded events.
    public var events: [Event]
}

/// Document in, events out: the stages run in order as pure functions of their inputs.
public struct Pipeline: Sendable {
    /// The loaded resources.
    public let resources: Resources
    let analyzer: TextAnalyzer
    let resolver: ActorResolver
    let tagger: TimeTagger
    let coder: EventCoder

    /// Creates a pipeline over loaded resources; with a syntax model, the coder reads a parse of the sentences that
    /// need one (`EventCoder.syntax`).
    public init(resources: Resources, syntax: SyntaxModel? = nil) {
        self.resources = resources
        analyzer = TextAnalyzer(words: resources.words.text)
        tagger = TimeTagger(words: resources.words.time)
        resolver = ActorResolver(finder: MentionFinder(lexicon: resources.lexicon, words: resources.words.actors))
        coder = EventCoder(
            verbs: resources.verbs, cameo: resources.cameo, gazetteer: resources.gazetteer, lexicon: resources.lexicon,
            words: resources.words.coding, syntax: syntax)
    }

    /// Runs every stage on a document.
    public func run(_ document: Document) -> CodedDocument { stages(document) { () throws(Never) in } }

    /// Runs every stage on a document, checking the deadline between sentences: throws once it has passed.
    public func run(_ document: Document, deadline: Deadline) throws(DeadlinePassed) -> CodedDocument {
        try stages(document) { () throws(DeadlinePassed) in try deadline.check() }
    }

    /// The stages in order, calling `check` between them and before each sentence of the per-sentence ones.
    func stages<E: Error>(_ given: Document, between check: () throws(E) -> Void) throws(E) -> CodedDocument {
        var document = given
        let bytes = Array(document.text.utf8)
        let analysis = analyzer.analyze(document)
        // A text that carries no date but opens with a dateline ("WASHINGTON, April 11, 2024") is dated by it: its
        // offices, relative dates and events then resolve as in a dated one.
        if document.date == nil { document.date = dateline(analysis, bytes: bytes) }
        try check()
        let mentions = try resolver.resolve(document, analysis, bytes: bytes, between: check)
        let reference = document.date
        var tagged: [[TimeExpression]] = []
        tagged.reserveCapacity(analysis.sentences.count)
        for sentence in analysis.sentences {
            try check()
            tagged.append(tagger.tag(analysis.tokens, sentence.tokens, bytes: bytes, reference: reference))
        }
        let times = tagger.anchor(tagged, tokens: analysis.tokens, reference: reference)
        let events = try coder.code(
            document, analysis, mentions: mentions, times: times, bytes: bytes, between: check)
        return CodedDocument(document: document, analysis: analysis, mentions: mentions, times: times, events: events)
    }

    /// Every time expression of a document, in all its non-furniture lines (the headline and dateline included).
    public func times(_ document: Document) -> [TimeExpression] {
        let bytes = Array(document.text.utf8)
        let analysis = analyzer.analyze(document)
        let reference = document.date ?? dateline(analysis, bytes: bytes)
        var lines: [[TimeExpression]] = []
        for (i, line) in analysis.lines.enumerated() where analysis.lineKinds[i] != .dateLine && !line.tokens.isEmpty {
            lines.append(tagger.tag(analysis.tokens, line.tokens, bytes: bytes, reference: reference))
        }
        return tagger.anchor(lines, tokens: analysis.tokens, reference: reference).flatMap { $0 }
    }

    /// A full date opening one of the text's first three lines ("March 01, 2008", "WASHINGTON, April 11, 2024 —"), to
    /// resolve against when the publication date is unknown. Only a city in capitals may stand before it, so that a
    /// first sentence "On March 3, 2020, ..." tells of an event, not when the text was written.
    func dateline(_ analysis: TextAnalysis, bytes: [UInt8]) -> Day? {
        let tokens = analysis.tokens
        for line in analysis.lines.lazy.filter({ !$0.tokens.isEmpty }).prefix(3) {
            let head = line.tokens.lowerBound..<min(line.tokens.upperBound, line.tokens.lowerBound + 8)
            for t in tagger.tag(tokens, head, bytes: bytes, reference: nil) where t.kind == .date {
                let opening = tokens[head.lowerBound..<max(head.lowerBound, min(t.tokens.lowerBound, head.upperBound))]
                guard opening.allSatisfy({ $0.kind == .punct || $0.isAllCaps }) else { break }
                if let day = Day(iso: t.value) { return day }
            }
        }
        return nil
    }

    /// Resolves a phrase with the actor lexicon as `chancery resolve` does.
    public func resolve(_ phrase: String, year: Int?) -> Mention? {
        let document = Document(id: "phrase", text: phrase, date: year.map { Day(year: $0, month: 7, day: 1) })
        let bytes = Array(phrase.utf8)
        let analysis = analyzer.analyze(Document(id: "phrase", text: phrase))
        let tokens = analysis.tokens
        guard !tokens.isEmpty else { return nil }
        let found = resolver.finder.find(tokens, 0..<tokens.count, bytes: bytes, year: year)
        // Resolve through the document machinery so surnames and "the Kremlin" behave as in coding.
        // A lone phrase is prose, whatever the line classifier makes of two capitalised words.
        let resolved = resolver.resolve(
            document,
            TextAnalysis(
                tokens: tokens, lines: analysis.lines,
                lineKinds: Array(repeating: .prose, count: analysis.lines.count),
                sentences: [Sentence(index: 0, span: Span(start: 0, end: tokens.last!.end), tokens: 0..<tokens.count)]),
            bytes: bytes, inferIssuer: false)
        let candidates = (resolved.first ?? []).filter { !$0.country.isEmpty }
        // "police", "the Defense Minister": a role without a country stays without one rather than guess it.
        // A title nothing resolved ("the Defense Minister" with no issuer) is dropped from `resolved`: `found` has it.
        let roles = ((resolved.first ?? []) + found).filter { $0.isSectorGroup || !$0.role.isEmpty }
        let best =
            candidates.max { $0.tokens.count < $1.tokens.count } ?? found.first { !$0.country.isEmpty }
            ?? roles.max { $0.tokens.count < $1.tokens.count }
        guard var mention = best, mention.actor.isEmpty else { return best }
        mention.actor = mention.title  // an unresolved title names its office, not a person
        return mention
    }
}
