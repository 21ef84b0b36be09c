/// Calendar reckoning the rules share: which Tuesday, which July, which year a month and day fall in.
extension TimeTagger {
    /// "Saturday, April 25", "Friday Oct. 13": a weekday naming the date that follows it.
    func datedWeekday(_ c: Context, _ i: Int) -> Hit? {
        var j = i + 1
        if c.norm(j) == "." { j += 1 }
        if c.norm(j) == "," { j += 1 }
        guard c.value(c.words.months, j) != nil, let hit = explicitDate(c, j), Day(iso: hit.1) != nil else {
            return nil
        }
        return (.date, hit.1, hit.2, nil)
    }

    /// "July last year", "January this year", "April next year": a month of the year named after it.
    func monthOfNamedYear(_ c: Context, _ i: Int, month: Int) -> (String, Int)? {
        guard let ref = c.reference, c.norm(i + 2) == "year", let shift = c.value(c.words.yearShifts, i + 1) else {
            return nil
        }
        return (Day.pad(ref.year + shift, 4) + "-" + Day.pad(month, 2), i + 3)
    }

    /// "today", "yesterday", "tomorrow" or a weekday after "earlier", "late" and the like.
    func relativeDay(_ c: Context, _ i: Int) -> Hit? {
        guard
            c.word(i, in: c.words.deicticDays)
                || c.value(c.words.weekdays, i) != nil && c.tokens[i].isCapitalized,
            let hit = match(c, i)
        else { return nil }
        return hit
    }

    /// The weekday `wd` nearest `ref` in the past (on or before) or future (after).
    func weekday(_ wd: Int, from ref: Day, future: Bool, strict: Bool = false) -> Day {
        if future {
            // "is set to land on Monday" in a Monday paper is that day.
            var delta = wd - ref.weekday
            if delta < 0 || strict && delta == 0 { delta += 7 }
            return ref.adding(days: delta)
        }
        var delta = ref.weekday - wd
        if delta < 0 || (strict && delta == 0) { delta += 7 }
        return ref.adding(days: -delta)
    }

    /// `YYYY-MM` of the latest (or, looking forward, next) occurrence of a month; without a cue either way, the next
    /// one when it is less than half as far ahead as the last one is back ("January" in a late-October report), as
    /// `nearestYear` weighs a month and day. A deadline ("pay down the loan by February") looks forward: the next one
    /// unless the last one is nearer.
    func monthValue(_ month: Int, ref: Day, tense: Tense, deadline: Bool = false) -> String {
        let ahead = (month - ref.month + 12) % 12
        let back = (ref.month - month + 12) % 12
        let next = tense == .future || tense != .past && 0 < ahead && (deadline ? ahead <= back : 2 * ahead < back)
        let y = next ? ref.year + (month < ref.month ? 1 : 0) : ref.year - (month > ref.month ? 1 : 0)
        return Day.pad(y, 4) + "-" + Day.pad(month, 2)
    }

    /// The year that puts a month and day closest to the reference, as the clause's tense allows: in the past tense
    /// the date is not after the reference, in the future not before it (but for a few days either way, a dateline
    /// being a day or two off); without a tense a date ahead counts twice as far, since news reports what has happened.
    func nearestYear(month: Int, day: Int, ref: Day, tense: Tense = .unknown) -> Int {
        var best = ref.year
        var bestDistance = Int.max
        // "Feb. 29" is a leap year's.
        for y in (ref.year - 1)...(ref.year + 1) where day <= Day.daysIn(month: month, year: y) {
            let d = Day(year: y, month: month, day: day)
            let ahead = d.ordinal - ref.ordinal
            let distance: Int
            switch tense {
            case .future: distance = ahead < -3 ? Int.max / 2 : abs(ahead)
            case .past: distance = ahead > 3 ? Int.max / 2 : abs(ahead)
            case .present, .unknown: distance = ahead > 0 ? 2 * ahead : -ahead
            }
            if distance < bestDistance {
                best = y
                bestDistance = distance
            }
        }
        return best
    }
}
