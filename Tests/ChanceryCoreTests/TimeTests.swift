import ChanceryCore
import Testing

@Suite struct TimeTests {
    /// Tags `text` against a Thursday reference (2026-02-05) unless told otherwise.
    func tag(_ text: String, _ ref: String = "2026-02-05") -> [(String, String, String)] {
        let bytes = Array(text.utf8)
        let (tokens, _) = Tokenizer().tokenize(text)
        return TimeTagger().tag(tokens, 0..<tokens.count, bytes: bytes, reference: Day(iso: ref)).map {
            ($0.text, $0.kind.rawValue, $0.value)
        }
    }

    func values(_ text: String, _ ref: String = "2026-02-05") -> [String] { tag(text, ref).map(\.2) }

    @Test func weekdaysFollowTense() {
        #expect(values("They met on Tuesday.") == ["2026-02-03"])
        #expect(values("They will meet on Tuesday.") == ["2026-02-10"])
        #expect(values("The talks on Wednesday and Thursday ended.") == ["2026-02-04", "2026-02-05"])
        #expect(values("He arrived last Friday.") == ["2026-01-30"])
        #expect(values("They meet again next Monday.") == ["2026-02-09"])
    }

    @Test func monthsAndSeasons() {
        #expect(values("Macron last spoke with Putin in July.") == ["2025-07"])
        #expect(values("The summit is planned for early December.") == ["2026-12"])
        #expect(values("The summit will be held in early December.") == ["2026-12"])
        #expect(values("The invasion in February 2022 changed that.") == ["2022-02"])
        #expect(values("Fighting eased last spring.") == ["2025-SP"])
    }

    @Test func aBareMonthJustAheadIsTheNextOneUnlessTheClauseIsPast() {
        // In late October, January is three months ahead and nine back: the coming one, unless the clause says past.
        #expect(values("Closing is set for January.", "1989-10-30") == ["1990-01"])
        #expect(values("The loans run through January.", "1989-10-30") == ["1990-01"])
        #expect(values("He said in January that it was over.", "1989-10-30") == ["1989-01"])
        // Half as far ahead as back is not near enough: February from late October is last February.
        #expect(values("The line changed hands in February.", "1989-10-30") == ["1989-02"])
        #expect(values("Shares rose in July.", "1989-10-30") == ["1989-07"])
    }

