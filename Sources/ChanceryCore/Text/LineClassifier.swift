/// Recognises lines that are not article prose: captions, credits, bylines, counters, navigation.
///
/// Decisions rest on the shape of a line (separators, a trailing credit, no sentence punctuation),
/// plus a short list of site phrases, so that they carry over to sites not seen before.
public struct LineClassifier: Sendable {
    /// The statics and word lists the tests read, copied once when a classifier is made: each read of a static goes
    /// through `swift_once`, and `classify` runs at every line.
    private struct Vocabulary {
        let dot = LineClassifier.dot, bang = LineClassifier.bang, question = LineClassifier.question,
            quote = LineClassifier.quote, pipe = LineClassifier.pipe, slash = LineClassifier.slash,
            by = LineClassifier.by,
            and = LineClassifier.and, loading = LineClassifier.loading
        /// `navigation-lines.txt`, and the most tokens in one of its lines: a longer line cannot be one, so its
        /// tokens are never joined.
        let navigationLines: WordSet, navigationLineMaxWords: Int
        /// `navigation-starts.txt` as words compared by key, and their first words: most lines start with none.
        let navigationStartWords: [[Word]], navigationStartFirsts: WordSet
        /// `credit-words.txt`.
        let creditWords: WordSet
    }
    private let v: Vocabulary

    /// Creates a classifier knowing the site phrases and credit words of `words`.
    public init(words: TextWords = StageWords.standard.text) {
        v = Vocabulary(
            navigationLines: words.navigationLines, navigationLineMaxWords: words.navigationLineMaxWords,
            navigationStartWords: words.navigationStarts.map { $0.map(Word.init) },
            navigationStartFirsts: WordSet(words.navigationStarts.map { $0[0] }), creditWords: words.creditWords)
    }
    private static let dot = Word("."), bang = Word("!"), question = Word("?"), quote = Word("\""), pipe = Word("|"),
        slash = Word("/"), by = Word("by"), and = Word("and"), loading = Word("loading")

    /// Classifies one body line from its tokens.
    ///
    /// The tests below read tokens by index in one pass: iterating a slice's elements copies each token.
    public func classify(_ tokens: ArraySlice<Token>) -> LineKind {
        guard let first = tokens.first else { return .empty }
        var hasPipe = false
        var hasEndPunct = false
        let (dot, bang, question, quote, pipe) = (v.dot, v.bang, v.question, v.quote, v.pipe)
        var marks = 0
        var stops = 0  // punctuation tokens, and those of them that are "." or "!"
        tokens.withUnsafeBufferPointer { line in
            let n = line.count
            var k = 0
            while k < n {
                // The marks are all punctuation tokens: words are passed over in a loop of their own (which keeps its
                // two variables in registers), and are counted from the marks.
                while k < n, line[k].kind != .punct { k += 1 }
                if k == n { break }
                marks += 1
                let isDot = line[k].is(dot)
                let isBang = line[k].is(bang)
                if isDot || isBang { stops += 1 }
                if isDot || isBang || line[k].is(question) || line[k].is(quote) { hasEndPunct = true }
                if line[k].is(pipe) { hasPipe = true }
                k += 1
            }
        }
        let words = tokens.count - marks
        let kept = tokens.count - stops
        // Numbers and "loading" matter only on lines of a few words, so only those are searched for them.
        let hasNumber = words <= 4 && tokens.contains { $0.kind == .number }
        let hasLoading = words <= 3 && tokens.contains { $0.is(v.loading) }
        if kept <= v.navigationLineMaxWords {
            let joined = tokens.filter { !$0.is(v.dot) && !$0.is(v.bang) }.map(\.norm).joined(separator: " ")
            if v.navigationLines.contains(joined) { return .navigation }
        }
        if v.navigationStartFirsts.contains(first) {
            for start in v.navigationStartWords
            where start.count <= tokens.count
                && start.indices.allSatisfy({ tokens[tokens.startIndex + $0].is(start[$0]) })
            { return .navigation }
        }
        // "Viewed 7223times", "1,234 views".
        if words <= 4, hasNumber,
            tokens.indices.contains(where: { tokens[$0].norm.hasPrefix("view") || tokens[$0].norm.hasSuffix("times") })
        {
            return .navigation
        }
        if words <= 3, hasLoading { return .navigation }
        // Bylines and datelines: "Reuters | Washington DC | Updated: ...", "By Jane Doe".
        if hasPipe { return .byline }
        if first.is(v.by), words <= 6,
            tokens.indices.dropFirst().allSatisfy({
                tokens[$0].kind == .punct || tokens[$0].isCapitalized || tokens[$0].is(v.and)
            })
        {
            return .byline
        }
        // Captions: a line whose last sentence is a credit made of agency words and slashes.
        if let credit = trailingCredit(tokens), credit < tokens.endIndex {
            let creditTokens = tokens[credit...]
            let hasSlashOrCaps =
                creditTokens.contains { $0.is(v.slash) }
                || creditTokens.allSatisfy { $0.isAllCaps || $0.kind == .punct }
            if hasSlashOrCaps { return .caption }
        }
        // A short line without any sentence punctuation and no verb-like length is a label, not prose.
        if !hasEndPunct, words <= 3 { return .navigation }
        return .prose
    }

    /// Start of a trailing credit ("EPA / TASS") after the last full stop, if the tail is all credit words.
    private func trailingCredit(_ tokens: ArraySlice<Token>) -> Int? {
        let (slash, creditWords) = (v.slash, v.creditWords)
        guard let dot = tokens.lastIndex(where: { $0.is(v.dot) }) else {
            // A credit alone on its own line: "EPA / TASS".
            if tokens.contains(where: { $0.is(slash) }),
                tokens.allSatisfy({ creditWords.contains($0) || $0.isAllCaps || $0.isCapitalized || $0.kind == .punct }
                ),
                tokens.count <= 8
            {
                return tokens.startIndex
            }
            return nil
        }
        let tail = tokens[(dot + 1)...]
        // A credit names someone: a tail of marks alone is the closing quote of prose ("... the crisis.”").
        guard !tail.isEmpty, tail.count <= 8, tail.contains(where: { $0.kind != .punct }) else { return nil }
        let allCredit = tail.allSatisfy {
            creditWords.contains($0) || $0.isAllCaps || $0.kind == .punct
                || ($0.isCapitalized && tail.contains(where: { $0.is(slash) }))
        }
        return allCredit ? dot + 1 : nil
    }
}
