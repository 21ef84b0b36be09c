/// An actor mentioned in the text: where it is written and who it is.
public struct Mention: Sendable, Hashable {
    /// What sort of actor the words refer to.
    public enum Kind: String, Sendable {
        /// A named or titled person.
        case person
        /// A state, its government or one of its bodies.
        case state
        /// An international organisation.
        case igo
        /// A region or collective ("European leaders").
        case region
        /// A news outlet.
        case media
        /// An armed group, party or movement.
        case group
        /// A pronoun resolved to an earlier person.
        case pronoun
    }

    /// Token indexes in the document.
    public var tokens: Range<Int>
    /// Scalar span in the document.
    public var span: Span
    /// The words as written.
    public var text: String
    /// Canonical name: a person's full name once known anywhere in the document, else the lexicon's name.
    public var actor: String
    /// ISO3, IGO or region code; empty when unknown.
    public var country: String
    /// CAMEO sector, or empty.
    public var role: String
    /// What sort of actor.
    public var kind: Kind
    /// The office or title words used, if any ("foreign policy aide").
    public var title: String
    /// The words were a bare name with no lexicon or title support (resolved later by coreference).
    public var isBareName: Bool = false
    /// A place-like mention right after a locative preposition ("in Moscow"): a location, not an actor.
    public var isLocative: Bool = false
    /// An unqualified title ("The President") whose country comes from the document's issuer.
    public var isUnqualifiedTitle: Bool = false

    /// CAMEO-style actor code: country + role.
    public var code: String { country + role }
}
