/// The sentence the coder's rules read, passed to each of them whole instead of as loose arguments.
extension EventCoder {
    /// One sentence as the coder reads it: its document, tokens and actors, and what the first passes found in it.
    struct Context {
        /// The document, for its id and publication date.
        let document: Document
        /// The sentence, for its index, span and token range.
        let sentence: Sentence
        /// Every token of the document.
        let tokens: [Token]
        /// The document's text as UTF-8, for the words quoted in events.
        let bytes: [UInt8]
        /// The sentence's resolved mentions, places included.
        let mentions: [Mention]
        /// The mentions that can act in this pass: not places; with a country, or sector groups in the domestic pass.
        var actors: [Mention]
        /// The sentence's time expressions.
        let times: [TimeExpression]
        /// Which pairs of actors this pass codes: between countries, or within one.
        var scope: Dyad.Scope = .international
        /// Whether the verb being read acts on a state's own people, so that it places unplaced names
        /// (`Dyad.placedUnder`).
        var placesUnplacedNames = false
        /// Status and attribution cues, in order.
        var cues: [Cue] = []
        /// Token indexes of reporting verbs used as verbs.
        var reports: [Int] = []
        /// Verb patterns found, in order.
        var matches: [VerbMatch] = []
        /// The sentence's dependency parse, when the coder has a parser and the sentence has a verb pattern and an actor.
        var syntax: SentenceSyntax?
        /// The day the article last narrated: the date, from the text, of an earlier sentence's past event.
        var narrative: Event.EventDate? = nil

        /// The sentence's tokens.
        var range: Range<Int> { sentence.tokens }
    }

    /// A status or attribution cue in a sentence: its tokens and its kind from `cues.tsv`.
    struct Cue {
        /// First token.
        var start: Int
        /// One past the last token.
        var end: Int
        /// The kind, as `cues.tsv` names it.
        var kind: CueKind
    }
}
