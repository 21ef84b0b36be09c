import ChanceryStore
import Foundation
import Hummingbird

extension WebPages {
    /// `GET /watch`: every watchlist with what is new since it was last opened, and a form to save one.
    func watchlists(_ request: Request, message: HTML? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let params = RequestParameters(request)
        var body: HTML = "<h1>Watchlists</h1>"
        if let message { body += "<section class=\"notice\">\(message)</section>" }
        let lists = try store.watchlists()
        body += "<section><h2>\(lists.count) watchlist\(lists.count == 1 ? "" : "s")</h2>"
        if lists.isEmpty {
            body +=
                "<p class=\"muted\">None yet: save a query below, or from the events list with “Save as a watchlist”.</p>"
        } else {
            body +=
                "<div class=\"table-wrap\"><table><thead><tr><th>Name</th><th>Query</th><th>New since opened</th><th>Last opened</th><th>Feed</th></tr></thead><tbody>"
            for list in lists {
                var filter = try WatchQuery.filter(list.query, limit: 1)
                filter.newerThan = list.seenMention
                let new = try store.count(filter)
                body +=
                    "<tr><td><a href=\"/watch/\(component: list.name)\">\(list.name)</a></td><td>\(WatchQuery.summary(list.query))</td>"
                body +=
                    "<td class=\"new\">\(new)</td><td>\(list.openedAt ?? "never")</td><td><a href=\"/watch/\(component: list.name).atom\">Atom</a></td></tr>"
            }
            body += "</tbody></table></div>"
        }
        body += "</section>" + saveForm(params)
        return Responses.html(HTML.page(title: "Watchlists", body: body), status: status)
    }

    /// The form that saves a query under a name, filled in with the request's filters.
    func saveForm(_ params: RequestParameters) -> HTML {
        func field(_ name: String, _ label: String, _ placeholder: String) -> HTML {
            "<label>\(label)<input name=\"\(name)\" placeholder=\"\(placeholder)\" value=\"\(params.string(name) ?? "")\"></label>"
        }
        var form: HTML = "<section><h2>Save a query</h2>"
        guard server.configuration.token != nil else {
            return form
                + "<p class=\"muted\">This server is read-only: start it with <code>--token</code> to save watchlists here, "
                + "or save one with <code>chancery watch --add NAME --country USA</code>.</p></section>"
        }
        form += "<form class=\"filters\" method=\"post\" action=\"/watch\">" + field("name", "Name", "usa-russia")
        form +=
            field("country", "Country", "USA") + field("counterpart", "With", "RUS") + field("actor", "Actor", "Lavrov")
        form +=
            field("root", "CAMEO root", "04") + field("status", "Status", "reported")
            + field("text", "Words", "sanctions")
        for name in ["role", "code", "plover", "location", "scope", "since", "until"] {
            if let v = params.string(name) { form += "<input type=\"hidden\" name=\"\(name)\" value=\"\(v)\">" }
        }
        form +=
            "<label>Token<input type=\"password\" name=\"token\" autocomplete=\"current-password\"></label><button type=\"submit\">Save</button></form>"
        return form
            + "<p class=\"muted\">The token is the one the server was started with (<code>--token</code>).</p></section>"
    }

    /// `POST /watch`: saves the form's query under its name, then shows the watchlist.
    func saveWatchlist(_ request: Request) async throws -> Response {
        let form = WebPages.formFields(String(decoding: try await server.body(request), as: UTF8.self))
        let given = form["token"].map { "Bearer " + $0 } ?? request.headers[.authorization] ?? ""
        guard server.configuration.token != nil, server.tokenMatches(given) else {
            return try watchlists(
                request,
                message:
                    "Not saved: \(server.configuration.token == nil ? "this server is read-only (start it with --token)" : "wrong token").",
                status: .forbidden)
        }
        let name = form["name"]?.trimmingCharacters(in: .whitespaces) ?? ""
        guard Watchlist.isValidName(name) else {
            return try watchlists(
                request, message: "Not saved: name \(name) must be 1 to 64 letters, digits, - or _.",
                status: .badRequest)
        }
        let query = WatchQuery.query(form)
        do { _ = try WatchQuery.filter(query, limit: 1) } catch let e as APIError {
            return try watchlists(request, message: "Not saved: \(e.message).", status: .badRequest)
        }
        try store.saveWatchlist(name: name, query: query)
        return Response(status: .seeOther, headers: [.location: "/watch/\(HTML.component(name))"])
    }

    /// `GET /watch/NAME`: what is new since the watchlist was last opened (then marked seen), or `NAME.atom`, its feed.
    func watchlist(_ name: String, request: Request) throws -> Response {
        let isFeed = name.hasSuffix(".atom")
        let plain = isFeed ? String(name.dropLast(5)) : name
        guard let list = try store.watchlist(named: plain) else {
            return Responses.html(
                HTML.page(
                    title: "Not found",
                    body: "<section><h1>No watchlist \(plain)</h1><p><a href=\"/watch\">Watchlists</a></p></section>"),
                status: .notFound)
        }
        var filter = try WatchQuery.filter(list.query, limit: 50)
        if isFeed {
            let base =
                "http://" + (request.head.authority ?? "\(server.configuration.host):\(server.configuration.port)")
            let feed = AtomFeed.render(list, events: try store.events(filter).events, base: base)
            return Response(
                status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8"],
                body: .init(byteBuffer: .init(string: feed.markup)))
        }
        let latest = try store.events(filter)
        filter.newerThan = list.seenMention
        let new = try store.events(filter)
        let query = WatchQuery.query(WatchQuery.values(list.query))
        var body: HTML =
            "<h1>Watchlist \(list.name)</h1><section><p>\(WatchQuery.summary(list.query)) · last opened \(list.openedAt ?? "never") · "
        body +=
            "<a href=\"/?\(query)\">all its events</a> · <a href=\"/map?\(query)\">map</a> · <a href=\"/watch/\(component: list.name).atom\">Atom feed</a></p>"
        if server.configuration.token != nil {
            do { try store.markWatchlistOpened(list.name) } catch {
                body += "<p class=\"muted\">Could not mark it as read: \(String(describing: error))</p>"
            }
        }
        body +=
            "</section><section><h2>\(new.events.count)\(new.nextCursor == nil ? "" : "+") new since last opened</h2>"
            + eventTable(new.events) + "</section>"
        body += "<section><h2>Latest events</h2>" + eventTable(latest.events) + "</section>"
        return Responses.html(HTML.page(title: "Watchlist \(list.name)", body: body))
    }
}
