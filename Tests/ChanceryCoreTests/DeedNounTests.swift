import ChanceryCore
import Testing

/// Deeds done to people named by their noun ("the release of", "the arrest of", "the bombardment of"): who announced
/// or carried them out is the doer; a deed noun with no such verb names no doer.
@Suite struct DeedNounTests {
    @Test func anAnnouncedReleaseIsTheAnnouncersRelease() {
        let e = events(
            "Iran's Foreign Ministry announced the release of two Kuwaiti nationals on Thursday.", date: "2024-05-02")
        #expect(codedDyads(e) == ["IRN-KWT-0841"])
    }

    @Test func anAnnouncedArrestCountsThePartnerPastAFigure() {
        let e = events(
            "Turkish police announced the arrests of 26 Kurdish activists.", date: "2024-05-02")
        #expect(codedDyads(e) == ["TUR-TUR-173"])
    }

    @Test func aDetentionNamedInPassingHasNoJailer() {
        let e = events(
            "Trudeau thanked the President for the statements of support by the United States in response to the "
                + "arbitrary detention of two Canadians in China.",
            date: "2019-01-07")
        #expect(e.allSatisfy { $0.code.root != .coerce })
    }

    @Test func condemnationExpressedIsCriticism() {
        let e = events(
            "The OIC expressed its strong condemnation of the Israeli Prime Minister's declaration.",
            date: "2024-05-02")
        #expect(codedDyads(e) == ["IGOOIC-ISR-111"])
    }

    @Test func civiliansHeldAsHumanShieldsAreUsedAsShields() {
        let e = events("Islamic State militants held around 20,000 civilians as human shields in Raqqa.", date: "2017-06-02")
        #expect(e.map(\.code.cameo) == ["184"])
    }

    @Test func anIntensifiedBombardmentIsShelling() {
        let e = events("The Syrian army intensified its bombardment of rebel-held areas.", date: "2018-05-02")
        #expect(e.map(\.code.cameo).contains("194"))
    }
}
