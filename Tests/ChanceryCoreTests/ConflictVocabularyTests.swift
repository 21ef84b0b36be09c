import ChanceryCore
import Testing

/// The wording of conflict news: weapons standing for the forces that fire them, places struck, tariffs slapped.
@Suite struct ConflictVocabularyTests {
    @Test func weaponsStandForTheForcesThatFireThem() {
        let e = events("Russian missiles hit a power plant in Kharkiv on Tuesday.", date: "2024-05-02")
        #expect(e.map { "\($0.source.code)-\($0.target?.country ?? "none")-\($0.code.root.digits)" } == ["RUSMIL-UKR-19"])
        let rockets = events("Hamas rockets hit Tel Aviv on Saturday.", date: "2024-05-02")
        #expect(rockets.contains { $0.target?.country == "ISR" && $0.code.root == .fight })
    }

    @Test func aPlaceStruckStandsForItsCountry() {
        let e = events("Israeli warplanes bombed Gaza overnight.", date: "2024-05-02")
        #expect(dyads(e) == ["ISR-PSE-19"])
        #expect(e.first?.location?.name == "Gaza")
        // A city of the attacker's own country is no target.
        #expect(events("Israeli warplanes bombed Haifa overnight.", date: "2024-05-02").isEmpty)
    }

    @Test func tariffsSlappedOnAStateAreSanctions() {
        let e = events("The United States slapped tariffs on Chinese steel.", date: "2024-05-02")
        #expect(dyads(e) == ["USA-CHN-16"])
        #expect(e.first?.code.cameo == "163")
    }

    @Test func aPlaceAfterAWordOfDirectionIsTheLocation() {
        let e = events("Russian forces shelled villages in eastern Ukraine on Tuesday.", date: "2024-05-02")
        #expect(dyads(e) == ["RUS-UKR-19"])
        #expect(e.first?.location?.country == "UKR")
    }

    @Test func clashesAndFightingBetweenTwoSidesAreFighting() {
        let e = events("Fighting between Armenia and Azerbaijan resumed on Tuesday.", date: "2024-05-02")
        #expect(dyads(e) == ["ARM-AZE-19"])
        let clashes = events(
            "At least 51 people were killed in clashes between Serbian police and Kosovo Albanians.", date: "1998-03-05")
        #expect(clashes.contains { $0.source.code == "SRBCOP" && $0.code.root == .fight })
    }

    @Test func anAgentlessPassiveLeavesTheActItHoldsToBeCoded() {
        let e = events("Twelve people were killed in clashes between Kenyan police and Somali militants.", date: "2024-05-02")
        #expect(dyads(e).contains("KEN-SOM-19"))
    }

    @Test func aCountrysDeedOfForceActsForItsForces() {
        let e = events("Israeli airstrikes killed at least 20 people in Gaza on Tuesday.", date: "2025-03-05")
        #expect(e.map { "\($0.source.code)-\($0.target?.code ?? "none")-\($0.code.root.digits)" } == ["ISRMIL-PSECVL-19"])
        #expect(dyads(events("Russian air strikes killed 12 civilians in Kherson.", date: "2025-03-05")) == ["RUS-UKR-19"])
        // Only acts of force: "Israeli strikes prompted talks" names no one who talks.
        #expect(events("Israeli strikes prompted Egypt to call for talks.", date: "2025-03-05").allSatisfy { $0.source.country != "ISR" })
    }

    @Test func sidesThatExchangeFireFightEachOther() {
        let e = events("India and Pakistan exchanged fire across the Line of Control on Sunday.", date: "2025-03-05")
        #expect(dyads(e) == ["IND-PAK-19"])
        // Two that strike together do not fight each other.
        #expect(!events("US and British forces launched strikes in Yemen.", date: "2025-03-05").contains {
            $0.target?.country == "GBR" || $0.target?.country == "USA"
        })
        #expect(events("India and Pakistan agreed to end months of fighting in Kashmir.", date: "2025-03-05").allSatisfy {
            $0.code.root != .fight
        })
    }
}
