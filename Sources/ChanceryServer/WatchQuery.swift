import ChanceryStore
import Foundation

/// A watchlist's saved query: the filter parameters of the web UI as a URL query string, so a watchlist, a bookmarked
/// view and `chancery watch --add` all mean the same selection.
public enum WatchQuery {
    /// The parameters a watchlist keeps: the filters, without page position or order.
    static let names = WebPages.filterNames.filter { $0 != "sort" }

    /// The query string of the filter parameters among `values`, in name order; empty values are left out.
    public static func query(_ values: [String: String]) -> String {
        values.filter { names.contains($0.key) && !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
            .sorted { $0.key < $1.key }
            .map { "\(HTML.component($0.key))=\(HTML.component($0.value.trimmingCharacters(in: .whitespaces)))" }
            .joined(separator: "&")
    }

    /// The parameters of a query string, percent-decoded.
    public static func values(_ query: String) -> [String: String] { WebPages.formFields(query) }

    /// The event filter of a saved query, newest first, at most `limit` events; a bad value names its parameter.
    public static func filter(_ query: String, limit: Int) throws -> EventFilter {
        var values = values(query)
        values["limit"] = String(limit)
        return try RequestParameters(form: values).eventFilter(maxPage: EventFilter.maxLimit)
    }

    /// The query for a person to read: `country USA · root 14`, or `every event`.
    public static func summary(_ query: String) -> String {
        let values = values(query)
        let parts = names.compactMap { name in values[name].map { "\(name) \($0)" } }
        return parts.isEmpty ? "every event" : parts.joined(separator: " · ")
    }
}
