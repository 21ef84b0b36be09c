import ChanceryCore
import Testing

/// Expressions that count from the time the text last named, and the references, names and sets around them.
extension TimeTests {
    @Test func theFollowingAndThePreviousCountFromTheTimeLastNamed() {
        #expect(
            anchored("On May 22, 1995, he was promoted, and the following year he was posted abroad.", "1998-04-18")
                == ["1995-05-22", "1996"])
        // Friday Oct. 27 named, "the previous Friday" is the one before it, not the one before publication.
        #expect(anchored("Stocks fell on Oct. 27, down 4% from the previous Friday.", "1989-10-30") == ["1989-10-27", "1989-10-20"])
        #expect(anchored("He was arrested on Feb. 22 and freed the next morning.", "2000-02-24") == ["2000-02-22", "2000-02-23TMO"])
        #expect(anchored("It opened in March 1989. The following month, it was sold.", "1989-10-27") == ["1989-03", "1989-04"])
        // Nothing named before: the reference's.
        #expect(anchored("The following month, it was sold.", "1989-10-27") == ["1989-11"])
    }

    @Test func thatUnitIsTheOneTheTextNamed() {
        #expect(anchored("She fled in June 1998 and returned later that year.", "2000-01-28") == ["1998-06", "1998"])
        #expect(anchored("He was killed on Oct. 23. Earlier that day, police were warned.", "1998-11-02") == ["1998-10-23", "1998-10-23"])
        // Ending its clause, "that year" is a time after any word ("imports that year, according to an aide").
        #expect(anchored("Imports rose in 1988. Watch imports that year, an aide said, were small.", "1989-11-02") == ["1988", "1988"])
        // "that" as a relative pronoun is no time.
        #expect(values("the plan that day-traders liked").isEmpty)
    }

    @Test func theCurrentUnitIsTheReferencesOwn() {
        #expect(tag("sales in the current fiscal year", "1989-11-02").map(\.0) == ["the current fiscal year"])
        #expect(values("sales in the current fiscal year", "1989-11-02") == ["1989"])
        #expect(values("grow to 42% in the current year", "1989-10-26") == ["1989"])
        #expect(values("under current market conditions", "1989-10-26") == ["PRESENT_REF"])
    }

    @Test func recentAloneIsThePastButTheMostRecentIsNoTime() {
        #expect(values("concern about recent declines in prices") == ["PAST_REF"])
        #expect(values("the antenna on their most recent model").isEmpty)
    }

    @Test func ordinalsAndMonthsThatNameThingsAreNoTimes() {
        #expect(values("They appealed to the 11th Circuit Court of Appeals.", "2000-04-03").isEmpty)
        #expect(values("They met on the 11th and left.", "2000-04-03") == ["2000-03-11"])
        #expect(values("protesters at the annual March for Life", "1999-01-22").isEmpty)
        #expect(values("at the head of the March of the Combatant Mothers", "2000-01-15").isEmpty)
        #expect(values("It closed in March of 1998.", "1999-01-22") == ["1998-03"])
    }

    @Test func setsOfMonthsAndQuartersStaySets() {
        #expect(tag("Orangemen march each July through the town.", "1998-03-22").map(\.1) == ["SET"])
        #expect(values("Orangemen march each July through the town.", "1998-03-22") == ["XXXX-07"])
        // "every quarter" is not the quarter under discussion.
        #expect(anchored("It lost money in the third quarter and pays interest every quarter.", "1989-10-30") == ["1989-Q3", "P1Q"])
    }

    @Test func aQuartersResultsComeOutInTheNextQuarter() {
        #expect(values("It plans to restructure after a third-quarter loss.", "1989-10-26") == ["1989-Q3"])
        #expect(values("It will report fourth-quarter results.", "1990-01-15") == ["1989-Q4"])
        #expect(values("It will report first-quarter results.", "1989-10-26") == ["1990-Q1"])
    }

    @Test func aPlannedTimeLooksForward() {
        #expect(values("Protesters planned a demonstration on Saturday.", "2000-01-07") == ["2000-01-08"])
        #expect(values("He has scheduled a news conference Thursday.", "1999-05-05") == ["1999-05-06"])
        #expect(values("Protesters held a demonstration on Saturday.", "2000-01-07") == ["2000-01-01"])
    }
}
