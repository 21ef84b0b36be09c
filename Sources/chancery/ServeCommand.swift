import ArgumentParser
import ChanceryCore
import ChanceryServer
import Foundation

/// `chancery serve`: the HTTP API and web UI over a store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the store over HTTP: a JSON API under /api and a web UI at /.",
        discussion: """
            Read-only unless a bearer token is set with --token or CHANCERY_TOKEN; then POST /api/documents ingests.

            Examples:
              chancery serve                       http://127.0.0.1:8080/
              chancery serve --port 9000 --token s3cret
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Interface to listen on.") var host = "127.0.0.1"
    @Option(help: "Port (0 picks a free one).") var port = 8080
    @Option(
        help:
            "Bearer token that allows POST /api/documents (default: $CHANCERY_TOKEN; none keeps the server read-only).")
    var token: String?
    @Option(help: "Largest request body in bytes.") var maxBody = 5 * 1024 * 1024
    @Option(help: "Seconds a request's coding may take before it is stopped and answered 503.") var deadline = 10.0
    @Option(help: "GET answers kept until the store changes (0: no cache).") var cache = 512
    @Option(help: "A folder with your own Lexicon/, Coding/ or Gazetteer/ TSV files.") var resources: [String] = []
    @Flag(
        name: .customLong("public"),
        help: "Answer requests for any host name (behind a proxy); by default only loopback names and --host.")
    var acceptAnyHost = false

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535") }
        try validateResourceFolders(resources)
        if maxBody < 1024 { throw ValidationError("--max-body must be at least 1024 bytes") }
        if !(deadline > 0) { throw ValidationError("--deadline must be a positive number of seconds") }
    }

    func run() async throws {
        let token =
            self.token ?? ProcessInfo.processInfo.environment["CHANCERY_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        // Without a token nothing is written, so a read-only file or mount serves as well as any.
        let store = try storeOptions.open(readOnly: token == nil)
        var config = ServerConfiguration()
        config.host = host
        config.port = port
        config.maxBodyBytes = maxBody
        config.deadline = deadline
        config.cacheEntries = max(0, cache)
        config.acceptAnyHost = acceptAnyHost
        config.token = token
        let locator = ResourceLocator(extra: resources.map { URL(fileURLWithPath: $0) })
        let server = ChanceryServer(
            store: store, pipeline: Pipeline(resources: Resources(locator: locator)), configuration: config)
        let host = self.host
        let writable = config.token != nil
        try await server.run { port in
            StandardError.print(
                "chancery: serving \(store.path) at http://\(host):\(port)/ (\(writable ? "ingest allowed with the token" : "read-only"))"
            )
        }
    }
}
