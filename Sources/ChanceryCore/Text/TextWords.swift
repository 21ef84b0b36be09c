/// The word lists of the text layer (where sentences end, which lines are furniture), read once with the lexicons.
public struct TextWords: Sendable {
    /// `abbreviations.txt`.
    let abbreviations: WordSet
    /// `sentence-starters.txt`.
    let sentenceStarters: WordSet
    /// `navigation-lines.txt`: whole lines, words joined by single spaces.
    let navigationLines: WordSet
    /// The most words a line of `navigationLines` has: longer lines need not be joined to be compared.
    let navigationLineMaxWords: Int
    /// `navigation-starts.txt`, each phrase as its words.
    let navigationStarts: [[String]]
    /// `credit-words.txt`.
    let creditWords: WordSet

    /// Reads the lists from `read`, which reports those missing.
    public init(_ read: inout WordListReader) {
        abbreviations = read("abbreviations").set
        sentenceStarters = read("sentence-starters").set
        let lines = read("navigation-lines")
        navigationLines = lines.set
        navigationLineMaxWords = lines.phrases.map(\.count).max() ?? 0
        navigationStarts = read("navigation-starts").phrases
        creditWords = read("credit-words").set
    }
}
