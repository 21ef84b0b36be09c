/// Who issues or frames a text: the government whose unqualified "The President" is its own, and the international
/// organisation whose "The Secretary-General" is its own.
struct Issuer: Sendable {
    /// The issuing government or organisation (`IssuerInference.fromHost`, else `inferred`), nil when unknown.
    var country: String?
    /// The organisation an organisation's title belongs to: the issuer when it is one (un.org), else the
    /// organisation the text mentions most; nil when it mentions none.
    var igo: String?

    /// No issuer: a phrase alone, or a text with no clue.
    static let none = Issuer(country: nil, igo: nil)
}

/// The government that issues a text, whose unqualified "The President" is its own: from the URL's host,
/// else from the English variety the text is written in and the countries it mentions.
enum IssuerInference {
    /// The issuer of a document whose lines hold `lineMentions`; `needed` is false when no unqualified title
    /// asks for one, which spares reading every token.
    static func of(
        _ document: Document, _ tokens: [Token], _ lineMentions: [[Mention]], _ words: ActorWords, needed: Bool
    ) -> Issuer {
        let host = fromHost(document)
        guard needed else { return Issuer(country: host, igo: nil) }
        let country = host ?? inferred(tokens, lineMentions, words)
        let igo = host.flatMap { $0.hasPrefix("IGO") ? $0 : nil } ?? mostMentionedIGO(lineMentions)
        return Issuer(country: country, igo: igo)
    }

    /// The international organisation the text mentions most as an actor (the first of equals), nil for none.
    static func mostMentionedIGO(_ lineMentions: [[Mention]]) -> String? {
        var counts: [(code: String, count: Int)] = []
        for line in lineMentions {
            for k in line.indices where line[k].kind == .igo && line[k].country.hasPrefix("IGO") {
                if let at = counts.firstIndex(where: { $0.code == line[k].country }) {
                    counts[at].count += 1
                } else {
                    counts.append((line[k].country, 1))
                }
            }
        }
        var best: (code: String, count: Int)? = nil
        for c in counts where c.count > (best?.count ?? 0) { best = c }
        return best?.code
    }

    /// The issuer from the document's URL or source host.
    static func fromHost(_ document: Document) -> String? {
        for field in [document.url, document.source].compactMap({ $0?.lowercased() }) {
            let host = field.split(separator: "/").first { $0.contains(".") }.map(String.init) ?? field
            if let hit = ActorResolver.issuerHosts.first(where: { host.hasSuffix($0.suffix) }) { return hit.country }
        }
        return nil
    }

    /// The issuer from the text alone: the English variety it is written in, weighed with the countries it
    /// mentions whose leaders are never named in it.
    static func inferred(_ tokens: [Token], _ lineMentions: [[Mention]], _ words: ActorWords) -> String? {
        let (british, american) = spellingVotes(tokens, words)
        if american > british { return "USA" }
        if british > american { return commonwealthIssuer(lineMentions) }
        return unnamedState(lineMentions)
    }

