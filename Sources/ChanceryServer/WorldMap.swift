import ChanceryCore
import ChanceryStore
import Foundation

/// The world map: Natural Earth 1:110m country outlines (`Resources/world-110m.tsv`, made by `Scripts/make-world-map.py`)
/// in an equirectangular plane (x = longitude + 180, y = 90 − latitude), drawn as server-side SVG.
enum WorldMap {
    /// A country outline.
    struct Country: Sendable {
        /// ISO3 code.
        var code: String
        /// English short name.
        var name: String
        /// SVG path data in the 360 × 180 plane, escaped once when loaded (84 KB for all countries, drawn on every map).
        var path: HTML
    }

    /// The outlines, read once; empty only if the resource is missing from the build, which `loadProblem` then says.
    static let countries: [Country] = load().countries
    /// Why the outlines could not be read, if they could not.
    static let loadProblem: String? = load().problem

    /// Reads the resource.
    static func load() -> (countries: [Country], problem: String?) {
        guard let url = Bundle.module.url(forResource: "world-110m", withExtension: "tsv", subdirectory: "Resources")
        else {
            return (
                [], "the map resource world-110m.tsv is missing from this build; rebuild chancery from a full checkout"
            )
        }
        let file = TSVFile.rows(url)
        let countries = file.rows.compactMap { row in
            row.columns.count == 3
                ? Country(code: row.columns[0], name: row.columns[1], path: "\(row.columns[2])") : nil
        }
        return (countries, file.problems.first?.description)
    }

    /// Fill colours of the choropleth, lightest for the fewest events.
    static let shades = ["#d4d2ea", "#b3b0d8", "#8f89c2", "#6c5fae", "#4a2a8c"]
    /// Fill of countries without matching events.
    static let empty = "#eceef1"

    /// Upper bounds of the five choropleth classes for counts up to `peak`: log-spaced, so one busy country does not
    /// leave every other in the lightest shade.
    static func classBounds(peak: Int) -> [Int] {
        guard peak > 1 else { return [1, 1, 1, 1, 1] }
        var bounds: [Int] = []
        for i in 1...5 {
            let b = Int(pow(Double(peak), Double(i) / 5).rounded(.up))
            bounds.append(max(b, (bounds.last ?? 0) + (i == 5 ? 0 : 1), 1))
        }
        bounds[4] = peak
        return bounds
    }

    /// The map: countries shaded by `counts`, `places` as points sized by mentions and coloured by quad class.
    /// `link` makes the address of the event list for a country code or place name.
    static func render(counts: [CountryCount], places: [PlaceCount], link: (_ location: String) -> String) -> HTML {
        if let loadProblem { return "<p class=\"muted\">\(loadProblem)</p>" }
        let byCode = Dictionary(counts.map { ($0.country, $0.count) }, uniquingKeysWith: +)
        let bounds = classBounds(peak: counts.map(\.count).max() ?? 0)
        func shade(_ n: Int) -> String { n <= 0 ? empty : shades[bounds.firstIndex { n <= $0 } ?? 4] }
        var svg: HTML = "<svg class=\"map\" viewBox=\"0 5 360 145\" role=\"img\" aria-label=\"World map of events\">"
        svg += "<rect x=\"0\" y=\"5\" width=\"360\" height=\"145\" fill=\"#f7fbff\"/>"
        for c in countries {
            let n = byCode[c.code] ?? 0
            let title: HTML = "<title>\(c.name): \(n) event\(n == 1 ? "" : "s")</title>"
            let path: HTML =
                "<path d=\"\(c.path)\" fill=\"\(shade(n))\" stroke=\"#8a94a3\" stroke-width=\"0.15\">\(title)</path>"
            svg += n > 0 ? "<a href=\"\(link(c.code))\" class=\"country\" data-country=\"\(c.code)\">\(path)</a>" : path
        }
        let heaviest = Double(places.map(\.mentions).max() ?? 1)
        for p in places.sorted(by: { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.name < $1.name }) {
            let r = 0.7 + 2.8 * sqrt(Double(p.mentions) / max(1, heaviest))
            let colour = HTML.quadColours[max(0, min(3, p.quad - 1))]
            svg +=
                "<a href=\"\(link(p.name))\" class=\"place\"><circle cx=\(Charts.fmt(p.lon + 180)) cy=\(Charts.fmt(90 - p.lat)) r=\(Charts.fmt(r)) "
            svg +=
                "fill=\"\(colour)\" fill-opacity=\"0.75\" stroke=\"#fff\" stroke-width=\"0.2\"><title>\(p.name): \(p.events) "
            svg +=
                "\(HTML.quadNames[max(0, min(3, p.quad - 1))]) event\(p.events == 1 ? "" : "s"), \(p.mentions) mention\(p.mentions == 1 ? "" : "s")</title></circle></a>"
        }
        return svg + "</svg>" + legend(bounds: bounds, hasCounts: !counts.isEmpty)
    }

    /// The two legends: choropleth classes and the quad colours of points.
    static func legend(bounds: [Int], hasCounts: Bool) -> HTML {
        var html: HTML =
            "<div class=\"legend\"><strong>Events in the country:</strong> <span><i class=\"quad\" style=\"background:\(empty)\"></i>none</span>"
        if hasCounts {
            var low = 1
            for (i, b) in bounds.enumerated() where b >= low {
                html +=
                    "<span><i class=\"quad\" style=\"background:\(shades[i])\"></i>\(low == b ? "\(b)" : "\(low)–\(b)")</span>"
                low = b + 1
            }
        }
        html += "</div><div class=\"legend\"><strong>Points, sized by mentions:</strong> "
        return html
            + (0..<4).map { q -> HTML in
                "<span><i class=\"quad\" style=\"background:\(HTML.quadColours[q]);border-radius:50%\"></i>\(HTML.quadNames[q])</span>"
            }.joined() + "</div>"
    }
}
