import ChanceryCore
import ChanceryStore
import Foundation

/// A dyad over time: cooperation above the axis and conflict below, each bar the events' Goldstein scores summed
/// (their sizes, −10 to +10, as positive heights), stacked by quad class, per week or per month.
enum DyadChart {
    /// Spans longer than this many days are drawn per month, shorter ones per week (Monday to Sunday).
    static let weeklyUpTo = 366

    /// A bucket of time: its first day and its label.
    struct Bucket: Equatable {
        /// The bucket's number: a month count or a week count.
        var index: Int
        /// Its first day.
        var start: Day
    }

    /// Day ordinals of Mondays leave this remainder by 7 (1970-01-05, ordinal 4, was a Monday).
    static let mondayOffset = 4

    /// The first day of bucket `index`.
    static func start(_ index: Int, monthly: Bool) -> Day {
        monthly ? Day(year: index / 12, month: index % 12 + 1, day: 1) : Day(ordinal: index * 7 + mondayOffset)
    }

    /// Whether a span from `first` to `last` is drawn per month.
    static func isMonthly(_ first: Day, _ last: Day) -> Bool { last.ordinal - first.ordinal > weeklyUpTo }

    /// The bucket of a day.
    static func bucket(_ d: Day, monthly: Bool) -> Bucket {
        if monthly { return Bucket(index: d.year * 12 + d.month - 1, start: Day(year: d.year, month: d.month, day: 1)) }
        let monday = d.adding(days: -(d.weekday - 1))
        return Bucket(index: (monday.ordinal - mondayOffset) / 7, start: monday)
    }

    /// The chart for `weights` (one row a day and quad class).
    static func render(_ weights: [DayWeight]) -> HTML {
        let days = weights.compactMap { Day(iso: $0.day) }
        guard let first = days.min(), let last = days.max() else {
            return "<p class=\"muted\">No dated events between these two.</p>"
        }
        let monthly = isMonthly(first, last)
        let lo = bucket(first, monthly: monthly).index
        let hi = bucket(last, monthly: monthly).index
        var sums = [[Double]](repeating: [0, 0, 0, 0], count: hi - lo + 1)
        var counts = sums
        for w in weights {
            guard let d = Day(iso: w.day), (1...4).contains(w.quad) else { continue }
            let b = bucket(d, monthly: monthly)
            sums[b.index - lo][w.quad - 1] += abs(w.goldstein)
            counts[b.index - lo][w.quad - 1] += Double(w.count)
        }
        let peakUp = sums.map { $0[0] + $0[1] }.max() ?? 0
        let peakDown = sums.map { $0[2] + $0[3] }.max() ?? 0
        // A side with nothing keeps a sliver of the height, so the axis and its label stay readable.
        let up = max(peakUp, 0.1 * max(peakDown, 1))
        let down = max(peakDown, 0.1 * max(peakUp, 1))
        let width = 760.0
        let height = 300.0
        let left = 40.0
        let top = 12.0
        let bottom = 26.0
        let plot = height - top - bottom
        let axis = top + plot * up / (up + down)
        let step = (width - left - 6) / Double(sums.count)
        func label(_ i: Int) -> String {
            let first = start(lo + i, monthly: monthly)
            return monthly ? first.monthString : first.description
        }
        let unit = monthly ? "month" : "week"
        var svg: HTML =
            "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Cooperation above and conflict below the axis, per \(unit)\">"
        svg +=
            "<text x=\"\(left - 4)\" y=\"\(top + 9)\" font-size=\"11\" text-anchor=\"end\">\(peakUp > 0 ? "+" : "")\(String(format: "%.0f", peakUp))</text>"
        svg +=
            "<text x=\"\(left - 4)\" y=\"\(height - bottom)\" font-size=\"11\" text-anchor=\"end\">\(peakDown > 0 ? "−" : "")\(String(format: "%.0f", peakDown))</text>"
        for (i, s) in sums.enumerated() {
            let w = max(1, min(step * 0.8, 36))
            let x = left + Double(i) * step + (step - w) / 2
            var yUp = axis
            var yDown = axis
            for q in 0..<4 where s[q] > 0 {
                let h = plot * s[q] / (up + down)
                let y: Double
                if q < 2 {
                    yUp -= h
                    y = yUp
                } else {
                    y = yDown
                    yDown += h
                }
                svg +=
                    "<rect x=\(Charts.fmt(x)) y=\(Charts.fmt(y)) width=\(Charts.fmt(w)) height=\(Charts.fmt(h)) fill=\"\(HTML.quadColours[q])\">"
                svg +=
                    "<title>\(unit) of \(label(i)): \(Int(counts[i][q])) \(HTML.quadNames[q]) event\(counts[i][q] == 1 ? "" : "s"), Goldstein \(q < 2 ? "+" : "−")\(String(format: "%.1f", s[q]))</title></rect>"
            }
        }
        svg +=
            "<line x1=\"\(left)\" y1=\(Charts.fmt(axis)) x2=\"\(width - 4)\" y2=\(Charts.fmt(axis)) stroke=\"#555\"/>"
        svg +=
            "<text x=\"\(left + 4)\" y=\(Charts.fmt(top + 10)) font-size=\"11\" fill=\"#2e7d32\">cooperation ↑</text>"
        svg +=
            "<text x=\"\(left + 4)\" y=\(Charts.fmt(height - bottom - 4)) font-size=\"11\" fill=\"#c62828\">conflict ↓</text>"
        svg += Charts.axisLabels(most: 4, bars: sums.count, left: left, step: step, y: height - 8, label)
        return svg + "</svg>" + Charts.legend()
            + "<p class=\"muted\">Bar height: the events' Goldstein scores summed (size only), per \(unit).</p>"
    }
}
