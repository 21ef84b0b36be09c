/// One line of `verbs.tsv`: a verb or noun phrase that codes a CAMEO event.
public struct VerbPattern: Sendable, Hashable {
    /// Words after the head, `*` for a gap of up to three words, `<things>` for a transfer's object, `<topic>` for
    /// what a topic verb is about.
    public var rest: [String]
    /// CAMEO code.
    public var code: String
    /// The code's family; nil for a code without a valid root (the coder skips such patterns).
    public var root: CameoRoot? { CameoRoot(code: code) }
    /// A noun pattern (`~talks between`): not inflected, actors taken around it.
    public var isNoun: Bool
    /// The pattern as written, for explanations.
    public var pattern: String

    /// The word class of an amount of money in a pattern (`provide * <money>`): any word of `currency-words.txt`.
    public static let money = "<money>"
    /// The gap of a transfer pattern (`return <things> to`): one to twelve words naming what is handed over, no
    /// clause, person or thing said (`transfer-gap-stops.txt`), and no actor (the recipient follows the pattern).
    public static let things = "<things>"
    /// The gap of a topic verb (`discuss <topic> with`): one to twenty words of what is discussed, actors inside
    /// ("discussed the situation in Syria's Idlib with"), up to a clause word (`gap-clause-stops.txt`).
    public static let topic = "<topic>"
    /// Whether a word of `rest` is a gap rather than a word the sentence must hold.
    static func isGap(_ word: String) -> Bool { word == "*" || word == things || word == topic }
    /// Whether the pattern holds a gap of any kind.
    public var hasGap: Bool { rest.contains(where: VerbPattern.isGap) }
    /// Whether the pattern holds a `<things>` gap.
    public var hasThings: Bool { rest.contains(VerbPattern.things) }
    /// Whether the pattern holds a `<things>` or `<topic>` gap, after which its object is looked for.
    public var hasLongGap: Bool { hasThings || rest.contains(VerbPattern.topic) }
}

/// A pattern found in a sentence.
public struct VerbMatch: Sendable, Hashable {
    /// The head word's token index.
    public var head: Int
    /// One past the last token of the match.
    public var end: Int
    /// The pattern.
    public var pattern: VerbPattern
    /// The head is a past participle or gerund form (for passive detection).
    public var form: Form

    /// Which inflection of the head matched.
    public enum Form: Sendable, Hashable {
        case base, past, participle, pastOrParticiple, third, gerund, noun
    }
}
