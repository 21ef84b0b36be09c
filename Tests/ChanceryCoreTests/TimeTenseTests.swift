import ChanceryCore
import Testing

/// The tense of a time's clause, read off its verbs, picks which weekday, month or month-day a bare one is.
@Suite struct TimeTenseTests {
    /// The values tagged in `text` against `ref` (a Thursday, 2026-02-05, unless told otherwise).
    func values(_ text: String, _ ref: String = "2026-02-05") -> [String] {
        let bytes = Array(text.utf8)
        let (tokens, _) = Tokenizer().tokenize(text)
        return TimeTagger().tag(tokens, 0..<tokens.count, bytes: bytes, reference: Day(iso: ref)).map(\.value)
    }

    @Test func irregularAndRegularPastFormsLookBack() {
        #expect(values("In January, the company brought in a new chief.", "1989-10-27") == ["1989-01"])
        #expect(values("The operator changed to a calendar year in December.", "1989-10-27") == ["1988-12"])
        #expect(values("Bush told a news conference on Tuesday that it might be extended.") == ["2026-02-03"])
        // Past, a month-day is not after the reference: the quarter ended Oct. 31 of the year before.
        #expect(values("The second quarter ended Oct. 31.", "1989-10-27").last == "1988-10-31")
        #expect(values("In the fiscal year ended Jan. 31, the company reported sales.", "1989-10-31").last == "1989-01-31")
        // A past Feb. 29 is the last leap year's, not a day that never was.
        #expect(values("They signed a pact on Feb. 29.", "2001-01-05") == ["2000-02-29"])
    }

    @Test func aBarePresentAfterItsSubjectIsASchedule() {
        // Friday 1998-05-01: "meet separately Monday" is the coming Monday; "met Monday" the last one.
        #expect(values("He and Arafat meet separately Monday with Albright.", "1998-05-01") == ["1998-05-04"])
        #expect(values("He and Arafat met separately Monday with Albright.", "1998-05-01") == ["1998-04-27"])
        // A noun after a determiner is no verb: "the visit Monday" keeps the clause's reading.
        #expect(values("He praised the visit Monday.", "1998-05-01") == ["1998-04-27"])
    }

    @Test func anOvertakenPlanMayLieOnEitherSide() {
        // A plan in the past perfect or "previously planned": a bare weekday is the latest, a month-day the nearest.
        #expect(values("The offer previously had been scheduled to expire at midnight Friday.", "1989-11-01") == ["1989-10-27T24:00"])
        #expect(values("Bush let the offensive begin as previously planned Saturday night.", "1991-02-25") == ["1991-02-23TNI"])
        #expect(values("The offer had been set to expire Nov. 6.", "1989-11-02") == ["1989-11-06"])
        // A plan that stands still looks forward.
        #expect(values("The offer is scheduled to expire at midnight Friday.", "1989-11-01") == ["1989-11-03T24:00"])
    }

    @Test func futureAuxiliariesModalsAndPlansLookForward() {
        #expect(values("Collins will be named commander of the Space Shuttle Columbia for a mission in December.", "1998-03-04") == ["1998-12"])
        #expect(values("Officials said the father would be traveling to the United States Thursday.", "2000-04-05") == ["2000-04-06"])
        #expect(values("The company said it expects to release results in mid-November.", "1989-10-27") == ["1989-11"])
        #expect(values("NATO has decided to admit Poland in early March.", "1999-02-10") == ["1999-03"])
        #expect(values("On Tuesday, the league plans to unveil an advertisement.", "1998-10-26") == ["1998-10-27"])
        #expect(values("Conseco said it is calling for the redemption on Dec. 7.", "1989-10-30") == ["1989-12-07"])
    }

    @Test func aParticipleTakesTheTenseOfItsAuxiliary() {
        #expect(values("The vote will be held on Tuesday.") == ["2026-02-10"])
        #expect(values("The vote has been held on Tuesday.") == ["2026-02-03"])
        #expect(values("It is reported in March.", "2006-01-27") == ["2006-03"])
        #expect(values("It is officially reported in March.", "2006-01-27") == ["2006-03"])
        #expect(values("He would have met them on Tuesday.") == ["2026-02-03"])
        // An "-ed" adjective in the object is no verb: the auxiliary before it decides.
        #expect(values("It will redeem preferred shares on Oct. 31.", "1989-10-27") == ["1989-10-31"])
        // Right before the time, an "-ed" form is the time's own verb.
        #expect(values("They would appeal the decision, announced Wednesday by the agency.", "2000-01-06") == ["2000-01-05"])
    }

    @Test func aTimeOpeningItsClauseTakesTheVerbAfterIt() {
        #expect(values("On Friday, the government planned to pay the families.", "1998-09-30") == ["1998-09-25"])
        #expect(values("On Friday, officials will meet.", "1998-09-30") == ["1998-10-02"])
        // After "that", the verbs before the time are another clause's.
        #expect(values("I was pleased to note that your Oct. 23 item recognized it.", "1989-11-01") == ["1989-10-23"])
    }

    @Test func implicativeVerbsAndThePastPerfectKeepAnInfinitiveInThePast() {
        #expect(values("The company failed to pay on Tuesday.") == ["2026-02-03"])
        #expect(values("The company had decided to pay on Tuesday.") == ["2026-02-03"])
        #expect(values("The company decided to pay on Tuesday.") == ["2026-02-10"])
    }

    @Test func deadlinesModifiersAndSinceTakeTheNearestOrThePast() {
        // A deadline in a past clause is as likely ahead as just behind.
        #expect(values("The offer was extended to Nov. 20.", "1989-11-02") == ["1989-11-20"])
        #expect(values("The agency ordered them to return the child by Jan. 14.", "2000-01-15") == ["2000-01-14"])
        #expect(values("Qantas will double its flights by August.", "1998-02-13") == ["1998-08"])
        // "from ... to" is a range: the clause's past tense holds for its end.
        #expect(values("The strike lasted from Monday to Wednesday.") == ["2026-02-02", "2026-02-04"])
        // A date that modifies a noun is not the time of the clause's verb.
        #expect(values("She hoped he would bring aid, where the Aug. 7 blasts killed 257 people.", "1998-08-18") == ["1998-08-07"])
        #expect(values("Inspectors had been allowed to carry out an inspection since Jan. 13.", "1998-03-06") == ["1998-01-13"])
    }

    @Test func aScheduleInThePresentLooksForward() {
        #expect(values("Figures are due on Friday.") == ["2026-02-06"])
        #expect(values("The talks are set for Friday.") == ["2026-02-06"])
        #expect(values("A decision is expected on Friday.") == ["2026-02-06"])
        // After "was" the plan may have passed, and a past verb decides.
        #expect(values("The report was due on Friday.") == ["2026-01-30"])
        #expect(values("They set fire to the office on Friday.") == ["2026-01-30"])
    }
}
