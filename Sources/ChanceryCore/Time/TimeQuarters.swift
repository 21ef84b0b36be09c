/// Quarters and halves of a (fiscal) year, and the periods an earnings report compares.
///
/// A report dated in October speaks of "third-quarter profit" and "the year-ago quarter": without a year, a quarter is
/// the latest one that has begun (the next one under a future cue), and "the quarter" is the one under discussion,
/// which `TimeTagger.anchor` fills in from the document.
extension TimeTagger {
    /// "third-quarter", "the fiscal first quarter", "the fourth quarter of 2009", "the first half": at an ordinal or "fiscal".
    func quarter(_ c: Context, _ i: Int) -> Hit? {
        var k = i
        if c.norm(k) == "fiscal" {
            k += 1
            if c.norm(k) == "-" { k += 1 }
        }
        guard let ordinal = c.value(c.words.ordinals, k) else { return nil }
        k += 1
        if c.norm(k) == "-" { k += 1 }
        let unit = c.norm(k)
        guard unit == "quarter" || unit == "half" else { return nil }
        // "the final quarter" needs "the"; a bare "last quarter" is `relative`'s.
        let finalWord = c.norm(k - 1) == "final" || c.norm(k - 1) == "last"
        if ordinal == 4, c.norm(k - 1) != "-", finalWord, c.norm(i - 1) != "the" { return nil }
        var end = k + 1
        var start = i
        if c.norm(i - 1) == "fiscal", i - 1 >= c.range.lowerBound { start = i - 1 }
        if c.word(start - 1, in: c.words.quarterOpeners), c.norm(start - 1) != "a" || c.norm(i - 1) == "fiscal" {
            start -= 1
        }
        let code = unit == "quarter" ? "Q\(min(ordinal, 4))" : "H\(min(ordinal, 2))"
        var year = c.reference.map { defaultYear(quarterCode: code, ref: $0, future: c.isFuture(i)) }
        if c.norm(end) == "of" {
            if let y = c.intValue(end + 1), c.tokens[end + 1].norm.count == 4 {
                year = y
                end += 2
            } else if let shift = c.value(c.words.yearShifts, end + 1), c.norm(end + 2) == "year", let ref = c.reference {
                year = ref.year + shift
                end += 3
            }
        }
        return (.date, (year.map { String($0) } ?? "XXXX") + "-" + code, end, start)
    }

    /// The year of a quarter or half named without one: this year's if it has begun or is nearer ahead than a year
    /// back ("the fourth quarter" in August is coming, in January just past); the next one under a future cue.
    func defaultYear(quarterCode: String, ref: Day, future: Bool) -> Int {
        let n = Int(quarterCode.dropFirst()) ?? 1
        let parts = quarterCode.hasPrefix("Q") ? 4 : 2
        let current = parts == 4 ? (ref.month - 1) / 3 + 1 : (ref.month - 1) / 6 + 1
        if future {
            // A quarter's results come out in the next one: "will report third-quarter results" in October is this
            // year's third quarter, in January "fourth-quarter results" last year's.
            if n == (current == 1 ? parts : current - 1) { return current == 1 ? ref.year - 1 : ref.year }
            return n < current ? ref.year + 1 : ref.year
        }
        guard n > current else { return ref.year }
        return n - current < current + parts - n ? ref.year : ref.year - 1
    }

    /// "the 1988 second quarter", "the 1989 period": a year that names a quarter or the reported period of that year.
    func yearQuarter(_ c: Context, _ i: Int, year: Int) -> Hit? {
        let start = c.norm(i - 1) == "the" ? i - 1 : i
        if c.norm(i + 1) == "period" || c.norm(i + 1) == "quarter" { return (.date, String(year), i + 2, start) }
        guard let hit = quarter(c, i + 1), hit.2 > i + 1, let dash = hit.1.firstIndex(of: "-") else { return nil }
        return (.date, String(year) + hit.1[dash...], hit.2, start)
    }

    /// "this year's third quarter", "last year's quarter", "next year's first quarter".
    func possessiveQuarter(_ c: Context, _ i: Int, year: Int) -> Hit? {
        guard c.norm(i + 1) == "year", c.norm(i + 2) == "'s" else { return nil }
        if c.norm(i + 3) == "quarter" || c.norm(i + 3) == "period" { return (.date, String(year), i + 4, nil) }
        guard let hit = quarter(c, i + 3), let dash = hit.1.firstIndex(of: "-") else { return nil }
        return (.date, String(year) + hit.1[dash...], hit.2, nil)
    }

    /// "year-ago", "year-earlier", "the year-ago quarter", "the year-earlier period": the period a year before the one
    /// under discussion (the year before the reference when there is none).
    func yearAgoModifier(_ c: Context, _ i: Int) -> Hit? {
        guard c.norm(i) == "year", c.norm(i + 1) == "-", c.norm(i + 2) == "ago" || c.norm(i + 2) == "earlier" else {
            return nil
        }
        var end = i + 3
        var start = i
        // "the comparable year-ago quarter".
        if c.word(start - 1, in: c.words.comparisonAdjectives) { start -= 1 }
        let named = quarter(c, end)
        if let named { end = named.2 } else if c.word(end, in: c.words.reportPeriods) { end += 1 }
        if c.norm(start - 1) == "the", end > i + 3 { start -= 1 }
        guard let ref = c.reference else { return (.date, "XXXX", end, start) }
        // "the year-ago third quarter": that quarter a year before the one just past.
        if let named, let y = Int(named.1.prefix(4)) {
            return (.date, String(y - 1) + named.1.dropFirst(4), end, start)
        }
        return (.date, String(ref.year - 1), end, start)
    }

    /// "the quarter", "the latest quarter", "the current quarter", "the latest period", "the same period last year",
    /// "the corresponding period a year earlier", "the same month a year ago": at "the".
    func reportedPeriod(_ c: Context, _ i: Int) -> Hit? {
        var k = i + 1
        let adjective = c.norm(k)
        if c.word(k, in: c.words.periodAdjectives) { k += 1 }
        if adjective == "most", c.norm(k) == "recent" { k += 1 }
        let noun = c.norm(k)
        guard noun == "quarter" || noun == "period" && adjective != c.norm(k) || noun == "month" && adjective == "same"
        else { return nil }
        guard let ref = c.reference else { return (.date, "XXXX", k + 1, nil) }
        var end = k + 1
        // "… last year", "… a year ago", "… of the last year": the same period a year back.
        var yearBack = false
        let tail = [c.norm(end), c.norm(end + 1), c.norm(end + 2)]
        if tail[0] == "last", tail[1] == "year" {
            end += 2
            yearBack = true
        } else if tail[0] == "a", tail[1] == "year", tail[2] == "ago" || tail[2] == "earlier" {
            end += 3
            yearBack = true
        } else if tail[0] == "of", tail[1] == "last", tail[2] == "year" {
            end += 3
            yearBack = true
        } else if tail[0] == "of", tail[1] == "the", c.norm(end + 3) == "year", tail[2] == "last" || tail[2] == "previous" {
            end += 4
            yearBack = true
        }
        if yearBack { return (.date, String(ref.year - 1), end, nil) }
        if noun == "month" { return (.date, ref.monthString, end, nil) }
        let q = (ref.month - 1) / 3 + (adjective == "current" ? 1 : 0)
        return (.date, q == 0 ? "\(ref.year - 1)-Q4" : "\(ref.year)-Q\(q)", end, nil)
    }
}