    @Test func daysNamedThroughAnotherDay() {
        // "last Oct. 23": the latest such day before the reference, its day kept.
        #expect(values("He was shot last Oct. 23 at his home.", "1999-04-19") == ["1998-10-23"])
        #expect(values("The hearing is set for next March 6.", "2000-02-24") == ["2000-03-06"])
        // "the week of March 6" is that day's ISO week; "the day before last Tuesday" counts from that Tuesday.
        #expect(values("It may be resolved the week of March 6.", "2000-02-24") == ["2000-W10"])
        #expect(values("The day before last Tuesday's hearing, he went home.", "2000-02-24") == ["2000-02-21"])
        // "10:35 a.m. (0735 GMT) Friday": the clock is Friday's, and Friday an expression of its own.
        #expect(values("The blast occurred at 10:35 a.m. (0735 GMT) Friday.", "1998-08-08")
            == ["1998-08-07T10:35", "1998-08-07"])
    }

    @Test func decadesWithoutTheirCentury() {
        #expect(values("Prices rose in the '80s.", "1998-03-03") == ["198"])
        #expect(values("Rates were high in the 70s and 80s.", "1998-03-03") == ["197", "198"])
        #expect(values("It was built in the nineties.", "1998-03-03") == ["199"])
        // The latest decade of that name begun by the reference: the twenties of a 2026 report are the 2020s.
        #expect(values("Growth slowed in the twenties.", "2026-02-05") == ["202"])
        // An age is not a time.
        #expect(values("He is in his 70s.", "1998-03-03").isEmpty)
        #expect(values("She retired in her '60s.", "1998-03-03").isEmpty)
    }

    @Test func stretchesToComeOrPastWithoutACount() {
        #expect(tag("Rates may fall in coming weeks.").map(\.0) == ["coming weeks"])
        #expect(values("Rates may fall in coming weeks.") == ["PXW"])
        #expect(values("They will buy equipment in the coming years.") == ["PXY"])
        #expect(values("Programs grew in past years.") == ["PXY"])
        #expect(tag("Investors are wary in the weeks ahead.").map(\.0) == ["the weeks ahead"])
        // A count still gives the length: "the next two years".
        #expect(values("Sales will grow over the next two years.") == ["P2Y"])
    }

    @Test func explicitDatesInEveryCommonForm() {
        #expect(values("It was signed on Feb. 3.") == ["2026-02-03"])
        #expect(values("It was signed on 3 February 2026.") == ["2026-02-03"])
        #expect(values("It was signed on 2026-02-03.") == ["2026-02-03"])
        #expect(values("It was signed on February 3rd, 2025.") == ["2025-02-03"])
        #expect(values("March 01, 2008") == ["2008-03-01"])
        #expect(values("in 2019 and in the 1990s") == ["2019", "199"])
    }

    @Test func relativeSpans() {
        #expect(values("two days ago") == ["2026-02-03"])
        #expect(values("a week ago") == ["2026-01-29"])
        #expect(values("the previous day") == ["2026-02-04"])
        #expect(values("earlier this month") == ["2026-02"])
        #expect(values("last week", "2013-03-21") == ["2013-W11"])
        #expect(values("this year") == ["2026"])
        #expect(tag("over the past several months").map(\.1) == ["DURATION"])
        #expect(values("over the past several months") == ["PXM"])
        #expect(values("yesterday") == ["2026-02-04"])
    }

    @Test func durationsAndSets() {
        #expect(values("for a decade") == ["P10Y"])
        #expect(values("for two years") == ["P2Y"])
        #expect(values("a 27-year contract") == ["P27Y"])
        #expect(tag("15 tankers a year").map(\.1) == ["SET"])
        #expect(values("every year") == ["P1Y"])
        #expect(tag("each season").map(\.1) == ["SET"])
    }

    @Test func unitsCompoundedWithLongAreDurations() {
        #expect(tag("their third day-long meeting").map { [$0.0, $0.1, $0.2] } == [["day-long", "DURATION", "P1D"]])
        #expect(values("the decades-long battle") == ["PXY"])
        #expect(values("an hour-long talk") == ["PT1H"])
        // A count before the unit makes the compound quantity's: "a 10-year-long war" is ten years.
        #expect(values("a 10-year-long war") == ["P10Y"])
    }

    @Test func aDeadlineMonthLooksForwardAndMayAfterAPreposition() {
        // From late October, February is four months ahead and eight back: a deadline takes the coming one.
        #expect(values("The program is to pay down the loan by February.", "1989-10-30") == ["1990-02"])
        #expect(values("Sales rose in February.", "1989-10-30") == ["1989-02"])
        #expect(values("The talks are supposed to conclude by May, officials said.", "1998-03-22") == ["1998-05"])
        #expect(values("Prices have risen since May.", "1998-03-22") == ["1997-05"])
        // A verb or a possessive after it makes "May" the prime minister.
        #expect(values("Nothing has changed since May took office.", "2018-06-03") == [])
        #expect(values("It came after May's speech.", "2018-06-03") == [])
        #expect(values("They may meet.") == [])
    }

    @Test func whatWasCurrentThenIsAPastReference() {
        #expect(tag("at 50% of the then current market price").map { [$0.0, $0.2] } == [["then current", "PAST_REF"]])
        #expect(tag("the then-current owner").map { [$0.0, $0.2] } == [["then-current", "PAST_REF"]])
        #expect(values("the current owner") == ["PRESENT_REF"])
    }

    @Test func aModifiedPartOfADay() {
        #expect(tag("In London at mid-afternoon yesterday, shares fell.").map { [$0.0, $0.2] } == [["mid-afternoon yesterday", "2026-02-04TAF"]])
        #expect(values("By mid afternoon, sources were saying so.") == ["2026-02-05TAF"])
        #expect(values("They met in the late evening.") == ["2026-02-05TEV"])
        #expect(values("They met late Tuesday evening.") == ["2026-02-03TEV"])
        // Without a day or a preposition, the phrase modifies a noun.
        #expect(values("an early morning raid") == [])
    }

    @Test func daysOfAMarketCalendarAndHedgedCountsBack() {
        #expect(tag("Eight trading days after the crash").map { [$0.0, $0.2] } == [["Eight trading days", "P8D"]])
        #expect(values("within ten business days") == ["P10D"])
        #expect(tag("Then, a week or so ago, he spoke.").map { [$0.0, $0.2] } == [["a week or so ago", "2026-01-29"]])
    }

    @Test func referencesAndTimesOfDay() {
        #expect(values("now") == ["PRESENT_REF"])
        #expect(values("recently") == ["PAST_REF"])
        #expect(values("in the future") == ["FUTURE_REF"])
        #expect(values("at 10:30 a.m.") == ["2026-02-05T10:30"])
        #expect(values("on Monday morning") == ["2026-02-02TMO"])
    }

    @Test func unknownReferenceLeavesXs() {
        let bytes = Array("They met on Tuesday.".utf8)
        let (tokens, _) = Tokenizer().tokenize("They met on Tuesday.")
        #expect(TimeTagger().tag(tokens, 0..<tokens.count, bytes: bytes, reference: nil).map(\.value) == ["XXXX-XX-XX"])
    }

    @Test func dayArithmeticAndISOWeeks() {
        let d = Day(year: 2026, month: 2, day: 5)
        #expect(d.weekday == 4)
        #expect(d.adding(days: -36).description == "2025-12-31")
        #expect(Day(year: 2013, month: 3, day: 14).isoWeek.week == 11)
        #expect(Day(year: 2024, month: 3, day: 31).adding(months: -1).description == "2024-02-29")
    }

    @Test func quartersAndZonedClockTimes() {
        #expect(values("in the first quarter of 2009") == ["2009-Q1"])
        #expect(values("the third quarter of this year", "2009-11-05") == ["2009-Q3"])
        #expect(values("at 18:00 UTC", "2009-12-15") == ["2009-12-15T18:00Z"])
        #expect(tag("over the past decade").map(\.1) == ["DURATION"])
    }

    @Test func nonTimesAreLeftAlone() {
        #expect(values("a 6-year-old boy and Smith, 52 years old") == [])
        #expect(values("Sun Microsystems and Jan Kavan met.") == [])
        #expect(values("It closed on Jan. 14.") == ["2026-01-14"])
        // "recent" alone is TimeML's PAST_REF ("the recent attacks"); "previously" TimeBank leaves mostly untagged.
        #expect(values("ongoing talks, as previously planned, at the same time, this time") == [])
        #expect(values("as soon as possible, soon after") == [])
        #expect(values("It will end soon.") == ["FUTURE_REF"])
        #expect(tag("in recent years").map(\.0) == ["recent years"])
    }

    /// Tags and anchors `text` as one document.
    func anchored(_ text: String, _ ref: String) -> [String] {
        let bytes = Array(text.utf8)
        let (tokens, _) = Tokenizer().tokenize(text)
        let tagger = TimeTagger()
        let found = tagger.tag(tokens, 0..<tokens.count, bytes: bytes, reference: Day(iso: ref))
        return tagger.anchor([found], tokens: tokens, reference: Day(iso: ref)).flatMap { $0 }.map(\.value)
    }

    @Test func quartersOfEarningsReports() {
        #expect(values("Travelers's third-quarter net income rose 11%.", "1989-10-20") == ["1989-Q3"])
        #expect(values("cuts during the fourth quarter", "2006-08-19") == ["2006-Q4"])
        #expect(values("profits fell in the fourth quarter", "1998-01-08") == ["1997-Q4"])
        #expect(values("a charge in the 1988 second quarter", "1989-10-20") == ["1988-Q2"])
        #expect(values("for the fiscal first quarter", "1989-10-20") == ["1989-Q1"])
        #expect(values("this year's third quarter", "1989-10-20") == ["1989-Q3"])
        #expect(values("about a quarter of its dealers; three-quarters of its food") == [])
        // TimeBank writes a span of quarters in quarters.
        #expect(values("after two consecutive quarters of decline") == ["P2Q"])
    }

    @Test func periodsFollowTheReportedQuarter() {
        let text =
            "It lost money in the third quarter. In the year-ago quarter, it earned $5 million. Sales were $3 million a year ago. The quarter was hard."
        #expect(anchored(text, "1989-10-20") == ["1989-Q3", "1988-Q3", "1988-Q3", "1989-Q3"])
        #expect(
            anchored("Sales rose in February compared to the same period last year.", "2010-03-02") == [
                "2010-02", "2009-02"
            ])
        // Without a quarter under discussion, "a year ago" is a year.
        #expect(anchored("It had 14% a year ago.", "1989-10-20") == ["1988"])
    }

    @Test func aForecastPeriodIsNotThePeriodUnderDiscussion() {
        let text =
            "Third-quarter net fell. The slump should last through the third quarter of 1990. In the year-ago period, it earned $101.4 million."
        #expect(anchored(text, "1989-10-26") == ["1989-Q3", "1990-Q3", "1988-Q3"])
    }

    @Test func theEndOfAYearLeansOnNoReportedPeriod() {
        let text = "Third-quarter net fell. The rules should be in place by year's end."
        #expect(anchored(text, "1989-10-26") == ["1989-Q3", "1989"])
    }

    @Test func aComparisonAYearBackFollowsTheStretchItsSentenceReports() {
        let quarter = "Third-quarter net rose 5% to $3 million. "
        // A sentence on the nine months (or the year) compares with that stretch a year back: a year, not the quarter.
        #expect(
            anchored(quarter + "For the nine months, net was $9 million, compared with $7 million a year earlier.", "1989-10-26")
                == ["1989-Q3", "P9M", "1988"])
        // Without a figure, a comparison names the quarter a year back too.
        #expect(anchored(quarter + "Interest costs were lower than a year ago.", "1989-10-26") == ["1989-Q3", "1988-Q3"])
        // "the quarter a year ago" is the quarter under discussion, a year back.
        #expect(anchored(quarter + "For the quarter a year ago, it earned $16.3 million.", "1989-10-26") == ["1989-Q3", "1988-Q3"])
        // "last year" names the calendar year even after a figure.
        #expect(anchored(quarter + "Sales were $14 million, down from $21.4 million last year.", "1989-10-26") == ["1989-Q3", "1988"])
    }

    @Test func theDayIsTheDayTheTextIsOn() {
        // A Saturday report of Friday's trading: "the same day" and "the day" are Friday.
        let text = "Stocks rose on Friday. A report released on the same day showed losses. The index ended the day up."
        #expect(anchored(text, "2009-04-04") == ["2009-04-03", "2009-04-03", "2009-04-03"])
        // With no day named before, the reference day.
        #expect(anchored("The index ended the day up.", "2009-04-04") == ["2009-04-04"])
        // "the day after falling 250 points" is the day itself; "the day after" alone is the next one.
        #expect(tag("Stocks rebounded late in the day after falling 250 points.", "2007-08-10").map(\.0) == ["the day"])
        #expect(values("They met the day after.", "2007-08-10") == ["2007-08-11"])
        // "the day before the plunge": the day of the event the text is on, not the day before publication.
        #expect(
            anchored("Eight trading days after Oct. 12, the day before the stock market plunge, the index fell.", "1989-10-30")
                .last == "1989-10-12")
        #expect(values("They met the day before Christmas.", "2007-12-27") == ["2007-12-24"])
        // "in the morning": the morning of the day the text is on.
        #expect(anchored("Shares fell Friday. Dealers placed buy orders in the morning.", "1989-10-30") == ["1989-10-27", "1989-10-27TMO"])
        #expect(values("the night of Oct. 5", "1989-10-30").first != "1989-10-30TNI")
        #expect(values("tapes from the night the plane went down", "1998-01-14").isEmpty)
        // A part of a season is the season: "from the low levels of the early summer".
        #expect(values("from the low levels of the early summer", "1989-10-26") == ["1989-SU"])
        #expect(values("in late spring of 1994", "1989-10-26") == ["1994-SP"])
        // "the day after his death": the day after the one the text is on.
        #expect(anchored("He was shot on Oct. 23. Two men came to his house the day after his death.", "1998-11-21") == ["1998-10-23", "1998-10-24"])
    }

    @Test func spansJoinClockWeekdayAndYear() {
        #expect(tag("kidnapped at 10 p.m. Wednesday").map(\.0) == ["10 p.m. Wednesday"])
        #expect(values("kidnapped at 10 p.m. Wednesday") == ["2026-02-04T22:00"])
        #expect(values("talks broke off at noon Thursday") == ["2026-02-05T12:00"])
        #expect(values("until 5 p.m. EST Nov. 9", "1989-11-02") == ["1989-11-09T17:00"])
        #expect(tag("an editorial on Saturday, April 25:", "1998-04-27").map(\.0) == ["Saturday, April 25"])
        #expect(values("In July last year, he was arrested.", "1998-04-15") == ["1997-07"])
        #expect(values("approved in early October this year", "1998-12-02") == ["1998-10"])
        #expect(values("the fabled 11th century temple") == ["10"])
        #expect(tag("in the 20th century").map(\.0) == ["the 20th century"])
    }

    @Test func phrasesWithoutNumbers() {
        #expect(values("Russia has in the past claimed it.") == ["PAST_REF"])
        #expect(
            values("worried about the future; in the near term; for the long term") == [
                "FUTURE_REF", "FUTURE_REF", "FUTURE_REF"
            ])
        #expect(values("ruled from Moscow for centuries and for weeks") == ["PXY", "PXW"])
        #expect(values("by the end of the month", "1990-08-15") == ["1990-08"])
        #expect(tag("by the end of the month", "1990-08-15").map(\.0) == ["the end of the month"])
        #expect(values("complete the deal by year-end", "1989-11-02") == ["1989"])
        #expect(values("revenue for the year ended March 31").first == "P1Y")
        #expect(values("to end the day at 7,114", "2009-02-23") == ["2009-02-23"])
        #expect(values("Atlanta, nineteen ninety-six. Then January nineteen ninety-seven.") == ["1996", "1997-01"])
        #expect(values("by the year two thousand") == ["2000"])
        #expect(values("independence from Spain in 1898") == ["1898"])
        #expect(values("the winter of nineteen ninety-four") == ["1994-WI"])
        #expect(tag("said late yesterday").map(\.0) == ["late yesterday"])
        #expect(values("It was the 7th largest decline; the now-cancelled deal") == [])
    }

    @Test func directionFromTheClause() {
        #expect(values("They could come as soon as Tuesday.") == ["2026-02-10"])
        #expect(values("Markets stay closed until Friday.") == ["2026-02-06"])
        #expect(values("Apple announced Friday that it will give refunds.", "2010-07-17") == ["2010-07-16"])
        #expect(values("The jet is set to land on Monday.", "2007-03-19") == ["2007-03-19"])
        #expect(values("for the year ended March 31", "1989-11-02").last == "1989-03-31")
        #expect(values("The vote will take place on March 31.", "1989-11-02") == ["1990-03-31"])
        #expect(values("it sold the unit this past spring", "1989-10-20") == ["1989-SP"])
        #expect(values("Fighting eased last spring.", "2026-02-05") == ["2025-SP"])
        #expect(tag("in recent months").map(\.2) == ["PXM"])
    }
}
