import ChanceryCore
import GRDB

/// A coded event as a row of the `mention` table, written before it is fused (its `eventId` is still NULL).
struct MentionRow: PersistableRecord {
    /// The table.
    static let databaseTableName = "mention"

    /// The coded event.
    var event: Event
    /// Canonical names of actors the lexicon does not hold (`StoredDocument.discovered`).
    var discovered: Set<String>
    /// The document's publisher (`StoredDocument.sourceKey`).
    var sourceKey: String
    /// The document's publication date.
    var reported: String?

    /// The columns and their values.
    func encode(to container: inout PersistenceContainer) {
        let e = event
        container["doc"] = e.doc
        container["local"] = e.id
        container["sentence"] = e.sentence
        container["evidenceText"] = e.evidence.text
        container["evidenceStart"] = e.evidence.span.start
        container["evidenceEnd"] = e.evidence.span.end
        container["sourceText"] = e.source.text
        container["sourceActor"] = e.source.actor
        container["sourceCountry"] = e.source.country
        container["sourceRole"] = e.source.role
        container["sourceDiscovered"] = discovered.contains(e.source.actor)
        container["targetText"] = e.target?.text
        container["targetActor"] = e.target?.actor
        // Empty, not NULL, without a target: the dyad index and fusion compare target countries.
        container["targetCountry"] = e.target?.country ?? ""
        container["targetRole"] = e.target?.role
        container["targetDiscovered"] = e.target.map { discovered.contains($0.actor) } ?? false
        container["cameo"] = e.code.cameo
        container["root"] = e.code.root.digits
        container["quad"] = e.code.quad
        container["plover"] = e.code.plover
        container["goldstein"] = e.code.goldstein
        container["dateValue"] = e.date.value
        container["datePrecision"] = e.date.precision
        container["dateText"] = e.date.text
        container["dateBasis"] = e.date.basis
        container["locationText"] = e.location?.text
        container["locationName"] = e.location?.name
        container["locationCountry"] = e.location?.country
        container["lat"] = e.location?.lat
        container["lon"] = e.location?.lon
        container["status"] = e.status.rawValue
        container["attribution"] = AttributionColumn.text(e.attribution)
        container["quote"] = e.quote
        container["sourceKey"] = sourceKey
        container["reported"] = reported
    }
}
