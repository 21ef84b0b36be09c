/// Splits a line of prose into sentences, surviving the abbreviations, initials and quotes of news.
public struct SentenceSplitter: Sendable {
    /// Creates a splitter knowing the abbreviations and sentence starters of `words`.
    public init(words: TextWords = StageWords.standard.text) {
        v = Vocabulary(abbreviations: words.abbreviations, sentenceStarters: words.sentenceStarters)
    }

    private static let dot = Word("."), bang = Word("!"), question = Word("?"), ellipsis = Word("..."), no = Word("no"),
        comma = Word(","), semicolon = Word(";")
    /// Marks a sentence end takes along: closing quotes and brackets.
    private static let closers: [Word] = ["\"", "'", ")", "]", "."].map(Word.init)
    /// Marks that may open a sentence.
    private static let openers: [Word] = ["\"", "'", "(", "["].map(Word.init)

    /// The statics and word lists the splitter reads, copied once when it is made: each read of a static goes through `swift_once`
    /// (an opaque call that also makes Swift copy the token it is compared with), at every line and token.
    private struct Vocabulary {
        let dot = SentenceSplitter.dot, bang = SentenceSplitter.bang, question = SentenceSplitter.question,
            ellipsis = SentenceSplitter.ellipsis, no = SentenceSplitter.no, comma = SentenceSplitter.comma,
            semicolon = SentenceSplitter.semicolon
        let closers = SentenceSplitter.closers, openers = SentenceSplitter.openers
        let abbreviations: WordSet, sentenceStarters: WordSet
    }
    private let v: Vocabulary

    /// Token ranges of the sentences in `range` of `tokens`.
    public func split(_ tokens: [Token], _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        forEachSentence(tokens, range) { result.append($0) }
        return result
    }

    /// Calls `body` with the token range of each sentence in `range` of `tokens`, in order (no array per line).
    @inline(__always)
    func forEachSentence(_ tokens: [Token], _ range: Range<Int>, _ body: (Range<Int>) -> Void) {
        let (dot, bang, question, ellipsis) = (v.dot, v.bang, v.question, v.ellipsis)
        // Read through a buffer pointer: indexing the array checks bounds and retains it at every token.
        tokens.withUnsafeBufferPointer { tokens in
            var start = range.lowerBound
            var i = range.lowerBound
            while i < range.upperBound {
                // Most tokens are words that end nothing (no mark, no final full stop): they are passed over in a loop
                // of their own, which keeps its variables in registers.
                while i < range.upperBound, tokens[i].kind != .punct, !tokens[i].endsWithDot { i += 1 }
                if i >= range.upperBound { break }
                var isEnd = false
                if tokens[i].kind == .punct,
                    tokens[i].is(dot) || tokens[i].is(bang) || tokens[i].is(question) || tokens[i].is(ellipsis)
                {
                    isEnd = true
                    if tokens[i].is(dot), i > start {
                        let prev = i - 1
                        if tokens[prev].kind == .word, !tokens[i].spaceBefore {
                            if v.abbreviations.contains(tokens[prev]) {
                                // "No. 3" goes on; "said no." ends.
                                isEnd =
                                    tokens[prev].is(v.no)
                                    && !(i + 1 < range.upperBound && tokens[i + 1].kind == .number)
                            } else if tokens[prev].isCapitalized, isOneCharacter(tokens[prev]) {
                                isEnd = false  // an initial: "John F. Kennedy"
                            }
                        }
                    }
                } else if tokens[i].kind == .word, tokens[i].endsWithDot,
                    isASCII(tokens[i]) || tokens[i].norm.hasSuffix("."),
                    isASCII(tokens[i]) || tokens[i].norm.contains(".")
                {
                    // (The byte test first: a word whose last byte is not a full stop cannot end in one; in an ASCII word
                    // that last byte is its last Character, so the String tests are needed only for other scripts.)
                    // "U.S." may end a sentence only when a sentence-starting word follows.
                    if i + 1 < range.upperBound {
                        isEnd = tokens[i + 1].isCapitalized && v.sentenceStarters.contains(tokens[i + 1])
                    }
                }
                if isEnd {
                    // Take closing quotes and brackets along.
                    var j = i + 1
                    while j < range.upperBound, tokens[j].kind == .punct, !tokens[j].spaceBefore,
                        v.closers.contains(where: { tokens[j].is($0) })
                    { j += 1 }
                    if j >= range.upperBound {
                        i = j
                        break
                    }
                    let startsSentence =
                        tokens[j].isCapitalized || tokens[j].kind == .number
                        || (tokens[j].kind == .punct && v.openers.contains(where: { tokens[j].is($0) }))
                    if startsSentence {
                        bounded(start..<j, tokens, body)
                        start = j
                        i = j
                        continue
                    }
                }
                i += 1
            }
            if start < range.upperBound { bounded(start..<range.upperBound, tokens, body) }
        }
    }

    /// The most tokens a sentence holds. A run of text with no sentence end (a list or a table run into one line, or
    /// input made to be slow) is cut into pieces of at most this many, so the stages' work on each sentence, and the
    /// evidence each event repeats, stay bounded: one 400 KB run took 4 s where the same text in sentences took 0.3.
    /// The longest sentences of edited prose are a few hundred words; news sentences rarely pass a hundred.
    static let maxTokens = 500

    /// Calls `body` with the sentence, or with pieces of it of at most `maxTokens` tokens, each cut after the last
    /// comma or semicolon of its final fifth where there is one.
    @inline(__always)
    private func bounded(_ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, _ body: (Range<Int>) -> Void) {
        let limit = SentenceSplitter.maxTokens
        var start = sentence.lowerBound
        while sentence.upperBound - start > limit {
            var cut = start + limit
            var k = cut - 1
            while k > start + limit * 4 / 5,
                !(tokens[k].kind == .punct && (tokens[k].is(v.comma) || tokens[k].is(v.semicolon)))
            {
                k -= 1
            }
            if k > start + limit * 4 / 5 { cut = k + 1 }
            body(start..<cut)
            start = cut
        }
        body(start..<sentence.upperBound)
    }

    /// Whether a token's norm is the lowercased copy of all-ASCII text (as many bytes as scalars, and as many in the
    /// norm), so one byte per Character. A norm rewritten since ("wo" -> "will") is left to the String tests.
    @inline(__always) private func isASCII(_ token: Token) -> Bool {
        let bytes = token.byteEnd - token.byteStart
        return bytes == token.end - token.start && bytes == token.norm.utf8.count
    }

    /// `token.norm.count == 1` without counting Characters in the ASCII case.
    @inline(__always) private func isOneCharacter(_ token: Token) -> Bool {
        isASCII(token) ? token.norm.utf8.count == 1 : token.norm.count == 1
    }
}
