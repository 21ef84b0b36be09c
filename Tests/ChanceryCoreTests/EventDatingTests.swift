import ChanceryCore
import Testing

/// How an event takes its date: its clause's time expression, a relative clause's antecedent, the narrative's day.
@Suite struct EventDatingTests {
    @Test func aWhenClauseTakesTheTimeJustBeforeIt() {
        let e = events("The ministers last met in April when French President Emmanuel Macron visited Germany.")
        #expect(e.contains { $0.source.country == "FRA" && $0.date.value == "2025-04" })
    }

    @Test func aTimeThatOpensWithADeterminerDatesTheActUnlessANounFollows() {
        let visit = events("French President Emmanuel Macron visited Germany this January.")
        #expect(visit.first?.date.value == "2026-01")
        // "condemned the July 20 attack": the date belongs to the attack.
        let condemned = events("France condemned the July 20 attack on Germany.")
        #expect(condemned.allSatisfy { $0.date.value != "2025-07-20" })
    }

    @Test func aPastEventWithoutItsOwnTimeTakesTheNarrativesDay() {
        let text = """
            On Jan. 14, French President Emmanuel Macron visited Berlin. At the chancellery, Macron met with German \
            Chancellor Olaf Scholz.
            """
        let e = events(text, date: "2026-01-16")
        #expect(e.count >= 2)
        #expect(e.allSatisfy { $0.date.value == "2026-01-14" })
    }

    @Test func theNarrativeDoesNotDateWhatTheClauseSetsApart() {
        let opening = "On Jan. 14, French President Emmanuel Macron visited Berlin. "
        // "Earlier" steps out of the narrative; "has met" is the present perfect; "had met" is before it.
        for second in [
            "Earlier, Macron met with German Chancellor Olaf Scholz.",
            "Macron has met with German Chancellor Olaf Scholz.",
            "Macron had met with German Chancellor Olaf Scholz.",
        ] {
            let e = events(opening + second, date: "2026-01-16").filter { $0.sentence == 1 }
            #expect(!e.isEmpty, "\(second)")
            #expect(e.allSatisfy { $0.date.basis == .article }, "\(second)")
        }
    }

    @Test func aDayAheadOfPublicationSetsNoNarrative() {
        let text = """
            On Jan. 20, French President Emmanuel Macron will visit Berlin. Macron met with German Chancellor \
            Olaf Scholz.
            """
        let e = events(text, date: "2026-01-16").filter { $0.sentence == 1 }
        #expect(e.first?.date.value == "2026-01-16")
    }
}
