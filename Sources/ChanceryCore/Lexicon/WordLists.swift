import Foundation

/// Every word list of one language, loaded once with the other resources: the built-in folder's lists, extended
/// line by line by a user's folders, where a line `-word` removes a built-in entry.
///
/// Why a language folder (`en/words/`): a second language is then a folder of the same names, not a fork of the rules.
/// A `.txt` list has one word or phrase a line; a `.tsv` list pairs each with a value (`january<TAB>1`), for words
/// that stand for something (a month's number, a TIMEX3 code).
public struct WordLists: Sendable {
    /// The language folder the lists come from ("en").
    public let language: String
    private var lists: [String: WordList] = [:]
    /// Lines that could not be read, with file and line.
    public private(set) var problems: [TSVFile.Problem] = []

    /// The built-in English lists (or those of `$CHANCERY_RESOURCES`), for stages made without loaded resources.
    public static let standard = WordLists(locator: ResourceLocator())

    /// Loads `<language>/words/*.txt` and `*.tsv` from each of the locator's folders, later folders extending earlier ones.
    public init(locator: ResourceLocator, language: String = "en") {
        self.language = language
        var entries: [String: Entries] = [:]
        let urls = locator.files(in: language + "/words", extension: "txt")
            + locator.files(in: language + "/words", extension: "tsv")
        for url in urls {
            let name = url.deletingPathExtension().lastPathComponent
            var list = entries[name] ?? Entries()
            read(url, into: &list)
            entries[name] = list
        }
        for (name, list) in entries {
            lists[name] = WordList(name: name, entries: list.pairs.map(\.0), values: list.pairs.map(\.1))
        }
    }

    /// A list's (entry, value) pairs in file order, with each entry's position: a long list (common-words.txt has
    /// some 13,000 lines) is read in one pass instead of searching the pairs for every line.
    private struct Entries {
        var pairs: [(String, String)] = []
        var position: [String: Int] = [:]

        /// Adds `entry`, or gives an entry already listed a value when `value` is not empty.
        mutating func add(_ entry: String, _ value: String) {
            if let at = position[entry] {
                if !value.isEmpty { pairs[at].1 = value }
            } else {
                position[entry] = pairs.count
                pairs.append((entry, value))
            }
        }

        /// Takes `entry` out (a "-word" line of a user's list).
        mutating func remove(_ entry: String) {
            guard position[entry] != nil else { return }
            pairs.removeAll { $0.0 == entry }
            position = Dictionary(uniqueKeysWithValues: pairs.enumerated().map { ($1.0, $0) })
        }
    }

    /// Adds the lines of one file to `list` (entry, value), removing those a `-word` line names.
    private mutating func read(_ url: URL, into list: inout Entries) {
        let file = TSVFile.rows(url)
        problems += file.problems
        let columns = url.pathExtension == "tsv" ? 2 : 1
        for (line, row) in file.rows {
            let entry = WordLists.normalised(row[0])
            // A lone "-" is the hyphen itself, an entry of lists of marks.
            if entry.hasPrefix("-"), entry.count > 1, row.count == 1 {
                list.remove(WordLists.normalised(String(entry.dropFirst())))
                continue
            }
            guard row.count == columns else {
                let shape = columns == 1 ? "one word or phrase a line, no tabs" : "a word or phrase, a tab, a value"
                problems.append(.init(file: url.path, line: line, message: "expected \(shape); line skipped"))
                continue
            }
            list.add(entry, columns == 2 ? row[1] : "")
        }
    }

    /// The list `name`, nil when no folder has it.
    public subscript(name: String) -> WordList? { lists[name] }

    /// Every list's name, sorted.
    public var names: [String] { lists.keys.sorted() }

    /// An entry with its words separated by single spaces, as tokens' normalised words are joined to compare.
    static func normalised(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
