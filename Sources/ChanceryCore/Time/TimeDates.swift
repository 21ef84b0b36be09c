/// Dates written out: "February 3", "Feb. 3, 2026", "3 February 2026", "February 2022", "2026-02-03", "2022",
/// "the 1990s", "the 27th", "the 20th century".
extension TimeTagger {
    /// A date written with numbers or a month name at `i`.
    func explicitDate(_ c: Context, _ i: Int) -> Hit? {
        let n = c.norm(i)
        if let month = c.value(c.words.months, i), c.tokens[i].isCapitalized { return monthFirstDate(c, i, month) }
        if n != "two", let (y, end) = spelledYear(c, i) { return (.date, String(y), end, nil) }
        if let d = dayNumber(c, i), let hit = dayFirstDate(c, i, d) {
            return hit
        }
        if let hit = numericYear(c, i) { return hit }
        if let hit = decade(c, i) { return hit }
        return shortDecade(c, i)
    }

    /// "February 3", "Feb. 3, 2026", "February 2022", "February nineteen ninety".
    func monthFirstDate(_ c: Context, _ i: Int, _ month: Int) -> Hit? {
        var k = i + 1
        if c.norm(k) == "." { k += 1 }
        if let d = dayNumber(c, k) {
            var end = k + 1
            var k2 = end
            if c.norm(k2) == "," { k2 += 1 }
            let year = fourDigitYear(c, k2)
            if year != nil { end = k2 + 1 }
            return (.date, dayValue(c, i, year: year, month: month, day: d), end, nil)
        }
        // "February 2022", "March of 1998".
        if c.norm(k) == "of", fourDigitYear(c, k + 1) != nil { k += 1 }
        if let y = fourDigitYear(c, k) { return (.date, Day.pad(y, 4) + "-" + Day.pad(month, 2), k + 1, nil) }
        if let (y, end) = spelledYear(c, k) { return (.date, Day.pad(y, 4) + "-" + Day.pad(month, 2), end, nil) }
        return nil
    }

    /// "3 February 2026", "the 27th", "the 20th century": a day number (or ordinal) first.
    func dayFirstDate(_ c: Context, _ i: Int, _ d: Int) -> Hit? {
        if let month = c.value(c.words.months, i + 1), c.tokens[i + 1].isCapitalized {
            let year = fourDigitYear(c, i + 2)
            return (.date, dayValue(c, i, year: year, month: month, day: d), year == nil ? i + 2 : i + 3, nil)
        }
        let raw = c.tokens[i].norm
        if c.norm(i + 1) == "century", raw.count > 2, !raw.last!.isNumber {
            // "the 20th century" is the 1900s, TIMEX3 "19".
            return (.date, Day.pad(d - 1, 2), i + 2, c.norm(i - 1) == "the" ? i - 1 : i)
        }
        // "the 7th largest decline" ranks; "the 11th Circuit" numbers a name; "the 25th anniversary", "the 10th
        // time": an ordinal before a word that is not a preposition, conjunction, verb or pronoun modifies it.
        let next = i + 1
        let ranks = c.range.contains(next) && c.tokens[next].kind == .word
            && (c.tokens[next].isCapitalized || !c.word(next, in: c.words.ordinalDateFollowers))
        guard c.words.ordinalSuffixes.words.contains(where: { raw.hasSuffix($0) }), c.norm(i - 1) == "the",
            c.norm(i + 1) != "century", !ranks, let ref = c.reference
        else { return nil }
        // "on the 27th": that day of the current month, or of the last one if still ahead.
        var day = Day(year: ref.year, month: ref.month, day: min(d, Day.daysIn(month: ref.month, year: ref.year)))
        if day > ref, !c.isFuture(i) {
            let prev = ref.adding(months: -1)
            day = Day(year: prev.year, month: prev.month, day: min(d, Day.daysIn(month: prev.month, year: prev.year)))
        }
        return (.date, day.description, i + 1, i - 1)
    }

    /// "April 24 and 25", "May 3 or 4", "June 24-25", "from June 24 to 26": the day number after a month's day and a
    /// joining word, with that day's month and year. After "and", "or" or "to" nothing but punctuation or a
    /// preposition may follow it ("April 24 and 25 people" counts people); a hyphen joins days only ("the June 24-25
    /// summit").
    func coordinatedDay(_ c: Context, after end: Int, value: String) -> (Int, String)? {
        let day = end + 1
        guard c.word(end, in: c.words.dayJoiners), let d = dayNumber(c, day), Self.namesMonthAndDay(value) else {
            return nil
        }
        let next = day + 1
        let ends = !c.range.contains(next) || c.tokens[next].breaksModifiers || c.word(next, in: c.words.spanPrepositions)
        guard c.norm(end) == "-" || ends else { return nil }
        return (day, Self.day(d, ofTheMonthOf: value))
    }

    /// "24-25 June", "24 and 25 June", "between 3 and 5 March": the day number before a joining word and a day-first
    /// date starting at `start`, with that date's month and year; not a number the text used up already (`floor`).
    func precedingDay(_ c: Context, before start: Int, floor: Int, value: String) -> (Int, String)? {
        let day = start - 2
        guard day >= floor, c.isNumber(start), c.word(start - 1, in: c.words.dayJoiners), let d = dayNumber(c, day),
            Self.namesMonthAndDay(value)
        else { return nil }
        return (day, Self.day(d, ofTheMonthOf: value))
    }

