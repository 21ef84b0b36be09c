/// Times inside the titles of films, shows and books: ``High Noon,'' "60 Minutes", ABC's "This Week".
extension TimeTagger {
    /// Whether the expression over `span` lies inside a quoted title: a quotation of two to six words, each
    /// capitalised or a number, that the expression's words are part of. A quoted sentence ("Now we see", "Next
    /// week," he said) has a word in lower case, and a one-word quote ("Today," she said) may be speech. A day's
    /// name in quotes ("Black Monday", "Super Tuesday") still names a day.
    func isQuotedTitle(_ c: Context, _ span: Range<Int>) -> Bool {
        guard c.value(c.words.weekdays, span.upperBound - 1) == nil else { return false }
        var open = span.lowerBound - 1
        while c.range.contains(open), isTitleWord(c.tokens[open]), span.upperBound - open <= 6 { open -= 1 }
        guard c.range.contains(open), isQuote(c.tokens[open]) else { return false }
        var close = span.upperBound
        if c.norm(close) == "," || c.norm(close) == "." { close += 1 }
        guard c.range.contains(close), isQuote(c.tokens[close]) else { return false }
        let words = open + 1..<span.upperBound
        return words.count >= 2 && words.allSatisfy { isTitleWord(c.tokens[$0]) }
    }

    /// A word of a title: a capitalised word or a number.
    func isTitleWord(_ t: Token) -> Bool { t.kind == .number || t.kind == .word && t.isCapitalized }

    /// A quotation mark, straight, curly (normalised to straight) or doubled as in old newswire (`` and '').
    func isQuote(_ t: Token) -> Bool {
        guard t.kind == .punct else { return false }
        let n = t.norm
        return n == "\"" || n == "'" || n == "``" || n == "''" || n == "`"
    }
}
