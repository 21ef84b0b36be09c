import ChanceryStore
import Foundation
import Hummingbird

extension WebPages {
    /// Most places drawn as points: the busiest by mentions.
    static let mapPlaceLimit = 600

    /// `/map`: the filtered events on a world map, with a choropleth of events by country of action.
    func map(_ request: Request) throws -> Response {
        try filteredPage(request, RequestParameters(request), make: mapPage)
    }

    /// The page `map` serves, made when the cache does not hold it.
    func mapPage(_ params: RequestParameters, _ filter: EventFilter) throws -> HTML {
        // The two aggregates read different indexes (about 25 and 45 ms over a million events): read them at once.
        let (counts, places) = try WebPages.both(
            { try store.countryCounts(filter) }, { try store.placeCounts(filter, limit: WebPages.mapPlaceLimit) })
        let located = counts.reduce(0) { $0 + $1.count }
        var body: HTML = "<h1>Map</h1><section>" + filterForm(params, action: "/map") + viewLinks(params) + "</section>"
        body +=
            "<section><h2>\(located) located event\(located == 1 ? "" : "s") in \(counts.count) countr\(counts.count == 1 ? "y" : "ies")</h2>"
        body += WorldMap.render(counts: counts, places: places) { location in
            "/?" + filterQuery(params, ["location": location])
        }
        body +=
            "<p class=\"muted\">Click a country or a point for its events. Outlines: Natural Earth 1:110m (public domain).</p></section>"
        if !counts.isEmpty {
            let names = Dictionary(WorldMap.countries.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            var table: HTML =
                "<section><h2>By country of action</h2><div class=\"table-wrap\"><table><thead><tr><th>Country</th><th>Events</th></tr></thead><tbody>"
            for c in counts.prefix(25) {
                table +=
                    "<tr><td><a href=\"/?\(filterQuery(params, ["location": c.country]))\">\(names[c.country] ?? c.country)</a> "
                table += "<span class=\"muted\">\(c.country)</span></td><td>\(c.count)</td></tr>"
            }
            body += table + "</tbody></table></div></section>"
        }
        return HTML.page(title: "Map", body: body)
    }

    /// Runs two reads on two threads and returns both results, or the first error.
    static func both<A: Sendable, B: Sendable>(_ a: @Sendable () throws -> A, _ b: @Sendable () throws -> B) throws -> (
        A, B
    ) {
        let results = Results<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 { results.set(a: Result(catching: a)) } else { results.set(b: Result(catching: b)) }
        }
        return try results.get()
    }

    /// The page for a filter the request got wrong, naming the parameter.
    func badFilter(_ e: APIError) -> Response {
        Responses.html(
            HTML.page(
                title: "Bad filter",
                body: "<section><h1>Bad filter</h1><p>\(e.message)</p><p><a href=\"/\">All events</a></p></section>"),
            status: e.status)
    }
}

/// The two results of `WebPages.both`, each written by its own thread.
private final class Results<A: Sendable, B: Sendable>: @unchecked Sendable {
    /// Guards `a` and `b`.
    private let lock = NSLock()
    /// The first read's result.
    private var a: Result<A, any Error>?
    /// The second read's result.
    private var b: Result<B, any Error>?

    /// Keeps the first result.
    func set(a value: Result<A, any Error>) { lock.withLock { a = value } }
    /// Keeps the second result.
    func set(b value: Result<B, any Error>) { lock.withLock { b = value } }

    /// Both values, or the first error.
    func get() throws -> (A, B) {
        try lock.withLock {
            guard let a, let b else { throw APIError(.internalServerError, "a map query did not finish") }
            return (try a.get(), try b.get())
        }
    }
}
