import ChanceryCore
import Testing

/// Capitalised names of bodies the lexicon does not know whole, and state bodies named without a country.
@Suite struct OrganisationNameTests {
    /// Every mention of a text, as "text=COUNTRYROLE".
    func mentions(_ text: String) -> [String] {
        sharedPipeline.run(Document(id: "o", text: text, date: Day(iso: "2024-03-01"))).mentions.joined()
            .map { "\($0.text)=\($0.country)\($0.role)" }
    }

    @Test func aLexiconPhraseInsideALongerNameIsNotThatPhrase() {
        let m = mentions("The Department of State Lands seized a farm near Abuja, Nigeria, on Monday.")
        #expect(m.contains("Department of State Lands=NGAGOV"))
        #expect(!m.contains { $0.hasSuffix("USAGOV") })
        // Nigeria's security service is in agencies.tsv whole: its own country and sector, wherever the story is.
        let dss = mentions("The Department of State Services arrested a journalist on Monday.")
        #expect(dss.contains("Department of State Services=NGASPY"))
    }

    @Test func aMembersPossessiveStaysInsideTheName() {
        // "People's" is a word of the name; without the rule "Burundi People" was Burundi's civilians.
        #expect(mentions("The Burundi People's Defence Forces shelled the border.").contains("Burundi People's Defence Forces=BDIMIL"))
        #expect(mentions("The Ghana Farmers' Party criticised the plan.").contains("Ghana Farmers' Party=GHAPTY"))
        // A country's possessive marks an owner, not a word of one name.
        let mi5 = mentions("Britain's MI5 warned the Russian embassy.")
        #expect(mi5.contains("Britain's MI5=GBRSPY"))
        #expect(!mi5.contains { $0.contains("embassy") && $0.contains("MI5") })
    }

    @Test func unknownWordsBeforeARoleMakeOneBodyNotAPerson() {
        let m = mentions("The Independent National Electoral Commission postponed the vote in Nigeria.")
        #expect(m.contains("Independent National Electoral Commission=NGAGOV"))
    }

    @Test func aCountryInsideTheNameGivesItsCountry() {
        #expect(mentions("The Kenya Revenue Authority raided the offices.").contains("Kenya Revenue Authority=KENGOV"))
    }

    @Test func aNewspapersNameDoesNotSwallowTheBodyItStarts() {
        let m = mentions("The National Assembly of Kenya passed the finance bill. Kenya's president signed it.")
        #expect(!m.contains { $0.hasSuffix("MED") })
        #expect(m.contains { $0.hasPrefix("National Assembly") && $0.hasSuffix("KENLEG") })
    }

    @Test func namesTheLexiconReadsWholeKeepTheirReading() {
        #expect(mentions("The Russian Defence Ministry said so.").contains("Russian Defence Ministry=RUSGOV"))
        #expect(mentions("The Nigerian Police Force denied it.").contains("Nigerian Police Force=NGACOP"))
        // A title's office is its holder's: no body named "Secretary of State".
        #expect(mentions("Secretary of State Antony Blinken met them.").contains { $0.hasSuffix("USAGOV") })
    }

    @Test func twoBodiesJoinedByAndTheAreTwo() {
        let m = mentions("The U.S. Department of Justice and the U.S. Attorney sued the company.")
        #expect(!m.contains { $0.contains("and the") })
        let aid = mentions("Doctors Without Borders and Catholic Relief Services sent aid to Burundi.")
        #expect(!aid.contains { $0.contains("Borders and") })
    }

    @Test func aBodyOfAnOrganisationOfStatesIsThatOrganisations() {
        #expect(mentions("The U.N. Conciliation Commission met.").contains("U.N. Conciliation Commission=IGOUNGOV"))
    }

    @Test func stateBodiesWithoutACountryTakeTheStorys() {
        let m = mentions(
            "NAIROBI, Kenya - The Supreme Court upheld the election. Federal Police arrested three protesters, the Interior Ministry said."
        )
        #expect(m.contains("Supreme Court=KENJUD"))
        #expect(m.contains("Federal Police=KENCOP"))
        #expect(m.contains("Interior Ministry=KENGOV"))
    }
}
