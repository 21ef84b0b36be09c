import ChanceryCore
import Testing

/// Things handed to a recipient (`<things>` in verbs.tsv): the gap names what is given, the actor after "to" gets it.
@Suite struct TransferPatternTests {
    @Test func thingsProvidedToAStateAreAid() {
        let e = events("Germany provided 10 ambulances and two field hospitals to Ukraine.", date: "2024-05-02")
        #expect(codedDyads(e) == ["DEU-UKR-070"])
    }

    @Test func propertyReturnedToAStateIsReturnedProperty() {
        let e = events(
            "The United States returned an ancient marble sculpture, missing since 1961, to the government of Algeria.",
            date: "2024-05-02")
        #expect(codedDyads(e) == ["USA-DZA-0842"])
    }

    @Test func peopleGoingHomeOrSentBackAreNoReturnedProperty() {
        for text in [
            "The Kenyan president returned home to Nairobi on Friday.",
            "Italy returned 50 migrants to Libya.",
            "The minister provided details to Kenyan reporters.",
            "Ruto returned from Uganda to Kenya.",
        ] {
            #expect(events(text, date: "2024-05-02").allSatisfy { $0.code.cameo != "0842" && $0.code.cameo != "070" })
        }
    }
}
