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
            ("evidence", .object([("text", .string(evidence)), ("start", .int(span.start)), ("end", .int(span.end))])),
            ("source", .string(sourceText)), ("target", targetText.map(JSON.string) ?? .null), ("cameo", .string(cameo)),
            ("date", .object([("value", dateValue.map(JSON.string) ?? .null), ("text", dateText.map(JSON.string) ?? .null),
                              ("basis", .string(dateBasis))])),
            ("status", .string(status)),
            ("attribution", .array(attribution.map { .object([("text", .string($0.text)), ("code", .string($0.code))]) })),
            ("quote", quote.map(JSON.string) ?? .null), ("reported", reported.map(JSON.string) ?? .null),
        ])
    }

    /// Reads a mention row.
    init(row: Row) {
        doc = row["doc"]; event = row["local"]; sentence = row["sentence"]; evidence = row["evidenceText"]
        span = Span(start: row["evidenceStart"], end: row["evidenceEnd"])
        sourceText = row["sourceText"]; targetText = row["targetText"]; cameo = row["cameo"]
        dateValue = row["dateValue"]; dateBasis = row["dateBasis"]; dateText = row["dateText"]
        status = row["status"]; attribution = EventMention.attribution(row["attribution"]); quote = row["quote"]
        reported = row["reported"]
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

    /// Reads an event row joined with its representative mention (`EventStore.eventColumns`).
    init(row: Row) {
        id = row["id"]
        representative = EventMention(row: row)
        source = Event.Party(text: row["sourceText"], actor: row["sourceActor"], country: row["sourceCountry"], role: row["sourceRole"])
        let targetCountry: String = row["targetCountry"]
        target = targetCountry.isEmpty ? nil
            : Event.Party(text: row["targetText"] ?? "", actor: row["targetActor"] ?? "", country: targetCountry, role: row["targetRole"] ?? "")
        cameo = row["eventCameo"]; root = row["root"]; quad = row["quad"]; plover = row["plover"]; goldstein = row["goldstein"]
        date = Event.EventDate(value: row["eventDateValue"], precision: row["datePrecision"], text: row["eventDateText"], basis: row["eventDateBasis"])
        dateStart = row["dateStart"]; dateEnd = row["dateEnd"]
        if let name: String = row["locationName"] {
            location = Event.Location(text: row["locationText"] ?? name, name: name, country: row["locationCountry"] ?? "",
                                      lat: row["lat"], lon: row["lon"])
        }
        status = row["eventStatus"]; mentionCount = row["mentions"]; sourceCount = row["sources"]; articleCount = row["articles"]
        firstReport = row["firstReport"]; lastReport = row["lastReport"]; url = row["docURL"]
    }

    /// The `events.md` record of the representative mention, with the fused facts and counts, and the mentions if loaded.
    public var json: JSON {
        func party(_ p: Event.Party?) -> JSON {
            guard let p else { return .null }
            return .object([("text", .string(p.text)), ("actor", .string(p.actor)), ("code", .string(p.code)),
                            ("country", .string(p.country)), ("role", .string(p.role))])
        }
        func opt(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }
        let r = representative
        var fields: [(String, JSON)] = [
            ("id", .int(Int(id))), ("doc", .string(r.doc)), ("event", .string(r.event)), ("sentence", .int(r.sentence)),
            ("evidence", .object([("text", .string(r.evidence)), ("start", .int(r.span.start)), ("end", .int(r.span.end))])),
            ("source", party(source)), ("target", party(target)),
            ("cameo", .string(cameo)), ("root", .string(root)), ("quad", .int(quad)), ("plover", .string(plover)), ("goldstein", .double(goldstein)),
            ("date", .object([("value", opt(date.value)), ("precision", opt(date.precision)), ("text", opt(date.text)), ("basis", .string(date.basis))])),
            ("location", location.map { l in
                .object([("text", .string(l.text)), ("name", .string(l.name)), ("country", .string(l.country)),
                         ("lat", l.lat.map(JSON.double) ?? .null), ("lon", l.lon.map(JSON.double) ?? .null)])
            } ?? .null),
            ("status", .string(status)),
            ("attribution", .array(r.attribution.map { .object([("text", .string($0.text)), ("code", .string($0.code))]) })),
            ("quote", opt(r.quote)),
            ("counts", .object([("mentions", .int(mentionCount)), ("sources", .int(sourceCount)), ("articles", .int(articleCount))])),
            ("first_report", opt(firstReport)), ("last_report", opt(lastReport)),
        ]
        if !mentions.isEmpty { fields.append(("mentions", .array(mentions.map(\.json)))) }
        return .object(fields)
    }
}
