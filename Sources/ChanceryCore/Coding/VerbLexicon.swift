import Foundation

/// The verb patterns of `verbs.tsv`, indexed by every inflected form of their head word.
public struct VerbLexicon: Sendable {
    private var byHead: [String: [(VerbPattern, VerbMatch.Form)]] = [:]
    /// Base forms of reporting verbs (`cues.tsv` kind `report`) inflected: "said", "reported", "told".
    public private(set) var reportingForms: Set<String> = []
    /// Cue phrases by kind (`cues.tsv`).
    public private(set) var cues = PhraseIndex<CueKind>()
    /// Problems met while loading.
    public private(set) var problems: [TSVFile.Problem] = []
    /// Number of patterns loaded.
    public private(set) var count = 0
    /// Words of amounts that a pattern gap skips for free (`amount-words.txt`).
    let amountWords: WordSet
    /// Signs and names of currencies, the words the pattern class `<money>` matches (`currency-words.txt`).
    let currencyWords: WordSet
    /// Words a `<things>` gap cannot hold (`transfer-gap-stops.txt`).
    let transferGapStops: WordSet
    /// Words that end a `<things>` or `<topic>` gap (`gap-clause-stops.txt`).
    let gapClauseStops: WordSet

    /// Loads verbs, inflections and cues from the resources; later files override earlier ones.
    public init(locator: ResourceLocator, words: CodingWords = StageWords.standard.coding) {
        amountWords = words.amountWords
        currencyWords = words.currencyWords
        transferGapStops = words.transferGapStops
        gapClauseStops = words.gapClauseStops
        var formRows: [[String]] = []
        for url in locator.files(in: "Coding", named: "verb-forms.tsv") {
            formRows += TSVFile.rows(url).rows.map(\.columns)
        }
        let inflector = Inflector(rows: formRows)
        for url in locator.files(in: "Coding", named: "cues.tsv") {
            for (line, c) in TSVFile.rows(url).rows {
                guard c.count >= 2 else {
                    problems.append(.init(file: url.path, line: line, message: "expected phrase<TAB>kind; row skipped"))
                    continue
                }
                guard let kind = CueKind(rawValue: c[1]) else {
                    let kinds = CueKind.allCases.map(\.rawValue).joined(separator: ", ")
                    problems.append(
                        .init(
                            file: url.path, line: line,
                            message: "unknown cue kind '\(c[1])' (one of \(kinds)); row skipped"))
                    continue
                }
                if kind == .report {
                    for (form, _) in inflector.forms(c[0].lowercased()) { reportingForms.insert(form) }
                } else {
                    cues.add(c[0].lowercased(), kind)
                }
            }
        }
        for url in locator.files(in: "Coding") where url.lastPathComponent.hasPrefix("verbs") {
            for (line, c) in TSVFile.rows(url).rows {
                guard c.count >= 2, !c[0].isEmpty, !c[1].isEmpty, c[1].allSatisfy(\.isNumber) else {
                    problems.append(
                        .init(file: url.path, line: line, message: "expected pattern<TAB>CAMEO code; row skipped"))
                    continue
                }
                add(c[0], code: c[1], inflector: inflector)
            }
        }
    }

    private mutating func add(_ raw: String, code: String, inflector: Inflector) {
        let isNoun = raw.hasPrefix("~")
        let text = isNoun ? String(raw.dropFirst()) : raw
        var words = text.split(separator: " ").flatMap { w -> [String] in
            // A clitic written alone ("'s") is the token the tokenizer splits off "UK's".
            VerbPattern.isGap(String(w)) || w == VerbPattern.money || w.hasPrefix("'") ? [String(w)] : PhraseKey.of(String(w)).norms
        }
        guard !words.isEmpty else { return }
        let head = words.removeFirst()
        let pattern = VerbPattern(rest: words, code: code, isNoun: isNoun, pattern: raw)
        count += 1
        if isNoun {
            byHead[head, default: []].append((pattern, .noun))
        } else {
            for (form, kind) in inflector.forms(head) { byHead[form, default: []].append((pattern, kind)) }
        }
    }

    /// Every pattern whose head is token `i`, longest first (a caller takes the first that fits its context).
    public func matches(_ tokens: [Token], at i: Int, limit: Int) -> [VerbMatch] {
        guard let candidates = byHead[tokens[i].norm] else { return [] }
        var found: [(VerbMatch, Int)] = []
        for (pattern, form) in candidates {
            guard let end = matchRest(pattern.rest, 0, tokens, i + 1, limit) else { continue }
            found.append(
                (VerbMatch(head: i, end: end, pattern: pattern, form: form), pattern.rest.filter { !VerbPattern.isGap($0) }.count))
        }
        return found.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.end < $1.0.end }.map(\.0)
    }

    /// Whether a token is the past participle of a pattern's head verb ("refused", "signed"): after "have" it makes
    /// "have" an auxiliary.
    func isParticiple(_ token: Token) -> Bool {
        byHead[token.norm]?.contains { $0.1 == .participle || $0.1 == .pastOrParticiple } ?? false
    }

    /// The longest pattern whose head is token `i`, or nil.
    public func match(_ tokens: [Token], at i: Int, limit: Int) -> VerbMatch? {
        matches(tokens, at: i, limit: limit).first
    }

    /// Matches `rest[r...]` from token `k`; `*` skips up to three plain words.
    func matchRest(_ rest: [String], _ r: Int, _ tokens: [Token], _ k: Int, _ limit: Int) -> Int? {
        guard r < rest.count else { return k }
        if rest[r] == "*" {
            var j = k
            var words = 0
            while words <= 3 {
                if let end = matchRest(rest, r + 1, tokens, j, limit) { return end }
                // A currency sign ("$49 million") is part of an amount, not a clause mark.
                guard j < limit, tokens[j].kind != .punct || tokens[j].norm == "-" || amountWords.contains(tokens[j])
                else { return nil }
                // A hyphenated word ("non-lethal") counts once; amounts ("25,000 tons of", "5.1 million dollars of") not at all.
                let joined = tokens[j].norm == "-" || (j > k && tokens[j - 1].norm == "-")
                if !joined, !amountWords.contains(tokens[j]), tokens[j].norm.first?.isNumber != true { words += 1 }
                j += 1
            }
            return nil
        }
        if rest[r] == VerbPattern.things { return matchLongGap(rest, r, tokens, k, limit, reach: 12, things: true) }
        if rest[r] == VerbPattern.topic { return matchLongGap(rest, r, tokens, k, limit, reach: 20, things: false) }
        guard k < limit, tokens[k].norm == rest[r] || rest[r] == VerbPattern.money && currencyWords.contains(tokens[k])
        else { return nil }
        return matchRest(rest, r + 1, tokens, k + 1, limit)
    }

    /// Matches a long gap at `rest[r]` from token `k`, then the rest: the shortest gap of one to `reach` words
    /// (commas, hyphens and amounts inside, "a 16th century, leather-bound manuscript") that holds no clause word,
    /// and for `things` none of `transfer-gap-stops.txt`.
    func matchLongGap(
        _ rest: [String], _ r: Int, _ tokens: [Token], _ k: Int, _ limit: Int, reach: Int, things: Bool
    ) -> Int? {
        var j = k
        while j < limit, j - k < reach {
            let token = tokens[j]
            if gapClauseStops.contains(token) || things && transferGapStops.contains(token) { return nil }
            let inner = token.norm == "," || token.norm == "-" || amountWords.contains(token)
            if token.kind == .punct, j == k || !inner { return nil }
            j += 1
            if let end = matchRest(rest, r + 1, tokens, j, limit) { return end }
        }
        return nil
    }
}
