/// Lengths of time and recurrences: "two days", "27-year", "a decade", "several years", "two days ago" (a date),
/// "every year", "annually".
extension TimeTagger {
    /// A count and a unit at `i`: a duration, a date counted back ("two days ago") or a frequency ("15 a year").
    func duration(_ c: Context, _ i: Int) -> Hit? {
        if let hit = halfDuration(c, i) { return hit }
        if let hit = longCompound(c, i) { return hit }
        guard let (count, end, unit) = quantity(c, i) else { return nil }
        // "a 6-year-old boy", "Smith, 52 years old": an age, which TimeML does not mark.
        if c.norm(end) == "old" || c.norm(end) == "-" && c.norm(end + 1) == "old" { return nil }
        if c.norm(end) == "ago" || c.norm(end) == "earlier" && c.norm(i - 1) != "than" {
            return countedBack(c, count, unit, end: end + 1)
        }
        // "a week or so ago": the hedge sits between the count and "ago" and belongs to the expression.
        if c.norm(end) == "or", c.norm(end + 1) == "so", c.norm(end + 2) == "ago" {
            return countedBack(c, count, unit, end: end + 3)
        }
        // "a year" after an amount ("15 a year") is a frequency.
        if c.norm(i) == "a" || c.norm(i) == "per", count == 1,
            Range.window(i - 3, i).contains(where: { c.isNumber($0) })
        {
            return (.set, durationValue(1, unit), end, nil)
        }
        // "a year" alone, without a number, is too vague unless governed by for/over/in/after/within.
        if c.norm(i) == "a" || c.norm(i) == "an" {
            guard c.word(i - 1, in: c.words.durationGovernors) else { return nil }
        }
        return (.duration, durationValue(count, unit), end, nil)
    }

    /// "day-long", "decades-long": a unit compounded with "long" is a length of time, one of the unit or, plural,
    /// an unknown number of them; a count before it ("a 10-year-long war") is `quantity`'s.
    func longCompound(_ c: Context, _ i: Int) -> Hit? {
        let n = c.norm(i)
        guard c.norm(i + 1) == "-", c.norm(i + 2) == "long", let (unit, isTime) = c.value(c.words.units, i), unit != "WE",
            c.norm(i - 1) != "-"
        else { return nil }
        let count: Int? = n.hasSuffix("s") ? nil : 1
        return (.duration, durationValue(count, unit + (isTime ? "T" : "")), i + 3, nil)
    }

    /// "two days ago", "a decade earlier": the date `count` units before the reference.
    func countedBack(_ c: Context, _ count: Int?, _ unit: String, end: Int) -> Hit {
        guard let ref = c.reference, let count else { return (.date, "PAST_REF", end, nil) }
        switch unit {
        case "D": return (.date, ref.adding(days: -count).description, end, nil)
        case "W": return (.date, ref.adding(days: -7 * count).description, end, nil)
        case "M": return (.date, ref.adding(months: -count).monthString, end, nil)
        case "Y": return (.date, String(ref.year - count), end, nil)
        case "DE": return (.date, String((ref.year - 10 * count) / 10), end, nil)
        default: return (.date, "PAST_REF", end, nil)
        }
    }

    /// A count and a unit at `i`: ("two", "days"), ("27", "-", "year"), ("several", "months").
    func quantity(_ c: Context, _ i: Int) -> (Int?, Int, String)? {
        guard let (count, afterCount) = leadingCount(c, i) else { return nil }
        var k = afterCount
        if c.norm(k) == "-" { k += 1 }
        // Allow one adjective: "two full days", "several more years".
        if c.value(c.words.units, k) == nil, c.word(k, in: c.words.durationAdjectives) { k += 1 }
        guard let (unit, isTime) = c.value(c.words.units, k) else { return nil }
        // "a quarter of its dealers", "three-quarters of its food": a fraction, not a span of time.
        if unit == "Q", k == i + 1 && c.norm(k + 1) == "of" || c.norm(k - 1) == "-" && c.norm(k).hasSuffix("s") {
            return nil
        }
        return (count, k + 1, unit + (isTime ? "T" : ""))
    }

    /// The count at `i` ("27", "two", "twenty-five", "a few", "a couple of"; nil inside for a vague one) and its end.
    func leadingCount(_ c: Context, _ i: Int) -> (Int?, Int)? {
        if let v = c.intValue(i), !c.tokens[i].norm.contains(":"), c.tokens[i].norm.last?.isNumber ?? false {
            return (v, i + 1)
        }
        guard let v = c.value(c.words.numbers, i) else { return nil }
        var count = v
        var k = i + 1
        if c.norm(k) == "-", let v2 = c.value(c.words.numbers, k + 1), let a = v, let b = v2 {
            count = a + b
            k += 2
        } else if let a = v, a >= 20, a < 100, a % 10 == 0, let v2 = c.value(c.words.numbers, k), let b = v2, (1...9).contains(b) {
            // "twenty four hours": tens and units written apart, as without the hyphen.
            count = a + b
            k += 1
        }
        if c.norm(i) == "a", c.norm(k) == "few" || c.norm(k) == "couple" {
            count = c.norm(k) == "few" ? nil : 2
            k += 1
        }
        if c.norm(k) == "of" { k += 1 }
        return (count, k)
    }

    /// "every year", "each season", "annually", "weekly".
    func setExpression(_ c: Context, _ i: Int) -> Hit? {
        let n = c.norm(i)
        if let v = c.value(c.words.setAdverbs, i) { return (.set, v, i + 1, nil) }
        guard c.word(i, in: c.words.setQuantifiers) else { return nil }
        let w = c.norm(i + 1)
        if let (unit, isTime) = c.value(c.words.units, i + 1) { return (.set, durationValue(1, unit + (isTime ? "T" : "")), i + 2, nil) }
        // "every five years", "every 24 hours": a set whose period is the count of units.
        if n == "every", let (count, end, unit) = quantity(c, i + 1), let count { return (.set, durationValue(count, unit), end, nil) }
        if let wd = c.value(c.words.weekdays, i + 1) { return (.set, "XXXX-WXX-\(wd)", i + 2, nil) }
        if let s = c.value(c.words.seasons, i + 1) { return (.set, "XXXX-" + s, i + 2, nil) }
        if let month = c.value(c.words.months, i + 1), c.tokens[i + 1].isCapitalized { return (.set, "XXXX-" + Day.pad(month, 2), i + 2, nil) }
        if w == "season" { return (.set, "P3M", i + 2, nil) }
        return nil
    }

    /// `P2Y`, `PXM`, `PT3H`, `P10Y` for a decade.
    func durationValue(_ count: Int?, _ unit: String) -> String {
        let isTime = unit.hasSuffix("T")
        var u = isTime ? String(unit.dropLast()) : unit
        var n = count.map(String.init) ?? "X"
        // TimeML writes a decade as P10Y and a century as P100Y; a quarter keeps its own letter (P2Q), as TimeBank does.
        let (letter, factor) = u == "DE" ? ("Y", 10) : u == "CE" ? ("Y", 100) : (u, 1)
        if factor > 1 {
            u = letter
            n = count.map { String($0 * factor) } ?? "X"
        }
        return (isTime ? "PT" : "P") + n + u
    }
}
