/// Splits a line of prose into sentences, surviving the abbreviations, initials and quotes of news.
public struct SentenceSplitter: Sendable {
    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov", "sen", "rep",
        "st", "jr", "sr", "prof", "rev", "hon", "amb", "pres", "sec", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "vs", "inc", "corp", "co", "ltd", "dept", "est", "approx", "fig", "mt",
        "ft", "gens", "brig", "cpl", "pvt", "supt", "insp", "messrs", "mme", "mlle", "no", "nos", "art", "para",
    ]
    /// Words that, capitalised after an abbreviation like "U.S.", show that a new sentence began.
    static let sentenceStarters: Set<String> = [
        "the", "he", "she", "it", "they", "we", "i", "in", "on", "but", "this", "that", "these", "those", "a", "an",
        "his", "her", "their", "its", "there", "after", "when", "while", "meanwhile", "however", "earlier", "later",
        "both", "some", "many", "at", "as", "for", "if", "since", "during",
    ]

    /// Creates a splitter.
    public init() {}

    /// Token ranges of the sentences in `range` of `tokens`.
    public func split(_ tokens: [Token], _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            var isEnd = false
            if t.kind == .punct, t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == "..." {
                isEnd = true
                if t.norm == ".", i > start {
                    let prev = tokens[i - 1]
                    if prev.kind == .word, !t.spaceBefore {
                        if SentenceSplitter.abbreviations.contains(prev.norm) {
                            // "No. 3" goes on; "said no." ends.
                            isEnd = prev.norm == "no" && !(i + 1 < range.upperBound && tokens[i + 1].kind == .number)
                        } else if prev.norm.count == 1, prev.isCapitalized {
                            isEnd = false   // an initial: "John F. Kennedy"
                        }
                    }
                }
            } else if t.kind == .word, t.norm.hasSuffix("."), t.norm.contains(".") {
                // "U.S." may end a sentence only when a sentence-starting word follows.
                if i + 1 < range.upperBound {
                    let next = tokens[i + 1]
                    isEnd = next.isCapitalized && SentenceSplitter.sentenceStarters.contains(next.norm)
                }
            }
            if isEnd {
                // Take closing quotes and brackets along.
                var j = i + 1
                while j < range.upperBound, tokens[j].kind == .punct, !tokens[j].spaceBefore,
                      ["\"", "'", ")", "]", "."].contains(tokens[j].norm) { j += 1 }
                if j >= range.upperBound {
                    i = j
                    break
                }
                let next = tokens[j]
                let startsSentence = next.isCapitalized || next.kind == .number
                    || (next.kind == .punct && ["\"", "'", "(", "["].contains(next.norm))
                if startsSentence {
                    result.append(start..<j)
                    start = j
                    i = j
                    continue
                }
            }
            i += 1
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }
}
