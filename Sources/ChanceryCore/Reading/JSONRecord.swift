import Foundation

/// One JSON Lines document record: `{"id", "date", "title", "text", "url", "source"}`; only `text` is required.
struct JSONRecord {
    var id: String?
    var date: String?
    var title: String?
    var text: String
    var url: String?
    var source: String?

    /// Parses one line.
    static func parse(_ data: Data) -> Result<JSONRecord, ReadError.Problem> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            return .failure(.brokenJSON("invalid JSON"))
        }
        guard let dict = object as? [String: Any] else {
            return .failure(.brokenJSON("a JSON value but not an object"))
        }
        guard let text = dict["text"] as? String, !text.isEmpty else { return .failure(.missingText) }
        func string(_ key: String) -> String? {
            if let s = dict[key] as? String { return s }
            if let n = dict[key] as? NSNumber { return n.stringValue }
            return nil
        }
        return .success(
            JSONRecord(
                id: string("id"), date: string("date"), title: string("title"), text: text,
                url: string("url"), source: string("source")))
    }
}
