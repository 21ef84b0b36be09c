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
    /// The mentions of line `pendingLine`, each nil once a sentence has taken it.
    private var pending: [Mention?] = [], pendingLine = -1
    /// The first mention of `pending` that a later sentence may take.
    private var next = 0

    /// Finds the mentions of every line of `analysis`, and learns the people they name into `registry`.
    init(
        _ finder: borrowing MentionFinder, _ analysis: TextAnalysis, _ text: DocumentText,
        learningInto registry: inout PersonRegistry
    ) {
        lines = analysis.lines
        byLine.reserveCapacity(lines.count)
        var scratch = MentionFinder.Scratch()
        for (index, line) in lines.enumerated() {
            let kind = analysis.lineKinds[index]
            guard kind == .caption || kind == .prose || kind == .headline else {
                byLine.append([])
                continue
            }
            let found = LineMentions.find(finder, line.tokens, text, &scratch)
            LineMentions.learnPeople(found, into: &registry)
            if kind == .caption {
                byLine.append([])
                continue
            }
            if !needsIssuer { needsIssuer = found.contains { $0.isUnqualifiedTitle } }
            byLine.append(found)
        }
    }

    /// The mentions of one line, with the states that close a place name ("in Suruç, Turkey") marked locative.
    static func find(
        _ finder: borrowing MentionFinder, _ line: Range<Int>, _ text: DocumentText,
        _ scratch: inout MentionFinder.Scratch
    ) -> [Mention] {
        var found = finder.find(text.tokens, line, bytes: text.bytes, year: text.year, scratch: &scratch)
        for k in found.indices where !found[k].isLocative {
            if ActorResolver.isDateline(found, k, text.tokens, line) {
                found[k].isDateline = true
                found[k].isLocative = true
            } else if found[k].kind == .state {
                found[k].isLocative = ActorResolver.followsPlace(
                    text.tokens, found[k].tokens.lowerBound, line.lowerBound, finder.locativeSet)
            }
        }
        return found
    }

    /// Learns the people of a line that are named with a country, for later mentions by surname or title.
    static func learnPeople(_ found: [Mention], into registry: inout PersonRegistry) {
        // By index here and below: `for m in found` copies every mention before testing it.
        for k in found.indices
        where found[k].kind == .person && !found[k].country.isEmpty && !found[k].isBareName
            && !found[k].actor.isEmpty
        {
            let form = registry.form(found[k].actor)
            registry.learn(found[k], form: form)
        }
    }

    /// The mentions of sentence `s` taken from its line, in order; nil when the sentence is on no line.
    /// `roomForStandIns`: the sentence has cue words, so rules may add mentions to the list.
    ///
    /// Sentences come in order, and a line's mentions are in order of their first token, so each sentence takes a
    /// run of the line's list from where the last one stopped: a line of a megabyte costs what its sentences do,
    /// where searching the whole list for every sentence made it quadratic.
    mutating func take(sentence s: Int, of sentences: [Sentence], roomForStandIns: Bool) -> [Mention]? {
        let sentence = sentences[s].tokens
        while line < lines.count, lines[line].tokens.upperBound < sentence.upperBound { line += 1 }
        guard line < byLine.count else { return nil }
        if pendingLine != line { startPending(line) }
        // A mention that starts before this sentence straddled an earlier sentence's end: no sentence holds it.
        while next < pending.count, pending[next].map({ $0.tokens.lowerBound < sentence.lowerBound }) ?? true {
            next += 1
        }
        var end = next
        while end < pending.count, pending[end].map({ $0.tokens.lowerBound < sentence.upperBound }) ?? true { end += 1 }
        var found: [Mention] = []
        // Room for the stand-ins the rules add, so appending them does not grow the list.
        if end > next || roomForStandIns { found.reserveCapacity(end - next + 4) }
        for k in next..<end where pending[k].map({ $0.tokens.upperBound <= sentence.upperBound }) ?? false {
            // Moved out, not copied: the sentence then holds the only copy, and resolving it does not copy its strings.
            if let mention = pending[k].take() { found.append(mention) }
        }
        next = end
        return found
    }

    /// Makes line `index`'s mentions the pending list, in order of their first token.
    private mutating func startPending(_ index: Int) {
        var list = byLine[index]
        byLine[index] = []
        if !list.indices.dropFirst().allSatisfy({ list[$0 - 1].tokens.lowerBound <= list[$0].tokens.lowerBound }) {
            // Ties keep their order: the finder's order of two mentions at one token is the order the rules read them.
            let order = list.indices.sorted { (list[$0].tokens.lowerBound, $0) < (list[$1].tokens.lowerBound, $1) }
            list = order.map { list[$0] }
        }
        pending = list.map { $0 }
        pendingLine = index
        next = 0
    }
}
