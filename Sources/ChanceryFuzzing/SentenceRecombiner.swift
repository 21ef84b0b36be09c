import ChanceryCore

/// Makes documents that real crawls produce and dev files never do: real sentences with words dropped, two sentences
/// spliced, words inserted, cut off mid-phrase, and headlines of the shape "A verb B" ending on a verb or an actor.
///
/// Every document follows from the seed and its number, so a crash found at document 41,207 of seed 7 is reproduced
/// by asking for that document again (`document(at:)`).
public struct SentenceRecombiner: Sendable {
    /// The sentences recombined, each as its words.
    public let sentences: [[Substring]]
    /// Every word seen, to insert anywhere.
    let vocabulary: [Substring]
    /// The seed every document derives from.
    public let seed: UInt64

    /// Creates a recombiner over seed texts (articles or sentences); it splits them into sentences itself.
    public init(texts: [String], seed: UInt64) {
        var sentences: [[Substring]] = []
        for text in texts {
            for line in text.split(whereSeparator: \.isNewline) {
                var current: [Substring] = []
                for word in line.split(separator: " ", omittingEmptySubsequences: true) {
                    current.append(word)
                    if let last = word.last, ".!?".contains(last), current.count > 3 {
                        sentences.append(current)
                        current = []
                    }
                }
                if !current.isEmpty { sentences.append(current) }
            }
        }
        self.sentences = sentences.isEmpty ? [["Xi", "Jinping", "visits", "Moscow"]] : sentences
        vocabulary = self.sentences.flatMap { $0 }
        self.seed = seed
    }

    /// Document number `index`: a headline and one to six recombined sentences, some dated.
    public func document(at index: Int) -> Document {
        var rng = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: index))
        var lines: [String] = [headline(&rng)]
        let count = Int.random(in: 1...6, using: &rng)
        var body: [String] = []
        for _ in 0..<count { body.append(sentence(&rng).joined(separator: " ")) }
        lines.append("")
        lines.append(body.joined(separator: Bool.random(using: &rng) ? " " : "\n"))
        let day = Day(
            year: Int.random(in: 1990...2030, using: &rng), month: Int.random(in: 1...12, using: &rng),
            day: Int.random(in: 1...28, using: &rng))
        let dated = Int.random(in: 0..<4, using: &rng) != 0
        return Document(id: "r\(seed)-\(index)", text: lines.joined(separator: "\n"), date: dated ? day : nil)
    }

    /// A headline: a real sentence's opening words, or "A verb B" built from a sentence's words.
    func headline(_ rng: inout SplitMix64) -> String {
        let s = pick(sentences, &rng)
        if Bool.random(using: &rng) { return s.prefix(Int.random(in: 1...8, using: &rng)).joined(separator: " ") }
        // "Xi Jinping visits Moscow": take the words around a random position, often ending right on a verb.
        let at = Int.random(in: 0..<s.count, using: &rng)
        let from = max(0, at - Int.random(in: 0...3, using: &rng))
        let to = min(s.count, at + 1 + Int.random(in: 0...3, using: &rng))
        return s[from..<to].joined(separator: " ")
    }

    /// One sentence, recombined by one to three edits.
    func sentence(_ rng: inout SplitMix64) -> [Substring] {
        var words = pick(sentences, &rng)
        for _ in 0..<Int.random(in: 0...3, using: &rng) {
            switch Int.random(in: 0..<7, using: &rng) {
            case 0:  // drop words
                for _ in 0..<Int.random(in: 1...3, using: &rng) where !words.isEmpty {
                    words.remove(at: Int.random(in: 0..<words.count, using: &rng))
                }
            case 1:  // splice with another sentence
                let other = pick(sentences, &rng)
                let cut = Int.random(in: 0...words.count, using: &rng)
                let otherCut = Int.random(in: 0...other.count, using: &rng)
                words = Array(words[..<cut] + other[otherCut...])
            case 2:  // insert words
                for _ in 0..<Int.random(in: 1...3, using: &rng) {
                    words.insert(pick(vocabulary, &rng), at: Int.random(in: 0...words.count, using: &rng))
                }
            case 3:  // cut off mid-phrase
                words = Array(words.prefix(Int.random(in: 0...words.count, using: &rng)))
            case 4:  // swap two neighbours
                if words.count >= 2 {
                    let i = Int.random(in: 0..<(words.count - 1), using: &rng)
                    words.swapAt(i, i + 1)
                }
            case 5:  // punctuation alone or doubled
                words.insert(
                    pick([",", ".", ";", "\"", "(", ")", "'s", "-", ":", "--", "...", "?"], &rng),
                    at: Int.random(in: 0...words.count, using: &rng))
            default:  // repeat a stretch
                if !words.isEmpty {
                    let i = Int.random(in: 0..<words.count, using: &rng)
                    words.insert(contentsOf: words[i..<min(words.count, i + 3)], at: i)
                }
            }
        }
        return words
    }

    private func pick<T>(_ items: [T], _ rng: inout SplitMix64) -> T {
        items[Int.random(in: 0..<items.count, using: &rng)]
    }
}
