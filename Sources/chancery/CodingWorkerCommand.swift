import ArgumentParser
import ChanceryCore
import ChanceryStore
import Foundation

/// `chancery code-worker` (hidden): the child process `chancery ingest` codes in. It loads the resources, sends an
/// empty message when ready, then answers each document read from standard input with its coded events on standard
/// output, until its input ends. If the coder traps on a record, only this process dies.
struct CodingWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code-worker", abstract: "Code documents for chancery ingest (internal).", shouldDisplay: false)

    @Option(help: "A folder with your own Lexicon/, Coding/ or Gazetteer/ TSV files.")
    var resources: [String] = []

    @Flag(help: "Read a dependency parse of the sentences that need one.")
    var parse = false

    @Flag(help: "Do not report problems in resource files (another worker does).")
    var quiet = false

    func run() throws {
        let pipeline = try loadCodingPipeline(resources: resources, parse: parse, warn: !quiet)
        let channel = FrameChannel(input: STDIN_FILENO, output: STDOUT_FILENO)
        let trap = TrapHook.fromEnvironment()
        try channel.send([])
        while let message = try channel.receive() {
            var reader = WireReader(message)
            let document = try CodingWire.document(&reader)
            trap?.check(document)
            var answer = WireWriter()
            CodingWire.writeResult(StoredDocument(coding: document, with: pipeline), to: &answer)
            try channel.send(answer.bytes)
        }
        // The kernel frees the loaded resources at once; freeing them object by object, as leaving this scope does, took
        // 40 ms a worker, which `chancery ingest` waits for before it exits.
        Foundation.exit(EXIT_SUCCESS)
    }
}

/// A test hook, and only that: when `CHANCERY_TEST_TRAP_ON` names a marker, the coding worker traps (as a Swift
/// runtime error does) on every document whose text contains it, so tests can check that `chancery ingest` reports
/// and skips such a record and stores the rest. Unset, nothing is checked.
struct TrapHook {
    /// The marker text.
    let marker: String

    /// The hook the environment asks for, if any.
    static func fromEnvironment() -> TrapHook? {
        guard let marker = ProcessInfo.processInfo.environment["CHANCERY_TEST_TRAP_ON"], !marker.isEmpty else {
            return nil
        }
        return TrapHook(marker: marker)
    }

    /// Traps if the document holds the marker.
    func check(_ document: Document) {
        if document.text.contains(marker) {
            fatalError("CHANCERY_TEST_TRAP_ON: trapping on purpose on a document containing \"\(marker)\"")
        }
    }
}
