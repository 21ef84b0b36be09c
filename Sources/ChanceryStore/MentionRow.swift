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

    /// How many values a row has.
    static let columnCount = 35

    /// Its values, in `columns` order. Bound as an array rather than interpolated into statement text: 35 text appends a
    /// row were a tenth of the writer's time on full articles.
    var values: [StoreValue] {
        let e = event
        // Empty, not NULL, without a target: the dyad index and fusion compare target countries.
        return [
            .text(e.doc), .text(e.id), bound(e.sentence), .text(e.evidence.text), bound(e.evidence.span.start),
            bound(e.evidence.span.end), .text(e.source.text), .text(e.source.actor), .text(e.source.country),
            .text(e.source.role), bound(discovered.contains(e.source.actor)), bound(e.target?.text), bound(e.target?.actor),
            .text(e.target?.country ?? ""), bound(e.target?.role), bound(e.target.map { discovered.contains($0.actor) } ?? false),
            .text(e.code.cameo), .text(e.code.root.digits), bound(e.code.quad), .text(e.code.plover), bound(e.code.goldstein),
            bound(e.date.value), bound(e.date.precision?.rawValue), bound(e.date.text), .text(e.date.basis.rawValue),
            bound(e.location?.text), bound(e.location?.name), bound(e.location?.country), bound(e.location?.lat),
            bound(e.location?.lon), .text(e.status.rawValue), .text(AttributionColumn.text(e.attribution)), bound(e.quote),
            .text(sourceKey), bound(reported)
        ]
    }

    /// A value as bound, NULL when nil.
    private func bound<T: StoreColumnValue>(_ value: T?) -> StoreValue { value?.storeValue ?? .null }

    /// One INSERT of `rows` that returns what fusion reads of each (`FusionMention.selectList`), in no set order.
    static func insertion(_ rows: ArraySlice<MentionRow>) -> StoreSQL {
        let row = "(" + Array(repeating: "?", count: columnCount).joined(separator: ", ") + ")"
        var values: [StoreValue] = []
        values.reserveCapacity(rows.count * columnCount)
        for row in rows { values += row.values }
        return StoreSQL(
            text: "INSERT INTO mention (\(columns.text)) VALUES "
                + Array(repeating: row, count: rows.count).joined(separator: ", ")
                + " RETURNING \(FusionMention.selectList.text)",
            values: values)
    }
}