    /// The day of the month written at `i` ("25", "25th"), if it is one.
    func dayNumber(_ c: Context, _ i: Int) -> Int? {
        guard let d = c.intValue(i), (1...31).contains(d), c.tokens[i].norm.count <= 4 else { return nil }
        return d
    }

    /// The value of day `d` in the month of a day's value (`namesMonthAndDay`): 25 of "2026-04-24" is "2026-04-25".
    static func day(_ d: Int, ofTheMonthOf value: String) -> String { String(value.prefix(8)) + Day.pad(d, 2) }

    /// Whether a value is a day of a known month, `YYYY-MM-DD` or `XXXX-MM-DD` (not a week's day, `2026-W05-2`).
    static func namesMonthAndDay(_ value: String) -> Bool {
        let u = Array(value.utf8)
        let digit = { (b: UInt8) in b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        return u.count == 10 && u[4] == UInt8(ascii: "-") && u[7] == UInt8(ascii: "-") && digit(u[5]) && digit(u[6])
            && digit(u[8]) && digit(u[9])
    }

    /// A year of four digits from 1000 to 2199 at `i` ("February 2022", "3 February 2026").
    func fourDigitYear(_ c: Context, _ i: Int) -> Int? {
        guard let y = c.intValue(i), (1000...2199).contains(y), c.tokens[i].norm.count == 4 else { return nil }
        return y
    }

    /// `YYYY-MM-DD` of a month and day, in the year given or else the one nearest the reference (`XXXX` without one).
    func dayValue(_ c: Context, _ i: Int, year: Int?, month: Int, day d: Int) -> String {
        let y = year ?? c.reference.map { nearestYear(month: month, day: d, ref: $0, tense: c.tense(i)) }
        return (y.map { Day.pad($0, 4) } ?? "XXXX") + "-" + Day.pad(month, 2) + "-" + Day.pad(d, 2)
    }

    /// "2022", "2026-02-03", "the 1988 second quarter": a year in digits and what follows it.
    func numericYear(_ c: Context, _ i: Int) -> Hit? {
        guard c.isNumber(i), c.tokens[i].norm.count == 4, let y = Int(c.tokens[i].norm),
            (1900...2100).contains(y) || (1700...1899).contains(y) && c.word(i - 1, in: c.words.oldYearPrepositions)
        else { return nil }
        // ISO date "2026-02-03".
        if c.norm(i + 1) == "-", let m = c.intValue(i + 2), (1...12).contains(m), c.norm(i + 3) == "-",
            let d = c.intValue(i + 4), (1...31).contains(d)
        {
            return (.date, Day.pad(y, 4) + "-" + Day.pad(m, 2) + "-" + Day.pad(d, 2), i + 5, nil)
        }
        if let hit = yearQuarter(c, i, year: y) { return hit }
        // A bare year, not part of an amount ("2,000 troops" never reaches here: the comma joins it).
        let next = c.norm(i + 1)
        if c.value(c.words.units, i + 1) != nil || next == "%" || next == "-" && c.norm(i + 2) == "year" { return nil }
        return (.date, String(y), i + 1, nil)
    }

    /// "the 1990s", "1960s": a decade, TIMEX3 "199".
    func decade(_ c: Context, _ i: Int) -> Hit? {
        guard c.isNumber(i), c.tokens[i].norm.hasSuffix("s"), c.tokens[i].norm.count == 5,
            let y = Int(c.tokens[i].norm.dropLast()), (1000...2100).contains(y), y % 10 == 0
        else { return nil }
        let start = c.norm(i - 1) == "the" ? i - 1 : i
        return (.date, String(y / 10), i + 1, start)
    }

    /// "the '80s", "the 70s and 80s", "the nineties": a decade without its century, the latest begun by the reference
    /// year (the twentieth century's without one). "in his 70s" is an age, not a time: it needs "the", an apostrophe
    /// or a decade before "and".
    func shortDecade(_ c: Context, _ i: Int) -> Hit? {
        let n = c.norm(i)
        let tens: Int
        if let word = c.value(c.words.decadeWords, i) {
            guard c.norm(i - 1) == "the" else { return nil }
            tens = word
        } else {
            guard c.isNumber(i), n.utf8.count == 3, n.hasSuffix("s"), let d = Int(n.dropLast()), d % 10 == 0 else {
                return nil
            }
            let b = c.norm(i - 1) == "'" ? i - 2 : i - 1
            let listed = (c.norm(b) == "and" || c.norm(b) == "or") && shortDecade(c, b - 1) != nil
            let quoted = c.norm(i - 1) == "'" && !c.word(b, in: c.words.owners)
            guard c.norm(b) == "the" || quoted || listed else { return nil }
            tens = d / 10
        }
        let reference = c.reference?.year ?? 1999
        let inThisCentury = reference / 100 * 100 + 10 * tens
        let year = inThisCentury <= reference ? inThisCentury : inThisCentury - 100
        var start = i
        if c.norm(start - 1) == "'" { start -= 1 }
        if c.norm(start - 1) == "the" { start -= 1 }
        return (.date, String(year / 10), i + 1, start)
    }
}
