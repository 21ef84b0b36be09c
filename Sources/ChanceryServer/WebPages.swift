import ChanceryCore
import ChanceryStore
import Foundation
import Hummingbird

/// The web UI: server-rendered pages over the same store and pipeline as the API.
struct WebPages: Sendable {
    /// The server answering: its store, pipeline, configuration and cache.
    let server: ChanceryServer

    /// The store the pages show.
    var store: EventStore { server.store }

    /// `/`: filters, a timeline by quad class, the actor network and the event table.
    func index(_ request: Request) throws -> Response {
        // The timeline and network aggregate the whole selection (0.4 s over 100,000 events): the page is kept in the
        // answer cache until the store changes, like the API's answers.
        try filteredPage(request, RequestParameters(request), make: indexPage)
    }

    /// A page over the events `params` select, from the answer cache when the store has not changed; a bad filter is
    /// answered with a page naming the parameter.
    func filteredPage(
        _ request: Request, _ params: RequestParameters, make: (RequestParameters, EventFilter) throws -> HTML
    ) throws -> Response {
        let filter: EventFilter
        do { filter = try params.eventFilter(maxPage: server.configuration.maxPageSize) } catch let e as APIError {
            return badFilter(e)
        }
        return try server.cached(request, contentType: "text/html; charset=utf-8") { try make(params, filter).markup }
    }

    /// The page `index` serves, made when the cache does not hold it.
    func indexPage(_ params: RequestParameters, _ filter: EventFilter) throws -> HTML {
        let page = try store.events(filter)
        let counts = try store.counts()
        var body: HTML =
            "<h1>Events</h1><section>" + filterForm(params, action: "/")
            + "<p class=\"muted\">\(counts.events) events from \(counts.documents) documents in the store.</p>"
        body += viewLinks(params) + "</section>"
        body +=
            "<div class=\"charts\"><section><h2>Timeline</h2>\(Charts.timeline(try store.dayCounts(filter)))</section>"
        let dyads = try store.dyadCounts(filter, limit: 60)
        body += "<section><h2>Actor network</h2>\(Charts.network(dyads))\(countryPairs(dyads))</section></div>"
        body +=
            "<section><h2>\(page.events.count) event\(page.events.count == 1 ? "" : "s")</h2>" + eventTable(page.events)
        if let next = page.nextCursor {
            var query = params.values
            query["cursor"] = next
            body += "<p><a href=\"/?\(queryString(query))\">Next page →</a></p>"
        }
        body += "</section>"
        return HTML.page(title: "Events", body: body)
    }

    /// A query string of `values` in name order, so the same filters always make the same link.
    func queryString(_ values: [String: String]) -> String {
        values.sorted { $0.key < $1.key }.map { "\(HTML.component($0.key))=\(HTML.component($0.value))" }.joined(
            separator: "&")  // escaped to &amp; where it is interpolated
    }

    /// The table of a page of events, each linking to its own page.
    func eventTable(_ events: [FusedEvent]) -> HTML {
        guard !events.isEmpty else { return "<p class=\"muted\">No events match.</p>" }
        var html: HTML =
            "<div class=\"table-wrap\"><table><thead><tr><th>Date</th><th>Source</th><th>Event</th><th>Target</th><th>Status</th><th>Reports</th><th>Where</th></tr></thead><tbody>"
        for e in events {
            let colour = HTML.quadColours[max(0, min(3, e.quad - 1))]
            html += "<tr><td>\(e.date.value ?? "unknown")</td><td>\(party(e.source))</td>"
            html +=
                "<td><a href=\"/events/\(e.id)\"><i class=\"quad\" style=\"background:\(colour)\"></i>\(e.cameo) \(e.plover)</a></td>"
            html += "<td>\(e.target.map(party) ?? "—")</td><td class=\"status\">\(e.status)</td>"
            html +=
                "<td>\(e.mentionCount) in \(e.articleCount) article\(e.articleCount == 1 ? "" : "s")</td><td>\(e.location?.name ?? "")</td></tr>"
        }
        return html + "</tbody></table></div>"
    }

    /// An actor's name with its code.
    func party(_ p: Event.Party) -> HTML {
        "\(p.actor) <span class=\"muted\">\(p.code)</span>"
    }

    /// "Bloomberg, citing anonymous sources": the chain read outermost first.
    static func spelled(_ chain: [Attribution]) -> String {
        guard let first = chain.first else { return "the publisher, in its own voice" }
        return ([first.text] + chain.dropFirst().map { "citing \($0.text)" }).joined(separator: ", ")
    }

