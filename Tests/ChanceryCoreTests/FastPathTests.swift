import Foundation
import Testing

@testable import ChanceryCore

/// The byte-level fast paths of reading and the text layer must agree with the slow routes they short-cut.
@Suite struct FastPathTests {
    /// `asciiDateLine` gives `dateLine`'s answer whenever it gives one, and gives one for the crawl's own shape.
    @Test func asciiDateLineAgreesWithDateLine() {
        let lines = [
            " date 2026-02-05 Support The Moscow Times!", "date 2024-02-29", " DATE 2023-01-01\tjunk",
            "\t\r date  2019-12-31  x",
            "Date 2023-02-29 leap", "date 2023-13-01", "date 2023-00-10", "date 2023-01-00", "date 2023-04-31",
            "date 0000-01-01",
            "date 2023-1-01", "date 2023-01-011", "date 2023-01-01x", "date 2023/01/01", "dates 2023-01-01",
            "date2023-01-01",
            "date 2023-01-01\r", "date 2023-01-01 \u{301}junk", "date 2023-01-01 é", "date\u{301} 2023-01-01",
            "\u{A0}date 2023-01-01",
            "date +023-01-01", "date 2023--01-01", "date 2023-01-0١", "dáte 2023-01-01", "", "date", "date ",
            "Headline here",
            "date 1900-02-29", "date 2000-02-29", "date 2023-06-15\u{2003}x"
        ]
        var fast = 0
        for line in lines {
            var copy = line
            let quick = copy.withUTF8 { CrawlLayout.asciiDateLine($0) }
            let slow = CrawlLayout.dateLine(line[...])
            if let quick {
                #expect(quick == slow, "date of \(line.debugDescription)")
                fast += 1
            }
        }
        #expect(fast >= 6)
        var crawl = " date 2026-02-05 Support The Moscow Times!"
        #expect(crawl.withUTF8 { CrawlLayout.asciiDateLine($0) } == Day(year: 2026, month: 2, day: 5))
    }

