import ChanceryCore
import Testing

/// A curfew, state of emergency or martial law is imposed on a place: the place stands for its people, also within
/// one country, and an actor in the clause after it is no one restricted.
@Suite struct PlaceRestrictionTests {
    @Test func aCurfewOnACityOfOneselfRestrictsItsCivilians() {
        let e = events("Iraqi officials have imposed a curfew on Basra starting on Saturday.", date: "2024-05-02")
        #expect(codedDyads(e) == ["IRQ-IRQ-1723"])
        #expect(e.first?.target?.role == "CVL")
    }

    @Test func martialLawAbroadIsAimedAtThePlacesCountry() {
        let e = events("Russia imposed martial law in Donetsk.", date: "2022-10-20")
        #expect(codedDyads(e) == ["RUS-UKR-1724"])
    }

    @Test func theArmySentInLaterIsNotUnderTheSiege() {
        let e = events(
            "Bolivian President Evo Morales declared a state of siege in Pando, and dispatched the army to move on Cobija.",
            date: "2008-09-12")
        #expect(e.allSatisfy { !$0.code.cameo.hasPrefix("1724") || $0.target?.role != "MIL" })
    }
}
