import ChanceryCore
import Testing

/// Domestic events: two sides of one country that stand apart, sector nouns placed in the story's country.
@Suite struct DomesticTests {
    /// Source and target with their sectors, for compact expectations.
    func sides(_ events: [Event]) -> [String] {
        events.map {
            "\($0.source.country)\($0.source.role)-\($0.target?.country ?? "")\($0.target?.role ?? "")-\($0.code.root.digits)"
        }
    }

    @Test func policeAgainstProtestersTakeTheStoryCountry() {
        let e = events(
            "NAIROBI, Kenya (AP) — Kenyan police fired tear gas at protesters in Nairobi on Tuesday. Police arrested opposition activist John Mwangi."
        )
        #expect(sides(e).contains("KENCOP-KENOPP-17"))
    }

    @Test func insurgentsStrikingAPlaceAtHomeStrikeTheirState() {
        let e = events("Al-Shabaab militants attacked a hotel in Mogadishu on Sunday.")
        #expect(sides(e).contains("SOMINS-SOM-19"))
    }

    @Test func theStateStrikingAPlaceOfItsOwnStrikesNobodyNamed() {
        let e = events("The Syrian army shelled villages near Aleppo on Sunday.")
        #expect(e.allSatisfy { $0.source.country != $0.target?.country })
    }

    @Test func aDatelineIsNoActorAndNoPlaceOfTheStory() {
        let e = events(
            "NAIROBI, Kenya (Reuters) -- Fighters loyal to the opposition seized a police station in Mogadishu on Monday.")
        #expect(e.allSatisfy { $0.source.country != "KEN" && $0.source.role != "MED" })
        let police = events("LIMA (AP) -- Police in Bolivia's capital arrested a Chilean man on Monday.")
        #expect(dyads(police).contains("BOL-CHL-17"))
    }

    @Test func fightersLoyalToSomeoneAreOfTheirCountry() {
        let e = events("TRIPOLI -- Forces loyal to Libyan commander Khalifa Haftar rejected the U.N. plan on Sunday.")
        #expect(e.contains { $0.source.code == "LBYMIL" && $0.target?.country == "IGOUN" })
    }

    @Test func twoPartsOfOneExecutiveAreNotAnEvent() {
        let e = events(
            "Russian President Vladimir Putin met Russian Defence Minister Andrei Belousov in Moscow on Tuesday.")
        #expect(e.allSatisfy { $0.source.country != $0.target?.country })
    }

    @Test func sidesThatFightEachOtherAreReciprocal() {
        let e = events(
            "Sudan's army and the paramilitary Rapid Support Forces fought on Sunday in the capital, residents said.")
        #expect(Set(sides(e)).isSuperset(of: ["SDNMIL-SDNREB-19"]))
    }

    @Test func internationalEventsAreUnchangedBySectorNouns() {
        let e = events("Britain mobilized army reservists for a possible war against Iraq on Tuesday.")
        #expect(dyads(e).contains("GBR-IRQ-15"))
    }

    @Test func sectorsWithoutACountryStillMakeAnEvent() {
        let e = events("Police dispersed the protesters with tear gas.")
        #expect(sides(e) == ["COP-CVL-17"])
    }

    @Test func oneBranchActingAgainstAPersonOfTheExecutiveIsAnEvent() {
        let e = events("Brazil's federal police filed new charges against President Michel Temer on Tuesday.")
        #expect(sides(e).contains("BRACOP-BRAGOV-17"))
    }

    @Test func partsOfOneExecutiveWorkingTogetherStayUncoded() {
        let e = events("Brazil's federal police praised President Michel Temer on Tuesday.")
        #expect(e.allSatisfy { $0.source.country != $0.target?.country })
    }

    @Test func aFormerOfficialIsAnEliteApartFromTheState() {
        let e = events("Peruvian police arrested former Peruvian Interior Minister Juan Perez on Monday.")
        #expect(e.contains { $0.target?.role == "ELI" })
    }

    @Test func peopleNamedOnlyAsPeopleAreCivilians() {
        let e = events("Italian police arrested a 20-year-old Somali man in Rome on Monday.")
        #expect(dyads(e).contains("ITA-SOM-17"))
    }

    @Test func aNameNothingPlacesIsACivilianOfTheStateThatArrestsIt() {
        let e = events("Delhi Police arrested Disha Ravi on Saturday.", date: "2021-02-15")
        #expect(e.map { "\($0.source.code)-\($0.target?.code ?? "none")-\($0.code.cameo)" } == ["INDCOP-INDCVL-173"])
        #expect(e.first?.target?.actor == "Disha Ravi")
        // Acts aimed abroad as often as at home place nobody: sanctions, threats.
        #expect(events("China imposed sanctions on Alex Azar on Monday.", date: "2021-02-15").isEmpty)
        // A name after a locative preposition is a place; an unplaced name is never the one who acts.
        #expect(events("Israeli troops detained protesters in Jericho on Monday.", date: "2021-02-15")
            .allSatisfy { $0.target?.actor != "Jericho" })
        #expect(events("Disha Ravi criticised the Delhi Police on Monday.", date: "2021-02-15").isEmpty)
    }

    @Test func militantsAloneAreASide() {
        let e = events("Pakistani security forces killed eight militants in a raid in North Waziristan.", date: "2025-03-05")
        #expect(e.map { "\($0.source.code)-\($0.target?.code ?? "none")-\($0.code.cameo)" } == ["PAKMIL-PAKUAF-190"])
    }
}
