import ChanceryStore
import Hummingbird
import NIOCore

extension WebPages {
    /// Most events one download holds; past it the answer says so in `X-Chancery-Truncated` (use `chancery export` for all).
    static let downloadLimit = 100_000

    /// `/download?format=csv|jsonl|gdelt&FILTERS`: every event of the current view, in an export format, as a file.
    func download(_ request: Request) throws -> Response {
        let params = RequestParameters(request)
        guard let name = params.string("format"), let format = ExportFormat(rawValue: name) else {
            throw APIError(
                .badRequest,
                "parameter format=\(params.string("format") ?? "") is not valid: expected csv, jsonl or gdelt")
        }
        var values = params.values
        values["limit"] = "1000"
        values["cursor"] = nil
        var filter = try RequestParameters(form: values).eventFilter(maxPage: 1000)
        var body = format.header.map { $0 + "\n" } ?? ""
        var written = 0
        var truncated = false
        while true {
            let page = try store.events(filter, withMentions: format == .jsonl)
            for e in page.events { body += format.line(e) + "\n" }
            written += page.events.count
            guard let next = page.nextCursor else { break }
            if written >= WebPages.downloadLimit {
                truncated = true
                break
            }
            filter.after = next
        }
        let file = "chancery-events." + (format == .gdelt ? "gdelt.tsv" : format.rawValue)
        let type = [
            "csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
            "gdelt": "text/tab-separated-values; charset=utf-8"
        ]
        var headers: HTTPFields = [
            .contentType: type[format.rawValue] ?? "text/plain", .contentDisposition: "attachment; filename=\"\(file)\""
        ]
        if truncated {
            headers[HTTPFields.Element.Name("X-Chancery-Truncated")!] =
                "first \(written) events; chancery export writes them all"
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
