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

    /// The list `name`; an empty one, reported in `problems`, when it is missing.
    public mutating func callAsFunction(_ name: String) -> WordList {
        asked.append(name)
        if let list = lists[name] { return list }
        problems.append(
            .init(
                file: "\(lists.language)/words/\(name).txt", line: 0,
                message: "word list missing from the resources; the rules that read it match nothing until it is added")
        )
        return WordList(name: name, entries: [])
    }
}
