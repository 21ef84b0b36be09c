import ChanceryCore
import Foundation
import GRDB

/// One report of a fused event: where a document mentions it and how that document presents it.
public struct EventMention: Sendable, Equatable {
    /// Document id.
    public var doc: String
    /// Event id within the document (`e4`).
    public var event: String
    /// Sentence index (-1: headline).
    public var sentence: Int
    /// Evidence sentence.
    public var evidence: String
    /// Scalar span of the evidence in the document.
    public var span: Span
    /// Source and target as written.
    public var sourceText: String
    /// Target as written, if any.
    public var targetText: String?
    /// CAMEO code this mention gave.
    public var cameo: String
    /// Date value and basis this mention gave.
    public var dateValue: String?
    /// `text`, `article` or `unknown`.
    public var dateBasis: String
    /// The time expression, if any.
    public var dateText: String?
    /// Status in this document.
    public var status: String
    /// Attribution chain, outermost first.
    public var attribution: [Attribution]
    /// Quoted words, if any.
    public var quote: String?
    /// The document's publication date.
    public var reported: String?

    /// The mention as JSON.
    public var json: JSON {
        .object([
            ("doc", .string(doc)), ("event", .string(event)), ("sentence", .int(sentence)),
            ("evidence", Records.evidence(evidence, span)),
            ("source", .string(sourceText)), ("target", Records.optional(targetText)), ("cameo", .string(cameo)),
            ("date", .object([("value", Records.optional(dateValue)), ("text", Records.optional(dateText)), ("basis", .string(dateBasis))])),
            ("status", .string(status)),
            ("attribution", Records.attribution(attribution)),
            ("quote", Records.optional(quote)), ("reported", Records.optional(reported)),
        ])
    }

    /// The columns `init(row:at:)` reads, in order (positions, not names: name lookups dominate the cost of reading rows).
    static let columns = ["doc", "local", "sentence", "evidenceText", "evidenceStart", "evidenceEnd", "sourceText", "targetText", "cameo",
                          "dateValue", "dateBasis", "dateText", "status", "attribution", "quote", "reported"]

    /// `columns` qualified by a table alias, for a SELECT list.
    static func selectList(_ alias: String = "") -> String {
        columns.map { alias.isEmpty ? $0 : "\(alias).\($0)" }.joined(separator: ", ")
    }

    /// Reads `columns` from a row, starting at position `i`.
    init(row: Row, at i: Int = 0) {
        doc = row[i]; event = row[i + 1]; sentence = row[i + 2]; evidence = row[i + 3]
        span = Span(start: row[i + 4], end: row[i + 5])
        sourceText = row[i + 6]; targetText = row[i + 7]; cameo = row[i + 8]
        dateValue = row[i + 9]; dateBasis = row[i + 10]; dateText = row[i + 11]
        status = row[i + 12]; attribution = EventMention.attribution(row[i + 13]); quote = row[i + 14]
        reported = row[i + 15]
    }

    /// Parses a stored attribution chain.
    static func attribution(_ text: String?) -> [Attribution] {
        guard let data = text?.data(using: .utf8),
              let items = (try? JSONSerialization.jsonObject(with: data)) as? [[String: String]] else { return [] }
        return items.map { Attribution(text: $0["text"] ?? "", code: $0["code"] ?? "") }
    }
}

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

    /// The event columns `init(row:)` reads after the representative mention's (`EventMention.columns`).
    static let eventColumns = ["e.id", "e.sourceActor", "e.sourceCountry", "e.sourceRole", "e.targetActor", "e.targetCountry", "e.targetRole",
                               "e.cameo", "e.root", "e.quad", "e.plover", "e.goldstein", "e.dateValue", "e.datePrecision", "e.dateText",
                               "e.dateBasis", "e.dateStart", "e.dateEnd", "e.locationName", "e.locationCountry", "e.lat", "e.lon", "e.status",
                               "e.mentions", "e.sources", "e.articles", "e.firstReport", "e.lastReport", "m.locationText", "d.url"]

    /// The SELECT list for `init(row:)`: mention `m`, event `e`, document `d`.
    static var selectList: String { EventMention.selectList("m") + ", " + eventColumns.joined(separator: ", ") }

    /// Reads a row of `selectList`.
    init(row: Row) {
        representative = EventMention(row: row)
        let i = EventMention.columns.count
        id = row[i]
        source = Event.Party(text: representative.sourceText, actor: row[i + 1], country: row[i + 2], role: row[i + 3])
        let targetCountry: String = row[i + 5]
        target = targetCountry.isEmpty ? nil
            : Event.Party(text: representative.targetText ?? "", actor: row[i + 4] ?? "", country: targetCountry, role: row[i + 6] ?? "")
        cameo = row[i + 7]; root = row[i + 8]; quad = row[i + 9]; plover = row[i + 10]; goldstein = row[i + 11]
        date = Event.EventDate(value: row[i + 12], precision: row[i + 13], text: row[i + 14], basis: row[i + 15])
        dateStart = row[i + 16]; dateEnd = row[i + 17]
        if let name: String = row[i + 18] {
            location = Event.Location(text: row[i + 28] ?? name, name: name, country: row[i + 19] ?? "", lat: row[i + 20], lon: row[i + 21])
        }
        status = row[i + 22]; mentionCount = row[i + 23]; sourceCount = row[i + 24]; articleCount = row[i + 25]
        firstReport = row[i + 26]; lastReport = row[i + 27]; url = row[i + 29]
    }

    /// The `events.md` record of the representative mention, with the fused facts and counts, and the mentions if loaded.
    public var json: JSON {
        let r = representative
        var fields: [(String, JSON)] = [
            ("id", .int(Int(id))), ("doc", .string(r.doc)), ("event", .string(r.event)), ("sentence", .int(r.sentence)),
            ("evidence", Records.evidence(r.evidence, r.span)),
            ("source", Records.party(source)), ("target", Records.party(target)),
            ("cameo", .string(cameo)), ("root", .string(root)), ("quad", .int(quad)), ("plover", .string(plover)), ("goldstein", .double(goldstein)),
            ("date", Records.date(date)), ("location", Records.location(location)),
            ("status", .string(status)),
            ("attribution", Records.attribution(r.attribution)),
            ("quote", Records.optional(r.quote)),
            ("counts", .object([("mentions", .int(mentionCount)), ("sources", .int(sourceCount)), ("articles", .int(articleCount))])),
            ("first_report", Records.optional(firstReport)), ("last_report", Records.optional(lastReport)),
        ]
        if !mentions.isEmpty { fields.append(("mentions", .array(mentions.map(\.json)))) }
        return .object(fields)
    }
}
