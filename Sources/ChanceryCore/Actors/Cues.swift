extension ActorResolver {
    /// Bits of `ActorWords.cueWords`: what the resolver's rules look for at a token.
    enum Cue {
        /// "he", "she" (`person-pronouns.txt`).
        static let personPronoun: UInt8 = 1
        /// "it", the speaker after a reporting verb.
        static let it: UInt8 = 2
        /// "I" and "me", the speaker of a transcript turn.
        static let firstPerson: UInt8 = 4
        /// The first word of a plural phrase (`plural-phrases.txt`).
        static let pluralStart: UInt8 = 8
        /// A plural phrase of one word ("they", "both").
        static let pluralAlone: UInt8 = 16
        /// The second word of a plural phrase.
        static let pluralNext: UInt8 = 32
    }

    /// The words of each `Cue` bit, from the pronoun and plural lists (`ActorWords` maps and filters them once:
    /// some twenty words, so a `KeyFilter` settles most tokens without a look-up).
    static func cueLists(personPronouns: [String], pluralPhrases: [[String]]) -> [(words: [String], bit: UInt8)] {
        [
            (personPronouns, Cue.personPronoun), ([Word.it.text], Cue.it),
            ([Word.me.text, Word.i.text], Cue.firstPerson),
            (pluralPhrases.map { $0[0] }, Cue.pluralStart),
            (pluralPhrases.filter { $0.count == 1 }.map { $0[0] }, Cue.pluralAlone),
            (pluralPhrases.filter { $0.count > 1 }.map { $0[1] }, Cue.pluralNext)
        ]
    }

    /// A token's `Cue` bits, read through `filter` (`ActorWords.cueFilter`) first.
    @inline(__always) static func cues(of token: Token, _ words: WordMap<UInt8>, _ filter: KeyFilter) -> UInt8 {
        filter.mayContain(token.key) ? words[token] ?? 0 : 0
    }
}

/// The `ActorResolver.Cue` bits of the current sentence's tokens, found with one look-up per token for all the
/// rules: a rule whose cue the sentence lacks is skipped.
struct CueMarks {
    /// Each token's bits, set for the tokens of the sentences marked so far.
    private var bits: [UInt8]
    /// The bits of every token of the sentence marked last.
    private(set) var inSentence: UInt8 = 0
    private let words: WordMap<UInt8>, filter: KeyFilter

    /// Marks for a document of `tokenCount` tokens, with the cue words of `lists`.
    init(tokenCount: Int, _ lists: ActorWords) {
        bits = [UInt8](repeating: 0, count: tokenCount)
        (words, filter) = (lists.cueWords, lists.cueFilter)
    }

    /// Sets the bits of the tokens of `sentence`, and `inSentence`.
    mutating func mark(_ sentence: Range<Int>, _ tokens: [Token]) {
        var all: UInt8 = 0
        for i in sentence {
            bits[i] = ActorResolver.cues(of: tokens[i], words, filter)
            all |= bits[i]
        }
        inSentence = all
    }

    /// Whether some token of the sentence has `cue`.
    func sentenceHas(_ cue: UInt8) -> Bool { inSentence & cue != 0 }

    /// Whether token `i` has `cue`.
    func token(_ i: Int, has cue: UInt8) -> Bool { bits[i] & cue != 0 }
}