    /// `Day.fixedWidthISO` gives `splitISO`'s answer whenever it gives one, and gives one for every valid padded date.
    @Test func fixedWidthISOAgreesWithSplitISO() {
        var texts = [
            "2026-02-05", "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-01-01", "9999-12-31",
            "2023-13-01", "2023-00-10", "2023-01-00", "2023-04-31", "2023-1-015", "+023-01-01", "2023--1-01",
            "2023/01/01", "2023-01-0١", "20230-1-01", "2023-01-1x", " 2023-01-1", "2023-2-3", "2023-01-01T"
        ]
        var random = SplitMix64(seed: 7)
        let alphabet = Array("0123456789--+ ")
        for _ in 0..<5000 {
            texts.append(String((0..<10).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
        }
        var fast = 0
        for text in texts {
            var copy = text
            guard let quick = copy.withUTF8({ Day.fixedWidthISO($0) }) else { continue }
            #expect(quick == Day.splitISO(text), "day of \(text.debugDescription)")
            fast += 1
        }
        #expect(fast >= 5)  // the five valid dates of the list
        #expect(Day(iso: "2023-2-3") == Day(year: 2023, month: 2, day: 3))
        #expect(Day(iso: "2026-02-05"[...]) == Day(year: 2026, month: 2, day: 5))
        #expect(Day(iso: "2023-02-29") == nil)
    }

    /// `controlBytes` counts what a byte-at-a-time loop counts, at every alignment, and stops at a NUL.
    @Test func controlBytesMatchesAByteLoop() {
        func slow(_ b: [UInt8]) -> Int? {
            var n = 0
            for c in b where c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C {
                if c == 0 { return nil }
                n += 1
            }
            return n
        }
        let samples: [[UInt8]] = [
            [], Array("plain text without controls at all".utf8), Array("tab\tnew\nline\r\u{0C}feed".utf8),
            [0x41, 0x01, 0x42, 0x1F, 0x20, 0x7F, 0x80, 0xFF, 0x1B, 0x43], [0x41, 0x42, 0x00, 0x43],
            Array(repeating: 0x1F, count: 17), Array(repeating: 0xA0, count: 23) + [0x02], Array("é“x”\u{1}".utf8)
        ]
        for sample in samples {
            for shift in 0..<9 {
                let bytes = Array(repeating: UInt8(0x61), count: shift) + sample
                #expect(bytes.withUnsafeBufferPointer(TextDecoding.controlBytes) == slow(bytes), "\(bytes)")
            }
        }
    }

    /// The table fold gives Foundation's fold for every scalar it covers, alone and inside words, and for real names.
    @Test func latinFoldMatchesFoundation() {
        func viaTable(_ word: String) -> String? {
            var copy = word
            return copy.withUTF8 { ByteClass.foldLatin($0, 0, $0.count) }
        }
        var covered = 0
        for v in UInt32(0x80)...ByteClass.latinFoldsEnd {
            let s = String(Unicode.Scalar(v)!)
            for word in [s, "A" + s + "b", s + s.uppercased() + "’S", "x" + s.lowercased()] {
                guard let quick = viaTable(word) else { continue }
                #expect(quick == ByteClass.fold(word), "fold of \(word) (U+\(String(v, radix: 16)))")
                covered += 1
            }
        }
        #expect(covered >= 4 * 0x1C0)
        let names = [
            "Élysée", "Zelenskyy", "Erdoğan", "Łukasz", "São Paulo", "Ñuñoa", "Müller", "Straße", "STRASSE", "ẞ",
            "İstanbul", "Øresund", "Þór", "Dvořák", "Kraków", "Gdańsk", "Ålesund", "Ærø", "Œuvre", "ǅemal", "ŉ",
            "O’Brien", "d‘Ivoire", "Côte", "Ça", "naïve", "Ångström", "Ğ", "Đorđe", "Şahin"
        ]
        for name in names {
            if let quick = viaTable(name) { #expect(quick == ByteClass.fold(name), "fold of \(name)") }
        }
        #expect(viaTable("Straße") == "strasse")
        #expect(viaTable("Élysée") == "elysee")
        #expect(viaTable("O’Brien") == "o'brien")
        // Outside the table (a combining mark, Cyrillic, a dash), Foundation folds.
        #expect(viaTable("Zelenskyy\u{301}") == nil && viaTable("Путин") == nil && viaTable("a—b") == nil)
    }

    /// Tokens of plain ASCII words, appended as a run, equal those of the word-by-word scanner's String route.
    @Test func plainWordRunsMatchSingleWords() {
        let text =
            "Ab cd EFG hijklmnopqrstu I a Vladimir Putin said on Tuesday that the U.S. and NATO’s troops didn't go. "
            + String(repeating: "word ", count: 40) + "end"
        let (tokens, _) = Tokenizer().tokenize(text)
        let bytes = Array(text.utf8)
        for t in tokens where t.kind == .word {
            let raw = String(decoding: bytes[t.byteStart..<t.byteEnd], as: UTF8.self)
            #expect(t.key == WordKey(t.norm))
            if !["not", "'s"].contains(t.norm), !raw.contains("’") { #expect(t.norm == raw.lowercased()) }
            #expect(t.spaceBefore == (t.byteStart == 0 || bytes[t.byteStart - 1] == 0x20))
            #expect(t.end - t.start == raw.unicodeScalars.count)
        }
        #expect(tokens.filter { $0.norm == "word" }.count == 40)
    }

    /// `isBlank` answers what testing every Character for white space answers.
    @Test func isBlankMatchesCharacterTest() {
        let lines = [
            "", " ", "\t \u{2003}", "\r", "Headline", " Headline", "\u{A0}x", "a\u{301}", "~", "\u{7F}", "\u{2028}",
            "\u{2003}Élysée", "  \t  ", "\u{301}", "É"
        ]
        for line in lines {
            #expect(CrawlLayout.isBlank(line[...]) == line.allSatisfy(\.isWhitespace), "\(line.debugDescription)")
        }
    }

    /// `RecentPair.remember(_:where:)` leaves the pair that remembering each included mention in turn leaves,
    /// from every starting pair, for every list of up to five mentions over three countries and every inclusion.
    @Test func batchedRememberMatchesOneByOne() {
        func mention(_ n: Int, _ country: String) -> Mention {
            Mention(
                tokens: n..<(n + 1), span: Span(start: n, end: n + 1), text: "m\(n)", actor: "A\(n)", country: country,
                role: "", kind: .person, title: "")
        }
        let countries = ["USA", "RUS", "FRA"]
        let starts: [ActorResolver.RecentPair] = [
            ActorResolver.RecentPair(), ActorResolver.RecentPair(older: nil, newer: mention(90, "USA")),
            ActorResolver.RecentPair(older: mention(91, "RUS"), newer: mention(92, "FRA"))
        ]
        func key(_ p: ActorResolver.RecentPair) -> [String] { [p.older?.actor ?? "-", p.newer?.actor ?? "-"] }
        var checked = 0
        for length in 0...5 {
            for code in 0..<Int(pow(3.0, Double(length))) {
                var rest = code
                let found = (0..<length).map { n -> Mention in
                    defer { rest /= 3 }
                    return mention(n, countries[rest % 3])
                }
                for mask in 0..<(1 << length) {
                    for start in starts {
                        var one = start
                        var batch = start
                        for k in found.indices where mask & (1 << k) != 0 { one.remember(found[k]) }
                        batch.remember(found) { mask & (1 << $0) != 0 }
                        #expect(key(one) == key(batch))
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }
}
