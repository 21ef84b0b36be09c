@testable import ChanceryCore
import Testing

@Suite struct TimeHolidayTests {
    /// Values tagged in `text` against `ref`.
    func values(_ text: String, _ ref: String) -> [String] {
        let (tokens, _) = Tokenizer().tokenize(text)
        return TimeTagger().tag(tokens, 0..<tokens.count, bytes: Array(text.utf8), reference: Day(iso: ref)).map(\.value)
    }

    /// Texts tagged in `text` against `ref`.
    func texts(_ text: String, _ ref: String) -> [String] {
        let (tokens, _) = Tokenizer().tokenize(text)
        return TimeTagger().tag(tokens, 0..<tokens.count, bytes: Array(text.utf8), reference: Day(iso: ref)).map(\.text)
    }

    @Test func rulesFindTheDayInAYear() {
        #expect(HolidayRule("11/4/4")?.day(in: 1999) == Day(year: 1999, month: 11, day: 25))
        #expect(HolidayRule("11/1/1+1")?.day(in: 1998) == Day(year: 1998, month: 11, day: 3))
        #expect(HolidayRule("05/-1/1")?.day(in: 2026) == Day(year: 2026, month: 5, day: 25))
        #expect(HolidayRule("12-25")?.day(in: 2026) == Day(year: 2026, month: 12, day: 25))
        #expect(HolidayRule("easter+0")?.day(in: 2000) == Day(year: 2000, month: 4, day: 23))
        #expect(HolidayRule("easter-2")?.day(in: 2026) == Day(year: 2026, month: 4, day: 3))
        #expect(HolidayRule("02-30")?.day(in: 2026) == nil)
        #expect(HolidayRule("13-01") == nil)
        #expect(HolidayRule("11/6/4") == nil)
        #expect(HolidayRule("easter*2") == nil)
    }

    @Test func aHolidayIsItsDayInTheYearTheClauseMeans() {
        #expect(values("They met on Thanksgiving Day.", "2000-01-06") == ["1999-11-25"])
        #expect(values("Polls open on Election Day.", "1998-10-26") == ["1998-11-03"])
        #expect(values("He spent last Thanksgiving with them.", "2000-02-10") == ["1999-11-25"])
        #expect(texts("He spent last Thanksgiving with them.", "2000-02-10") == ["last Thanksgiving"])
        #expect(values("Markets were shut on New Year's Day.", "2026-02-05") == ["2026-01-01"])
        #expect(values("The truce began at Christmas 1999.", "2026-02-05") == ["1999-12-25"])
        #expect(values("The march was held on Good Friday.", "2026-02-05") == ["2025-04-18"])
        #expect(values("They will march on Good Friday.", "2026-02-05") == ["2026-04-03"])
        #expect(values("The vote will be held on Memorial Day.", "2026-02-05") == ["2026-05-25"])
    }

    @Test func lowercaseWordsAreNotHolidays() {
        #expect(values("They gave thanksgiving for the harvest.", "2026-02-05").isEmpty)
    }

    @Test func halvesAreWrittenInTheNextSmallerUnit() {
        #expect(values("The trial took 2 1/2 years.", "2026-02-05") == ["P2Y6M"])
        #expect(values("The siege lasted two and a half years.", "2026-02-05") == ["P2Y6M"])
        #expect(values("They talked for 5 1/2 hours.", "2026-02-05") == ["PT5H30M"])
        #expect(values("It lasted a minute and a half.", "2026-02-05") == ["PT1M30S"])
        #expect(values("It lasted one and a half weeks.", "2026-02-05") == ["P1.5W"])
    }

    @Test func tensAndUnitsWrittenApartCountTogether() {
        #expect(values("The strike lasted twenty four hours.", "2026-02-05") == ["PT24H"])
    }
}

@Suite struct TimeHolidayStretchTests {
    /// Values tagged in `text` against a Thursday reference (2026-02-05).
    func values(_ text: String) -> [String] {
        let (tokens, _) = Tokenizer().tokenize(text)
        return TimeTagger().tag(tokens, 0..<tokens.count, bytes: Array(text.utf8), reference: Day(iso: "2026-02-05"))
            .map(\.value)
    }

    @Test func aHolidaysWeekIsTheISOWeekItFallsIn() {
        // Easter 2025 was April 20, a Sunday of ISO week 16.
        #expect(values("The pilgrims were here in Easter week.") == ["2025-W16"])
    }

    @Test func aStretchAroundAHolidayIsNotItsDay() {
        #expect(values("Christmas sales were strong.").isEmpty)
        #expect(values("Demand rose during the Christmas and New Year sales period.").isEmpty)
    }

    @Test func untilTakesTheTenseOfItsMainClause() {
        #expect(values("Until Thursday, they had not called him a suspect.") == ["2026-02-05"])
        #expect(values("He will stay until Tuesday.") == ["2026-02-10"])
    }
}
