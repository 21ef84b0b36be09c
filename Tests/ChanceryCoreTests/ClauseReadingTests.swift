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

    @Test func aNounEventBegunByCoordinatedSubjectsIsTheirs() {
        let e = events("Jordan and the United States began joint military exercises in the desert.")
        #expect(dyads(e) == ["JOR-USA-06"])
    }

    @Test func anAuxiliaryBeforeAParticipleIsNoVerb() {
        let e = events("The Taliban have refused talks with the Afghan government.", date: "2020-01-01")
        #expect(e.map(\.code.cameo) == ["125"])
    }

    @Test func stormingIsForceAndAStormIsWeather() {
        #expect(dyads(events("Rebels stormed a military base in Chad.")) == ["TCD-TCD-19"])
        #expect(events("The storm killed 20 people in Cuba.").isEmpty)
    }

    @Test func peacekeepersWhoArriveGiveProtectionNotAVisit() {
        #expect(events("NATO peacekeeping troops have arrived in Bosnia.").map(\.code.cameo) == ["074"])
        #expect(events("Kerry arrived in Moscow for talks on peacekeeping.").allSatisfy { $0.code.cameo != "074" })
        #expect(events("Nigeria deployed 230 troops to Liberia on a peacekeeping mission.").map(\.code.cameo) == ["074"])
    }

    @Test func sidesThatFailToAgreeRejectEachOther() {
        let e = events("The United States and South Korea failed to reach agreement on a free-trade deal.")
        #expect(!e.isEmpty && e.allSatisfy { $0.code.root == .reject })
    }

    @Test func aTimeBetweenAnOwnedAgentAndItsVerbKeepsTheOwnerTheSubject() {
        let e = events("Trump's campaign on Wednesday filed a lawsuit against The New York Times.", date: "2020-02-27")
        #expect(e.map { "\($0.source.code)-\($0.target?.code ?? "none")-\($0.code.cameo)" } == ["USAGOV-USAMED-115"])
    }

    @Test func aHungerStrikeIsProtestNotForce() {
        let e = events("Algerian landowners began a hunger strike to demand the return of their land from the government.")
        #expect(e.map { "\($0.source.code)-\($0.target?.code ?? "none")-\($0.code.cameo)" } == ["DZACVL-DZAGOV-142", "DZACVL-DZAGOV-100"])
    }

    @Test func anActorAfterATopicPrepositionIsWhatTheyCooperateOn() {
        let e = events("Trump and Putin have agreed to share information on North Korea.", date: "2018-07-20")
        #expect(dyads(e) == ["USA-RUS-03"])
        // Aid and yielding keep their object after "on": sanctions imposed on India are lifted for India.
        let lifted = events("Japan decided to lift economic sanctions imposed on India.", date: "2001-10-26")
        #expect(lifted.contains { $0.target?.country == "IND" })
    }

    @Test func anSFormAfterAPrepositionIsAPluralNoun() {
        let e = events("The two ministers met following tensions over clashes in Syria's Idlib.", date: "2020-03-01")
        #expect(!e.contains { $0.code.root == .fight })
    }

    @Test func sidesThatClashFightEachOther() {
        let e = events("The Sudanese army and the Rapid Support Forces clashed in Khartoum on Saturday.", date: "2025-03-05")
        #expect(e.map { "\($0.source.code)-\($0.target?.code ?? "none")-\($0.code.cameo)" } == ["SDNMIL-SDNREB-190"])
    }

    @Test func aJointNewsConferenceMeetsThePartnerPastThePlace() {
        let e = events(
            "French President Emmanuel Macron held a joint news conference in Kyiv with Ukrainian President Volodymyr Zelensky.",
            date: "2025-03-05")
        #expect(dyads(e) == ["FRA-UKR-04"])
    }

    @Test func thePlaceAfterAnIdiomsOwnPrepositionIsItsObject() {
        let e = events("Indian Prime Minister Narendra Modi arrived in Moscow on Monday.", date: "2025-03-05")
        #expect(e.map { "\($0.source.code)-\($0.target?.code ?? "none")-\($0.code.cameo)" } == ["INDGOV-RUSGOV-042"])
    }

    @Test func aSeatAfterAtIsWhereItHappened() {
        let e = events("Israel and the United Arab Emirates signed the Abraham Accords at the White House.", date: "2020-09-16")
        #expect(dyads(e) == ["ISR-ARE-05"])
    }

    @Test func anOwnerOfTheSubjectsCountryAfterOfIsNoObject() {
        let e = events("Macron reaffirmed the support of France for Ukraine's sovereignty.", date: "2024-02-24")
        #expect(dyads(e) == ["FRA-UKR-05"])
        #expect(!e.contains { $0.source.country == $0.target?.country })
    }

    @Test func anOwnerActsThroughItsOfficeOrCampaign() {
        let e = events("The Turkish foreign minister's office criticised Greece on Monday.", date: "2020-08-10")
        #expect(dyads(e) == ["TUR-GRC-11"])
        let sued = events("Trump's 2020 reelection campaign filed a lawsuit against The New York Times.", date: "2020-02-26")
        #expect(sued.contains { $0.source.country == "USA" && $0.code.cameo == "115" })
        // What is owned is no agent: "Macron's speech" does not criticise.
        #expect(events("Macron's speech criticised Germany.", date: "2020-08-10").isEmpty)
    }

    @Test func thePossessedActorIsTheObjectNotItsOwner() {
        let e = events("Turkish police arrested Germany's best-known journalist in Istanbul.", date: "2020-08-10")
        #expect(e.contains { $0.target?.code == "DEUMED" })
        #expect(!e.contains { $0.target?.code == "DEU" })
    }

    @Test func freeIsAVerbInItsInflectionsAndAfterTo() {
        let e = events("The Iranian authorities on Wednesday freed 11 of the country's most prominent political prisoners.",
            date: "2019-09-19")
        #expect(e.contains { $0.code.cameo == "0841" })
        #expect(events("Russia and Belarus signed a free trade agreement with Serbia.", date: "2019-09-19")
            .allSatisfy { $0.code.cameo != "0841" })
    }

    @Test func permissionGrantedIsAConcessionAndViolatingATruceIsFighting() {
        let granted = events("Germany granted the Turkish government permission to land in Berlin.", date: "2020-08-10")
        #expect(granted.contains { $0.code.cameo == "080" && $0.target?.code == "TURGOV" })
        // After "after", the clause's own subject violates, not the object of the accusation before it.
        let violated = events("Russia accused Ukraine of shelling after Azerbaijan violated the ceasefire with Armenia.",
            date: "2020-10-12")
        #expect(!violated.contains { $0.code.cameo == "196" && $0.source.country == "UKR" })
        #expect(violated.contains { $0.code.cameo == "196" && $0.source.country == "AZE" })
    }
}
