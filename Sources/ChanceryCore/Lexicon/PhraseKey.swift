/// The normalised token sequence of a lexicon phrase, tokenized exactly as documents are.
public enum PhraseKey {
    /// Tokens of a phrase in normalised form, plus whether its first letter is a capital.
    public static func of(_ phrase: String) -> (norms: [String], capital: Bool) {
        var copy = phrase
        if let words = copy.withUTF8(lettersAndSpaces) { return words }
        let (tokens, _) = Tokenizer().tokenize(phrase)
        return (tokens.map(\.norm), tokens.first?.isCapitalized ?? false)
    }

    /// The words of a phrase written only in ASCII letters and spaces, split and lowercased as the tokenizer
    /// would (each run of letters is one word token); nil for anything else. Most names are such phrases, and
    /// the resolver keys every name it meets: running the whole tokenizer cost more than the look-up it served.
    private static func lettersAndSpaces(_ b: UnsafeBufferPointer<UInt8>) -> (norms: [String], capital: Bool)? {
        var words = 0
        for k in b.indices {
            guard b[k] == 0x20 || ByteClass.isLetter(b[k]) else { return nil }
            if b[k] != 0x20, k == 0 || b[k - 1] == 0x20 { words += 1 }
        }
        var norms: [String] = []
        norms.reserveCapacity(words)
        var capital = false
        let small = SmallASCII.layoutMatches  // read once, not per word
        var i = 0
        while i < b.count {
            if b[i] == 0x20 {
                i += 1
                continue
            }
            var j = i
            while j < b.count, b[j] != 0x20 { j += 1 }
            if norms.isEmpty { capital = b[i] <= 0x5A }
            norms.append(ByteClass.normalizeKeyed(b, i, j, ascii: true, small: small).norm)
            i = j
        }
        return (norms, capital)
    }
}