    /// `/events/{id}`: the fused event and each mention's evidence with the actors highlighted.
    func event(_ idText: String) throws -> Response {
        guard let id = Int64(idText), id > 0, let e = try store.event(id: id) else {
            return Responses.html(
                HTML.page(
                    title: "Not found",
                    body: "<section><h1>No event \(idText)</h1><p><a href=\"/\">All events</a></p></section>"),
                status: .notFound)
        }
        var body: HTML =
            "<h1>\(e.source.actor) → \(e.cameo) \(e.plover) → \(e.target?.actor ?? "no target")</h1><section><dl>"
        let facts: [(String, String)] = [
            (
                "Date",
                (e.date.value ?? "unknown") + " (\(e.date.precision?.rawValue ?? "?")"
                    + (e.date.text.map { ", from “\($0)”" } ?? ", \(e.date.basis.rawValue)") + ")"
            ),
            ("Source", "\(e.source.actor) (\(e.source.code))"),
            ("Target", e.target.map { "\($0.actor) (\($0.code))" } ?? "none"),
            (
                "CAMEO",
                "\(e.cameo), root \(e.root), quad class \(e.quad) (\(HTML.quadNames[max(0, min(3, e.quad - 1))])), Goldstein \(e.goldstein)"
            ),
            ("Where", e.location.map { "\($0.name), \($0.country)" } ?? "not stated"), ("Status", e.status),
            (
                "Reports",
                "\(e.mentionCount) mentions, \(e.sourceCount) sources, \(e.articleCount) articles, first \(e.firstReport ?? "?"), last \(e.lastReport ?? "?")"
            )
        ]
        for (k, v) in facts { body += "<dt>\(k)</dt><dd>\(v)</dd>" }
        body += "</dl>"
        if let t = e.target, !t.country.isEmpty, !e.source.country.isEmpty {
            body +=
                "<p><a href=\"/dyads?\(queryString(["a": e.source.country, "b": t.country]))\">\(e.source.country) and \(t.country) over time</a>"
            body +=
                " · <a href=\"/?\(queryString(["country": e.source.country, "counterpart": t.country]))\">all their events</a></p>"
        }
        body +=
            "<p class=\"legend\"><span><mark class=\"source\">source actor</mark></span><span><mark class=\"target\">target actor</mark></span></p></section>"
        for m in e.mentions {
            body +=
                "<section><h2><a href=\"/documents/\(component: m.doc)\">\(m.doc)</a> <span class=\"muted\">sentence \(m.sentence)"
            body += m.reported.map { ", published \($0)" } ?? ""
            body +=
                "</span></h2><blockquote>\(highlight(m.evidence, source: m.sourceText, target: m.targetText))</blockquote>"
            body += "<p><span class=\"status\">\(m.status)</span> · according to \(WebPages.spelled(m.attribution))"
            if let v = m.dateValue {
                body += " · dated \(v)" + (m.dateText.map { " from “\($0)”" } ?? " (\(m.dateBasis))")
            }
            body += "</p>"
            if let q = m.quote { body += "<p class=\"muted\">Quote: “\(q)”</p>" }
            body += "</section>"
        }
        return Responses.html(HTML.page(title: "Event \(id)", body: body))
    }

    /// The evidence with the first occurrences of the source and target words marked.
    func highlight(_ text: String, source: String, target: String?) -> HTML {
        var marks: [(Range<String.Index>, String)] = []
        if !source.isEmpty, let r = text.range(of: source) { marks.append((r, "source")) }
        if let target, !target.isEmpty, let r = text.range(of: target), !marks.contains(where: { $0.0.overlaps(r) }) {
            marks.append((r, "target"))
        }
        marks.sort { $0.0.lowerBound < $1.0.lowerBound }
        var out: HTML = ""
        var at = text.startIndex
        for (r, kind) in marks {
            out += "\(String(text[at..<r.lowerBound]))<mark class=\"\(kind)\">\(String(text[r]))</mark>"
            at = r.upperBound
        }
        return out + "\(String(text[at...]))"
    }

    /// `/documents/{id}`: the article with evidence sentences and actor mentions marked.
    func document(_ id: String) throws -> Response {
        guard let record = try store.document(id: id) else {
            return Responses.html(
                HTML.page(title: "Not found", body: "<section><h1>No document \(id)</h1></section>"), status: .notFound)
        }
        let mentions = try store.mentions(inDocument: id)
        let coded = server.pipeline.run(record.document)
        let actors = coded.mentions.flatMap { $0 }.filter { !$0.country.isEmpty && !$0.isLocative }
        var body: HTML = "<h1>\(record.title ?? record.id)</h1><section><p class=\"muted\">\(record.id)"
        body += record.date.map { " · published \($0.description)" } ?? " · publication date unknown"
        if let url = record.url { body += " · <a href=\"\(url)\" rel=\"noreferrer\">original</a>" }
        body +=
            "</p><p class=\"legend\"><span><span class=\"evidence\">evidence of an event</span></span><span><mark class=\"actor\">actor</mark></span></p>"
        body +=
            "<div class=\"doc-text\">\(marked(record.text, evidence: mentions.map { ($0.mention.span, $0.event) }, actors: actors))</div></section>"
        return Responses.html(HTML.page(title: record.title ?? record.id, body: body))
    }

