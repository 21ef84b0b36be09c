import ArgumentParser
import ChanceryCore
import ChanceryStore
import Foundation

/// The filters of `chancery events`, shared with `chancery export`.
struct FilterOptions: ParsableArguments {
    @Option(help: "Source or target country, IGO or region code (RUS, IGOEU, EUR).") var country: String?
    @Option(help: "With --country: only events between the two, either way round (a dyad).") var counterpart: String?
    @Option(help: "domestic (source and target of one country) or international.") var scope: String?
    @Option(help: "Part of a source or target actor's name.") var actor: String?
    @Option(help: "Source or target CAMEO sector (GOV, MIL, REB ...).") var role: String?
    @Option(help: "CAMEO code or prefix (042, 04).") var code: String?
    @Option(help: "CAMEO root (01 to 20).") var root: String?
    @Option(help: "PLOVER type (CONSULT, ACCUSE ...).") var plover: String?
    @Option(help: "Status: \(FusedStatus.allValues.joined(separator: ", ")).") var status: String?
    @Option(help: "Events on or after this day (YYYY-MM-DD).") var since: String?
    @Option(help: "Events on or before this day (YYYY-MM-DD).") var until: String?
    @Option(help: "Location name or country code.") var location: String?
    @Option(help: "Words that must all occur in an evidence sentence (full-text search).") var text: String?
    @Option(help: "Order: newest, oldest or mentions.") var sort: String = "newest"

    /// The filter these options describe; bad values name the option.
    func filter(limit: Int) throws -> EventFilter {
        var f = EventFilter()
        f.country = country?.uppercased()
        f.actor = actor
        f.role = role?.uppercased()
        f.code = code
        f.root = root
        f.plover = plover?.uppercased()
        f.status = status?.lowercased()
        f.location = location
        f.text = text
        f.limit = limit
        f.counterpart = counterpart?.uppercased()
        if let scope {
            guard let s = EventFilter.Scope(rawValue: scope) else {
                throw ValidationError("--scope \(scope): expected domestic or international")
            }
            f.scope = s
        }
        guard let order = EventFilter.Sort(rawValue: sort) else {
            throw ValidationError("--sort \(sort): expected newest, oldest or mentions")
        }
        f.sort = order
        if let since {
            guard let d = Day(iso: since) else { throw ValidationError("--since \(since) is not YYYY-MM-DD") }
            f.since = d
        }
        if let until {
            guard let d = Day(iso: until) else { throw ValidationError("--until \(until) is not YYYY-MM-DD") }
            f.until = d
        }
        do { try f.validate() } catch let e as StoreError { throw ValidationError("--\(e.description)") }
        return f
    }
}

/// `chancery events`: query fused events.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List stored events, fused across documents, with filters.",
        discussion: """
            Examples:
              chancery events --country RUS --since 2026-02-01
              chancery events --root 04 --text "Abu Dhabi" --format jsonl
              chancery events --actor Ushakov --status reported
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var filters: FilterOptions
    @Option(help: "How many events at most.") var limit = 50
    @Option(help: "table (default on a terminal), jsonl (default when piped) or csv.") var format: OutputFormat?

    func run() throws {
        let store = try storeOptions.open(readOnly: true)
        let filter = try filters.filter(limit: limit)
        let format = self.format ?? .automatic
        let page = try store.events(filter, withMentions: format == .jsonl)
        let out = StandardOutput()
        switch format {
        case .jsonl:
            for e in page.events { out.write(e.json.serialized + "\n") }
        case .csv:
            if let header = ExportFormat.csv.header { out.write(header + "\n") }
            for e in page.events { out.write(ExportFormat.csv.line(e) + "\n") }
        case .table:
            out.write(EventsCommand.table(page.events))
            if page.nextCursor != nil { out.write("(more events: raise --limit or narrow the filters)\n") }
        }
        out.flush()
    }
}

extension EventsCommand {
    /// Events as a text table for people, one a row.
    static func table(_ events: [FusedEvent]) -> String {
        let rows = events.map { e in
            [
                String(e.id), e.date.value ?? "?", e.source.actor + " (\(e.source.code))", e.cameo + " " + e.plover,
                e.target.map { $0.actor + " (\($0.code))" } ?? "—", e.status, String(e.mentionCount),
                String(e.sourceCount),
                e.location?.name ?? ""
            ]
        }
        return TextTable.render(
            ["ID", "DATE", "SOURCE", "CODE", "TARGET", "STATUS", "MENTIONS", "SOURCES", "WHERE"], rows)
    }
}

/// `chancery actors`: actors with their event counts and the phrases they were found by.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List actors in the store with event counts, including those learned from titles and names.",
        discussion: "Example:\n  chancery actors --discovered"
    )

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "How many actors at most.") var limit = 1000
    @Option(help: "Only this country, IGO or region code.") var country: String?
    @Flag(help: "Only actors the lexicon lacks, learned from the text.") var discovered = false
    @Option(help: "table (default on a terminal), jsonl (default when piped) or csv.") var format: OutputFormat?

    func run() throws {
        let store = try storeOptions.open(readOnly: true)
        let actors = try store.actors(limit: limit, discoveredOnly: discovered, country: country?.uppercased())
        let out = StandardOutput()
        switch format ?? .automatic {
        case .jsonl:
            for a in actors { out.write(JSON.object(a.json).serialized + "\n") }
        case .csv:
            out.write(ActorSummary.csvHeader.joined(separator: ",") + "\n")
            for a in actors { out.write(a.csvFields.map(CSVRow.quote).joined(separator: ",") + "\n") }
        case .table:
            let rows = actors.map { a in
                [
                    a.actor, a.country + a.role, a.discovered ? "text" : "lexicon", String(a.events),
                    String(a.mentions),
                    a.phrases.prefix(4).joined(separator: "; ")
                ]
            }
            out.write(
                TextTable.render(["ACTOR", "CODE", "FROM", "EVENTS", "MENTIONS", "WRITTEN AS"], rows, maxWidth: 48))
        }
        out.flush()
    }
}

/// `chancery export`: every fused event in a file format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every stored event to standard output as JSON Lines, CSV or GDELT 2.0 event rows.",
        discussion:
            "Examples:\n  chancery export --format csv > events.csv\n  chancery export --format gdelt > events.gdelt.tsv"
    )

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "jsonl, csv or gdelt (the 61 tab-separated GDELT 2.0 event columns).") var format: String

    func validate() throws {
        if ExportFormat(rawValue: format) == nil {
            throw ValidationError("--format \(format): expected jsonl, csv or gdelt")
        }
    }

    func run() throws {
        let store = try storeOptions.open(readOnly: true)
        let format = ExportFormat(rawValue: self.format)!
        let out = StandardOutput()
        if let header = format.header { out.write(header + "\n") }
        try store.forEachEvent(withMentions: format == .jsonl) { out.write(format.line($0) + "\n") }
        out.flush()
    }
}

/// `chancery delete`: remove documents and their events.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Remove documents from the store; the events they reported are fused again without them.",
        discussion: "Example:\n  chancery delete moscowtimes-2026-02-05-macron-adviser"
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "Document ids.") var ids: [String]

    func run() throws {
        let store = try storeOptions.open()
        let n = try store.deleteDocuments(ids)
        StandardError.print("deleted \(n) of \(ids.count) documents")
        if n < ids.count { throw ExitCode(1) }
    }
}
