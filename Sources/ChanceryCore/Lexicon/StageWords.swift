/// The word lists of every stage, taken once from the loaded `WordLists` into the tables each stage looks words up in.
public struct StageWords: Sendable {
    /// Sentence splitting and line kinds.
    public let text: TextWords
    /// Finding and resolving actors.
    public let actors: ActorWords
    /// Coding events.
    public let coding: CodingWords
    /// Finding and resolving time expressions.
    public let time: TimeWords
    /// Unreadable lines, and lists a stage asks for that no folder has.
    public let problems: [TSVFile.Problem]
    /// Every list the stages read, in the order they ask for them.
    public let names: [String]

    /// The stages' lists from `lists`.
    public init(_ lists: WordLists) {
        var read = WordListReader(lists)
        text = TextWords(&read)
        actors = ActorWords(&read)
        coding = CodingWords(&read)
        time = TimeWords(&read)
        problems = lists.problems + read.problems
        names = read.asked
    }

    /// The built-in lists' tables, for stages made without loaded resources (tests, one-off tools).
    public static let standard = StageWords(.standard)
}
