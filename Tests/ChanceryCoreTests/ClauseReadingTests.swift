import ChanceryCore
import Testing

/// Reading a clause for its actors: relative clauses, base forms used as nouns, accords named after capitals,
/// agreements reached and strikes of protest.
@Suite struct ClauseReadingTests {
    @Test func aRelativeClauseActsForTheActorItFollows() {
        let e = events("China imposed a visa ban on US lawmakers who visited Taiwan.", date: "2025-03-05")
        #expect(e.contains { $0.source.code == "USALEG" && $0.target?.country == "TWN" })
        #expect(!e.contains { $0.source.country == "CHN" && $0.target?.country == "TWN" })
    }

    @Test func aBaseFormAfterAPrepositionIsANoun() {
        let e = events("Hamas released three Israeli hostages on Saturday in exchange for Palestinian prisoners.")
        #expect(dyads(e) == ["PSE-ISR-08"])
    }

    @Test func aCapitalNamingAnAccordIsNoActor() {
        let e = events("The United States announced its withdrawal from the Paris climate agreement.")
        #expect(!e.contains { $0.target?.country == "FRA" })
        #expect(events("Russia violated the Minsk agreements, Ukraine said.").allSatisfy { $0.target?.country != "BLR" })
    }

    @Test func agreeingADealIsAFormalAgreement() {
        let e = events("Canada and the United Kingdom have agreed to a rollover trade deal.")
        #expect(e.contains { $0.code.cameo == "057" })
        #expect(events("UK and EU negotiators agreed a free trade agreement.").contains { $0.code.cameo == "057" })
    }

    @Test func aHungerStrikeIsProtestNotForce() {
        let e = events("Algerian landowners began a hunger strike to demand the return of their land from the government.")
        #expect(e.map { "\($0.source.code)-\($0.target?.code ?? "none")-\($0.code.cameo)" } == ["DZACVL-DZAGOV-142", "DZACVL-DZAGOV-100"])
    }
}
