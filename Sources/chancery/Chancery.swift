import ArgumentParser
import ChanceryCore
import Foundation

/// The `chancery` command: codes political events in news text.
@main
struct Chancery: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chancery",
        abstract: "Turn news reports into a sourced, dated record of political events.",
        discussion: """
            Examples:
              chancery code Examples/                 events of the bundled articles as JSON Lines
              chancery times article.txt              every time expression, resolved
              chancery resolve "the Kremlin" "French diplomatic adviser Emmanuel Bonne"
              chancery ingest Examples/ && chancery events --country RUS
              chancery export --format gdelt > events.tsv
              chancery serve                          web UI and API at http://127.0.0.1:8080/
              chancery watch                          new events of each saved watchlist
              chancery parse article.txt              part-of-speech tags and dependency trees as CoNLL-U
            """,
        subcommands: [
            CodeCommand.self, TimesCommand.self, ResolveCommand.self, InspectCommand.self, IngestCommand.self,
            EventsCommand.self, ActorsCommand.self, ExportCommand.self, DeleteCommand.self, ServeCommand.self,
            ParseCommand.self, WatchCommand.self, CodingWorkerCommand.self
        ]
    )
}

/// Loads the resources with the extra folders, printing problems in resource files to standard error when `warn`;
/// with `parse`, the syntax model too.
func loadCodingPipeline(resources: [String], parse: Bool, warn: Bool = true) throws -> Pipeline {
    let locator = ResourceLocator(extra: resources.map { URL(fileURLWithPath: $0) })
    let loaded = Resources(locator: locator)
    if warn {
        for p in loaded.problems { StandardError.print("warning: \(p)") }
    }
    guard parse else { return Pipeline(resources: loaded) }
    do {
        return Pipeline(resources: loaded, syntax: try loaded.syntax.model())
    } catch {
        throw ValidationError("--parse: \(error)")
    }
}

/// Refuses `--resources` folders that do not exist: a typo must not silently code with the built-in files alone.
func validateResourceFolders(_ folders: [String]) throws {
    for folder in folders {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError(
                "--resources \(folder): no such folder (it should hold Lexicon/, Coding/ or Gazetteer/ TSV files)")
        }
    }
}

/// Options shared by the commands that read documents.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders (read recursively) or - for standard input.")
    var paths: [String] = []

    @Option(help: "Publication date (YYYY-MM-DD) for documents that carry none.")
    var date: String?

    @Option(
        help: "A folder with your own Lexicon/, Coding/ or Gazetteer/ TSV files, added on top of the built-in ones.")
    var resources: [String] = []

    @Option(help: "Documents coded at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(
        help:
            "Read a dependency parse of sentences with a verb pattern and an actor, for the subjects and objects the positional rules miss (about 3.5 times slower)."
    )
    var parse = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, folder or - for standard input") }
        if let date, Day(iso: date) == nil { throw ValidationError("--date \(date) is not YYYY-MM-DD") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        try validateResourceFolders(resources)
    }

    /// Loads resources, printing problems in resource files to standard error; with `--parse`, the syntax model too.
    func loadPipeline() throws -> Pipeline { try loadCodingPipeline(resources: resources, parse: parse) }

    /// The options a coding worker needs to load the same pipeline.
    var workerArguments: [String] { resources.flatMap { ["--resources", $0] } + (parse ? ["--parse"] : []) }

    /// Reads every document, runs `work` on batches in parallel and prints results in input order.
    /// Returns false when some input could not be read.
    func process(_ work: @escaping @Sendable (Document) -> String) -> Bool {
        let reader = DocumentReader(defaultDate: date.flatMap { Day(iso: $0) })
        var ok = true
        var batch: [Document] = []
        let out = StandardOutput()
        let batchSize = max(1, jobs * 16)
        func flush() {
            let results = ParallelMap.map(batch, jobs: jobs, work)
            for r in results where !r.isEmpty { out.write(r) }
            batch.removeAll(keepingCapacity: true)
        }
        reader.read(
            paths: paths,
            emit: { doc in
                batch.append(doc)
                if batch.count >= batchSize { flush() }
            },
            report: { error in
                ok = false
                StandardError.print("error: \(error)")
            })
        flush()
        out.flush()
        return ok
    }
}

/// `chancery code`: events as JSON Lines.
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code", abstract: "Code events and print them as JSON Lines (events.md).")

    @OptionGroup var input: InputOptions

    func run() throws {
        let pipeline = try input.loadPipeline()
        let ok = input.process { doc in
            var text = ""
            for e in pipeline.run(doc).events {
                Records.event(e).write(into: &text)
                text += "\n"
            }
            return text
        }
        if !ok { throw ExitCode(1) }
    }
}

/// `chancery times`: time expressions as JSON Lines.
struct TimesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "times", abstract: "Print every time expression with its TIMEX3 type and value.")

    @OptionGroup var input: InputOptions

    func run() throws {
        let pipeline = try input.loadPipeline()
        let ok = input.process { doc in
            var text = ""
            for t in pipeline.times(doc) {
                Records.time(t, doc: doc.id).write(into: &text)
                text += "\n"
            }
            return text
        }
        if !ok { throw ExitCode(1) }
    }
}

/// `chancery resolve`: what the actor lexicon makes of phrases.
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve", abstract: "Resolve actor phrases to actor, country and role.")

    @Argument(help: "Phrases such as \"Armenian Prime Minister Nikol Pashinyan\".")
    var phrases: [String]

    @Option(help: "Date (YYYY-MM-DD) at which offices are looked up.")
    var date: String?

    @Option(help: "A folder with your own Lexicon/ TSV files, added on top of the built-in ones.")
    var resources: [String] = []

    func validate() throws {
        if let date, Day(iso: date) == nil { throw ValidationError("--date \(date) is not YYYY-MM-DD") }
        try validateResourceFolders(resources)
    }

    func run() throws {
        let locator = ResourceLocator(extra: resources.map { URL(fileURLWithPath: $0) })
        let pipeline = Pipeline(resources: Resources(locator: locator))
        let year = date.flatMap { Day(iso: $0) }?.year
        let out = StandardOutput()
        for phrase in phrases {
            out.write(Records.resolved(phrase, pipeline.resolve(phrase, year: year)).serialized + "\n")
        }
        out.flush()
    }
}
