import ChanceryCore

/// What `chancery events` and `GET /api/events` select: every filter is optional and they combine with AND.
public struct EventFilter: Sendable, Equatable {
    /// How results are ordered.
    public enum Sort: String, Sendable, CaseIterable {
        /// Latest event date first (the default).
        case newest
        /// Earliest event date first.
        case oldest
        /// Most mentioned first.
        case mentions
    }

    /// Source or target country, IGO or region code (`RUS`, `IGOEU`).
    public var country: String?
    /// Part of a source or target actor's name, any case ("Ushakov").
    public var actor: String?
    /// Source or target CAMEO sector (`GOV`).
    public var role: String?
    /// CAMEO code or its prefix (`04`, `042`, `0353`).
    public var code: String?
    /// CAMEO root (`04`).
    public var root: String?
    /// PLOVER type (`CONSULT`).
    public var plover: String?
    /// Fused status (`reported`, `contested` ...).
    public var status: String?
    /// Events whose dates reach this day or later.
    public var since: Day?
    /// Events whose dates start on this day or earlier.
    public var until: Day?
    /// Location name (part of it) or country code.
    public var location: String?
    /// Words that must all occur in some mention's evidence sentence (full-text search).
    public var text: String?
    /// How many events at most.
    public var limit = 50
    /// Order of results.
    public var sort = Sort.newest
    /// Continue after this cursor (from a previous page's `nextCursor`).
    public var after: String?
    /// With `country`: only events between `country` and this code, either way round (a dyad: `USA` and `RUS`).
    public var counterpart: String?
    /// Domestic (source and target of one country) or international events only.
    public var scope: Scope?
    /// Only events with a report stored after this mention id (`EventStore.lastMentionID()`): what is new since then.
    public var newerThan: Int64?

    /// Whether an event stays inside one country.
    public enum Scope: String, Sendable, CaseIterable {
        /// Source and target of the same country.
        case domestic
        /// A target of another country than the source's.
        case international
    }

    /// An empty filter: every event, newest first.
    public init() {}

    /// Largest page a caller may ask for.
    public static let maxLimit = 10_000

    /// Checks every value, naming the first bad one.
    public func validate() throws {
        func letters(_ s: String) -> Bool {
            !s.isEmpty && s.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
        }
        for (name, value) in [
            ("country", country), ("counterpart", counterpart), ("actor", actor), ("role", role), ("plover", plover),
            ("status", status),
            ("location", location), ("text", text), ("cursor", after)
        ] {
            if let value, value.count > EventFilter.maxParameterLength {
                throw StoreError.badFilter(
                    name: name, value: String(value.prefix(40)) + "…",
                    expected: "at most \(EventFilter.maxParameterLength) characters")
            }
        }
        if let country, !letters(country) || country.count < 3 {
            throw StoreError.badFilter(
                name: "country", value: country, expected: "an ISO3, IGO or region code such as RUS, IGOEU or EUR")
        }
        if let counterpart, !letters(counterpart) || counterpart.count < 3 {
            throw StoreError.badFilter(
                name: "counterpart", value: counterpart, expected: "an ISO3, IGO or region code such as USA")
        }
        if counterpart != nil, country == nil {
            throw StoreError.badFilter(
                name: "counterpart", value: counterpart ?? "",
                expected: "a country as well: the dyad is country and counterpart")
        }
        if let role, !letters(role) || role.count != 3 {
            throw StoreError.badFilter(name: "role", value: role, expected: "a CAMEO sector such as GOV, MIL or REB")
        }
        if let code, code.isEmpty || code.count > 4 || !code.allSatisfy(\.isASCII) || !code.allSatisfy(\.isNumber) {
            throw StoreError.badFilter(name: "code", value: code, expected: "a CAMEO code of 2 to 4 digits such as 042")
        }
        if let root,
            root.count != 2 || !root.allSatisfy(\.isASCII) || !root.allSatisfy(\.isNumber)
                || !(1...20).contains(Int(root) ?? 0)
        {
            throw StoreError.badFilter(name: "root", value: root, expected: "a CAMEO root from 01 to 20")
        }
        if let plover, !letters(plover.replacingOccurrences(of: "_", with: "")) {
            throw StoreError.badFilter(
                name: "plover", value: plover, expected: "a PLOVER type such as CONSULT or ASSAULT")
        }
        if let status, FusedStatus(rawValue: status) == nil {
            throw StoreError.badFilter(
                name: "status", value: status, expected: FusedStatus.allValues.joined(separator: ", "))
        }
        if let since, let until, until < since {
            throw StoreError.badFilter(
                name: "until", value: until.description, expected: "a day on or after since (\(since))")
        }
        if let text, EventFilter.ftsWords(text) == nil {
            throw StoreError.badFilter(name: "text", value: text, expected: "one or more words")
        }
        if !(1...EventFilter.maxLimit).contains(limit) {
            throw StoreError.badFilter(
                name: "limit", value: String(limit), expected: "a number from 1 to \(EventFilter.maxLimit)")
        }
        if let after, Cursor(after) == nil {
            throw StoreError.badFilter(
                name: "cursor", value: after, expected: "a nextCursor value from a previous page")
        }
    }

