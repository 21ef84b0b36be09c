import ChanceryCore

/// A coded event as a row of the `mention` table, written before it is fused (its `eventId` is still NULL).
struct MentionRow {
    /// The coded event.
    var event: Event
    /// Canonical names of actors the lexicon does not hold (`StoredDocument.discovered`).
    var discovered: Set<String>
    /// The document's publisher (`StoredDocument.sourceKey`).
    var sourceKey: String
    /// The document's publication date.
    var reported: String?

    /// The columns `values` gives, in order.
    static let columns = StoreSQL(
        raw: """
            doc, local, sentence, evidenceText, evidenceStart, evidenceEnd, sourceText, sourceActor, sourceCountry,
                sourceRole, sourceDiscovered, targetText, targetActor, targetCountry, targetRole, targetDiscovered, cameo, root,
                quad, plover, goldstein, dateValue, datePrecision, dateText, dateBasis, locationText, locationName,
                locationCountry, lat, lon, status, attribution, quote, sourceKey, reported
            """)

    /// Its values as a parenthesised row of `columns`.
    var values: StoreSQL {
        let e = event
        // Empty, not NULL, without a target: the dyad index and fusion compare target countries.
        return """
            (\(e.doc), \(e.id), \(e.sentence), \(e.evidence.text), \(e.evidence.span.start),
                \(e.evidence.span.end), \(e.source.text), \(e.source.actor), \(e.source.country), \(e.source.role),
                \(discovered.contains(e.source.actor)), \(e.target?.text), \(e.target?.actor), \(e.target?.country ?? ""), \(e.target?.role),
                \(e.target.map { discovered.contains($0.actor) } ?? false), \(e.code.cameo), \(e.code.root.digits), \(e.code.quad), \(e.code.plover),
                \(e.code.goldstein), \(e.date.value), \(e.date.precision?.rawValue), \(e.date.text), \(e.date.basis.rawValue),
                \(e.location?.text), \(e.location?.name), \(e.location?.country), \(e.location?.lat), \(e.location?.lon),
                \(e.status.rawValue), \(AttributionColumn.text(e.attribution)), \(e.quote), \(sourceKey), \(reported))
            """
    }

    /// One INSERT of `rows` that returns what fusion reads of each (`FusionMention.selectList`), in no set order.
    static func insertion(_ rows: ArraySlice<MentionRow>) -> StoreSQL {
        let values = StoreSQL.joined(rows.map { $0.values }, separator: ", ")
        return "INSERT INTO mention (\(columns)) VALUES \(values) RETURNING \(FusionMention.selectList)"
    }
}
