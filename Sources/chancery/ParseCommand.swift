import ArgumentParser
import ChanceryCore
import Foundation

/// `chancery parse`: UPOS tags and dependency trees as CoNLL-U.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag and parse text (or the words of a CoNLL-U file) and print CoNLL-U.",
        discussion: """
            Examples:
              echo "The minister met his counterpart in Paris." | chancery parse -
              chancery parse --conllu en_ewt-ud-test.conllu > predicted.conllu
            """
    )

    @Argument(help: "Text files, folders (read recursively) or - for standard input.")
    var paths: [String] = []

    @Option(
        help: "A CoNLL-U file whose words (gold tokenisation) are tagged and parsed; its tags and heads are ignored.")
    var conllu: String?

    @Flag(help: "Print sentences per second of tagging and parsing (model loading and I/O excluded) to standard error.")
    var timing = false

    func validate() throws {
        if paths.isEmpty && conllu == nil {
            throw ValidationError("give a text file, - for standard input, or --conllu FILE")
        }
        if !paths.isEmpty && conllu != nil { throw ValidationError("give either text paths or --conllu, not both") }
    }

    func run() throws {
        let model: SyntaxModel
        do { model = try SyntaxModelLoader().model() } catch { throw ValidationError("\(error)") }
        var parsed = 0
        var elapsed = Duration.zero
        let clock = ContinuousClock()
        let out = StandardOutput()
        if let conllu {
            guard let text = try? String(contentsOfFile: conllu, encoding: .utf8) else {
                throw ValidationError("--conllu \(conllu): cannot read the file")
            }
            let sentences = CoNLLUSentence.parse(text)
            let words = sentences.map { $0.words.map { SyntaxWord($0.form) } }
            var results: [SentenceSyntax] = []
            results.reserveCapacity(words.count)
            let start = clock.now
            for w in words { results.append(model.analyze(w)) }
            elapsed = clock.now - start
            parsed = words.count
            for (s, r) in zip(sentences, results) { out.write(s.writing(r)) }
        } else {
            let analyzer = TextAnalyzer()
            let syntax = SyntaxAnalyzer(model: model)
            var ok = true
            DocumentReader().read(
                paths: paths,
                emit: { doc in
                    let bytes = Array(doc.text.utf8)
                    let analysis = analyzer.analyze(doc)
                    for sentence in analysis.sentences {
                        let forms = sentence.tokens.map { t in
                            String(
                                decoding: bytes[analysis.tokens[t].byteStart..<analysis.tokens[t].byteEnd],
                                as: UTF8.self)
                        }
                        let start = clock.now
                        let r = syntax.analyze(analysis, sentence, bytes: bytes)
                        elapsed += clock.now - start
                        parsed += 1
                        let id = sentence.index < 0 ? "\(doc.id)-headline" : "\(doc.id)-\(sentence.index + 1)"
                        out.write(CoNLLUSentence.format(forms: forms, r, id: id, text: forms.joined(separator: " ")))
                    }
                },
                report: { error in
                    ok = false
                    StandardError.print("error: \(error)")
                })
            if !ok {
                out.flush()
                throw ExitCode(1)
            }
        }
        out.flush()
        if timing {
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            StandardError.print(
                "\(parsed) sentences in \(String(format: "%.3f", seconds)) s: "
                    + "\(String(format: "%.0f", Double(parsed) / max(seconds, 1e-9))) sentences/s")
        }
    }
}
