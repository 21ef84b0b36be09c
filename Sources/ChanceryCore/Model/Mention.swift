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

    /// The strings, shared by every copy of a mention: the resolver and the coder copy mentions many times
    /// each, and one reference is one retain where five strings were five. A setter copies them first when
    /// another mention shares them (copy on write), so a mention still behaves as a value.
    private final class Strings: @unchecked Sendable {
        // Mutated only through `Mention`'s setters, and only when uniquely referenced: never while shared.
        var text: String, actor: String, country: String, role: String, title: String

        init(text: String, actor: String, country: String, role: String, title: String) {
            self.text = text; self.actor = actor; self.country = country; self.role = role; self.title = title
        }

        func copy() -> Strings { Strings(text: text, actor: actor, country: country, role: role, title: title) }
    }
    private var strings: Strings

    /// The strings, made unique to this mention before a change.
    private var ownStrings: Strings {
        mutating get {
            if !isKnownUniquelyReferenced(&strings) { strings = strings.copy() }
            return strings
        }
    }

    /// Token indexes in the document.
    public var tokens: Range<Int>
    /// Scalar span in the document.
    public var span: Span
    /// The words as written.
    public var text: String {
        get { strings.text }
        set { ownStrings.text = newValue }
    }
    /// Canonical name: a person's full name once known anywhere in the document, else the lexicon's name.
    public var actor: String {
        get { strings.actor }
        set { ownStrings.actor = newValue }
    }
    /// ISO3, IGO or region code; empty when unknown.
    public var country: String {
        get { strings.country }
        set { ownStrings.country = newValue }
    }
    /// CAMEO sector, or empty.
    public var role: String {
        get { strings.role }
        set { ownStrings.role = newValue }
    }
    /// What sort of actor.
    public var kind: Kind
    /// The office or title words used, if any ("foreign policy aide").
    public var title: String {
        get { strings.title }
        set { ownStrings.title = newValue }
    }
    /// The words were a bare name with no lexicon or title support (resolved later by coreference).
    public var isBareName: Bool = false
    /// A place-like mention right after a locative preposition ("in Moscow"): a location, not an actor.
    public var isLocative: Bool = false
    /// An unqualified title ("The President") whose country comes from the document's issuer.
    public var isUnqualifiedTitle: Bool = false

    /// Creates a mention.
    init(tokens: Range<Int>, span: Span, text: String, actor: String, country: String, role: String, kind: Kind, title: String,
         isBareName: Bool = false, isLocative: Bool = false, isUnqualifiedTitle: Bool = false) {
        strings = Strings(text: text, actor: actor, country: country, role: role, title: title)
        self.tokens = tokens; self.span = span; self.kind = kind
        self.isBareName = isBareName; self.isLocative = isLocative; self.isUnqualifiedTitle = isUnqualifiedTitle
    }

    /// Mentions are equal when every field is.
    public static func == (a: Mention, b: Mention) -> Bool {
        a.tokens == b.tokens && a.span == b.span && a.kind == b.kind && a.isBareName == b.isBareName
            && a.isLocative == b.isLocative && a.isUnqualifiedTitle == b.isUnqualifiedTitle
            && (a.strings === b.strings || (a.text == b.text && a.actor == b.actor && a.country == b.country
                && a.role == b.role && a.title == b.title))
    }

    /// Hashes the fields that `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(tokens); hasher.combine(span); hasher.combine(kind); hasher.combine(isBareName)
        hasher.combine(isLocative); hasher.combine(isUnqualifiedTitle)
        hasher.combine(text); hasher.combine(actor); hasher.combine(country); hasher.combine(role); hasher.combine(title)
    }

    /// Whether `country` is three characters long, as ISO3 codes are (IGO and region codes are longer). Counting
    /// Characters walks grapheme breaks; in ASCII without a carriage return each byte is one Character.
    public var hasCountryCode: Bool {
        var code = strings.country
        let ascii: Bool? = code.withUTF8 { b in b.contains { $0 >= 0x80 || $0 == 0x0D } ? nil : b.count == 3 }
        return ascii ?? (strings.country.count == 3)
    }

    /// CAMEO-style actor code: country + role.
    public var code: String { country + role }
}
