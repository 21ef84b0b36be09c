import ChanceryStore
import Hummingbird

extension WebPages {
    /// `/dyads?a=USA&b=RUS`: two countries' events over time, cooperation above and conflict below, with the events under it.
    func dyad(_ request: Request) throws -> Response {
        let params = RequestParameters(request)
        guard let a = params.string("a")?.uppercased(), let b = params.string("b")?.uppercased() else {
            return badFilter(APIError(.badRequest, "the dyad view needs two codes: /dyads?a=USA&b=RUS"))
        }
        // The pair is the filter's country and counterpart; the other filters (dates, root, status ...) narrow it.
        var values = params.values
        values["country"] = a
        values["counterpart"] = b
        return try filteredPage(request, RequestParameters(form: values)) { try dyadPage($0, $1, a: a, b: b) }
    }

    /// The page `dyad` serves, made when the cache does not hold it.
    func dyadPage(_ params: RequestParameters, _ filter: EventFilter, a: String, b: String) throws -> HTML {
        let page = try store.events(filter)
        let total = try store.count(filter)
        var body: HTML = "<h1>\(a) and \(b) over time</h1><section>"
        body +=
            "<form class=\"filters\" method=\"get\" action=\"/dyads\"><label>First<input name=\"a\" value=\"\(a)\"></label>"
        body +=
            "<label>Second<input name=\"b\" value=\"\(b)\"></label><label>Since<input type=\"date\" name=\"since\" value=\"\(params.string("since") ?? "")\"></label>"
        body += "<label>Until<input type=\"date\" name=\"until\" value=\"\(params.string("until") ?? "")\"></label>"
        body +=
            "<label>CAMEO root<input name=\"root\" value=\"\(params.string("root") ?? "")\"></label><button type=\"submit\">Show</button> "
        body += "<a href=\"/dyads?\(queryString(["a": b, "b": a]))\">swap</a></form>" + viewLinks(params) + "</section>"
        body +=
            "<section><h2>\(total) event\(total == 1 ? "" : "s") between \(a) and \(b), either way</h2>\(DyadChart.render(try store.dayWeights(filter)))</section>"
        body += "<section><h2>Latest \(page.events.count)</h2>" + eventTable(page.events)
        if let next = page.nextCursor {
            var query = params.values.filter { $0.key != "country" && $0.key != "counterpart" }
            query["cursor"] = next
            body += "<p><a href=\"/dyads?\(queryString(query))\">Next page →</a></p>"
        }
        return HTML.page(title: "\(a)–\(b)", body: body + "</section>")
    }
}
