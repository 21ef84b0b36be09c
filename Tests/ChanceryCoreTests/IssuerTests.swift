import Testing

@testable import ChanceryCore

/// Whose an unqualified title is: the issuing government's, an organisation's, or nobody's known.
@Suite struct IssuerTests {
    func events(_ text: String, date: String = "2021-05-05") -> [Event] {
        sharedPipeline.run(Document(id: "i", text: text, date: Day(iso: date))).events
    }

    @Test func anOrganisationsTitleIsTheOrganisationTheTextMentions() {
        let un = events(
            "The United Nations condemned the attack in Mali. "
                + "The Secretary-General urged the Malian government to hold talks with the rebels.")
        #expect(un.contains { $0.source.country == "IGOUN" && $0.target?.country == "MLI" })
        let nato = events("NATO allies met in Brussels. The Secretary-General warned Russia against any attack.")
        #expect(nato.contains { $0.source.country == "IGONATO" && $0.target?.country == "RUS" })
    }

    @Test func anOrganisationsTitleInAnOrganisationsReleaseIsItsOwn() {
        let doc = Document(
            id: "n", text: "The Secretary-General welcomed the agreement signed by Armenia and Azerbaijan.",
            date: Day(iso: "2021-05-05"), url: "https://www.un.org/sg/en/content/statement")
        #expect(sharedPipeline.run(doc).events.contains { $0.source.country == "IGOUN" })
    }

    @Test func aDateWrittenDayFirstIsBritishEnglish() {
        let text = "PM call with President Sisi of Egypt: 23 April 2023\n\nThe Prime Minister spoke to the Egyptian "
            + "President, Abdel Fattah al-Sisi, this evening on the situation in Sudan. The UK and Egypt will "
            + "coordinate efforts to evacuate British nationals from Khartoum."
        #expect(events(text, date: "2023-04-23").contains { $0.source.code == "GBRGOV" && $0.target?.country == "EGY" })
        let votes = IssuerInference.dateOrderVotes(
            Tokenizer().tokenize("On 23 April 2023 and on April 24, 2023, and 5 May.").tokens, StageWords.standard.actors.months)
        #expect(votes.dayFirst == 1 && votes.monthFirst == 1)
    }

    @Test func aCountrysPeopleIsNoIssuer() {
        // A text about Cuba's dissidents and people is not Cuba's government's: "The President" is nobody's known.
        let cuba = events("The President met Cuban dissidents in Miami. The President promised to help the Cuban people.")
        #expect(cuba.allSatisfy { $0.source.country != "CUB" })
    }

    @Test func aPhraseAloneHasNoIssuer() {
        // "Defense" is the American spelling, but a phrase alone is no text of the US government.
        let m = sharedPipeline.resolve("the Defense Minister", year: 2020)
        #expect(m?.country == "" && m?.role == "GOV")
    }

    @Test func aCityOfSeveralWordsIsNoName() {
        // Read as names, "York" of "New York" was York Chow, a Hong Kong minister filed by his first word.
        #expect(events("The mayor of New York met the Chinese ambassador.", date: "2010-03-01").allSatisfy {
            $0.source.actor != "York Chow" && $0.target?.actor != "York Chow"
        })
        #expect(sharedPipeline.resolve("New York", year: 2010) == nil)
        #expect(sharedPipeline.resolve("New York police", year: 2010)?.code == "USACOP")
    }
}
