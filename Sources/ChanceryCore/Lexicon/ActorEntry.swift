/// What a lexicon phrase stands for: a country, a person, an organisation, a region.
public struct ActorEntry: Sendable, Hashable {
    /// The kinds of lexicon entry, from `kind` column of the lexicon files.
    public enum Kind: String, Sendable {
        case country, demonym, people, capital, seat, igo, region, media, person, group, party, org
    }
    /// ISO3 country, IGO code or region code.
    public var country: String
    /// CAMEO sector, or empty.
    public var role: String
    /// Canonical name.
    public var actor: String
    /// What sort of thing it is.
    public var kind: Kind
    /// The office, for people ("President").
    public var title: String
    /// First year the entry holds (inclusive), if bounded.
    public var since: Int?
    /// Last year the entry holds (inclusive), if bounded.
    public var until: Int?

    /// Creates an entry.
    public init(country: String, role: String, actor: String, kind: Kind, title: String = "", since: Int? = nil, until: Int? = nil) {
        self.country = country
        self.role = role
        self.actor = actor
        self.kind = kind
        self.title = title
        self.since = since
        self.until = until
    }

    /// Whether the entry holds in a given year (unknown year: yes).
    public func holds(in year: Int?) -> Bool {
        guard let year else { return true }
        if let since, year < since { return false }
        if let until, year > until { return false }
        return true
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
