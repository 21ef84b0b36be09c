import ChanceryCore
import Foundation
import Testing

@testable import ChanceryStore

@Suite struct DaySpanTests {
    @Test func spansFromEventDates() throws {
        let day = try #require(DaySpan(value: "2026-02-03", basis: .text))
        #expect(day.kind == .day && day.width == 1)
        let month = try #require(DaySpan(value: "2025-07", basis: .text))
        #expect(month.kind == .month && month.width == 31)
        let range = try #require(DaySpan(value: "2026-02-04/2026-02-05", basis: .text))
        #expect(range.kind == .range && range.width == 2)
        let week = try #require(DaySpan(value: "2026-W06", basis: .text))
        #expect(week.start == Day(iso: "2026-02-02") && week.end == Day(iso: "2026-02-08"))
        #expect(DaySpan(value: "2026-02-05", basis: .unknown) == nil)
        #expect(DaySpan(value: nil, basis: .text) == nil)
        #expect(DaySpan(value: "soon", basis: .text) == nil)
    }

    @Test func compatibleDates() throws {
        func span(_ v: String, _ basis: DateBasis = .text) -> DaySpan { DaySpan(value: v, basis: basis)! }
        #expect(span("2026-02-03").isCompatible(with: span("2026-02-03")))
        #expect(!span("2026-02-03").isCompatible(with: span("2026-02-04")))
        #expect(span("2026-02-04").isCompatible(with: span("2026-02-04/2026-02-05")))
        #expect(span("2025-07-14").isCompatible(with: span("2025-07")))
        #expect(!span("2025-08-01").isCompatible(with: span("2025-07")))
        // An undated report published on the 5th can be of an event on the 3rd, not of one after publication.
        #expect(span("2026-02-05", .article).isCompatible(with: span("2026-02-03")))
        #expect(!span("2026-02-05", .article).isCompatible(with: span("2026-02-07")))
        #expect(!span("2026-02-05", .article).isCompatible(with: span("2026-02-04", .article)))
        // Years are too coarse to fuse with days.
        #expect(!span("2025").isCompatible(with: span("2025-07-14")))
        #expect(span("2025").isCompatible(with: span("2025")))
    }

    @Test func fusedStatus() {
        #expect(FusedStatus.status(mask: FusedStatus.bit(.reported) | FusedStatus.bit(.asserted)) == .asserted)
        #expect(FusedStatus.status(mask: FusedStatus.bit(.reported) | FusedStatus.bit(.denied)) == .contested)
        #expect(FusedStatus.status(mask: FusedStatus.bit(.planned) | FusedStatus.bit(.reported)) == .reported)
        #expect(FusedStatus.status(mask: FusedStatus.bit(.negated)) == .negated)
    }
}

@Suite struct StoreTests {
    @Test func reportsInOtherWordsFuseIntoOneEvent() throws {
        let store = try EventStore(path: try temporaryStorePath())
        let result = try store.ingest(coded(Array(bonneReports.prefix(2))))
        #expect(result.added == 2)
        let page = try store.events(EventFilter(), withMentions: true)
        let meeting = try #require(page.events.first { $0.root == "04" })
        #expect(page.events.filter { $0.root == "04" }.count == 1)
        #expect(meeting.mentionCount == 2 && meeting.articleCount == 2 && meeting.sourceCount == 2)
        #expect(Set(meeting.mentions.map(\.doc)) == ["outlet-a", "outlet-b"])
        #expect(meeting.date.value == "2026-02-03")
        #expect(meeting.status == "reported")
        #expect(meeting.firstReport == "2026-02-05" && meeting.lastReport == "2026-02-06")
        #expect(meeting.location?.name == "Moscow")
        #expect(meeting.representative.attribution.first?.text == "Bloomberg")

        // A third outlet's denial makes the fused event contested; deleting it restores the old status.
        _ = try store.ingest(coded([bonneReports[2]]))
        let contested = try #require(try store.events(EventFilter()).events.first { $0.root == "04" })
        #expect(contested.status == "contested" && contested.mentionCount == 3)
        #expect(try store.deleteDocuments(["outlet-c"]) == 1)
        let restored = try #require(try store.events(EventFilter()).events.first { $0.root == "04" })
        #expect(restored.status == "reported" && restored.mentionCount == 2)
    }

