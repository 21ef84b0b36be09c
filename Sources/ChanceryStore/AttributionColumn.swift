import ChanceryCore
import Foundation

/// The `mention.attribution` column: a chain stored as the JSON array that `events.md` prints, written and read here only.
enum AttributionColumn {
    /// One link as the column's JSON holds it.
    private struct Link: Decodable {
        /// As written ("Bloomberg").
        var text: String?
        /// Actor code, or empty.
        var code: String?
    }

    /// The column text of a chain: the record's own JSON, so what is stored is what exports print.
    static func text(_ chain: [Attribution]) -> String { Records.attribution(chain).serialized }

    /// The chain a column holds; empty for text this store did not write, as a damaged column should not stop a read.
    static func chain(_ text: String?) -> [Attribution] {
        guard let text, let links = try? JSONDecoder().decode([Link].self, from: Data(text.utf8)) else { return [] }
        return links.map { Attribution(text: $0.text ?? "", code: $0.code ?? "") }
    }
}
