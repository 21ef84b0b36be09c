/// Finds and resolves every actor mention of a document: lexicon and titles, then coreference
/// (surnames, "the Russian leader", he/she, unqualified titles of the issuing government).
///
/// `resolve` runs the rules in order, one sentence at a time; each rule lives in a file of its own:
/// `LineMentions` (finding), `IssuerInference`, `StandIns` and `Plurals` (mentions added for pronouns and
/// plural phrases), `PersonResolution`, `Speaker` and `Coreference` (what one sentence tells the next).
public struct ActorResolver: Sendable {
    /// The mention finder (and through it the lexicon).
    public let finder: MentionFinder

    /// `finder.lexicon.surnames` filed by `WordKey`: most words looked up there are in no entry, and hashing each
    /// with SipHash for the dictionary cost more than the rest of the look-up.
    let surnames: WordMap<[ActorEntry]>

    /// Creates a resolver.
    public init(finder: MentionFinder) {
        self.finder = finder
        var surnames = WordMap<[ActorEntry]>(capacity: finder.lexicon.surnames.count)
        for (surname, entries) in finder.lexicon.surnames { surnames.set(surname, entries) }
        self.surnames = surnames
    }

    /// Mentions per sentence (parallel to `analysis.sentences`), resolved across the document; `inferIssuer` false
    /// for a phrase alone, which is no text to tell its issuer by ("the Defense Minister" is nobody's known).
    public func resolve(_ document: Document, _ analysis: TextAnalysis, bytes: [UInt8], inferIssuer: Bool = true)
        -> [[Mention]]
    {
        resolve(document, analysis, bytes: bytes, inferIssuer: inferIssuer) { () throws(Never) in }
    }

    /// `resolve`, calling `check` before each sentence so that a deadline can stop it.
    func resolve<E: Error>(
        _ document: Document, _ analysis: TextAnalysis, bytes: [UInt8], inferIssuer: Bool = true,
        between check: () throws(E) -> Void
    ) throws(E) -> [[Mention]] {
        let text = DocumentText(tokens: analysis.tokens, bytes: bytes, year: document.date?.year)
        var coreference = Coreference(registry: PersonRegistry(honorifics: finder.words.honorifics))
        var lines = LineMentions(finder, analysis, text, learningInto: &coreference.registry)
        // Inferring the issuer reads every token: only worth it when some "The President" needs one.
        let issuer = IssuerInference.of(
            document, text.tokens, lines.byLine, finder.words, needed: inferIssuer && lines.needsIssuer)
        var cues = CueMarks(tokenCount: text.tokens.count, finder.words)
        var result: [[Mention]] = []
        result.reserveCapacity(analysis.sentences.count)
        for s in analysis.sentences.indices {
            try check()
            let sentence = analysis.sentences[s].tokens
            cues.mark(sentence, text.tokens)
            var found =
                lines.take(sentence: s, of: analysis.sentences, roomForStandIns: cues.inSentence != 0)
                ?? finder.find(text.tokens, sentence, bytes: bytes, year: text.year)
            addStandIns(&found, sentence, text, cues, coreference)
            resolveMentions(&found, text, issuer: issuer, &coreference)
            coreference.detectSpeaker(found, sentence, text.tokens, statementWords: finder.words.statementWords)
            coreference.learn(from: found, sentence, text.tokens)
            result.append(found)
        }
        ActorResolver.placeSectorGroups(&result, text.tokens, allegiance: finder.words.allegiance)
        return result
    }

    /// Adds the mentions that words standing for an actor make (pronouns, "I" in a transcript, "it" after
    /// "said", plural phrases), each for the actor it stands for, or unresolved for `resolveMentions`.
    func addStandIns(
        _ found: inout [Mention], _ sentence: Range<Int>, _ text: DocumentText, _ cues: CueMarks,
        _ coreference: Coreference
    ) {
        ActorResolver.addPronouns(&found, sentence, text, cues)
        ActorResolver.addSpeakerFirstPerson(&found, sentence, text, cues, speaker: coreference.speaker)
        ActorResolver.addAttributedFirstPerson(&found, sentence, text, finder.words.speechVerbs)
        ActorResolver.addSpeechIt(&found, sentence, text, cues, finder.words.speechVerbs)
        ActorResolver.addPlurals(&found, sentence, text, cues, coreference, finder.words.pluralsByFirst)
    }

    /// Whether a country at `i` closes a place name: "in Suruç, Turkey" is where, not who (`locative`: the finder's).
    static func followsPlace(_ tokens: [Token], _ i: Int, _ lineStart: Int, _ locative: WordSet) -> Bool {
        guard i - 2 >= lineStart, tokens[i - 1].norm == "," else { return false }
        var k = i - 2
        var words = 0
        while k >= lineStart, words < 3, tokens[k].kind == .word, tokens[k].isCapitalized {
            k -= 1
            words += 1
        }
        return words > 0 && k >= lineStart && locative.contains(tokens[k])
    }

    /// Whether `found[k]` is part of a story's dateline, where it was filed and who sent it, and no actor: a place in
    /// capitals that opens the line before a dash, a parenthesis or a comma ("BOGOTA (AP) --", "CAIRO --"), the state
    /// after its comma and the agency in parentheses after either ("BOGOTA, Colombia (AP) --").
    static func isDateline(_ found: [Mention], _ k: Int, _ tokens: [Token], _ line: Range<Int>) -> Bool {
        let m = found[k].tokens
        if k > 0, m.lowerBound >= 2, ["(", ","].contains(tokens[m.lowerBound - 1].norm),
            found[k - 1].tokens.upperBound == m.lowerBound - 1, found[k - 1].kind == .state,
            tokens[m.lowerBound - 1].norm == "," ? found[k].kind == .state : found[k].kind == .media,
            isDateline(found, k - 1, tokens, line)
        {
            return true
        }
        guard found[k].kind == .state, m.lowerBound == line.lowerBound, m.upperBound < line.upperBound,
            m.allSatisfy({ tokens[$0].kind != .word || tokens[$0].isAllCaps })
        else { return false }
        return ["--", "—", "–", "-", "(", ","].contains(tokens[m.upperBound].norm)
    }

    /// Whether one of `found` covers token `i`: a rule adds no mention where one already is.
    static func covers(_ found: [Mention], _ i: Int) -> Bool { found.contains { $0.tokens.contains(i) } }
}

/// A document's tokens and bytes and its year, which the resolver's rules read.
struct DocumentText {
    /// Every token of the document.
    let tokens: [Token]
    /// The document's text as UTF-8.
    let bytes: [UInt8]
    /// The year of the document's date, for the lexicon's office spells.
    let year: Int?

    /// Tokens `first` through `last` as written.
    func string(_ first: Int, through last: Int) -> String {
        TextSlice.string(bytes, from: tokens[first].byteStart, to: tokens[last].byteEnd)
    }

    /// `actor` written as the one-word pronoun at token `i` ("I", "it").
    func standIn(for actor: Mention, at i: Int) -> Mention {
        var m = actor
        m.tokens = i..<(i + 1)
        m.span = tokens[i].span
        m.text = string(i, through: i)
        return m
    }
}
