/// Times of day: "10:30", "3 p.m.", "noon", "midnight", "10 p.m. Wednesday", "5 p.m. EST, Nov. 9",
/// "10:35 a.m. (0735 GMT) Friday".
extension TimeTagger {
    /// A clock time at `i`, with its zone and the day named after it.
    func clockTime(_ c: Context, _ i: Int) -> Hit? {
        let n = c.norm(i)
        let date = c.reference?.description ?? "XXXX-XX-XX"
        if n == "noon" || n == "midday" || n == "midnight" {
            let clock = n == "midnight" ? "T24:00" : "T12:00"
            if let (day, end) = clockDay(c, i + 1) { return (.time, day + clock, end, nil) }
            return (.time, date + clock, i + 1, nil)
        }
        guard c.isNumber(i), let (hour, minute, afterClock) = hourAndMinute(c, i) else { return nil }
        var end = afterClock
        var zone = ""
        if c.word(end, in: c.words.utcZones) {
            zone = "Z"
            end += 1
        } else if c.word(end, in: c.words.localZones) {
            end += 1
        }
        let clock = "T" + Day.pad(hour, 2) + ":" + Day.pad(minute, 2) + zone
        if let (day, dayEnd) = clockDay(c, end) { return (.time, day + clock, dayEnd, nil) }
        // "10:35 a.m. (0735 GMT) Friday": the day after the aside is the clock's, and an expression of its own.
        if c.norm(end) == "(", let close = (end + 1..<min(end + 6, c.range.upperBound)).first(where: { c.norm($0) == ")" }),
            let (day, _) = clockDay(c, close + 1)
        {
            return (.time, day + clock, end, nil)
        }
        return (.time, date + clock, end, nil)
    }

    /// "10:30", "3 p.m.", "12 a.m.": the hour (on 24), minute and end of a clock reading at `i`; a bare number is none.
    func hourAndMinute(_ c: Context, _ i: Int) -> (Int, Int, Int)? {
        let n = c.norm(i)
        var hour = 0
        var minute = 0
        let parts = n.split(separator: ":")
        if parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60 {
            hour = h
            minute = m
        } else if let h = Int(n), h >= 1, h <= 12 {
            hour = h
        } else {
            return nil
        }
        var end = i + 1
        let ampm = c.norm(end)
        if ampm == "a.m." || ampm == "am" {
            if hour == 12 { hour = 0 }
            end += 1
        } else if ampm == "p.m." || ampm == "pm" {
            if hour < 12 { hour += 12 }
            end += 1
        } else if parts.count != 2 {
            return nil
        }
        if c.norm(end) == "." && (ampm == "a.m" || ampm == "p.m") { end += 1 }
        return (hour, minute, end)
    }

    /// The day a clock time names after it: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "16:00 UTC today".
    func clockDay(_ c: Context, _ i: Int) -> (String, Int)? {
        var j = i
        if c.norm(j) == "," { j += 1 }
        guard
            c.value(c.words.weekdays, j) != nil || c.value(c.words.months, j) != nil || c.word(j, in: c.words.deicticDays),
            let hit = match(c, j), hit.0 == .date, hit.3 == nil, Day(iso: hit.1) != nil
        else { return nil }
        return (hit.1, hit.2)
    }
}
