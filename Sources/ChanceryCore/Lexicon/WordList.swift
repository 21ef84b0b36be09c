/// A named list of words or phrases that a rule knows, read from `<language>/words/<name>.txt` in the resources:
/// the English of the rules kept as data an analyst can read and extend, not as literals in code. A `<name>.tsv` list
/// gives each entry a value too (a month's number, a TIMEX3 code).
public struct WordList: Sendable {
    /// The file's name without its extension ("determiners").
    public let name: String
    /// Every entry in file order, its words separated by single spaces.
    public let entries: [String]
    /// Each entry's value, in the order of `entries`: the second column of a `.tsv` list, empty for a `.txt` one.
    public let values: [String]
    /// The entries by `WordKey`, so that testing a token hashes nothing (a phrase entry is found by its spaced text).
    public let set: WordSet

    /// A list of `entries` (normalised words, a phrase's words separated by single spaces) and their `values`.
    public init(name: String, entries: [String], values: [String]? = nil) {
        self.name = name
        self.entries = entries
        self.values = values ?? entries.map { _ in "" }
        set = WordSet(entries)
    }

    /// Whether the token's word is an entry.
    @inline(__always) public func contains(_ token: Token) -> Bool { set.contains(token) }

    /// Whether a normalised word (or a phrase, words separated by single spaces) is an entry.
    public func contains(_ text: String) -> Bool { set.contains(text) }

    /// Each entry with its value.
    public var pairs: [(entry: String, value: String)] { Array(zip(entries, values)) }

    /// Each entry as its words: rules that match phrases token by token read these.
    public var phrases: [[String]] { entries.map { $0.split(separator: " ").map(String.init) } }
}
