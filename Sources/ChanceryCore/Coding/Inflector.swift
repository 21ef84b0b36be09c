/// English verb inflection: regular rules plus the irregular table of `verb-forms.tsv`.
public struct Inflector: Sendable {
    /// Irregular or spelled-out forms: base → (past, participle, third, gerund), empty meaning regular.
    var table: [String: [String]] = [:]

    /// Creates an inflector from `base past participle third gerund` rows.
    public init(rows: [[String]]) {
        for r in rows where !r.isEmpty && !r[0].isEmpty {
            table[r[0].lowercased()] =
                Array(r.dropFirst().prefix(4)) + Array(repeating: "", count: max(0, 4 - (r.count - 1)))
        }
    }

    /// Every form of a base verb with its kind; regular forms are always included alongside table forms.
    public func forms(_ base: String) -> [(String, VerbMatch.Form)] {
        var out: [(String, VerbMatch.Form)] = [(base, .base)]
        let regularPast = Inflector.regularPast(base)
        let row = table[base] ?? ["", "", "", ""]
        let past = row[0].isEmpty ? regularPast : row[0]
        let participle = row[1].isEmpty ? past : row[1]
        if past == participle {
            out.append((past, .pastOrParticiple))
        } else {
            out.append((past, .past))
            out.append((participle, .participle))
        }
        if !row[0].isEmpty, table[base] != nil, row[0] != regularPast, isRegularVariantPlausible(base) {
            out.append((regularPast, .pastOrParticiple))
        }
        out.append((row[2].isEmpty ? Inflector.regularThird(base) : row[2], .third))
        out.append((row[3].isEmpty ? Inflector.regularGerund(base) : row[3], .gerund))
        return out
    }

    /// American spellings of doubled -l verbs ("traveled") next to British table rows ("travelled").
    private func isRegularVariantPlausible(_ base: String) -> Bool { base.hasSuffix("l") }

    static func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }

    /// "meet" → "meeted" is never used (table wins); "visit" → "visited", "agree" → "agreed", "try" → "tried".
    static func regularPast(_ b: String) -> String {
        if b.hasSuffix("e") { return b + "d" }
        if b.hasSuffix("y"), b.count > 1, !isVowel(b[b.index(b.endIndex, offsetBy: -2)]) {
            return String(b.dropLast()) + "ied"
        }
        return b + "ed"
    }

    /// "watch" → "watches", "try" → "tries".
    static func regularThird(_ b: String) -> String {
        if b.hasSuffix("s") || b.hasSuffix("x") || b.hasSuffix("z") || b.hasSuffix("ch") || b.hasSuffix("sh")
            || b.hasSuffix("o")
        {
            return b + "es"
        }
        if b.hasSuffix("y"), b.count > 1, !isVowel(b[b.index(b.endIndex, offsetBy: -2)]) {
            return String(b.dropLast()) + "ies"
        }
        return b + "s"
    }

    /// "make" → "making", "see" → "seeing".
    static func regularGerund(_ b: String) -> String {
        if b.hasSuffix("ie") { return String(b.dropLast(2)) + "ying" }
        if b.hasSuffix("e"), !b.hasSuffix("ee"), !b.hasSuffix("ye"), !b.hasSuffix("oe"), b.count > 2 {
            return String(b.dropLast()) + "ing"
        }
        return b + "ing"
    }
}
