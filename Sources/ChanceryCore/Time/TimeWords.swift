/// The words time expressions are built from, with what they mean, read once from `en/words/` with the other lists.
///
/// A class, not a struct: every tagging context holds it, and one reference is cheaper to pass than forty tables.
/// The tables the rules read at every token are `WordMap`s, which find a token's word by its key, hashing no string.
public final class TimeWords: Sendable {
    /// `months.tsv` and `month-abbreviations.tsv`: month names and abbreviations → month number.
    let months: WordMap<Int>
    /// `weekdays.tsv` and `weekday-abbreviations.tsv`: weekday names → ISO weekday.
    let weekdays: WordMap<Int>
    /// `seasons.tsv`: season names → TIMEX3 season codes.
    let seasons: WordMap<String>
    /// `parts-of-day.tsv`: parts of day → TIMEX3 codes.
    let partsOfDay: WordMap<String>
    /// `time-units.tsv`: calendar units → (TIMEX3 duration letter, is a time unit needing "PT").
    let units: WordMap<(String, Bool)>
    /// `number-words.tsv`: number words → value (nil for vague quantities, written X).
    let numbers: WordMap<Int?>
    /// `reference-words.tsv`: words that refer to the present, past or future without a date.
    let references: WordMap<String>
    /// `period-ordinals.tsv`: ordinal words for quarters and halves.
    let ordinals: WordMap<Int>
    /// `set-adverbs.tsv`: adverbs of frequency → SET value.
    let setAdverbs: WordMap<String>
    /// `relative-directions.tsv`: "last" → -1, "next" → 1, "this" → 0.
    let directions: WordMap<Int>
    /// `named-year-shifts.tsv`: "last" (year) → -1, "this" → 0, "next" → 1.
    let yearShifts: WordMap<Int>
    /// `decade-words.tsv`: "nineties" → 9.
    let decadeWords: WordMap<Int>
    /// `holidays.tsv`: holiday names → the rule that finds their day in a year.
    let holidays: [String: HolidayRule]
    /// The first words of `references` of two or more words ("these" of "these days").
    let referencePhraseOpeners: WordSet
    /// `ordinal-date-followers.txt`: words after "the 27th" that leave it a day of the month ("the 27th of").
    let ordinalDateFollowers: WordSet
    /// The first words of `holidays`' names, so that a capitalised word no holiday starts with costs one lookup.
    let holidayFirstWords: WordSet
    /// `owner-words.txt`: "his", "their" before an age ("in his 70s").
    let owners: WordSet
    /// `deictic-days.txt`: "today", "yesterday", "tomorrow", "tonight".
    let deicticDays: WordSet
    /// The one-column lists, each the file of the same name in kebab case.
    let ambiguousAbbreviations, localZones, utcZones, quarterOpeners, dayFrames, durationFrames, relativeOpeners,
        theTimeOpeners, spanModifiers, futureCues, futureToHeads, dueBeForms, asAsWords, pastCues, clauseEnds,
        futureAfter, ordinalSuffixes, oldYearPrepositions, durationGovernors, durationAdjectives, setQuantifiers,
        spanPrepositions, yearFrames, partWholes, comparisonAdjectives, reportPeriods, periodAdjectives,
        yearBackPhrases, thatTimeFrames, holidayStretchWords, untilWords, modals, bareAuxiliaries, presentBeForms,
        verbAdverbs, pastForms, edNonVerbs, determiners, coordinators, infinitiveVerbs, implicativeHeads, deadlineWords,
        clauseOpeners, pastOpeners, supersededPlanWords, partOfDayPrepositions, monthPrepositions, nominativePronouns, scheduleWords, dayJoiners: WordSet

    /// The built-in lists' tables, for taggers made without loaded resources.
    public static let standard = StageWords.standard.time

