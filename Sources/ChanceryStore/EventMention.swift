import ChanceryCore

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
    /// Source as written.
    public var sourceText: String
    /// Target as written, if any.
    public var targetText: String?
    /// CAMEO code this mention gave.
    public var cameo: String
    /// Date value this mention gave.
    public var dateValue: String?
    /// `text`, `article` or `unknown` (`DateBasis`).
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
            (
                "date",
                .object([
                    ("value", Records.optional(dateValue)), ("text", Records.optional(dateText)),
                    ("basis", .string(dateBasis))
                ])
            ),
            ("status", .string(status)),
            ("attribution", Records.attribution(attribution)),
            ("quote", Records.optional(quote)), ("reported", Records.optional(reported))
        ])
    }

    /// The `mention` columns `init(_:)` reads.
    static let columns = [
        "doc", "local", "sentence", "evidenceText", "evidenceStart", "evidenceEnd", "sourceText", "targetText", "cameo",
        "dateValue", "dateBasis", "dateText", "status", "attribution", "quote", "reported"
    ]

    /// `columns` as a SELECT list of the `mention` table.
    static let selectList = StoreSQL(raw: columns.joined(separator: ", "))

    /// Reads a row holding `columns`, each named `prefix` + its name.
    init(_ plain: StoreRow, prefix: String = "") {
        let row = PrefixedRow(row: plain, prefix: prefix)
        doc = row["doc"]
        event = row["local"]
        sentence = row["sentence"]
        evidence = row["evidenceText"]
        span = Span(start: row["evidenceStart"], end: row["evidenceEnd"])
        sourceText = row["sourceText"]
        targetText = row["targetText"]
        cameo = row["cameo"]
        dateValue = row["dateValue"]
        dateBasis = row["dateBasis"]
        dateText = row["dateText"]
        status = row["status"]
        attribution = AttributionColumn.chain(row["attribution"])
        quote = row["quote"]
        reported = row["reported"]
    }
}

/// A row whose columns are read under a common prefix (`representative_doc` as `doc`).
struct PrefixedRow {
    /// The row.
    let row: StoreRow
    /// What each column name starts with.
    let prefix: String

    /// A column's value, nil when NULL.
    subscript<T: StoreColumnValue>(_ name: String) -> T? { row[prefix + name] }

    /// A column's value; NULL reads as `T.whenNull`.
    subscript<T: StoreColumnValue>(_ name: String) -> T { row[prefix + name] }
}
