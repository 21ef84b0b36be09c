import ChanceryCore
import Foundation
import Testing

@Suite struct TextTests {
    func sentences(_ text: String) -> [String] {
        let doc = Document(id: "t", text: text)
        let analysis = TextAnalyzer().analyze(doc)
        let scalars = Array(text.unicodeScalars)
        return analysis.sentences.map { s in String(String.UnicodeScalarView(scalars[s.span.start..<s.span.end])) }
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        let s = sentences(
            "Lt. Col. John F. Kennedy met Gen. Smith at the U.N. on Feb. 3. The U.S. envoy, Mr. Jones, paid $1.5 billion. He left."
        )
        #expect(
            s == [
                "Lt. Col. John F. Kennedy met Gen. Smith at the U.N. on Feb. 3.",
                "The U.S. envoy, Mr. Jones, paid $1.5 billion.", "He left."
            ])
    }

    @Test func abbreviationAtSentenceEndSplitsBeforeAStarter() {
        #expect(sentences("Talks were held in the U.S. The next round is in Geneva.").count == 2)
    }

    @Test func quotesAndParenthesesTravelWithTheirSentence() {
        let s = sentences("\"We are ready.\" Kiir's spokesman said. (The talks resumed.) Later, they ended.")
        #expect(s == ["\"We are ready.\"", "Kiir's spokesman said.", "(The talks resumed.)", "Later, they ended."])
    }

    @Test func headlinesWithoutFullStopAreTheirOwnLine() {
        let doc = Document(
            id: "t", text: " date 2026-01-01\nPutin Meets Xi\nThe leaders met.", date: nil, title: "Putin Meets Xi",
            titleSpan: Span(start: 17, end: 31), bodyStart: 31)
        let a = TextAnalyzer().analyze(doc)
        #expect(a.sentences.map(\.index) == [-1, 0])
    }

    /// The tokenizer's fast paths (small strings built from registers, word-at-a-time keys, folding without Foundation)
    /// must give what the plain String route gives, for words of every length and shape.
    @Test func fastTokenFormsMatchTheStringRoute() {
        let text =
            "The U.S. and NATO’s O’Brien didn’t say; Internationalization, counterterrorism and "
            + "UNPRECEDENTED talks ran 27th, 1990s and 3,000 times. É Élysée Erdoğan Türkiye a I OK ok Ab abcdefgh "
            + "abcdefghi ABCDEFGHIJKLMNO abcdefghijklmnop e.g. rock'n'roll it's end"
        let (tokens, _) = Tokenizer().tokenize(text)
        let bytes = Array(text.utf8)
        for t in tokens {
            #expect(t.key == WordKey(t.norm), "key of \(t.norm)")
            #expect(t.endsWithDot == (t.norm.utf8.last == 0x2E))
            guard t.kind != .punct, !["not", "will", "can"].contains(t.norm) else { continue }
            let raw = String(decoding: bytes[t.byteStart..<t.byteEnd], as: UTF8.self)
            let folded = raw.folding(
                options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX")
            )
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            #expect(t.norm == folded, "norm of \(raw)")
            let letters = raw.unicodeScalars.filter(\.properties.isAlphabetic)
            if t.kind == .word, !raw.hasPrefix("'"), !raw.hasPrefix("\u{2019}") {
                #expect(t.isCapitalized == (raw.unicodeScalars.first!.properties.isUppercase), "capital of \(raw)")
                #expect(
                    t.isAllCaps == (letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase)),
                    "caps of \(raw)")
            }
        }
        #expect(tokens.map(\.norm).contains("internationalization"))
        #expect(tokens.map(\.norm).contains("abcdefghijklmnop"))
        #expect(tokens.map(\.norm).contains("o'brien"))
    }

    @Test func tokensCarryScalarOffsetsAndFoldedForms() {
        let (tokens, _) = Tokenizer().tokenize("L'Élysée — Macron’s “talks” didn't end.")
        let norms = tokens.map(\.norm)
        #expect(norms.contains("l'elysee"))
        #expect(norms.contains("macron"))
        #expect(norms.contains("'s"))
        #expect(norms.contains("\""))
        #expect(norms.contains("did") && norms.contains("not"))
        let macron = tokens.first { $0.norm == "macron" }!
        #expect(macron.start == 11 && macron.end == 17)
    }

    @Test func numbersKeepSeparatorsAndOrdinals() {
        let (tokens, _) = Tokenizer().tokenize("3,000 troops, 1.5 billion, on the 27th at 10:30.")
        #expect(tokens.filter { $0.kind == .number }.map(\.norm) == ["3,000", "1.5", "27th", "10:30"])
    }
}
