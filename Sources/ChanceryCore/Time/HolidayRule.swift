/// How a holiday's day is found in a given year: a fixed day, the Nth weekday of a month, or days from Easter.
struct HolidayRule: Sendable, Equatable {
    /// What the rule counts from.
    enum Base: Sendable, Equatable {
        /// A fixed month and day ("12-25").
        case fixed(month: Int, day: Int)
        /// The `nth` ISO weekday of a month; `nth` -1 is the last.
        case weekday(month: Int, nth: Int, weekday: Int)
        /// Western Easter Sunday.
        case easter
    }

    /// What the rule counts from.
    let base: Base
    /// Days added to the base ("the Tuesday after the first Monday": +1).
    let shift: Int

    /// Reads a rule as `holidays.tsv` writes it ("12-25", "11/4/4", "11/1/1+1", "05/-1/1", "easter-2"); nil if malformed.
    init?(_ text: String) {
        if text.hasPrefix("easter") {
            let rest = text.dropFirst("easter".count)
            guard let n = rest.isEmpty ? 0 : Int(rest.hasPrefix("+") ? rest.dropFirst() : rest) else { return nil }
            (base, shift) = (.easter, n)
            return
        }
        if text.contains("/") {
            let fields = text.split(separator: "/", omittingEmptySubsequences: false)
            guard fields.count == 3, let m = Int(fields[0]), let nth = Int(fields[1]) else { return nil }
            // The third field is the weekday, with an optional shift glued on ("1+1", "7-6").
            let last = fields[2]
            let cut = last.firstIndex { $0 == "+" || $0 == "-" } ?? last.endIndex
            let tail = last[cut...]
            guard let w = Int(last[..<cut]), let s = tail.isEmpty ? 0 : Int(tail.hasPrefix("+") ? tail.dropFirst() : tail),
                (1...12).contains(m), (1...5).contains(nth) || nth == -1, (1...7).contains(w)
            else { return nil }
            (base, shift) = (.weekday(month: m, nth: nth, weekday: w), s)
            return
        }
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 2, let m = Int(fields[0]), let d = Int(fields[1]), (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        (base, shift) = (.fixed(month: m, day: d), 0)
    }

    /// The holiday's day in `year`, nil when the rule names none (a fifth Monday that month lacks).
    func day(in year: Int) -> Day? {
        guard (1...9999).contains(year) else { return nil }
        let day: Day
        switch base {
        case .fixed(let m, let d):
            guard d <= Day.daysIn(month: m, year: year) else { return nil }
            day = Day(year: year, month: m, day: d)
        case .weekday(let m, let nth, let w):
            if nth == -1 {
                let last = Day(year: year, month: m, day: Day.daysIn(month: m, year: year))
                day = last.adding(days: -((last.weekday - w + 7) % 7))
            } else {
                let first = Day(year: year, month: m, day: 1)
                let d = 1 + (w - first.weekday + 7) % 7 + 7 * (nth - 1)
                guard d <= Day.daysIn(month: m, year: year) else { return nil }
                day = Day(year: year, month: m, day: d)
            }
        case .easter:
            day = Self.easter(year)
        }
        return day.adding(days: shift)
    }

    /// Western Easter Sunday of `year` by the anonymous Gregorian computus (Meeus/Jones/Butcher).
    static func easter(_ year: Int) -> Day {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: day)
    }
}
