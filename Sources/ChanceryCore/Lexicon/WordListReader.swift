/// Hands the stages the lists they ask for, noting those no folder has, so that loading reports a missing list
/// as a problem with its file name rather than crashing.
public struct WordListReader {
    /// The loaded lists.
    public let lists: WordLists
    /// Lists asked for that no folder has, as problems naming the file to add.
    public private(set) var problems: [TSVFile.Problem] = []
    /// Every name asked for, in order: the test that each exists in the package reads it.
    public private(set) var asked: [String] = []

    /// A reader of `lists`.
    public init(_ lists: WordLists) { self.lists = lists }

    /// The list `name` (`<name>.txt`); an empty one, reported in `problems`, when it is missing.
    public mutating func callAsFunction(_ name: String) -> WordList { list(name, file: name + ".txt") }

    /// The list `name` whose entries carry values (`<name>.tsv`); an empty one, reported, when it is missing.
    public mutating func table(_ name: String) -> WordList { list(name, file: name + ".tsv") }

    /// Notes a problem a stage found in a list it read (a value it cannot use), with the list's file.
    public mutating func report(_ list: WordList, entry: String, _ message: String) {
        let file = "\(lists.language)/words/\(list.name)"
        problems.append(.init(file: file, line: 0, message: "entry \"\(entry)\": \(message)"))
    }

    private mutating func list(_ name: String, file: String) -> WordList {
        asked.append(name)
        if let list = lists[name] { return list }
        problems.append(
            .init(
                file: "\(lists.language)/words/\(file)", line: 0,
                message: "word list missing from the resources; the rules that read it match nothing until it is added")
        )
        return WordList(name: name, entries: [])
    }
}
