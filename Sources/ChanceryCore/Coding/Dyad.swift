/// Which pairs of actors make an event: two countries, or two sides of one country that stand apart in its
/// politics (the coding guide's "Unit": the state acting on or with opposition, rebels, protesters, civilians,
/// parties, media or business, or one branch of the state on another; never two parts of one executive).
enum Dyad {
    /// The pairs one pass of the coder codes. The coder reads a sentence once for events between countries, with
    /// the actors that have one, and again for events within a country only where it has two sides to code, so
    /// that sector nouns ("police", "rebels") never stand between a verb and a foreign partner.
    enum Scope: Equatable {
        /// Two countries (or a country and an international organisation).
        case international
        /// Two sides of one country, or of none known, that stand apart.
        case domestic
        /// Two sides of one country in an act of conflict: the sides `domestic` admits, and also two parts of one
        /// executive when one is a person ("police filed charges against President Temer"). The guide leaves out
        /// parts of an executive working together, not one of them investigating, accusing or arresting another.
        case domesticConflict

        /// The domestic scope for an act of `root`.
        static func domestic(for root: CameoRoot?) -> Scope {
            (root?.quad ?? 0) >= 3 ? .domesticConflict : .domestic
        }

        /// Whether the scope reads events within one country.
        var isDomestic: Bool { self != .international }

        /// Whether a place of `country` can stand in for the unnamed target of `source`'s act: between countries a
        /// place abroad; within one, a place of the source's own country only when the source stands outside the
        /// state ("Taliban fighters stormed a police post in eastern Afghanistan" is aimed at the Afghan state), since
        /// the state's own forces striking a place of theirs strike someone the text must name. A state `restricting`
        /// a place of its own (a curfew on Basra) acts on the people of that place.
        func admitsPlace(of country: String, struckBy source: Mention, restricting: Bool = false) -> Bool {
            switch self {
            case .international: return country != source.country
            case .domestic, .domesticConflict:
                return country == source.country
                    && (Dyad.standsOutsideTheState(source) || restricting && Dyad.isPlacedInACountry(source))
            }
        }

        /// Whether the scope codes an event between `a` and `b` (an unplaced name is no side of its own: see
        /// `placedUnder`).
        func admits(_ a: Mention, _ b: Mention) -> Bool {
            if a.isUnplacedName || b.isUnplacedName { return false }
            switch self {
            case .international: return a.country != b.country
            case .domestic: return a.country == b.country && Dyad.standApart(a.role, b.role)
            case .domesticConflict:
                return a.country == b.country && (Dyad.standApart(a.role, b.role) || Dyad.opposeWithinState(a, b))
            }
        }
    }

    /// The branch of the state a sector belongs to, or nil for a sector outside the state. A country named with
    /// no sector ("Kenya") speaks for its government.
    static func branch(_ role: String) -> Int? {
        switch role {
        case "", "GOV", "MIL", "COP", "SPY": return 0  // the executive and its forces
        case "LEG": return 1
        case "JUD": return 2
        default: return nil
        }
    }

    /// Whether some two of `actors` are sides of one country (or of none known) that stand apart: only then is a
    /// sentence worth reading again for domestic events.
    static func hasDomesticSides(_ actors: [Mention], in scope: Scope = .domestic) -> Bool {
        for i in actors.indices {
            for j in actors.indices where j > i && scope.admits(actors[i], actors[j]) { return true }
        }
        return scope == .domesticConflict && actors.contains(where: \.isUnplacedName)
            && actors.contains(where: isStateBody)
    }

    /// Whether an actor is a state or a body of it (not an organisation of states): the side that acts on unplaced
    /// names.
    static func isStateBody(_ m: Mention) -> Bool {
        !m.isUnplacedName && m.kind != .igo && m.kind != .region && !m.country.isEmpty && !m.country.hasPrefix("IGO")
            && branch(m.role) != nil
    }

    /// Whether an actor of a known country is a side outside its state (rebels, gunmen, protesters), one whose act
    /// of force on a place of that country is aimed at the state (`Scope.admitsPlace`).
    static func standsOutsideTheState(_ m: Mention) -> Bool { isPlacedInACountry(m) && branch(m.role) == nil }

    /// Whether the lexicon placed an actor in a known country (an ISO code, not an IGO's or an unplaced name).
    static func isPlacedInACountry(_ m: Mention) -> Bool { m.country.count == 3 && !m.isUnplacedName }

    /// Whether a state's act of `code` is one it does to its own people: investigating (09), accusing, suing or
    /// convicting (11), arresting, banning or repressing (17, but not seizing property, curfews on places or
    /// expulsions of foreigners), assaulting (18). Sanctions, threats and rejections are as often aimed abroad.
    static func actsOnOwnPeople(_ code: CameoCode) -> Bool {
        switch code.root {
        case .investigate, .disapprove, .assault: return true
        case .coerce: return !code.isWithin("171") && !code.isWithin("174") && !code.isWithin("1723")
        default: return false
        }
    }

    /// "Delhi Police arrested Disha Ravi", "a court in Lyon convicted Barbarin": in an act on its own people
    /// (`actsOnOwnPeople`), a name nothing else places is a person of the country whose state acts on it, a civilian
    /// (CVL) until the text says more; nil for any other pair.
    static func placedUnder(_ source: Mention, _ target: Mention) -> Mention? {
        guard target.isUnplacedName, isStateBody(source) else { return nil }
        var placed = target
        placed.country = source.country
        placed.role = "CVL"
        placed.isUnplacedName = false
        return placed
    }

    /// Whether two actors of one branch of the state can be the sides of a conflict: two different actors, one of
    /// them a person (an official under investigation), not the state and a body of its own.
    static func opposeWithinState(_ a: Mention, _ b: Mention) -> Bool {
        (a.kind == .person || b.kind == .person) && a.actor != b.actor && !a.actor.isEmpty && !b.actor.isEmpty
    }

    /// Whether two sectors of one country are separate sides: different branches of the state, the state and a
    /// sector outside it, or two different sectors outside it ("rebels" and "villagers").
    static func standApart(_ a: String, _ b: String) -> Bool {
        switch (branch(a), branch(b)) {
        case (let x?, let y?): return x != y
        case (nil, nil): return a != b
        default: return true
        }
    }
}