    /// Issue 13's report, which trapped `ingest`, stores and fuses with a second report of the same meeting.
    @Test func theReportThatTrappedIngestFusesWithASecondReport() throws {
        let text =
            "date 2026-02-04\nParis envoy holds Kremlin talks\n\nEmmanuel Bonne, the top diplomatic adviser of French President "
            + "Emmanuel Macron, held talks with Russian presidential aide Yury Ushakov in Moscow on Tuesday, according to French media.\n"
        var docs: [Document] = []
        DocumentReader().readData(
            Data(text.utf8), name: "two.txt", id: "two", jsonLines: nil, emit: { docs.append($0) }, report: { _ in })
        let store = try EventStore(path: try temporaryStorePath())
        _ = try store.ingest(coded(docs + [bonneReports[0]]))
        let meetings = try store.events(EventFilter(), withMentions: true).events.filter { $0.root == "04" }
        #expect(meetings.count == 1)
        #expect(
            meetings.first?.mentionCount == 2 && Set(meetings.first?.mentions.map(\.doc) ?? []) == ["two", "outlet-a"])
        #expect(meetings.first?.date.value == "2026-02-03")
    }

    /// Undated mentions (no date in the text, no publication date) fuse within their document, not across documents.
    @Test func undatedMentionsFuseWithinTheirDocument() throws {
        let text =
            "French President Emmanuel Macron met Russian President Vladimir Putin. Macron and Putin held talks in Moscow."
        let docs = [Document(id: "undated-1", text: text), Document(id: "undated-2", text: text)]
        let stored = coded(docs)
        #expect(
            stored.allSatisfy { d in
                d.events.filter { $0.code.root == .consult }.count >= 1 && d.events.allSatisfy { $0.date.value == nil }
            })
        let store = try EventStore(path: try temporaryStorePath())
        _ = try store.ingest(stored)
        let meetings = try store.events(EventFilter(), withMentions: true).events.filter { $0.root == "04" }
        #expect(meetings.count == 2)
        for m in meetings { #expect(Set(m.mentions.map(\.doc)).count == 1) }
        let mentionsPerDoc = stored.map { d in d.events.filter { $0.code.root == .consult }.count }
        #expect(meetings.map(\.mentionCount).sorted() == mentionsPerDoc.sorted())
    }

    /// Whatever order documents arrive in, each fused event has the same representative mention and the same facts.
    @Test func representativeDoesNotDependOnIngestOrder() throws {
        let docs = coded(
            bonneReports + [
                Document(
                    id: "outlet-d",
                    text: "Emmanuel Bonne met Yury Ushakov in Moscow on Tuesday, "
                        + "French media reported.", date: Day(iso: "2026-02-05"), source: "Outlet D")
            ])
        func summary(_ order: [StoredDocument]) throws -> [String] {
            let store = try EventStore(path: try temporaryStorePath())
            for d in order { _ = try store.ingest([d]) }
            return try store.events(EventFilter(), withMentions: true).events.map { e in
                "\(e.root) \(e.source.code) \(e.target?.code ?? "") \(e.date.value ?? "") \(e.status) \(e.mentionCount) "
                    + "\(e.representative.doc)#\(e.representative.sentence) \(e.representative.attribution.map(\.text))"
            }.sorted()
        }
        let forward = try summary(docs)
        #expect(try summary(docs.reversed()) == forward)
        #expect(try summary([docs[1], docs[3], docs[0], docs[2]]) == forward)
    }

    @Test func ingestingTwiceStoresTheSameEvents() throws {
        let store = try EventStore(path: try temporaryStorePath())
        let docs = readDocuments(packageRoot.appendingPathComponent("Examples").path)
        #expect(docs.count >= 4)
        let first = try store.ingest(coded(docs))
        let before = try store.counts()
        let second = try store.ingest(coded(docs))
        #expect(first.added == docs.count && second.skipped == docs.count && second.mentions == 0)
        #expect(try store.counts() == before)
        #expect(before.events > 0 && before.mentions >= before.events)
    }

    @Test func changedContentReplacesItsEvents() throws {
        let store = try EventStore(path: try temporaryStorePath())
        _ = try store.ingest(coded([bonneReports[0]]))
        var changed = bonneReports[0]
        changed.text = "Kremlin aide Yury Ushakov condemned French diplomatic adviser Emmanuel Bonne on Tuesday."
        let result = try store.ingest(coded([changed]))
        #expect(result.replaced == 1)
        let events = try store.events(EventFilter()).events
        #expect(events.count == 1 && events[0].root == "11")
        #expect(try store.counts().mentions == 1)
    }

    @Test func filtersSelectAndValidate() throws {
        let store = try EventStore(path: try temporaryStorePath())
        _ = try store.ingest(coded(readDocuments(packageRoot.appendingPathComponent("Examples").path) + bonneReports))
        var f = EventFilter()
        f.country = "RUS"
        let rus = try store.events(f).events
        #expect(!rus.isEmpty && rus.allSatisfy { $0.source.country == "RUS" || $0.target?.country == "RUS" })
        f.since = Day(iso: "2026-01-01")
        #expect(try store.events(f).events.allSatisfy { $0.dateEnd >= "2026-01-01" })
        f = EventFilter()
        f.text = "Moscow Tuesday"
        #expect(try store.events(f).events.contains { $0.source.actor == "Emmanuel Bonne" })
        f.text = "Pyongyang"
        #expect(try store.events(f).events.allSatisfy { $0.source.actor != "Emmanuel Bonne" })
        f = EventFilter()
        f.actor = "x' OR '1'='1"
        #expect(try store.events(f).events.isEmpty)
        f = EventFilter()
        f.text = "\" OR 1=1; DROP TABLE event; --"
        _ = try store.events(f)
        #expect(try store.counts().events > 0)

        // Pages of two follow each other without gaps or repeats.
        var seen: [Int64] = []
        var page = EventFilter()
        page.limit = 2
        while true {
            let p = try store.events(page)
            seen += p.events.map(\.id)
            guard let next = p.nextCursor else { break }
            page.after = next
        }
        #expect(seen.count == (try store.counts().events) && Set(seen).count == seen.count)

        var bad = EventFilter()
        bad.root = "42"
        #expect(throws: StoreError.self) { try store.events(bad) }
        bad = EventFilter()
        bad.status = "rumoured"
        #expect(throws: StoreError.self) { try store.events(bad) }
    }

    @Test func exportsKeepTheirShape() throws {
        let store = try EventStore(path: try temporaryStorePath())
        _ = try store.ingest(coded(bonneReports))
        var lines: [String: [String]] = [:]
        for format in ExportFormat.allCases {
            try store.forEachEvent(withMentions: format == .jsonl) {
                lines[format.rawValue, default: []].append(format.line($0))
            }
        }
        let gdelt = try #require(lines["gdelt"]?.first)
        let columns = gdelt.split(separator: "\t", omittingEmptySubsequences: false)
        #expect(columns.count == 61)
        #expect(columns[1] == "20260203" && columns[5] == "FRAGOV" && columns[26] == "040" && columns[28] == "04")
        #expect(columns[53] == "RS")  // ActionGeo_CountryCode is FIPS: Russia is RS
        #expect(lines["csv"]?.first?.hasPrefix("1,2026-02-03,day,text") == true)
        let json = try #require(lines["jsonl"]?.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["mentions"] as? [Any])?.count == 3)
        #expect((object["counts"] as? [String: Int])?["articles"] == 3)
    }

    @Test func actorsIncludeThoseLearnedFromTitles() throws {
        let store = try EventStore(path: try temporaryStorePath())
        let docs = bonneReports.map {
            StoredDocument(
                document: $0, events: pipeline.run($0).events,
                discovered: ["Emmanuel Bonne", "Yury Ushakov"])
        }
        _ = try store.ingest(docs)
        let actors = try store.actors(discoveredOnly: true)
        let bonne = try #require(actors.first { $0.actor == "Emmanuel Bonne" })
        #expect(bonne.country == "FRA" && bonne.role == "GOV" && bonne.events >= 1)
        #expect(bonne.phrases.contains("French diplomatic adviser Emmanuel Bonne"))
    }
}

@Suite struct StoreFileTests {
    @Test func refusesFilesThatAreNotStores() throws {
        let path = try temporaryStorePath()
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { try EventStore(path: path) }

        // Another program's SQLite file is left byte for byte as it was.
        let other = try temporaryStorePath()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table notes(x)'); c.commit()", other
        ]
        try process.run()
        process.waitUntilExit()
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        #expect(throws: StoreError.notAStore(path: other, tables: ["notes"])) { try EventStore(path: other) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
    }

    @Test func refusesANewerSchema() throws {
        let path = try temporaryStorePath()
        do {
            let store = try EventStore(path: path)
            try store.markAppliedForTesting("v99: from the future")
        }
        #expect(throws: StoreError.newerSchema(path: path, unknown: ["v99: from the future"])) {
            try EventStore(path: path)
        }
    }

    @Test func readOnlyNeedsAnExistingStore() throws {
        let path = try temporaryStorePath()
        #expect(throws: StoreError.self) { try EventStore(path: path, readOnly: true) }
    }
}
