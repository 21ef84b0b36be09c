/// A coded event: who did what to whom, when, where, per whom, how sure — the record of `events.md`.
public struct Event: Sendable, Hashable {
    /// One side of a dyad as printed.
    public struct Party: Sendable, Hashable {
        /// The mention as written.
        public var text: String
        /// Canonical name.
        public var actor: String
        /// ISO3, IGO or region code.
        public var country: String
        /// CAMEO sector.
        public var role: String
        /// Country + role.
        public var code: String { country + role }

        /// Creates a party.
        public init(text: String, actor: String, country: String, role: String) {
            self.text = text
            self.actor = actor
            self.country = country
            self.role = role
        }
    }

    /// When the event happened and how that was decided.
    public struct EventDate: Sendable, Hashable {
        /// ISO 8601 value at the stated precision, or a range `A/B`; nil when unknown.
        public var value: String?
        /// How fine the value is; nil when unknown.
        public var precision: DatePrecision?
        /// The time expression it came from.
        public var text: String?
        /// What the date was decided from.
        public var basis: DateBasis

        /// Creates a date.
        public init(value: String?, precision: DatePrecision?, text: String?, basis: DateBasis) {
            self.value = value
            self.precision = precision
            self.text = text
            self.basis = basis
        }
    }

    /// Where the event happened.
    public struct Location: Sendable, Hashable {
        /// The place as written.
        public var text: String
        /// Gazetteer name.
        public var name: String
        /// ISO3 country.
        public var country: String
        /// Latitude.
        public var lat: Double?
        /// Longitude.
        public var lon: Double?

        /// Creates a location.
        public init(text: String, name: String, country: String, lat: Double?, lon: Double?) {
            self.text = text
            self.name = name
            self.country = country
            self.lat = lat
            self.lon = lon
        }
    }

    /// Document id.
    public var doc: String
    /// Event id within the document.
    public var id: String
    /// Sentence index (-1: headline).
    public var sentence: Int
    /// Evidence sentence text and span.
    public var evidence: (text: String, span: Span)
    /// The actor who acts.
    public var source: Party
    /// The actor acted upon, if any.
    public var target: Party?
    /// CAMEO code and its table facts.
    public var code: CameoCode
    /// When.
    public var date: EventDate
    /// Where, when the text says.
    public var location: Location?
    /// How the publisher presents it.
    public var status: Status
    /// Who says so, outermost first.
    public var attribution: [Attribution]
    /// The quoted words, for quoted statements.
    public var quote: String?

    /// Creates an event (the coder's, or one read back from a coding worker).
    public init(
        doc: String, id: String, sentence: Int, evidence: (text: String, span: Span), source: Party,
        target: Party? = nil, code: CameoCode, date: EventDate, location: Location? = nil, status: Status,
        attribution: [Attribution], quote: String? = nil
    ) {
        self.doc = doc
        self.id = id
        self.sentence = sentence
        self.evidence = evidence
        self.source = source
        self.target = target
        self.code = code
        self.date = date
        self.location = location
        self.status = status
        self.attribution = attribution
        self.quote = quote
    }

    /// Equality on the fields that identify the event.
    public static func == (a: Event, b: Event) -> Bool {
        a.doc == b.doc && a.id == b.id && a.sentence == b.sentence && a.source == b.source && a.target == b.target
            && a.code == b.code && a.date == b.date && a.status == b.status && a.attribution == b.attribution
    }

    /// Hash of the identifying fields.
    public func hash(into h: inout Hasher) {
        h.combine(doc)
        h.combine(id)
        h.combine(sentence)
        h.combine(code)
    }
}

/// How the publisher presents an event (see `events.md`).
public enum Status: String, Sendable, CaseIterable {
    case asserted, reported, unconfirmed, denied, negated, planned, hypothetical
}

/// One link of an attribution chain: who is cited.
public struct Attribution: Sendable, Hashable {
    /// As written ("Bloomberg", "anonymous sources").
    public var text: String
    /// Actor code when known ("USAMED"), else empty.
    public var code: String

    /// Creates a link.
    public init(text: String, code: String) {
        self.text = text
        self.code = code
    }
}
