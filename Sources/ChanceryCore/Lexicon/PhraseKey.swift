/// The normalised token sequence of a lexicon phrase, tokenized exactly as documents are.
public enum PhraseKey {
    /// Tokens of a phrase in normalised form, plus whether its first letter is a capital.
    public static func of(_ phrase: String) -> (norms: [String], capital: Bool) {
        let (tokens, _) = Tokenizer().tokenize(phrase)
        return (tokens.map(\.norm), tokens.first?.isCapitalized ?? false)
    }
}
