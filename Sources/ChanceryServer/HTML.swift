/// A piece of HTML markup, escaped by construction.
///
/// String literals are markup written here; every `String` interpolated into one is escaped, so a stored title, id,
/// URL or actor name can never open a tag or close an attribute. Markup joins markup only through interpolation of
/// `HTML` values, `+` and `+=`: there is no way to append an unescaped `String`.
///
///     let title = "<script>alert(1)</script>"
///     let cell: HTML = "<td>\(title)</td>"   // <td>&lt;script&gt;alert(1)&lt;/script&gt;</td>
struct HTML: ExpressibleByStringInterpolation, CustomStringConvertible, Sendable {
    /// The markup.
    private(set) var markup: String

    /// Markup written as a literal.
    init(stringLiteral value: String) { markup = value }

    /// Markup with escaped interpolations.
    init(stringInterpolation: Interpolation) { markup = stringInterpolation.markup }

    /// The markup, for a response body.
    var description: String { markup }

    /// Appends markup.
    static func += (lhs: inout HTML, rhs: HTML) { lhs.markup += rhs.markup }

    /// Joins two pieces of markup.
    static func + (lhs: HTML, rhs: HTML) -> HTML {
        var out = lhs
        out += rhs
        return out
    }

    /// What may be interpolated: text (escaped), markup, numbers.
    struct Interpolation: StringInterpolationProtocol {
        /// The markup so far.
        var markup = ""

        /// Reserves room for the literal parts.
        init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        /// A literal part: markup.
        mutating func appendLiteral(_ literal: String) { markup += literal }

        /// Text: escaped for element content and quoted attributes.
        mutating func appendInterpolation(_ text: String) { markup += HTML.escape(text) }

        /// Markup built elsewhere.
        mutating func appendInterpolation(_ html: HTML) { markup += html.markup }

        /// An integer.
        mutating func appendInterpolation<N: BinaryInteger>(_ number: N) { markup += String(number) }

        /// A number.
        mutating func appendInterpolation(_ number: Double) { markup += HTML.escape(String(number)) }

        /// A path or query component: percent-encoded, then escaped for the attribute.
        mutating func appendInterpolation(component: String) { markup += HTML.escape(HTML.component(component)) }
    }

    /// Escapes text for element content and quoted attributes.
    static func escape(_ s: String) -> String {
        // Most text has nothing to escape: one pass over the bytes finds that (escaping scalar by scalar was most of a
        // map page's time).
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return s
        }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Percent-encodes a query or path component.
    static func component(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~"))) ?? s
    }

    /// Colours of the four quad classes: verbal and material cooperation, verbal and material conflict.
    static let quadColours = ["#2e7d32", "#1565c0", "#ef6c00", "#c62828"]
    /// Names of the quad classes.
    static let quadNames = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]

    /// The page frame: header, navigation, styles that read on a desktop and on a phone.
    static func page(title: String, body: HTML) -> HTML {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="icon" href="data:,">
        <title>\(title) · Chancery</title>
        <style>
        :root { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; background: #f6f7f9; }
        body { margin: 0; }
        header { background: #1d2330; color: #fff; padding: .6rem 1rem; display: flex; gap: 1.2rem; align-items: baseline; flex-wrap: wrap; }
        header a { color: #fff; text-decoration: none; } header strong { font-size: 1.2rem; }
        main { max-width: 1200px; margin: 0 auto; padding: 1rem; }
        section { background: #fff; border: 1px solid #dde1e7; border-radius: 6px; padding: .8rem 1rem; margin-bottom: 1rem; }
        h1 { font-size: 1.4rem; margin: .2rem 0 .8rem; } h2 { font-size: 1.05rem; margin: 0 0 .6rem; }
        form.filters { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; }
        form.filters label { display: flex; flex-direction: column; font-size: .8rem; color: #555; }
        input, select, textarea, button { font: inherit; padding: .3rem .4rem; border: 1px solid #c5cbd3; border-radius: 4px; }
        input { width: 8rem; } button { background: #1d2330; color: #fff; cursor: pointer; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #e6e9ee; vertical-align: top; }
        th { background: #f0f2f5; font-weight: 600; white-space: nowrap; }
        .quad { display: inline-block; width: .7rem; height: .7rem; border-radius: 2px; margin-right: .3rem; vertical-align: middle; }
        .charts { display: grid; grid-template-columns: 3fr 2fr; gap: 1rem; }
        @media (max-width: 800px) {
          .charts { grid-template-columns: 1fr; } input { width: 6.5rem; } main { padding: .5rem; } section { padding: .6rem; }
          header { gap: .4rem .9rem; padding: .5rem .7rem; } h1 { font-size: 1.2rem; } table { font-size: .8rem; }
          th, td { padding: .3rem .3rem; } svg.chart text { font-size: 22px; } dl { grid-template-columns: 1fr; } dd { margin-left: 0; margin-bottom: .4rem; }
        }
        .view-links { font-size: .9rem; } .view-links a { white-space: nowrap; }
        .map a.country:hover path { stroke: #1d2330; stroke-width: .4; } .map a.place:hover circle { stroke: #1d2330; stroke-width: .5; }
        svg { width: 100%; height: auto; display: block; }
        svg text { font-family: inherit; }
        .legend span { margin-right: .8rem; font-size: .85rem; white-space: nowrap; }
        mark.source { background: #ffe08a; } mark.target { background: #b9e0ff; } mark.actor { background: #e8e1ff; }
        span.evidence { background: #fff4d6; border-bottom: 2px solid #e0a800; }
        .doc-text { white-space: pre-wrap; line-height: 1.5; }
        .muted { color: #666; font-size: .85rem; } .status { font-weight: 600; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: 0; } dt { color: #555; }
        blockquote { margin: .4rem 0; padding: .4rem .8rem; border-left: 3px solid #c5cbd3; background: #fafbfc; }
        textarea { width: 100%; box-sizing: border-box; min-height: 14rem; }
        </style></head><body>
        <header><strong><a href="/">Chancery</a></strong><a href="/">Events</a><a href="/map">Map</a><a href="/watch">Watchlists</a><a href="/paste">Code an article</a><a href="/openapi.json">API</a></header>
        <main>
        \(body)
        </main></body></html>
        """
    }
}

extension Sequence where Element == HTML {
    /// The pieces one after another.
    func joined() -> HTML { reduce(into: "" as HTML) { $0 += $1 } }
}
