/// The mentions of a document found once per line, then handed to the line's sentences in order.
///
/// Every line that is not furniture is read, captions included, to learn people: a caption often is the only
/// place that says who a person is ("French diplomatic adviser Emmanuel Bonne"). A sentence takes its mentions
/// out of its line's list, so that it holds the only copy of each and resolving one does not copy its strings.
struct LineMentions {
    /// Each line's mentions that no sentence has taken yet (none for furniture and captions).
    private(set) var byLine: [[Mention]] = []
    /// Whether some line outside the captions has an unqualified title ("The President"), which needs an issuer.
    private(set) var needsIssuer = false
    /// The document's lines.
    private let lines: [Tokenizer.Line]
    /// The line of the sentence handed out last.
    private var line = 0
    /// The mentions of line `pendingLine` that no sentence has taken yet.
    private var pending: [Mention] = [], pendingLine = -1

    /// Finds the mentions of every line of `analysis`, and learns the people they name into `registry`.
    init(_ finder: borrowing MentionFinder, _ analysis: TextAnalysis, _ text: DocumentText, learningInto registry: inout PersonRegistry) {
        lines = analysis.lines
        byLine.reserveCapacity(lines.count)
        var scratch = MentionFinder.Scratch()
        for (index, line) in lines.enumerated() {
            let kind = analysis.lineKinds[index]
            guard kind == .caption || kind == .prose || kind == .headline else { byLine.append([]); continue }
            let found = LineMentions.find(finder, line.tokens, text, &scratch)
            LineMentions.learnPeople(found, into: &registry)
            if kind == .caption { byLine.append([]); continue }
            if !needsIssuer { needsIssuer = found.contains { $0.isUnqualifiedTitle } }
            byLine.append(found)
        }
    }

    /// The mentions of one line, with the states that close a place name ("in Suruç, Turkey") marked locative.
    static func find(_ finder: borrowing MentionFinder, _ line: Range<Int>, _ text: DocumentText,
                     _ scratch: inout MentionFinder.Scratch) -> [Mention] {
        var found = finder.find(text.tokens, line, bytes: text.bytes, year: text.year, scratch: &scratch)
        for k in found.indices where found[k].kind == .state && !found[k].isLocative {
            found[k].isLocative = ActorResolver.followsPlace(text.tokens, found[k].tokens.lowerBound, line.lowerBound, finder.locativeSet)
        }
        return found
    }

    /// Learns the people of a line that are named with a country, for later mentions by surname or title.
    static func learnPeople(_ found: [Mention], into registry: inout PersonRegistry) {
        // By index here and below: `for m in found` copies every mention before testing it.
        for k in found.indices where found[k].kind == .person && !found[k].country.isEmpty && !found[k].isBareName
            && !found[k].actor.isEmpty {
            let form = registry.form(found[k].actor)
            registry.learn(found[k], form: form)
        }
    }

    /// The mentions of sentence `s` taken from its line, in order; nil when the sentence is on no line.
    /// `roomForStandIns`: the sentence has cue words, so rules may add mentions to the list.
    mutating func take(sentence s: Int, of sentences: [Sentence], roomForStandIns: Bool) -> [Mention]? {
        let sentence = sentences[s].tokens
        while line < lines.count, lines[line].tokens.upperBound < sentence.upperBound { line += 1 }
        guard line < byLine.count else { return nil }
        if pendingLine != line {
            pending = byLine[line]
            byLine[line] = []
            pendingLine = line
        }
        func inSentence(_ m: Mention) -> Bool { sentence.contains(m.tokens.lowerBound) && m.tokens.upperBound <= sentence.upperBound }
        if s + 1 == sentences.count || lines[line].tokens.upperBound < sentences[s + 1].tokens.upperBound {
            // No later sentence reads this line: its list becomes the sentence's.
            var found: [Mention] = []
            swap(&found, &pending)
            found.removeAll { !inSentence($0) }
            return found
        }
        let count = pending.indices.count { inSentence(pending[$0]) }
        var found: [Mention] = []
        // Room for the stand-ins the rules add, so appending them does not grow the list.
        if count > 0 || roomForStandIns { found.reserveCapacity(count + 4) }
        if count > 0 {
            // One at a time: appending a lazy filter went through the generic sequence copy, at ten times the cost.
            for k in pending.indices where inSentence(pending[k]) { found.append(pending[k]) }
            pending.removeAll(where: inSentence)
        }
        return found
    }
}
