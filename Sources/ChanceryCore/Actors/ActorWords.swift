/// The word lists of actor finding and resolution, read once with the lexicons, with the tables built from them.
public struct ActorWords: Sendable {
    /// `not-names.txt`, `months.tsv` and `weekdays.tsv`: capitalised words that never start or continue a name.
    let notNames: WordSet
    /// `generic-roles.txt`, tested with a role phrase lowercased.
    let genericRoles: WordSet
    /// `locative-prepositions.txt`.
    let locative: WordSet
    /// `title-fillers.txt`.
    let titleFillers: WordSet
    /// `speech-verbs.txt`.
    let speechVerbs: WordSet
    /// `person-pronouns.txt`.
    let personPronouns: [String]
    /// `plural-phrases.txt`, each phrase as its words.
    let pluralPhrases: [[String]]
    /// `pluralPhrases` filed under their first word (see `ActorResolver.pluralsByFirst`).
    let pluralsByFirst: WordMap<[[Word]]>
    /// The word lists each cue bit stands for (see `ActorResolver.cueLists`).
    let cueLists: [(words: [String], bit: UInt8)]
    /// `cueLists` as one map from word to bits.
    let cueWords: WordMap<UInt8>
    /// `cueWords` as a `KeyFilter`, which settles most tokens without a look-up.
    let cueFilter: KeyFilter
    /// `statement-words.txt`.
    let statementWords: WordSet
    /// `honorifics.txt`.
    let honorifics: WordSet
    /// `name-suffixes.txt`.
    let nameSuffixes: WordSet
    /// `owner-words.txt`.
    let owners: WordSet
    /// `royal-titles.txt`, phrases found by their spaced text.
    let royalTitles: WordSet
    /// `peer-titles.txt`: titles that alone name nobody's official ("counterpart").
    let peerTitles: WordSet
    /// `allegiance-words.txt`: "loyal" in "fighters loyal to X", which gives the fighters X's country.
    let allegiance: WordSet
    /// `igo-titles.txt`: offices of international organisations, not of states ("secretary-general").
    let igoTitles: WordSet
    /// `british-spellings.txt` and `american-spellings.txt`.
    let britishSpellings: [String], americanSpellings: [String]
    /// The spellings (bit 1 British, bit 2 American) in one map, so a word is looked up once.
    let spellings: WordMap<UInt8>
    /// `spellings` as a `KeyFilter`.
    let spellingFilter: KeyFilter
    /// `name-particles.txt`, as written (case matters: they are matched in the lexicon's phrases, not in tokens).
    let nameParticles: WordSet
    /// `organisation-words.txt`: last words that make a name after a demonym a body, not a person.
    let organisationWords: WordSet
    /// `organisation-heads.tsv`: head nouns of an organisation's name and the sector they give it.
    let organisationHeads: WordMap<String>
    /// `organisation-joiners.txt`: lowercase words inside one organisation's name ("of", "for").
    let organisationJoiners: WordSet
    /// `possessive-name-nouns.txt`: members' nouns whose possessive stays inside a body's name ("People's").
    let possessiveNameNouns: WordSet
    /// `former-words.txt`: words before a title that make its holder a former official.
    let formerWords: WordSet
    /// `common-words.txt`: English words that are no surname when they stand alone ("House", "Rice").
    let commonWords: WordSet
    /// `accord-names.txt`: words after a capital that make it the name of an accord ("the Minsk agreements").
    let accordNames: WordSet
    /// `place-feature-words.txt`: words that make a capitalised name a place ("the Red Sea").
    let placeFeatures: WordSet
    /// The month names of `months.tsv`: the order of a written date ("23 April 2023", "April 23, 2023") is a
    /// clue to the English variety of the text.
    let months: WordSet

    /// Reads the lists from `read`, which reports those missing.
    public init(_ read: inout WordListReader) {
        let monthNames = read.table("months").entries
        months = WordSet(monthNames)
        notNames = WordSet(read("not-names").entries + monthNames + read.table("weekdays").entries)
        genericRoles = read("generic-roles").set
        locative = read("locative-prepositions").set
        titleFillers = read("title-fillers").set
        speechVerbs = read("speech-verbs").set
        personPronouns = read("person-pronouns").entries
        pluralPhrases = read("plural-phrases").phrases
        pluralsByFirst = ActorResolver.pluralsByFirst(pluralPhrases)
        cueLists = ActorResolver.cueLists(personPronouns: personPronouns, pluralPhrases: pluralPhrases)
        cueWords = WordMap<UInt8>(bits: cueLists)
        cueFilter = KeyFilter(cueLists.flatMap(\.words))
        statementWords = read("statement-words").set
        honorifics = read("honorifics").set
        nameSuffixes = read("name-suffixes").set
        owners = read("owner-words").set
        royalTitles = read("royal-titles").set
        peerTitles = read("peer-titles").set
        allegiance = read("allegiance-words").set
        igoTitles = read("igo-titles").set
        britishSpellings = read("british-spellings").entries
        americanSpellings = read("american-spellings").entries
        spellings = WordMap<UInt8>(bits: [(britishSpellings, 1), (americanSpellings, 2)])
        spellingFilter = KeyFilter(britishSpellings + americanSpellings)
        nameParticles = read("name-particles").set
        organisationWords = read("organisation-words").set
        var heads = WordMap<String>()
        for (word, role) in read.table("organisation-heads").pairs { heads.set(word, role) }
        organisationHeads = heads
        organisationJoiners = read("organisation-joiners").set
        possessiveNameNouns = read("possessive-name-nouns").set
        formerWords = read("former-words").set
        commonWords = read("common-words").set
        accordNames = read("accord-names").set
        placeFeatures = read("place-feature-words").set
    }
}
