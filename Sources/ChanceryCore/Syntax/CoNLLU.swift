import Foundation

/// CoNLL-U sentences: the words with their gold columns, and the lines around them kept for writing back.
public struct CoNLLUSentence: Sendable {
    /// One word line (integer ID), its ten columns.
    public struct Word: Sendable {
        /// The ten tab-separated columns.
        public var columns: [String]
        /// FORM.
        public var form: String { columns[1] }
        /// UPOS, nil if not a UD tag.
        public var upos: UPOS? { UPOS(name: columns[3]) }
        /// XPOS, the treebank's own tag ("_" when absent).
        public var xpos: String { columns[4] }
        /// HEAD as a node number (0 the root), nil if not a number.
        public var head: Int? { Int(columns[6]) }
        /// DEPREL.
        public var deprel: String { columns[7] }
    }

    /// Every line of the sentence in order (comments, multiword ranges and empty nodes included).
    public var lines: [String]
    /// Which lines are words (indexes into `lines`), in order.
    public var wordLines: [Int]
    /// The words.
    public var words: [Word]

    /// Reads every sentence of a CoNLL-U text; lines with fewer than ten columns are treated as comments.
    public static func parse(_ text: String) -> [CoNLLUSentence] {
        var out: [CoNLLUSentence] = []
        var current = CoNLLUSentence(lines: [], wordLines: [], words: [])
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.isEmpty {
                if !current.lines.isEmpty { out.append(current) }
                current = CoNLLUSentence(lines: [], wordLines: [], words: [])
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if !line.hasPrefix("#"), columns.count == 10, Int(columns[0]) != nil {
                current.wordLines.append(current.lines.count)
                current.words.append(Word(columns: columns))
            }
            current.lines.append(line)
        }
        if !current.lines.isEmpty { out.append(current) }
        return out
    }

    /// The sentence with each word's UPOS, HEAD and DEPREL replaced by a parse, and LEMMA, XPOS, FEATS and
    /// DEPS blanked, so that nothing gold survives beside the prediction.
    public func writing(_ syntax: SentenceSyntax) -> String {
        var lines = self.lines
        for (i, index) in wordLines.enumerated() where i < syntax.count {
            var c = words[i].columns
            c[2] = "_"
            c[3] = syntax.tags[i].name
            c[4] = "_"
            c[5] = "_"
            c[6] = String(syntax.heads[i] + 1)
            c[7] = syntax.relations[i].name
            c[8] = "_"
            lines[index] = c.joined(separator: "\t")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// A parse as CoNLL-U, for sentences that come from plain text.
    public static func format(forms: [String], _ syntax: SentenceSyntax, id: String, text: String) -> String {
        var out = "# sent_id = \(id)\n# text = \(text)\n"
        for (i, form) in forms.enumerated() where i < syntax.count {
            let safe = form.replacingOccurrences(of: "\t", with: " ")
            out +=
                "\(i + 1)\t\(safe)\t_\t\(syntax.tags[i].name)\t_\t_\t\(syntax.heads[i] + 1)\t\(syntax.relations[i].name)\t_\t_\n"
        }
        return out + "\n"
    }
}