    /// A LIKE pattern for names containing `words`, whose `%`, `_` and `\` are taken literally (the clause says ESCAPE '\').
    static func containing(_ words: String) -> String {
        var out = "%"
        for c in words {
            if c == "%" || c == "_" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out + "%"
    }

    /// The longest value a text parameter may have: names and words, not documents.
    public static let maxParameterLength = 200

    /// The words of a full-text query (letters and digits only, so nothing in them is query syntax); nil without any.
    static func ftsWords(_ text: String) -> [String]? {
        let words = text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        return words.isEmpty ? nil : words
    }

    /// A position in a result list: the sort key and id of the last event of a page.
    struct Cursor {
        /// The last event's sort key: its first day, or its number of mentions.
        var key: String
        /// The last event's id, which breaks ties of the key.
        var id: Int64

        /// A cursor at an event.
        init(key: String, id: Int64) {
            self.key = key
            self.id = id
        }

        /// Reads a cursor's `text`; nil when it is not one.
        init?(_ text: String) {
            guard let bar = text.lastIndex(of: "~"), let id = Int64(text[text.index(after: bar)...]) else { return nil }
            key = String(text[..<bar])
            self.id = id
        }

        /// As passed to callers: `KEY~ID`.
        var text: String { "\(key)~\(id)" }
    }

    /// The condition of a WHERE clause selecting the events this filter matches; every value is a bound parameter.
    func condition(_ dialect: StoreDialect) -> StoreSQL {
        var parts: [StoreSQL] = []
        let like = dialect.like
        if let country, let counterpart {
            parts.append(
                "((sourceCountry = \(country) AND targetCountry = \(counterpart)) OR (sourceCountry = \(counterpart) AND targetCountry = \(country)))"
            )
        } else if let country {
            parts.append("(sourceCountry = \(country) OR targetCountry = \(country))")
        }
        switch scope {
        case .domestic: parts.append("targetCountry = sourceCountry")
        case .international: parts.append("targetCountry <> '' AND targetCountry <> sourceCountry")
        case nil: break
        }
        if let newerThan { parts.append("id IN (SELECT eventId FROM mention WHERE id > \(newerThan))") }
        if let actor {
            let pattern = EventFilter.containing(actor)
            parts.append(
                "(sourceActor \(raw: like) \(pattern) ESCAPE '\\' OR targetActor \(raw: like) \(pattern) ESCAPE '\\')")
        }
        if let role { parts.append("(sourceRole = \(role) OR targetRole = \(role))") }
        if let code { parts.append("cameo LIKE \(code + "%")") }
        if let root { parts.append("root = \(root)") }
        if let plover { parts.append("plover = \(plover)") }
        if let status { parts.append("status = \(status)") }
        if let since { parts.append("dateEnd >= \(since.description)") }
        if let until { parts.append("dateStart <> '' AND dateStart <= \(until.description)") }
        if let location {
            parts.append(
                "(locationName \(raw: like) \(EventFilter.containing(location)) ESCAPE '\\' OR locationCountry = \(location.uppercased()))"
            )
        }
        if let text, let words = EventFilter.ftsWords(text) {
            parts.append("id IN (SELECT eventId FROM mention WHERE \(dialect.evidenceMatches(words)))")
        }
        if let after, let c = Cursor(after) { parts.append(following(c)) }
        return parts.isEmpty ? "1 = 1" : StoreSQL.joined(parts, separator: " AND ")
    }

    /// The condition for events after a cursor in this filter's order.
    func following(_ c: Cursor) -> StoreSQL {
        switch sort {
        case .newest: return "(dateStart, id) < (\(c.key), \(c.id))"
        case .oldest: return "(dateStart, id) > (\(c.key), \(c.id))"
        case .mentions: return "(mentions, id) < (\(Int(c.key) ?? 0), \(c.id))"
        }
    }

    /// The cursor that continues a page after its last event.
    func cursor(after last: FusedEvent) -> Cursor {
        Cursor(key: sort == .mentions ? String(last.mentionCount) : last.dateStart, id: last.id)
    }

    /// The ORDER BY clause, with columns qualified by `table` when given.
    func ordering(_ table: String = "") -> StoreSQL {
        let t = table.isEmpty ? "" : table + "."
        switch sort {
        case .newest: return StoreSQL(raw: "\(t)dateStart DESC, \(t)id DESC")
        case .oldest: return StoreSQL(raw: "\(t)dateStart ASC, \(t)id ASC")
        case .mentions: return StoreSQL(raw: "\(t)mentions DESC, \(t)id DESC")
        }
    }
}
