import ChanceryStore

/// The filters every list, map and dyad page shares, kept in the URL so a view can be bookmarked and sent.
extension WebPages {
    /// The parameters that select events (pagination and page-specific ones left out).
    static let filterNames = [
        "country", "counterpart", "actor", "role", "code", "root", "plover", "status", "since", "until", "location",
        "text", "scope", "sort"
    ]

    /// The request's filters as a query string in name order, with `changes` applied (nil removes a parameter).
    func filterQuery(_ params: RequestParameters, _ changes: [String: String?] = [:]) -> String {
        var values = params.values.filter { WebPages.filterNames.contains($0.key) && !$0.value.isEmpty }
        for (k, v) in changes { values[k] = v }
        return queryString(values)
    }

    /// The filter form posting to `action`, filled in with the request's values; `hidden` parameters ride along unseen.
    func filterForm(_ params: RequestParameters, action: String, hidden: [String] = ["counterpart", "sort"]) -> HTML {
        func field(_ name: String, _ label: String, _ placeholder: String, type: String = "text") -> HTML {
            "<label>\(label)<input type=\"\(type)\" name=\"\(name)\" placeholder=\"\(placeholder)\" value=\"\(params.string(name) ?? "")\"></label>"
        }
        func select(_ name: String, _ label: String, _ options: [(String, String)]) -> HTML {
            let items = options.map { v, text -> HTML in
                "<option value=\"\(v)\"\((params.string(name) ?? "") == v ? " selected" : "")>\(text)</option>"
            }
            return "<label>\(label)<select name=\"\(name)\">\(items.joined())</select></label>"
        }
        let fields =
            field("country", "Country", "RUS") + field("actor", "Actor", "Ushakov") + field("root", "CAMEO root", "04")
            + field("since", "Since", "", type: "date") + field("until", "Until", "", type: "date")
            + field("text", "Words", "Abu Dhabi")
            + field("location", "Where", "Moscow or RUS")
        let statuses = select("status", "Status", [("", "any")] + FusedStatus.allValues.map { ($0, $0) })
        let scopes = select(
            "scope", "Scope", [("", "all"), ("domestic", "domestic"), ("international", "international")])
        let carried = hidden.compactMap { name -> HTML? in
            params.string(name).map { "<input type=\"hidden\" name=\"\(name)\" value=\"\($0)\">" }
        }
        return
            "<form class=\"filters\" method=\"get\" action=\"\(action)\">\(fields)\(statuses)\(scopes)\(carried.joined())"
            + "<button type=\"submit\">Filter</button> <a href=\"\(action)\">clear</a></form>"
    }

    /// Links from a view to the same selection elsewhere: list, map, downloads, and saving it as a watchlist.
    func viewLinks(_ params: RequestParameters) -> HTML {
        let q = filterQuery(params)
        let downloads = [("csv", "CSV"), ("jsonl", "JSON Lines"), ("gdelt", "GDELT TSV")].map { format, name -> HTML in
            "<a href=\"/download?\(filterQuery(params, ["format": format]))\" download>\(name)</a>"
        }
        var html: HTML = "<p class=\"view-links\"><a href=\"/?\(q)\">List</a> · <a href=\"/map?\(q)\">Map</a>"
        if let a = params.string("country"), let b = params.string("counterpart") {
            html += " · <a href=\"/dyads?\(queryString(["a": a, "b": b]))\">Dyad over time</a>"
        }
        html += " · <a href=\"/watch?\(q)\">Save as a watchlist</a> · Download: " + downloads.joined(separator: " ")
        return html + "</p>"
    }

    /// Links to the dyad view of the busiest country pairs among `dyads`.
    func countryPairs(_ dyads: [DyadCount]) -> HTML {
        var totals: [String: (a: String, b: String, count: Int)] = [:]
        for d in dyads {
            guard let s = d.sourceCountry, let t = d.targetCountry, !s.isEmpty, !t.isEmpty, s != t else { continue }
            let (a, b) = s < t ? (s, t) : (t, s)
            totals[a + "-" + b, default: (a, b, 0)].count += d.count
        }
        let top = totals.values.sorted { $0.count != $1.count ? $0.count > $1.count : ($0.a, $0.b) < ($1.a, $1.b) }
            .prefix(8)
        guard !top.isEmpty else { return "" }
        let links = top.map { p -> HTML in
            "<a href=\"/dyads?\(queryString(["a": p.a, "b": p.b]))\">\(p.a)–\(p.b)</a> (\(p.count))"
        }
        return "<p class=\"muted\">Country pairs over time: " + links.joined(separator: ", ") + "</p>"
    }
}

extension Sequence where Element == HTML {
    /// The pieces with `separator` between them.
    func joined(separator: HTML) -> HTML {
        var out: HTML = ""
        var first = true
        for piece in self {
            if !first { out += separator }
            out += piece
            first = false
        }
        return out
    }
}