    /// Reads the lists from `read`, which reports those missing and values that are not what a table holds.
    public init(_ read: inout WordListReader) {
        months = WordMap(Self.numbers(read.table("months"), &read).merging(
            Self.numbers(read.table("month-abbreviations"), &read)) { a, _ in a })
        weekdays = WordMap(Self.numbers(read.table("weekdays"), &read).merging(
            Self.numbers(read.table("weekday-abbreviations"), &read)) { a, _ in a })
        seasons = WordMap(Self.codes(read.table("seasons")))
        partsOfDay = WordMap(Self.codes(read.table("parts-of-day")))
        units = WordMap(Self.codes(read.table("time-units")).mapValues { v in
            v.hasPrefix("T") && v.count > 1 ? (String(v.dropFirst()), true) : (v, false)
        })
        numbers = WordMap(Self.counts(read.table("number-words"), &read))
        references = WordMap(Self.codes(read.table("reference-words")))
        referencePhraseOpeners = WordSet(references.words.filter { $0.contains(" ") }.map { String($0.prefix { $0 != " " }) })
        ordinalDateFollowers = read("ordinal-date-followers").set
        ordinals = WordMap(Self.numbers(read.table("period-ordinals"), &read))
        setAdverbs = WordMap(Self.codes(read.table("set-adverbs")))
        directions = WordMap(Self.numbers(read.table("relative-directions"), &read))
        yearShifts = WordMap(Self.numbers(read.table("named-year-shifts"), &read))
        decadeWords = WordMap(Self.numbers(read.table("decade-words"), &read))
        holidays = Self.rules(read.table("holidays"), &read)
        holidayFirstWords = WordSet(holidays.keys.map { String($0.prefix { $0 != " " && $0 != "'" }) })
        owners = read("owner-words").set
        deicticDays = read("deictic-days").set
        ambiguousAbbreviations = read("ambiguous-time-abbreviations").set
        localZones = read("local-time-zones").set
        utcZones = read("utc-zones").set
        quarterOpeners = read("quarter-openers").set
        dayFrames = read("day-frames").set
        durationFrames = read("duration-frames").set
        relativeOpeners = read("relative-openers").set
        theTimeOpeners = read("the-time-openers").set
        spanModifiers = read("span-modifiers").set
        futureCues = read("time-future-cues").set
        futureToHeads = read("time-future-to-heads").set
        dueBeForms = read("time-due-be-forms").set
        asAsWords = read("time-as-as-words").set
        pastCues = read("time-past-cues").set
        clauseEnds = read("time-clause-ends").set
        futureAfter = read("time-future-after").set
        ordinalSuffixes = read("ordinal-suffixes").set
        oldYearPrepositions = read("old-year-prepositions").set
        durationGovernors = read("duration-governors").set
        durationAdjectives = read("duration-adjectives").set
        setQuantifiers = read("set-quantifiers").set
        spanPrepositions = read("span-prepositions").set
        yearFrames = read("year-frames").set
        partWholes = read("part-wholes").set
        comparisonAdjectives = read("comparison-adjectives").set
        reportPeriods = read("report-periods").set
        periodAdjectives = read("period-adjectives").set
        yearBackPhrases = read("year-back-phrases").set
        thatTimeFrames = read("that-time-frames").set
        holidayStretchWords = read("holiday-stretch-words").set
        untilWords = read("time-until-words").set
        modals = read("time-modals").set
        bareAuxiliaries = read("time-bare-auxiliaries").set
        presentBeForms = read("time-present-be-forms").set
        verbAdverbs = read("time-verb-adverbs").set
        pastForms = read("past-forms").set
        edNonVerbs = read("ed-non-verbs").set
        determiners = read("determiners").set
        coordinators = read("coordinators").set
        infinitiveVerbs = read("infinitive-verbs").set
        implicativeHeads = read("time-implicative-heads").set
        deadlineWords = read("time-deadline-words").set
        clauseOpeners = read("time-clause-openers").set
        pastOpeners = read("time-past-openers").set
        supersededPlanWords = read("time-superseded-plan-words").set
        partOfDayPrepositions = read("part-of-day-prepositions").set
        monthPrepositions = read("may-month-prepositions").set
        nominativePronouns = read("nominative-pronouns").set
        scheduleWords = read("time-schedule-words").set
        dayJoiners = read("day-joiners").set
    }

    /// A table's values as integers; an entry whose value is not one is reported and left out.
    static func numbers(_ list: WordList, _ read: inout WordListReader) -> [String: Int] {
        parsed(list, &read, expected: "a whole number") { Int($0) }
    }

    /// A table's values read by `parse`, the first of a repeated entry winning; an entry whose value does not read
    /// is reported (the value is not `expected`) and left out.
    static func parsed<Value>(
        _ list: WordList, _ read: inout WordListReader, expected: String, _ parse: (String) -> Value?
    ) -> [String: Value] {
        var table: [String: Value] = [:]
        for (entry, value) in list.pairs {
            guard let v = parse(value) else {
                read.report(list, entry: entry, "value \"\(value)\" is not \(expected); entry left out")
                continue
            }
            table[entry] = table[entry] ?? v
        }
        return table
    }

    /// A table's counts: a whole number, or X for a vague quantity (nil).
    static func counts(_ list: WordList, _ read: inout WordListReader) -> [String: Int?] {
        var table: [String: Int?] = [:]
        for (entry, value) in list.pairs {
            if value == "X" {
                table[entry] = .some(nil)
            } else if let n = Int(value) {
                table[entry] = n
            } else {
                read.report(list, entry: entry, "value \"\(value)\" is neither a whole number nor X; entry left out")
            }
        }
        return table
    }

    /// A table's holiday rules; an entry whose rule does not read is reported and left out.
    static func rules(_ list: WordList, _ read: inout WordListReader) -> [String: HolidayRule] {
        parsed(list, &read, expected: "MM-DD, MM/N/W[+D] or easter[+D]") { HolidayRule($0) }
    }

    /// A table's values as written (TIMEX3 codes).
    static func codes(_ list: WordList) -> [String: String] {
        Dictionary(list.pairs.map { ($0.entry, $0.value) }, uniquingKeysWith: { a, _ in a })
    }
}
