import ChanceryCore
import Testing

/// Words that look like times and are not (titles, ordinals of nouns), and times the plain rules missed (a day joined
/// to another by "and", references of two words, a period ending in a month, sets of counted units).
@Suite struct TimeNamesTests {
    /// The (text, value) pairs of `text` tagged against a Thursday reference (2026-02-05).
    func tag(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let (tokens, _) = Tokenizer().tokenize(text)
        return TimeTagger().tag(tokens, 0..<tokens.count, bytes: bytes, reference: Day(iso: "2026-02-05")).map {
            $0.text + "=" + $0.value
        }
    }

    @Test func aQuotedTitleNamesNoTime() {
        #expect(tag("He showed a picture of Gary Cooper from the film \"High Noon.\"") == [])
        #expect(tag("Gonzalez said on CBS's \"60 Minutes.\"") == [])
        #expect(tag("Baker, speaking on ABC's \"This Week,\" said it.") == [])
        // Speech in quotes is still speech, and a day's name in quotes still names a day.
        #expect(tag("\"Next week,\" he said.") == ["Next week=2026-W07"])
        #expect(tag("\"Today,\" she said.") == ["Today=2026-02-05"])
        #expect(tag("It crashed on what is known as \"Black Monday\".").count == 1)
    }

    @Test func anOrdinalBeforeANounIsNoDay() {
        #expect(tag("Protests followed the 25th anniversary of the ruling.") == [])
        #expect(tag("It was the 10th time they met.") == [])
        #expect(tag("The 11th Circuit ruled.") == [])
        #expect(tag("The payment is due on the 27th of the month.") == ["the 27th=2026-01-27"])
        #expect(tag("They met on the 3rd and agreed.") == ["the 3rd=2026-02-03"])
    }

    @Test func aDayJoinedByAndSharesTheMonth() {
        #expect(tag("The summit on April 24 and 25.") == ["April 24=2026-04-24", "25=2026-04-25"])
        #expect(tag("Talks on May 3 or 4 in Geneva.") == ["May 3=2026-05-03", "4=2026-05-04"])
        #expect(tag("The June 24-25 summit ended.") == ["June 24=2025-06-24", "25=2025-06-25"])
        #expect(tag("The summit on 24-25 June ended.") == ["24=2025-06-24", "25 June=2025-06-25"])
        #expect(tag("Talks were held between 3 and 5 March.") == ["3=2025-03-03", "5 March=2025-03-05"])
        // A number that counts something is not a day.
        #expect(tag("Between Feb. 2 and 25 people were held.") == ["Feb. 2=2026-02-02"])
        #expect(tag("On June 24 to 26 people died.") == ["June 24=2025-06-24"])
    }

    @Test func twoWordReferences() {
        #expect(tag("Markets are calmer these days.") == ["these days=PRESENT_REF"])
        #expect(tag("At present the talks are stalled.") == ["At present=PRESENT_REF"])
    }

    @Test func aPeriodEndingInAMonthFollowsTheClause() {
        // "to June" after a period's unit ends the period, not a deadline: a past clause means last June.
        #expect(tag("Prices rose 3% in the three months to June.") == ["three months=P3M", "June=2025-06"])
        #expect(tag("The deadline was extended to June.") == ["June=2026-06"])
    }

    @Test func setsOfCountedUnitsAndStretchesOfNoLength() {
        #expect(tag("Elections were held every five years.") == ["every five years=P5Y"])
        #expect(tag("The ceasefire has held for a while.") == ["a while=PXX"])
        #expect(tag("They waited for a long time.") == ["a long time=PXX"])
        #expect(tag("A while ago it was calm.") == [])
    }
}
