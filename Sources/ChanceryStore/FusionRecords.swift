import ChanceryCore

/// What fusion needs to know of the mention it places.
struct FusionMention {
    /// The `mention` columns `init(_:)` reads.
    static let selectList = StoreSQL(
        raw: """
            id, root, sourceCountry, targetCountry, dateBasis, dateValue, locationCountry, status, reported, doc, sourceKey,
                sentence, local
            """)

    /// Mention id.
    var id: Int64
    /// CAMEO root.
    var root: String
    /// Source country code.
    var sourceCountry: String
    /// Target country code, empty without a target.
    var targetCountry: String
    /// What the date was decided from.
    var basis: DateBasis
    /// The days the date covers; nil when undated.
    var span: DaySpan?
    /// Country of the location, if the mention gives one.
    var place: String?
    /// How the document presents the event.
    var status: Status
    /// The document's publication date.
    var reported: String?
    /// Document id.
    var doc: String
    /// The document's publisher (`StoredDocument.sourceKey`).
    var sourceKey: String
    /// Where it stands in its document.
    var position: MentionPlace

    /// Reads a row of `selectList`.
    init(_ row: StoreRow) {
        id = row["id"]
        root = row["root"]
        sourceCountry = row["sourceCountry"]
        targetCountry = row["targetCountry"]
        basis = DateBasis(stored: row["dateBasis"])
        span = DaySpan(value: row["dateValue"], basis: basis)
        place = row["locationCountry"]
        status = Status(rawValue: row["status"]) ?? .asserted
        reported = row["reported"]
        doc = row["doc"]
        sourceKey = row["sourceKey"]
        position = MentionPlace(doc: doc, sentence: row["sentence"], local: row["local"])
    }

    /// The dyad whose events it is filed under when it starts an event or represents one.
    var dyad: FusionIndex.Dyad { FusionIndex.Dyad(root: root, source: sourceCountry, target: targetCountry) }

    /// How strong it is as the face of its event (`Fusion.rank`).
    var rank: Int { Fusion.rank(status: status, basis: basis) }

    /// How precise its date is (`Fusion.dateScore`).
    var dateScore: Int { Fusion.dateScore(span, basis: basis) }

    /// The event columns describing its date: first and last day ("" when undated), kind, precision score.
    var dateColumns: (start: String, end: String, kind: String?, score: Int) {
        (span?.storedStart.description ?? "", span?.end.description ?? "", span?.kind.rawValue, dateScore)
    }
}

/// What fusion needs to know of a stored event a mention may join.
struct FusionCandidate {
    /// The `event` columns `init(_:)` reads.
    static let columns = [
        "id", "dateStart", "dateEnd", "dateKind", "locationCountry", "representativeRank", "dateScore", "statusMask",
        "firstReport", "lastReport"
    ]

    /// `columns` as a select list.
    static let selectList = StoreSQL(raw: columns.joined(separator: ", "))

    /// `columns` of the event table as `e`, under their own names, for a query that joins other tables.
    static let joinedSelectList = StoreSQL(raw: columns.map { "e.\($0) AS \($0)" }.joined(separator: ", "))

    /// Event id.
    var id: Int64
    /// First day as stored ("" when undated).
    var dateStart: String?
    /// Last day as stored.
    var dateEnd: String?
    /// `DaySpan.Kind` of its date.
    var dateKind: String?
    /// Country of its location, if known.
    var place: String?
    /// `Fusion.rank` of its representative mention.
    var representativeRank: Int
    /// `Fusion.dateScore` of its date.
    var dateScore: Int
    /// `FusedStatus.bit`s of its mentions' statuses.
    var statusMask: Int
    /// Earliest publication date among its reports.
    var firstReport: String?
    /// Latest publication date among its reports.
    var lastReport: String?
}

extension FusionCandidate {
    /// Reads a row of `selectList`.
    init(_ row: StoreRow) {
        id = row["id"]
        dateStart = row["dateStart"]
        dateEnd = row["dateEnd"]
        dateKind = row["dateKind"]
        place = row["locationCountry"]
        representativeRank = row["representativeRank"]
        dateScore = row["dateScore"]
        statusMask = row["statusMask"]
        firstReport = row["firstReport"]
        lastReport = row["lastReport"]
    }

    /// A new event's columns, as `startEvent` writes them from its one mention.
    init(id: Int64, startedBy mention: FusionMention) {
        let date = mention.dateColumns
        let mask = FusedStatus.bit(mention.status)
        self.init(
            id: id, dateStart: date.start, dateEnd: date.end, dateKind: date.kind, place: mention.place,
            representativeRank: mention.rank, dateScore: date.score, statusMask: mask, firstReport: mention.reported,
            lastReport: mention.reported)
    }

    /// The days its date covers; nil when undated. Read only for the candidates tried: most of a dyad's events are not.
    var span: DaySpan? {
        guard let start = Day(iso: dateStart ?? ""), let end = Day(iso: dateEnd ?? ""),
            let kind = DaySpan.Kind(rawValue: dateKind ?? "")
        else {
            return nil
        }
        return DaySpan(stored: start, end, kind: kind)
    }

    /// Whether a dated mention can be a report of this event: compatible dates, and places not in different countries.
    func accepts(_ mention: FusionMention, span: DaySpan) -> Bool {
        guard let own = self.span, span.isCompatible(with: own) else { return false }
        if let place = mention.place, let other = self.place, place != other { return false }
        return true
    }
}

/// A stored event a mention may join, as the candidate search found it.
struct FoundEvent {
    /// Its fusion columns.
    var candidate: FusionCandidate
    /// Its representative's place, when the fusion index read it (nil: ask the database).
    var representative: MentionPlace?
    /// The dyad it is filed under in the fusion index, when it came from there.
    var dyad: FusionIndex.Dyad?
}
