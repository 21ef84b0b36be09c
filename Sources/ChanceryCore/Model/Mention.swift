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

    /// The strings, in one box shared by every copy of a mention: the resolver and the coder copy mentions many
    /// times each. The offsets and flags stay inline, where the hot loops read them.
    private struct Strings: Hashable, Sendable {
        var text: String, actor: String, country: String, role: String, title: String
    }
    /// The box of the strings. A concrete class rather than `CopyOnWrite<Strings>`: copying or destroying a mention
    /// is then one retain or release, where the generic box's went through the mention's value witnesses.
    private final class Box: Hashable, @unchecked Sendable {
        // Unchecked as in `CopyOnWrite`: `modify` is the only writer, and only of a box no other mention shares.
        @exclusivity(unchecked) var value: Strings
        /// Boxes `value`.
        init(_ value: Strings) { self.value = value }
        /// Equal strings, whether or not the box is shared.
        static func == (a: Box, b: Box) -> Bool { a === b || a.value == b.value }
        /// Hashes the strings.
        func hash(into hasher: inout Hasher) { hasher.combine(value) }
    }
    private var strings: Box

    /// Token indexes in the document.
    public var tokens: Range<Int>
    /// Scalar span in the document.
    public var span: Span
    /// The words as written.
    public var text: String {
        get { strings.value.text }
        set { modify { $0.text = newValue } }
    }
    /// Canonical name: a person's full name once known anywhere in the document, else the lexicon's name.
    public var actor: String {
        get { strings.value.actor }
        set { modify { $0.actor = newValue } }
    }
    /// ISO3, IGO or region code; empty when unknown.
    public var country: String {
        get { strings.value.country }
        set { modify { $0.country = newValue } }
    }
    /// CAMEO sector, or empty.
    public var role: String {
        get { strings.value.role }
        set { modify { $0.role = newValue } }
    }
    /// What sort of actor.
    public var kind: Kind
    /// The office or title words used, if any ("foreign policy aide").
    public var title: String {
        get { strings.value.title }
        set { modify { $0.title = newValue } }
    }
    /// The words were a bare name with no lexicon or title support (resolved later by coreference).
    public var isBareName: Bool = false
    /// A place-like mention right after a locative preposition ("in Moscow"): a location, not an actor.
    public var isLocative: Bool = false
    /// An unqualified title ("The President") whose country comes from the document's issuer.
    public var isUnqualifiedTitle: Bool = false
    /// A sector noun with no country of its own ("police", "the protesters"): its country, if any, is the story's.
    public var isSectorGroup: Bool = false
    /// A name nobody and nothing places ("Disha Ravi" in "Delhi Police arrested Disha Ravi"): no actor of its own,
    /// but the one a state body acts on at home (`EventCoder.placedUnder`).
    public var isUnplacedName: Bool = false
    /// Part of a story's dateline ("BOGOTA, Colombia (AP) --"): where it was filed and who sent it, no actor and no
    /// place of what the sentence tells (also `isLocative`).
    public var isDateline: Bool = false

    /// Creates a mention.
    init(
        tokens: Range<Int>, span: Span, text: String, actor: String, country: String, role: String, kind: Kind,
        title: String,
        isBareName: Bool = false, isLocative: Bool = false, isUnqualifiedTitle: Bool = false,
        isSectorGroup: Bool = false
    ) {
        strings = Box(Strings(text: text, actor: actor, country: country, role: role, title: title))
        self.tokens = tokens
        self.span = span
        self.kind = kind
        self.isBareName = isBareName
        self.isLocative = isLocative
        self.isUnqualifiedTitle = isUnqualifiedTitle
        self.isSectorGroup = isSectorGroup
    }

    /// Changes the strings in place, copying them into a box of their own first if another mention shares theirs.
    @inline(__always) private mutating func modify(_ body: (inout Strings) -> Void) {
        if !isKnownUniquelyReferenced(&strings) { strings = Box(strings.value) }
        body(&strings.value)
    }

    /// Sets the strings given (nil leaves one as it is) in one change of the box: setting them one by one tested
    /// the box's sharing once each. Strings already equal change nothing, so a box shared with other copies of
    /// the mention (the lexicon's, the registry's) is not copied for nothing.
    mutating func setStrings(actor: String? = nil, country: String? = nil, role: String? = nil) {
        if actor.map({ $0 == self.actor }) ?? true, country.map({ $0 == self.country }) ?? true,
            role.map({ $0 == self.role }) ?? true
        {
            return
        }
        modify { s in
            if let actor { s.actor = actor }
            if let country { s.country = country }
            if let role { s.role = role }
        }
    }

    /// Whether `country` is three characters long, as ISO3 codes are (IGO and region codes are longer). Counting
    /// Characters walks grapheme breaks; in ASCII without a carriage return each byte is one Character.
    /// Fewer than three bytes are fewer than three Characters, settled without reading them (no country is empty).
    public var hasCountryCode: Bool {
        var code = country
        guard code.utf8.count >= 3 else { return false }
        let ascii: Bool? = code.withUTF8 { b in b.contains { $0 >= 0x80 || $0 == 0x0D } ? nil : b.count == 3 }
        return ascii ?? (code.count == 3)
    }

    /// CAMEO-style actor code: country + role.
    public var code: String { country + role }
}
