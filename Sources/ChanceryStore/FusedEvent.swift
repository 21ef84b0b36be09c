import ChanceryCore

/// A fused event: one real-world event with every report of it, in the shape of `events.md` plus counts.
public struct FusedEvent: Sendable, Equatable {
    /// Store id.
    public var id: Int64
    /// The strongest mention: its document, sentence and evidence stand for the event.
    public var representative: EventMention
    /// Source actor.
    public var source: Event.Party
    /// Target actor, if any.
    public var target: Event.Party?
    /// CAMEO code and its facts.
    public var cameo: String
    /// CAMEO root.
    public var root: String
    /// Quad class.
    public var quad: Int
    /// PLOVER type.
    public var plover: String
    /// Goldstein score.
    public var goldstein: Double
    /// The most precise date any mention gives.
    public var date: Event.EventDate
    /// First and last day the date covers ("" when unknown).
    public var dateStart: String
    /// Last day the date covers.
    public var dateEnd: String
    /// Where, if any mention says.
    public var location: Event.Location?
    /// Status across all mentions (`FusedStatus`).
    public var status: String
    /// Number of mentions, distinct sources and distinct articles (as GDELT counts them).
    public var mentionCount: Int
    /// Distinct publishers.
    public var sourceCount: Int
    /// Distinct documents.
    public var articleCount: Int
    /// Earliest and latest publication date among its reports.
    public var firstReport: String?
    /// Latest publication date among its reports.
    public var lastReport: String?
    /// URL of the representative mention's document, if known.
    public var url: String?
    /// Every mention, when loaded.
    public var mentions: [EventMention] = []

    /// The SELECT list of `init(_:)` over event `e`, its representative mention `m` and that mention's document `d`.
    /// The mention's columns are renamed (`representative_cameo` …) so they do not shadow the event's own `cameo`, `status` ….
    static let selectList: StoreSQL = {
        let event = [
            "id", "sourceActor", "sourceCountry", "sourceRole", "targetActor", "targetCountry", "targetRole", "cameo",
            "root",
            "quad", "plover", "goldstein", "dateValue", "datePrecision", "dateText", "dateBasis", "dateStart",
            "dateEnd",
            "locationName", "locationCountry", "lat", "lon", "status", "mentions", "sources", "articles", "firstReport",
            "lastReport"
        ]
        let representative = EventMention.columns.map { "m.\($0) AS \(representativePrefix)\($0)" }
        return StoreSQL(
            raw: (event.map { "e." + $0 } + ["m.locationText", "d.url"] + representative).joined(separator: ", "))
    }()

    /// What the representative mention's columns are renamed with in `selectList`.
    static let representativePrefix = "representative_"

    /// The event joined with its representative mention and that mention's document, for a FROM clause after `event e`.
    static let join: StoreSQL = "JOIN mention m ON m.id = e.representative LEFT JOIN document d ON d.id = m.doc"

    /// The `events.md` record of the representative mention, with the fused facts and counts, and the mentions if loaded.
    public var json: JSON {
        let r = representative
        var fields: [(String, JSON)] = [
            ("id", .int(Int(id))), ("doc", .string(r.doc)), ("event", .string(r.event)), ("sentence", .int(r.sentence)),
            ("evidence", Records.evidence(r.evidence, r.span)),
            ("source", Records.party(source)), ("target", Records.party(target)),
            ("cameo", .string(cameo)), ("root", .string(root)), ("quad", .int(quad)), ("plover", .string(plover)),
            ("goldstein", .double(goldstein)),
            ("date", Records.date(date)), ("location", Records.location(location)),
            ("status", .string(status)),
            ("attribution", Records.attribution(r.attribution)),
            ("quote", Records.optional(r.quote)),
            (
                "counts",
                .object([
                    ("mentions", .int(mentionCount)), ("sources", .int(sourceCount)), ("articles", .int(articleCount))
                ])
            ),
            ("first_report", Records.optional(firstReport)), ("last_report", Records.optional(lastReport))
        ]
        if !mentions.isEmpty { fields.append(("mentions", .array(mentions.map(\.json)))) }
        return .object(fields)
    }
}

extension FusedEvent {
    /// Reads a row of `selectList`.
    init(_ row: StoreRow) {
        representative = EventMention(row, prefix: FusedEvent.representativePrefix)
        id = row["id"]
        source = Event.Party(
            text: representative.sourceText, actor: row["sourceActor"], country: row["sourceCountry"],
            role: row["sourceRole"])
        let targetCountry: String = row["targetCountry"]
        target =
            targetCountry.isEmpty
            ? nil
            : Event.Party(
                text: representative.targetText ?? "", actor: row["targetActor"] ?? "", country: targetCountry,
                role: row["targetRole"] ?? "")
        cameo = row["cameo"]
        root = row["root"]
        quad = row["quad"]
        plover = row["plover"]
        goldstein = row["goldstein"]
        date = Event.EventDate(
            value: row["dateValue"],
            precision: (row["datePrecision"] as String?).flatMap(DatePrecision.init(rawValue:)),
            text: row["dateText"], basis: DateBasis(stored: row["dateBasis"]))
        dateStart = row["dateStart"]
        dateEnd = row["dateEnd"]
        if let name: String = row["locationName"] {
            location = Event.Location(
                text: row["locationText"] ?? name, name: name, country: row["locationCountry"] ?? "",
                lat: row["lat"], lon: row["lon"])
        }
        status = row["status"]
        mentionCount = row["mentions"]
        sourceCount = row["sources"]
        articleCount = row["articles"]
        firstReport = row["firstReport"]
        lastReport = row["lastReport"]
        url = row["url"]
    }
}
