/// What a lexicon phrase stands for: a country, a person, an organisation, a region.
public struct ActorEntry: Sendable, Hashable {
    /// The kinds of lexicon entry, from `kind` column of the lexicon files.
    public enum Kind: String, Sendable {
        case country, demonym, people, capital, seat, igo, region, media, person, group, party, org
        /// A city that is no capital: its country's only before a sector word ("an Istanbul court").
        case city
        /// A state, province or region of one country: its country's only before a sector word, as a city
        /// ("the Uttar Pradesh government", "Queensland police").
        case province

        /// Whether the place names its country only before a sector word (a city or a province): alone it is a
        /// place, not an actor.
        public var isSubnationalPlace: Bool { self == .city || self == .province }
    }
    /// The strings, in one box shared by every copy: an entry is copied at each lexicon hit while a chunk is read.
    private struct Fields: Hashable, Sendable {
        var country: String, role: String, actor: String, title: String
    }
    private var fields: CopyOnWrite<Fields>
    /// Kept inline, not in the box: the mention finder tests the kind and years of every candidate at a token,
    /// and reaching into each candidate's box missed the cache.
    private var storedKind: Kind
    /// `since` and `until`, with `Int32.min` and `Int32.max` for "unbounded" (years fit 32 bits).
    private var sinceYear: Int32, untilYear: Int32

    /// ISO3 country, IGO code or region code.
    public var country: String {
        get { fields.value.country }
        set { fields.modify { $0.country = newValue } }
    }
    /// CAMEO sector, or empty.
    public var role: String {
        get { fields.value.role }
        set { fields.modify { $0.role = newValue } }
    }
    /// Canonical name.
    public var actor: String {
        get { fields.value.actor }
        set { fields.modify { $0.actor = newValue } }
    }
    /// What sort of thing it is.
    public var kind: Kind {
        get { storedKind }
        set { storedKind = newValue }
    }
    /// The office, for people ("President").
    public var title: String {
        get { fields.value.title }
        set { fields.modify { $0.title = newValue } }
    }
    /// First year the entry holds (inclusive), if bounded.
    public var since: Int? {
        get { sinceYear == .min ? nil : Int(sinceYear) }
        set { sinceYear = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    /// Last year the entry holds (inclusive), if bounded.
    public var until: Int? {
        get { untilYear == .max ? nil : Int(untilYear) }
        set { untilYear = newValue.map { Int32(clamping: $0) } ?? .max }
    }

    /// Creates an entry.
    public init(
        country: String, role: String, actor: String, kind: Kind, title: String = "", since: Int? = nil,
        until: Int? = nil
    ) {
        fields = CopyOnWrite(Fields(country: country, role: role, actor: actor, title: title))
        storedKind = kind
        sinceYear = since.map { Int32(clamping: $0) } ?? .min
        untilYear = until.map { Int32(clamping: $0) } ?? .max
    }

    /// Whether the entry holds in a given year (unknown year: yes).
    @inline(__always) public func holds(in year: Int?) -> Bool {
        guard let year else { return true }
        return (sinceYear == .min || year >= Int(sinceYear)) && (untilYear == .max || year <= Int(untilYear))
    }
}

/// A title or collective noun that implies a CAMEO sector: "adviser" → GOV, "troops" → MIL.
public struct RoleWord: Sendable, Hashable {
    /// Whether the word names a person's office or a group.
    public enum Kind: String, Sendable {
        /// Stands before or after a name, or alone for one person: "president", "aide".
        case title
        /// A collective or plural: "troops", "police", "government".
        case group
    }
    /// CAMEO sector.
    public var role: String
    /// Title or group.
    public var kind: Kind
    /// The phrase as written in the file.
    public var phrase: String
}
