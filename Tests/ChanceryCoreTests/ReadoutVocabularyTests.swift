import ChanceryCore
import Testing

/// The wording of diplomatic readouts: calls paid, leaders convened, accords signed, loans approved, titles after a
/// newspaper's name.
@Suite struct ReadoutVocabularyTests {
    @Test func aCourtesyCallPaidOnSomeoneIsAVisit() {
        let e = events("Japan's prime minister paid a courtesy call on the Indian president.", date: "2024-05-02")
        #expect(dyads(e) == ["JPN-IND-04"])
        #expect(e.first?.code.cameo == "042")
    }

    @Test func callingSomeoneIsAPhoneCallButCallingThemSomethingIsNot() {
        let call = events("Modi called Kenyan President William Ruto on Friday to discuss trade.", date: "2024-05-02")
        #expect(codedDyads(call) == ["IND-KEN-041"])
        for text in [
            "Modi called Kenyan President William Ruto a true friend.", "Ruto condemned what he called Western meddling.",
        ] {
            #expect(events(text, date: "2024-05-02").allSatisfy { $0.code.cameo != "041" })
        }
    }

    @Test func aDeedCondemnedIsAimedAtThePlaceItStruck() {
        for text in [
            "France strongly condemned the suicide attack on a government building in Kabul on Wednesday.",
            "France strongly condemned the Kabul suicide bombing.",
        ] {
            #expect(dyads(events(text, date: "2024-05-02")) == ["FRA-AFG-11"])
        }
        // Where the condemnation was spoken is no place of the deed.
        let spoken = events("Speaking to reporters, France condemned the attack, in Kabul on Wednesday.", date: "2024-05-02")
        #expect(spoken.allSatisfy { $0.target?.country != "AFG" })
    }

    @Test func aLongTopicStandsBetweenDiscussedAndThePartner() {
        let e = events(
            "Lavrov discussed the crisis in Syria and the situation in Idlib with Jordanian Foreign Minister Ayman Safadi.",
            date: "2024-05-02")
        #expect(dyads(e) == ["RUS-JOR-04"])
        // Two sides that talk among themselves: the "with" is the topic's own.
        let both = events(
            "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan discussed efforts to secure Turkey's border with Syria.",
            date: "2019-05-02")
        #expect(dyads(both) == ["RUS-TUR-04"])
    }

    @Test func aForeignMinisterWithASecondPortfolioIsTheForeignMinister() {
        let e = events(
            "Lavrov held talks with Minister of Foreign Affairs and Expatriates of the Hashemite Kingdom of Jordan Ayman Safadi.",
            date: "2024-05-02")
        #expect(dyads(e) == ["RUS-JOR-04"])
    }

    @Test func twoAdjectivesShareTheRoleNounAfterTheSecond() {
        #expect(dyads(events("Japanese and the Australian armies agreed to hold joint exercises.", date: "2024-05-02")) == ["JPN-AUS-03"])
        let e = events("British and EU negotiators failed to reach a deal on the Irish border.", date: "2024-05-02")
        #expect(e.map { "\($0.source.code)-\($0.target?.code ?? "")" } == ["GBRGOV-IGOEUGOV"])
    }

    @Test func lookingForwardToCooperationIsIntentToCooperate() {
        let e = events(
            "Theresa May spoke to Saudi Crown Prince Mohammed bin Salman. They looked forward to continuing close cooperation.",
            date: "2018-06-03")
        #expect(dyads(e).contains("GBR-SAU-03"))
        let visit = events("Putin said he looked forward to welcoming Chinese President Xi Jinping in Moscow.", date: "2023-03-01")
        #expect(visit.map(\.code.cameo) == ["036"])
    }

    @Test func sidesThatStandUnitedSupportEachOther() {
        let e = events("The leaders affirmed that the United States and Turkey stand united against terrorism.", date: "2015-07-22")
        #expect(dyads(e) == ["USA-TUR-05"])
    }

    @Test func leadersWhoConveneMeetOneAnother() {
        let e = events("Leaders of Kenya and Uganda convened in Nairobi on Friday.", date: "2024-05-02")
        #expect(dyads(e) == ["KEN-UGA-04"])
    }

    @Test func theSigningOfAnAccordBetweenTwoSidesIsAnAgreement() {
        let e = events(
            "The signing of the peace accord between Armenia and Azerbaijan took place in Washington.",
            date: "2025-08-08")
        #expect(dyads(e) == ["ARM-AZE-05"])
        #expect(e.first?.code.cameo == "057")
    }

    @Test func aNewspapersNameBeforeATitleIsTheDemonym() {
        // "The Australian" is a newspaper; "The Australian foreign minister" is Australia's minister.
        let e = events("The Australian foreign minister praised Indonesia.", date: "2024-05-02")
        #expect(e.map { "\($0.source.code)-\($0.target?.country ?? "none")" } == ["AUSGOV-IDN"])
        #expect(dyads(events("The Australian reported that Indonesia praised Japan.", date: "2024-05-02")) == ["IDN-JPN-05"])
    }

    @Test func aLoanApprovedForAStateIsEconomicAid() {
        let e = events("The IMF approved a $3 billion loan to Egypt.", date: "2024-05-02")
        #expect(e.map { "\($0.source.code)-\($0.target?.country ?? "none")-\($0.code.cameo)" } == ["IGOIMF-EGY-071"])
    }

    @Test func anAmountOfMoneyGivenIsEconomicAidUnlessTheAidIsNamed() {
        let e = events(
            "Norway gave 20 million euros to Malawi. Canada provided $12 million in military aid to Latvia. "
                + "Qatar pledged $50 million to Sudan.", date: "2024-05-02")
        #expect(
            e.map { "\($0.source.code)-\($0.target?.country ?? "none")-\($0.code.cameo)" }
                == ["NOR-MWI-071", "CAN-LVA-072", "QAT-SDN-0331"])
    }

    @Test func aJointStatementNamesItsLeadersInFullAndIsDatedByItsDateline() {
        let text = """
            Joint Statement of the Leaders of Japan, the Philippines and the United States

            WASHINGTON, April 11, 2024

            We, President Joseph R. Biden, Jr., President Ferdinand R. Marcos Jr., and Prime Minister Kishida Fumio, \
            met today in Washington for the first trilateral leaders' summit.
            """
        let coded = sharedPipeline.run(Document(id: "joint", text: text))
        #expect(coded.document.date == Day(year: 2024, month: 4, day: 11))
        #expect(Set(coded.events.map { "\($0.source.code)-\($0.target?.code ?? "none")" })
            == ["USAGOV-PHLGOV", "USAGOV-JPNGOV", "PHLGOV-JPNGOV"])
        #expect(coded.events.allSatisfy { $0.date.value == "2024-04-11" })
    }

    @Test func aFirstSentenceAboutThePastDoesNotDateTheText() {
        let coded = sharedPipeline.run(Document(id: "past", text: "On March 3, 2020, Russia and Turkey signed a ceasefire."))
        #expect(coded.document.date == nil)
    }
}
