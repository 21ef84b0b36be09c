import Foundation

/// The Syntax stage: tags and parses a document's sentences, between the text layer and coding.
public struct SyntaxAnalyzer: Sendable {
    /// The trained model.
    public let model: SyntaxModel

    /// Creates the stage over a loaded model.
    public init(model: SyntaxModel) { self.model = model }

    /// The words of a sentence as the tagger reads them: each token's text as written in the document.
    public static func words(_ analysis: TextAnalysis, _ sentence: Sentence, bytes: [UInt8]) -> [SyntaxWord] {
        var words: [SyntaxWord] = []
        words.reserveCapacity(sentence.tokens.count)
        for i in sentence.tokens where i >= 0 && i < analysis.tokens.count {
            let t = analysis.tokens[i]
            let lo = max(0, min(t.byteStart, bytes.count))
            let hi = max(lo, min(t.byteEnd, bytes.count))
            words.append(SyntaxWord(String(decoding: bytes[lo..<hi], as: UTF8.self)))
        }
        return words
    }

    /// One parse per sentence of `analysis`, in order; word i of a parse is token `sentence.tokens.lowerBound + i`.
    public func analyze(_ analysis: TextAnalysis, bytes: [UInt8]) -> [SentenceSyntax] {
        analysis.sentences.map { model.analyze(SyntaxAnalyzer.words(analysis, $0, bytes: bytes)) }
    }

    /// Parses one sentence of a document.
    public func analyze(_ analysis: TextAnalysis, _ sentence: Sentence, bytes: [UInt8]) -> SentenceSyntax {
        model.analyze(SyntaxAnalyzer.words(analysis, sentence, bytes: bytes))
    }
}

/// Loads the shipped syntax model the first time it is asked for, once, whichever thread asks first; the
/// pipeline holds one so that coding without the parser never pays for reading it.
public final class SyntaxModelLoader: @unchecked Sendable {
    /// Where the model file is looked for.
    public let url: URL?
    // Guarded by `lock` (Mutex would need macOS 15).
    private var loaded: Result<SyntaxModel, SyntaxModelError>?
    private let lock = NSLock()

    /// The file `Syntax/en-ewt.model` under the locator's folders (the last one holding it wins).
    public init(locator: ResourceLocator = ResourceLocator()) {
        url =
            locator.folders.reversed().map { $0.appendingPathComponent("Syntax/en-ewt.model") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
            ?? locator.folders.first?.appendingPathComponent("Syntax/en-ewt.model")
    }

    /// The model, read on the first call.
    public func model() throws(SyntaxModelError) -> SyntaxModel {
        lock.lock()
        defer { lock.unlock() }
        let result: Result<SyntaxModel, SyntaxModelError>
        if let cached = loaded {
            result = cached
        } else {
            let r: Result<SyntaxModel, SyntaxModelError>
            if let url {
                do throws(SyntaxModelError) { r = .success(try SyntaxModel(contentsOf: url)) } catch {
                    r = .failure(error)
                }
            } else {
                r = .failure(.missing(path: "Syntax/en-ewt.model"))
            }
            loaded = r
            result = r
        }
        return try result.get()
    }
}
