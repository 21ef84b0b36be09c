/// The words time expressions are built from, with what they mean.
enum TimeWords {
    /// Month names and abbreviations → month number.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12
    ]
    /// Weekday names → ISO weekday.
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7
    ]
    /// Season names → TIMEX3 season codes.
    static let seasons: [String: String] = [
        "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"
    ]
    /// Parts of day → TIMEX3 codes.
    static let partsOfDay: [String: String] = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"
    ]
    /// Calendar units → (TIMEX3 duration letter, is a time unit needing "PT").
    static let units: [String: (String, Bool)] = [
        "second": ("S", true), "seconds": ("S", true), "minute": ("M", true), "minutes": ("M", true),
        "hour": ("H", true), "hours": ("H", true), "day": ("D", false), "days": ("D", false),
        "week": ("W", false), "weeks": ("W", false), "month": ("M", false), "months": ("M", false),
        "year": ("Y", false), "years": ("Y", false), "decade": ("DE", false), "decades": ("DE", false),
        "century": ("CE", false), "centuries": ("CE", false), "weekend": ("WE", false), "weekends": ("WE", false),
        "quarter": ("Q", false), "quarters": ("Q", false)
    ]
    /// Number words → value (nil for vague quantities, written X).
    static let numbers: [String: Int?] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
        "half": nil, "several": nil, "few": nil, "some": nil, "many": nil, "couple": 2, "multiple": nil
    ]
    /// Words that refer to the present, past or future without a date.
    static let references: [String: String] = [
        "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
        "recently": "PAST_REF", "lately": "PAST_REF", "soon": "FUTURE_REF", "current": "PRESENT_REF"
    ]
    /// Abbreviations that are also common words or names ("Sun Microsystems", "Jan Kavan"): times only with a full stop or a day number.
    static let ambiguousAbbreviations: Set<String> = [
        "jan", "mar", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "sun", "sat", "wed", "mon", "tue", "thu", "fri"
    ]
    /// Local time zones written after a clock time; the value keeps local time.
    static let localZones: Set<String> = [
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "bst", "cet", "cest"
    ]
    /// Ordinal words for quarters and halves.
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4
    ]
}
