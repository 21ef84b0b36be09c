import ChanceryCore

/// A document as a row of the `document` table.
struct DocumentRow {
    /// The document as read.
    var document: Document
    /// `StoredDocument.hash` of it.
    var hash: String
    /// The document's publisher (`StoredDocument.sourceKey`).
    var sourceKey: String
    /// When it was ingested (ISO 8601).
    var ingestedAt: String

    /// Its values as a parenthesised row of the INSERT's columns.
    var values: StoreSQL {
        let d = document
        return """
            (\(d.id), \(hash), \(d.date?.description), \(d.title), \(d.url), \(d.source), \(sourceKey), \(d.text),
                \(ingestedAt))
            """
    }

    /// Bytes of text it binds, to keep one INSERT of many documents to a bounded size.
    var textBytes: Int { document.text.utf8.count + (document.title?.utf8.count ?? 0) }

    /// One INSERT of `rows`.
    static func insertion(_ rows: ArraySlice<DocumentRow>) -> StoreSQL {
        let values = StoreSQL.joined(rows.map { $0.values }, separator: ", ")
        return "INSERT INTO document (id, hash, date, title, url, source, sourceKey, text, ingestedAt) VALUES \(values)"
    }
}