    /// The text cut at every span boundary; each piece is wrapped by what covers it, so marks never interleave.
    func marked(_ text: String, evidence: [(Span, Int64)], actors: [Mention]) -> HTML {
        let scalars = Array(text.unicodeScalars)
        var cuts = Set([0, scalars.count])
        for (s, _) in evidence {
            cuts.insert(max(0, min(scalars.count, s.start)))
            cuts.insert(max(0, min(scalars.count, s.end)))
        }
        for a in actors {
            cuts.insert(max(0, min(scalars.count, a.span.start)))
            cuts.insert(max(0, min(scalars.count, a.span.end)))
        }
        let points = cuts.sorted()
        var out: HTML = ""
        for (a, b) in zip(points, points.dropFirst()) where a < b {
            var piece: HTML = "\(String(String.UnicodeScalarView(scalars[a..<b])))"
            if let actor = actors.first(where: { $0.span.start <= a && b <= $0.span.end }) {
                piece = "<mark class=\"actor\" title=\"\(actor.actor) (\(actor.code))\">\(piece)</mark>"
            }
            if let ev = evidence.first(where: { $0.0.start <= a && b <= $0.0.end }) {
                piece = "<span class=\"evidence\" title=\"event \(ev.1)\">\(piece)</span>"
            }
            out += piece
        }
        return out
    }

    /// `/paste`: a box to code an article on the spot.
    func paste(_ result: HTML?, text: String = "", date: String = "") -> Response {
        var body: HTML = "<h1>Code an article</h1><section><form method=\"post\" action=\"/paste\">"
        body += "<p><label>Publication date <input type=\"date\" name=\"date\" value=\"\(date)\"></label></p>"
        body += "<textarea name=\"text\" placeholder=\"Paste a news article here\">\(text)</textarea>"
        body +=
            "<p><button type=\"submit\">Code it</button> <span class=\"muted\">Nothing is stored.</span></p></form></section>"
        if let result { body += result }
        return Responses.html(HTML.page(title: "Code an article", body: body))
    }

    /// `POST /paste`: codes the pasted text and shows its events and the marked text.
    func pasted(_ request: Request) async throws -> Response {
        let data = try await server.body(request)
        let form = WebPages.formFields(String(decoding: data, as: UTF8.self))
        let text = form["text"] ?? ""
        let date = form["date"] ?? ""
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return paste("<section><p>Paste some text first.</p></section>", date: date)
        }
        if !date.isEmpty, Day(iso: date) == nil {
            return paste("<section><p>The date \(date) is not YYYY-MM-DD.</p></section>", text: text, date: date)
        }
        let pipeline = server.pipeline
        let coded = try await server.coding.run { deadline in
            try pipeline.run(Document(id: "pasted", text: text, date: Day(iso: date)), deadline: deadline)
        }
        var result: HTML = "<section><h2>\(coded.events.count) event\(coded.events.count == 1 ? "" : "s")</h2>"
        if !coded.events.isEmpty {
            result +=
                "<div class=\"table-wrap\"><table><thead><tr><th>Date</th><th>Source</th><th>Event</th><th>Target</th><th>Status</th><th>According to</th><th>Evidence</th></tr></thead><tbody>"
            for e in coded.events {
                result +=
                    "<tr><td>\(e.date.value ?? "unknown")</td><td>\(party(e.source))</td><td>\(e.code.cameo) \(e.code.plover)</td>"
                result += "<td>\(e.target.map(party) ?? "—")</td><td class=\"status\">\(e.status.rawValue)</td>"
                result +=
                    "<td>\(WebPages.spelled(e.attribution))</td><td>\(highlight(e.evidence.text, source: e.source.text, target: e.target?.text))</td></tr>"
            }
            result += "</tbody></table></div>"
        }
        let actors = coded.mentions.flatMap { $0 }.filter { !$0.country.isEmpty && !$0.isLocative }
        result +=
            "</section><section><h2>Text</h2><div class=\"doc-text\">\(marked(text, evidence: coded.events.map { ($0.evidence.span, 0) }, actors: actors))</div></section>"
        return paste(result, text: text, date: date)
    }

    /// Decodes an `application/x-www-form-urlencoded` body.
    static func formFields(_ body: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                (String(s).replacingOccurrences(of: "+", with: " ")).removingPercentEncoding ?? String(s)
            }
            out[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return out
    }
}
