import Foundation
import Testing

@testable import ChanceryCore

/// The word lists of `Resources/en/words`: a user's folder extends and trims them, a missing one is a problem
/// with its file name, and every list the stages ask for is in the package.
@Suite struct WordListTests {
    /// Writes `files` (name to contents; a name without an extension is a `.txt`) into `<dir>/en/words/`.
    func folder(_ files: [String: String]) throws -> URL {
        let dir = try temporaryFolder()
        let words = dir.appendingPathComponent("en/words")
        try FileManager.default.createDirectory(at: words, withIntermediateDirectories: true)
        for (name, text) in files {
            let file = name.contains(".") ? name : name + ".txt"
            try text.write(to: words.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func aUserFolderExtendsAListAndRemovesBuiltInEntries() throws {
        let dir = try folder(["determiners": "# mine\nthy\n-the\nthe  other \n", "mine": "alpha\nbeta gamma\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let lists = WordLists(locator: ResourceLocator(extra: [dir]))
        let determiners = try #require(lists["determiners"])
        #expect(determiners.contains("thy") && determiners.contains("a"))
        #expect(!determiners.contains("the"))
        #expect(determiners.contains("the other"))  // spaces inside a phrase are made single
        #expect(determiners.entries.last == "the other")
        let mine = try #require(lists["mine"])
        #expect(mine.entries == ["alpha", "beta gamma"] && mine.phrases == [["alpha"], ["beta", "gamma"]])
        #expect(lists.problems.isEmpty)
        // The coder reads the trimmed list: "the" no longer marks a noun.
        let built = try #require(WordLists(locator: ResourceLocator())["determiners"])
        #expect(built.contains("the") && !built.contains("thy"))
        #expect(StageWords(lists).coding.determiners.contains("thy"))
    }

    @Test func aMissingListIsAProblemNotACrash() throws {
        let dir = try folder(["only": "one\ntwo\tcolumns\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let lists = WordLists(locator: ResourceLocator(folders: [dir]))
        #expect(lists.problems.count == 1 && lists.problems[0].line == 2)
        var read = WordListReader(lists)
        let missing = read("determiners")
        #expect(missing.entries.isEmpty && !missing.contains("the"))
        #expect(read.problems.count == 1)
        #expect(read.problems.first?.file == "en/words/determiners.txt" && read.problems.first?.line == 0)
        // Loading everything from that folder reports each list missing, and still makes a pipeline.
        let words = StageWords(lists)
        #expect(words.problems.count == words.names.count + 1)
        let pipeline = Pipeline(resources: Resources(locator: ResourceLocator(folders: [dir])))
        #expect(pipeline.run(Document(id: "d", text: "Russia said it would talk to Ukraine.")).events.isEmpty)
    }

    @Test func everyListTheCodeAsksForIsInThePackage() {
        let words = StageWords(WordLists(locator: ResourceLocator()))
        #expect(words.problems.map(\.description) == [])
        // And no list in the package goes unread.
        #expect(Set(WordLists(locator: ResourceLocator()).names) == Set(words.names))
        #expect(Resources().problems.filter { $0.file.contains("/words/") || $0.file.hasPrefix("en/") }.isEmpty)
    }

    @Test func aTableListPairsWordsWithValuesAndAUserFolderChangesThem() throws {
        let dir = try folder([
            "month-abbreviations.tsv": "sept\t10\n-jun\nmaio\t5\nbad\tnine\nnovalue\n",
            "seasons.tsv": "monsoon\tSU\n"
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let lists = WordLists(locator: ResourceLocator(extra: [dir]))
        // "novalue" has one column where a table wants two: a problem naming the file and line.
        #expect(lists.problems.map(\.line) == [5])
        var read = WordListReader(lists)
        let time = TimeWords(&read)
        #expect(time.months["sept"] == 10 && time.months["maio"] == 5 && time.months["jun"] == nil)
        #expect(time.months["june"] == 6 && time.months["january"] == 1)
        #expect(time.seasons["monsoon"] == "SU" && time.seasons["fall"] == "FA")
        // A value that is not a number is reported with its list and left out, not a crash.
        #expect(time.months["bad"] == nil)
        #expect(read.problems.map(\.file) == ["en/words/month-abbreviations"])
        let tagger = TimeTagger(words: time)
        let text = "They met on Maio 3."
        let (tokens, _) = Tokenizer().tokenize(text)
        let values = tagger.tag(tokens, 0..<tokens.count, bytes: Array(text.utf8), reference: Day(iso: "2026-06-10"))
        #expect(values.map(\.value) == ["2026-05-03"])
    }
}
