/// A calendar day without time zone, the unit of publication and event dates.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Year, e.g. 2026.
    public var year: Int
    /// Month, 1...12.
    public var month: Int
    /// Day of month, 1...31.
    public var day: Int

    /// Creates a day; the caller guarantees the fields are in range (see `init?(iso:)` for checked input).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil when the text is not a valid date.
    public init?(iso text: some StringProtocol) {
        // The bytes are read in place: a generic collection of them is not specialised across modules.
        let fixed = text.utf8.withContiguousStorageIfAvailable { Day.fixedWidthISO($0) } ?? nil
        guard let day = fixed ?? Day.splitISO(text) else { return nil }
        self = day
    }

    /// `YYYY-MM-DD` split at its dashes, which also reads unpadded months and days ("2026-2-3").
    static func splitISO(_ text: some StringProtocol) -> Day? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), d >= 1, d <= Day.daysIn(month: m, year: y)
        else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// The day of exactly `DDDD-DD-DD` (as every stored date is) read from its bytes, with the checks of `splitISO`;
    /// nil for any other shape, which `splitISO` reads. Splitting was most of the time fusion spent on dates.
    static func fixedWidthISO(_ utf8: UnsafeBufferPointer<UInt8>) -> Day? {
        guard utf8.count == 10 else { return nil }
        var fields = (0, 0, 0)
        for (i, byte) in utf8.enumerated() {
            if i == 4 || i == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch i {
            case 0..<4: fields.0 = fields.0 * 10 + digit
            case 5..<7: fields.1 = fields.1 * 10 + digit
            default: fields.2 = fields.2 * 10 + digit
            }
        }
        let (y, m, d) = fields
        guard (1...12).contains(m), d >= 1, d <= Day.daysIn(month: m, year: y) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        guard (0...9999).contains(year) else {
            return Day.pad(year, 4) + "-" + Day.pad(month, 2) + "-" + Day.pad(day, 2)
        }
        // Ten ASCII digits and dashes written directly: dates are formatted on the tagger's hot path.
        let digits: [UInt8] = [
            UInt8(year / 1000), UInt8(year / 100 % 10), UInt8(year / 10 % 10), UInt8(year % 10), 0xFF,
            UInt8(month / 10 % 10), UInt8(month % 10), 0xFF, UInt8(day / 10 % 10), UInt8(day % 10)
        ]
        return String(decoding: digits.map { $0 == 0xFF ? UInt8(ascii: "-") : $0 + UInt8(ascii: "0") }, as: UTF8.self)
    }

    /// `YYYY-MM`.
    public var monthString: String { Day.pad(year, 4) + "-" + Day.pad(month, 2) }

    /// Zero-pads a number to a width, for ISO 8601 output.
    public static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// Number of days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether a year is a Gregorian leap year.
    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    /// Days since 1970-01-01 (negative before), for arithmetic without Foundation calendars.
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day at a given ordinal (inverse of `ordinal`).
    public init(ordinal z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: m <= 2 ? y + 1 : y, month: m, day: d)
    }

    /// This day moved by a number of days.
    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// This day moved by a number of months, clamped to the month's last day.
    public func adding(months: Int) -> Day {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))
    }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = Day(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.ordinal - jan1.ordinal) / 7 + 1)
    }

    /// Orders days chronologically.
    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }
}
