import ChanceryCore
import ChanceryStore
import Foundation

/// SVG charts drawn on the server: deterministic, no script needed.
enum Charts {
    /// Events per day (or per month over long spans), stacked by quad class.
    static func timeline(_ counts: [DayCount]) -> HTML {
        guard let first = counts.first.flatMap({ Day(iso: $0.day) }),
            let last = counts.last.flatMap({ Day(iso: $0.day) })
        else {
            return "<p class=\"muted\">No dated events match.</p>"
        }
        let monthly = last.ordinal - first.ordinal > 180
        func bucket(_ d: Day) -> Int { monthly ? d.year * 12 + d.month - 1 : d.ordinal }
        func label(_ b: Int) -> String { monthly ? "\(b / 12)-\(Day.pad(b % 12 + 1, 2))" : Day(ordinal: b).description }
        let lo = bucket(first)
        let hi = bucket(last)
        var stacks = [[Int]](repeating: [0, 0, 0, 0], count: hi - lo + 1)
        for c in counts {
            if let d = Day(iso: c.day), (1...4).contains(c.quad) { stacks[bucket(d) - lo][c.quad - 1] += c.count }
        }
        let peak = max(1, stacks.map { $0.reduce(0, +) }.max() ?? 1)
        let width = 760.0
        let height = 220.0
        let left = 34.0
        let bottom = 28.0
        let top = 10.0
        let step = (width - left - 6) / Double(stacks.count)
        var svg: HTML =
            "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Events per \(monthly ? "month" : "day") by quad class\">"
        svg +=
            "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - 4)\" y2=\"\(height - bottom)\" stroke=\"#999\"/>"
        svg += "<text x=\"\(left - 6)\" y=\"\(top + 8)\" font-size=\"11\" text-anchor=\"end\">\(peak)</text>"
        svg += "<text x=\"\(left - 6)\" y=\"\(height - bottom)\" font-size=\"11\" text-anchor=\"end\">0</text>"
        let plot = height - bottom - top
        for (i, stack) in stacks.enumerated() {
            var y = height - bottom
            let x = left + Double(i) * step
            for q in 0..<4 where stack[q] > 0 {
                let h = plot * Double(stack[q]) / Double(peak)
                y -= h
                svg +=
                    "<rect x=\(fmt(x + step * 0.1)) y=\(fmt(y)) width=\(fmt(max(1, step * 0.8))) height=\(fmt(h)) fill=\"\(HTML.quadColours[q])\">"
                svg += "<title>\(label(lo + i)): \(stack[q]) \(HTML.quadNames[q])</title></rect>"
            }
        }
        svg += axisLabels(most: 6, bars: stacks.count, left: left, step: step, y: height - 8) { label(lo + $0) }
        return svg + "</svg>" + legend()
    }

    /// Up to `most` labels under `bars` bars, spread evenly, the first and last aligned to the plot's edges.
    static func axisLabels(most: Int, bars: Int, left: Double, step: Double, y: Double, _ label: (Int) -> String)
        -> HTML
    {
        let ticks = min(most, bars)
        var svg: HTML = ""
        for t in 0..<ticks {
            let i = ticks == 1 ? 0 : t * (bars - 1) / (ticks - 1)
            let anchor = ticks > 1 && t == 0 ? "start" : (ticks > 1 && t == ticks - 1 ? "end" : "middle")
            svg +=
                "<text x=\(fmt(left + (Double(i) + 0.5) * step)) y=\(fmt(y)) font-size=\"11\" text-anchor=\"\(anchor)\">\(label(i))</text>"
        }
        return svg
    }

    /// The quad-class legend.
    static func legend() -> HTML {
        "<div class=\"legend\">"
            + (0..<4).map { q -> HTML in
                "<span><i class=\"quad\" style=\"background:\(HTML.quadColours[q])\"></i>\(HTML.quadNames[q])</span>"
            }.joined() + "</div>"
    }

    /// Actors on a circle, most active first from the top, joined by lines as thick as their event counts.
    static func network(_ dyads: [DyadCount], maxNodes: Int = 14) -> HTML {
        guard !dyads.isEmpty else { return "<p class=\"muted\">No dyads match.</p>" }
        var degree: [String: Int] = [:]
        for d in dyads {
            degree[d.source, default: 0] += d.count
            degree[d.target, default: 0] += d.count
        }
        let nodes = degree.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(maxNodes).map(
            \.key)
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        let size = 460.0
        let cx = 230.0
        let cy = 230.0
        let r = 150.0
        func point(_ i: Int) -> (Double, Double) {
            let a = -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(nodes.count)
            return (cx + r * cos(a), cy + r * sin(a))
        }
        let heaviest = Double(dyads.map(\.count).max() ?? 1)
        // Wide side margins so labels of nodes on the left and right stay inside the picture.
        var svg: HTML =
            "<svg viewBox=\"-110 0 \(Int(size) + 220) \(Int(size))\" role=\"img\" aria-label=\"Actor network\">"
        for d in dyads {
            guard let a = index[d.source], let b = index[d.target], a != b else { continue }
            let (x1, y1) = point(a)
            let (x2, y2) = point(b)
            var line: HTML =
                "<line x1=\(fmt(x1)) y1=\(fmt(y1)) x2=\(fmt(x2)) y2=\(fmt(y2)) stroke=\"#7a8699\" stroke-opacity=\"0.7\" "
            line +=
                "stroke-width=\(fmt(1 + 5 * Double(d.count) / heaviest))><title>\(d.source) → \(d.target): \(d.count)</title></line>"
            // A line between two countries opens their dyad over time.
            if let s = d.sourceCountry, let t = d.targetCountry, !s.isEmpty, !t.isEmpty, s != t {
                line = "<a href=\"/dyads?a=\(component: s)&amp;b=\(component: t)\">\(line)</a>"
            }
            svg += line
        }
        for (i, name) in nodes.enumerated() {
            let (x, y) = point(i)
            let anchor = abs(x - cx) < 20 ? "middle" : (x > cx ? "start" : "end")
            let dx = abs(x - cx) < 20 ? 0.0 : (x > cx ? 9.0 : -9.0)
            let dy = y < cy ? -9.0 : 16.0
            let radius = 4 + 6 * sqrt(Double(degree[name] ?? 1) / Double(degree[nodes[0]] ?? 1))
            svg +=
                "<a href=\"/?actor=\(component: name)\"><circle cx=\(fmt(x)) cy=\(fmt(y)) r=\(fmt(radius)) fill=\"#1d2330\"/>"
            svg +=
                "<text x=\(fmt(x + dx)) y=\(fmt(y + dy)) font-size=\"12\" text-anchor=\"\(anchor)\">\(String(name.prefix(22)))</text></a>"
        }
        return svg + "</svg>"
    }

    /// A coordinate as a quoted attribute value with one decimal.
    static func fmt(_ v: Double) -> HTML { "\"\(String(format: "%.1f", v))\"" }
}
