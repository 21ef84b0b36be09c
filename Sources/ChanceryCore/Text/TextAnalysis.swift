/// A document's text layer: tokens, classified lines and sentences, all with scalar offsets.
public struct TextAnalysis: Sendable {
    /// Every token of the document, in order.
    public var tokens: [Token]
    /// Physical lines.
    public var lines: [Tokenizer.Line]
    /// What each line is (parallel to `lines`).
    public var lineKinds: [LineKind]
    /// The headline (index -1) if any, then body sentences 0, 1, ...
    public var sentences: [Sentence]

    /// The body sentences without the headline.
    public var bodySentences: ArraySlice<Sentence> { sentences.drop { $0.index < 0 } }
}

/// Runs the text layer: tokenizer, line classifier and sentence splitter.
public struct TextAnalyzer: Sendable {
    let tokenizer = Tokenizer()
    let classifier: LineClassifier
    let splitter: SentenceSplitter

    /// Creates an analyzer reading the text layer's lists of `words` (the built-in ones by default).
    public init(words: TextWords = StageWords.standard.text) {
        classifier = LineClassifier(words: words)
        splitter = SentenceSplitter(words: words)
    }

    /// Tokenizes a document, keeps non-prose lines out and splits the prose into sentences.
    public func analyze(_ document: Document) -> TextAnalysis {
        let (tokens, lines) = tokenizer.tokenize(document.text)
        var kinds: [LineKind] = []
        kinds.reserveCapacity(lines.count)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokens.count / 16 + 4)  // news sentences run to twenty-odd tokens
        var index = 0
        for line in lines {
            let slice = tokens[line.tokens]
            if slice.isEmpty {
                kinds.append(.empty)
                continue
            }
            if line.span.end <= document.bodyStart {
                if let title = document.titleSpan, line.span.start < title.end, line.span.end > title.start {
                    kinds.append(.headline)
                    sentences.append(Sentence(index: -1, span: spanOf(tokens, line.tokens), tokens: line.tokens))
                } else {
                    kinds.append(.dateLine)
                }
                continue
            }
            let kind = classifier.classify(slice)
            kinds.append(kind)
            guard kind == .prose else { continue }
            splitter.forEachSentence(tokens, line.tokens) { range in
                sentences.append(Sentence(index: index, span: spanOf(tokens, range), tokens: range))
                index += 1
            }
        }
        return TextAnalysis(tokens: tokens, lines: lines, lineKinds: kinds, sentences: sentences)
    }

    private func spanOf(_ tokens: [Token], _ range: Range<Int>) -> Span {
        Span(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
    }
}