    /// How many words are spelt the British way and how many the American way (`british-spellings.txt`,
    /// `american-spellings.txt`), each written date counting for the variety whose order it follows.
    static func spellingVotes(_ tokens: [Token], _ words: ActorWords) -> (british: Int, american: Int) {
        var british = 0
        var american = 0
        let (spellings, filter) = (words.spellings, words.spellingFilter)
        // Every listed spelling has five letters or more: shorter words need no look-up.
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].byteEnd - tokens[i].byteStart >= 5 {
            guard filter.mayContain(tokens[i].key), let variety = spellings[tokens[i]] else { continue }
            if variety & 1 != 0 { british += 1 }
            if variety & 2 != 0 { american += 1 }
        }
        let (dayFirst, monthFirst) = dateOrderVotes(tokens, words.months)
        return (british + dayFirst, american + monthFirst)
    }

    /// How many dates are written day first ("23 April 2023", British) and how many month first ("April 23, 2023",
    /// American).
    static func dateOrderVotes(_ tokens: [Token], _ months: WordSet) -> (dayFirst: Int, monthFirst: Int) {
        var dayFirst = 0
        var monthFirst = 0
        for i in tokens.indices.dropFirst().dropLast() where tokens[i].isCapitalized && months.contains(tokens[i]) {
            if isDay(tokens[i - 1]), isYear(tokens[i + 1]) { dayFirst += 1 }
            if isDay(tokens[i + 1]), i + 2 < tokens.count, tokens[i + 2].norm == "," { monthFirst += 1 }
        }
        return (dayFirst, monthFirst)
    }

    /// Whether a token is a day of the month written in digits.
    static func isDay(_ t: Token) -> Bool { t.norm.count <= 2 && (Int(t.norm).map { (1...31).contains($0) } ?? false) }

    /// Whether a token is a year written in four digits.
    static func isYear(_ t: Token) -> Bool { t.norm.count == 4 && (Int(t.norm).map { (1800...2200).contains($0) } ?? false) }

    /// British spelling: the UK unless another Commonwealth government is the state mentioned most.
    static func commonwealthIssuer(_ lineMentions: [[Mention]]) -> String {
        let commonwealth = ["GBR", "CAN", "AUS", "NZL", "IND", "IRL", "ZAF"]
        var counts = [Int](repeating: 0, count: commonwealth.count)
        // By index here and below: `for m in line` copies every mention before testing it.
        for line in lineMentions {
            for k in line.indices where line[k].kind == .state && line[k].hasCountryCode {
                if let at = commonwealth.firstIndex(of: line[k].country) { counts[at] += 1 }
            }
        }
        let best = commonwealth.indices.filter { counts[$0] > 0 }.max { counts[$0] < counts[$1] }
        return best.map { commonwealth[$0] } ?? "GBR"
    }

    /// No spelling clue: the state the text treats as an actor but whose people it never names (the issuer's
    /// own leader is only "The Prime Minister"), if one such state is mentioned most, at least twice. Only the
    /// state itself or a branch of it counts: a country's people, refugees or rebels ("to reassure the Cuban
    /// people") are whom a text is about, not who issues it.
    static func unnamedState(_ lineMentions: [[Mention]]) -> String? {
        // A text names a handful of countries: lists searched in place cost less than hashed sets.
        var named: [String] = []
        for line in lineMentions {
            for k in line.indices
            where line[k].kind == .person && !line[k].isUnqualifiedTitle && !line[k].isBareName
                && !named.contains(line[k].country)
            {
                named.append(line[k].country)
            }
        }
        var own: [(country: String, count: Int)] = []
        for line in lineMentions {
            for k in line.indices
            where line[k].kind == .state && line[k].hasCountryCode && !line[k].isLocative
                && Dyad.branch(line[k].role) != nil && !named.contains(line[k].country)
            {
                if let at = own.firstIndex(where: { $0.country == line[k].country }) {
                    own[at].count += 1
                } else {
                    own.append((line[k].country, 1))
                }
            }
        }
        guard let top = own.max(by: { $0.count < $1.count }), top.count >= 2,
            own.count(where: { $0.count == top.count }) == 1
        else { return nil }
        return top.country
    }
}

extension ActorResolver {
    /// Hosts of official sites whose unqualified "The President" is their own country's.
    static let issuerHosts: [(suffix: String, country: String)] = [
        ("whitehouse.gov", "USA"), ("state.gov", "USA"), ("defense.gov", "USA"), (".mil", "USA"),
        ("voanews.com", "USA"),
        (".gov", "USA"), ("gov.uk", "GBR"), ("kremlin.ru", "RUS"), ("mid.ru", "RUS"), ("president.gov.ua", "UKR"),
        ("pm.gc.ca", "CAN"), ("gc.ca", "CAN"), ("elysee.fr", "FRA"), ("diplomatie.gouv.fr", "FRA"),
        ("bundesregierung.de", "DEU"), ("europa.eu", "IGOEU"), ("mea.gov.in", "IND"), ("pmindia.gov.in", "IND"),
        ("fmprc.gov.cn", "CHN"), ("mofa.go.jp", "JPN"), ("kantei.go.jp", "JPN"), ("gov.il", "ISR"), ("un.org", "IGOUN"),
        ("nato.int", "IGONATO"), ("admin.ch", "CHE")
    ]
}
