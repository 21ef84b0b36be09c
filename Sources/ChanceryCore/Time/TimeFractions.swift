/// Lengths with a half: "2 1/2 years", "two and a half years", "a minute and a half".
extension TimeTagger {
    /// A count, a half and a unit at `i` in either order, as a duration written in the next smaller unit where the
    /// half is whole in it (P2Y6M, PT5H30M, PT1M30S), else with a decimal (P1.5W).
    func halfDuration(_ c: Context, _ i: Int) -> Hit? {
        // "2 1/2 years", "two and a half years".
        if let (count, k) = leadingCount(c, i), let n = count, isHalf(c, k),
            let (unit, isTime) = c.value(c.words.units, k + 3), c.norm(k + 4) != "ago"
        {
            return (.duration, halfValue(n, unit + (isTime ? "T" : "")), k + 4, nil)
        }
        // "a minute and a half", "three hours and a half".
        if let (count, end, unit) = quantity(c, i), let n = count, c.norm(end) == "and", c.norm(end + 1) == "a",
            c.norm(end + 2) == "half", c.norm(end + 3) != "ago"
        {
            return (.duration, halfValue(n, unit), end + 3, nil)
        }
        return nil
    }

    /// Whether the tokens at `k` say a half: "1/2" (three tokens) or "and a half".
    func isHalf(_ c: Context, _ k: Int) -> Bool {
        let (a, b, d) = (c.norm(k), c.norm(k + 1), c.norm(k + 2))
        return a == "1" && b == "/" && d == "2" || a == "and" && b == "a" && d == "half"
    }

    /// `n` and a half of `unit` (a duration letter, "T" after a time unit's): "P2Y6M", "PT5H30M", "P25Y", "P1.5W".
    func halfValue(_ n: Int, _ unit: String) -> String {
        switch unit {
        case "Y": return "P\(n)Y6M"
        case "D": return "P\(n)DT12H"
        case "HT": return "PT\(n)H30M"
        case "MT": return "PT\(n)M30S"
        case "DE": return "P\(10 * n + 5)Y"
        case "CE": return "P\(100 * n + 50)Y"
        default:
            let isTime = unit.hasSuffix("T")
            return (isTime ? "PT" : "P") + "\(n).5" + (isTime ? String(unit.dropLast()) : unit)
        }
    }
}
