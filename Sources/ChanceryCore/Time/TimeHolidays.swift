/// Holidays that name a day: "Thanksgiving Day", "Christmas", "last Easter", "Election Day 1998".
extension TimeTagger {
    /// A holiday's name at `i` (after "last", "next" or "this" when one precedes it), resolved in the year the clause
    /// points to: the latest one for the past, the next for the future, else the nearest, a day ahead counting double.
    func holiday(_ c: Context, _ i: Int) -> Hit? {
        guard c.range.contains(i), c.tokens[i].isCapitalized, let (rule, end) = holidayName(c, i), !namesAStretch(c, end)
        else { return nil }
        let direction = c.value(c.words.directions, i - 1)
        let start = direction == nil ? i : i - 1
        if let year = c.intValue(end), c.tokens[end].norm.count == 4, let day = rule.day(in: year) {
            return (.date, day.description, end + 1, start)
        }
        guard let ref = c.reference else { return (.date, "XXXX-XX-XX", end, start) }
        let candidates = ((ref.year - 1)...(ref.year + 1)).compactMap { rule.day(in: $0) }
        let stretch = c.norm(end) == "week" || c.norm(end) == "weekend"
        let tense = c.tense(i)
        // "as Easter week began": in the past tense a week may have begun before its holiday, up to six days before it.
        let seen = stretch && tense == .past && direction == nil ? ref.adding(days: 6) : ref
        guard let day = Self.pickHoliday(candidates, ref: seen, direction: direction, tense: tense) else {
            return nil
        }
        // "Easter week", "Thanksgiving weekend": the ISO week (and its weekend) the holiday falls in.
        if stretch {
            let w = day.isoWeek
            let week = "\(w.year)-W\(Day.pad(w.week, 2))"
            return (.date, c.norm(end) == "week" ? week : week + "-WE", end + 1, start)
        }
        return (.date, day.description, end, start)
    }

    /// Whether the words at `k` after a holiday's name make it a stretch around the day ("Christmas sales", "the
    /// Christmas and New Year sales period").
    func namesAStretch(_ c: Context, _ k: Int) -> Bool {
        if c.word(k, in: c.words.holidayStretchWords) { return true }
        guard c.norm(k) == "and" else { return false }
        // Another name, a holiday or not ("New Year"), may share the noun: up to three capitalised words.
        var j = k + 1
        while j < k + 4, c.range.contains(j), c.tokens[j].isCapitalized { j += 1 }
        return j > k + 1 && c.word(j, in: c.words.holidayStretchWords)
    }

    /// The holiday rule of the longest name starting at `i` (up to five tokens) and the token after it.
    func holidayName(_ c: Context, _ i: Int) -> (HolidayRule, Int)? {
        guard c.range.contains(i), c.words.holidayFirstWords.contains(c.tokens[i]) else { return nil }
        var phrase = ""
        var best: (HolidayRule, Int)?
        for k in i..<min(i + 5, c.range.upperBound) {
            let n = c.tokens[k].norm
            // "Year's" may come as "Year" and "'s": the clitic joins its word as the list writes it.
            phrase += k == i || n.hasPrefix("'") || n == "." ? n : " " + n
            if let rule = c.words.holidays[phrase] { best = (rule, k + 1) }
        }
        return best
    }

    /// Which of a holiday's `candidates` (its days in consecutive years) a clause means.
    static func pickHoliday(_ candidates: [Day], ref: Day, direction: Int?, tense: Tense) -> Day? {
        switch direction {
        case -1: return candidates.last { $0 < ref }
        case 1: return candidates.first { $0 > ref }
        case 0: return candidates.first { $0.year == ref.year }
        default: break
        }
        if tense == .past { return candidates.last { $0 <= ref } }
        if tense == .future { return candidates.first { $0 >= ref } }
        // News reports what has happened: a day ahead counts as twice as far as one behind.
        return candidates.min { a, b in
            let da = a.ordinal - ref.ordinal
            let db = b.ordinal - ref.ordinal
            return (da > 0 ? 2 * da : -da) < (db > 0 ? 2 * db : -db)
        }
    }
}
