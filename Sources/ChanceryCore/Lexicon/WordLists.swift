/// Every word list of one language, loaded once with the other resources: the built-in folder's lists, extended
/// line by line by a user's folders, where a line `-word` removes a built-in entry.
///
/// Why a language folder (`en/words/`): a second language is then a folder of the same names, not a fork of the rules.
public struct WordLists: Sendable {
    /// The language folder the lists come from ("en").
    public let language: String
    private var lists: [String: WordList] = [:]
    /// Lines that could not be read, with file and line.
    public private(set) var problems: [TSVFile.Problem] = []

    /// The built-in English lists (or those of `$CHANCERY_RESOURCES`), for stages made without loaded resources.
    public static let standard = WordLists(locator: ResourceLocator())

    /// Loads `<language>/words/*.txt` from each of the locator's folders, later folders extending earlier ones.
    public init(locator: ResourceLocator, language: String = "en") {
        self.language = language
        var entries: [String: [String]] = [:]
        for url in locator.files(in: language + "/words", extension: "txt") {
            let name = url.deletingPathExtension().lastPathComponent
            let file = TSVFile.rows(url)
            problems += file.problems
            var list = entries[name] ?? []
            for (line, columns) in file.rows {
                guard columns.count == 1 else {
                    problems.append(
                        .init(
                            file: url.path, line: line,
                            message: "expected one word or phrase a line, no tabs; line skipped"))
                    continue
                }
                let entry = WordLists.normalised(columns[0])
                // A lone "-" is the hyphen itself, an entry of lists of marks.
                if entry.hasPrefix("-"), entry.count > 1 {
                    let removed = WordLists.normalised(String(entry.dropFirst()))
                    list.removeAll { $0 == removed }
                } else if !list.contains(entry) {
                    list.append(entry)
                }
            }
            entries[name] = list
        }
        for (name, list) in entries { lists[name] = WordList(name: name, entries: list) }
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
