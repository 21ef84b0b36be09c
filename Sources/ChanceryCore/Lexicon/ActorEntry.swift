/// What a lexicon phrase stands for: a country, a person, an organisation, a region.
public struct ActorEntry: Sendable, Hashable {
    /// The kinds of lexicon entry, from `kind` column of the lexicon files.
    public enum Kind: String, Sendable {
        case country, demonym, people, capital, seat, igo, region, media, person, group, party, org
    }
    /// The fields, shared by every copy: an entry is copied at each lexicon hit while a chunk is read, and
    /// one reference is one retain where five strings were five.
    private final class Storage: Sendable {
        let country: String, role: String, actor: String, kind: Kind, title: String, since: Int?, until: Int?

        init(country: String, role: String, actor: String, kind: Kind, title: String, since: Int?, until: Int?) {
            self.country = country; self.role = role; self.actor = actor; self.kind = kind
            self.title = title; self.since = since; self.until = until
        }

        /// A copy with one field changed (setters are rare: entries are made once, when a lexicon loads).
        func with(country: String? = nil, role: String? = nil, actor: String? = nil, kind: Kind? = nil, title: String? = nil,
                  since: Int?? = nil, until: Int?? = nil) -> Storage {
            Storage(country: country ?? self.country, role: role ?? self.role, actor: actor ?? self.actor, kind: kind ?? self.kind,
                    title: title ?? self.title, since: since ?? self.since, until: until ?? self.until)
        }
    }
    private var storage: Storage

    /// ISO3 country, IGO code or region code.
    public var country: String {
        get { storage.country }
        set { storage = storage.with(country: newValue) }
    }
    /// CAMEO sector, or empty.
    public var role: String {
        get { storage.role }
        set { storage = storage.with(role: newValue) }
    }
    /// Canonical name.
    public var actor: String {
        get { storage.actor }
        set { storage = storage.with(actor: newValue) }
    }
    /// What sort of thing it is.
    public var kind: Kind {
        get { storage.kind }
        set { storage = storage.with(kind: newValue) }
    }
    /// The office, for people ("President").
    public var title: String {
        get { storage.title }
        set { storage = storage.with(title: newValue) }
    }
    /// First year the entry holds (inclusive), if bounded.
    public var since: Int? {
        get { storage.since }
        set { storage = storage.with(since: .some(newValue)) }
    }
    /// Last year the entry holds (inclusive), if bounded.
    public var until: Int? {
        get { storage.until }
        set { storage = storage.with(until: .some(newValue)) }
    }

    /// Creates an entry.
    public init(country: String, role: String, actor: String, kind: Kind, title: String = "", since: Int? = nil, until: Int? = nil) {
        storage = Storage(country: country, role: role, actor: actor, kind: kind, title: title, since: since, until: until)
    }

    /// Entries are equal when their fields are.
    public static func == (a: ActorEntry, b: ActorEntry) -> Bool {
        a.storage === b.storage || (a.country == b.country && a.role == b.role && a.actor == b.actor && a.kind == b.kind
            && a.title == b.title && a.since == b.since && a.until == b.until)
    }

    /// Hashes the fields that `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(country); hasher.combine(role); hasher.combine(actor); hasher.combine(kind)
        hasher.combine(title); hasher.combine(since); hasher.combine(until)
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
