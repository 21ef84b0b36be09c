import ChanceryCore
import ChanceryStore
import Foundation
import Hummingbird
import Logging
import NIOCore

/// The JSON value type of the core, named apart from Foundation's and Hummingbird's JSON helpers.
typealias JSONBody = ChanceryCore.JSON

/// `chancery serve`: the JSON API and the web UI over one store, in one process.
public struct ChanceryServer: Sendable {
    /// The store served.
    public let store: EventStore
    /// The pipeline, for `POST /api/code`, ingesting and the paste box.
    public let pipeline: Pipeline
    /// Address, token and limits.
    public let configuration: ServerConfiguration
    /// Answers kept until the store changes.
    let cache: ResponseCache
    /// Where requests are coded, off the threads that answer the others.
    let coding: CodingQueue

    /// Creates a server over a store.
    public init(store: EventStore, pipeline: Pipeline, configuration: ServerConfiguration) {
        self.store = store
        self.pipeline = pipeline
        self.configuration = configuration
        cache = ResponseCache(capacity: configuration.cacheEntries, maxBytes: configuration.cacheBytes)
        coding = CodingQueue(maxWait: configuration.codingWait, deadline: configuration.deadline)
    }

    /// A GET answer from the cache when the store has not changed since it was made, else made and kept.
    func cached(_ request: Request, contentType: String, _ make: () throws -> String) throws -> Response {
        let headers: HTTPFields = [.contentType: contentType]
        guard cache.isEnabled else {
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: try make())))
        }
        let key = request.uri.description
        let generation = try store.generation()
        if let body = cache.lookup(key, generation: generation) {
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
        }
        let body = ByteBuffer(string: try make())
        cache.store(key, generation: generation, body: body)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    /// Whether `given` is `Bearer TOKEN` with the configured token, compared in constant time; false without a token.
    func tokenMatches(_ given: String) -> Bool {
        guard let token = configuration.token else { return false }
        let given = Array(given.utf8)
        let expected = Array("Bearer \(token)".utf8)
        var difference = given.count ^ expected.count
        for i in 0..<expected.count { difference |= Int(expected[i] ^ (i < given.count ? given[i] : 0)) }
        return difference == 0
    }

    /// Every route: the API under `/api`, the OpenAPI document, and the web pages.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.addMiddleware { JSONErrorMiddleware() }
        router.addMiddleware { RequestGuard(configuration: configuration) }
        let api = API(server: self)
        router.get("api/events") { request, _ in try api.events(request) }
        router.get("api/events/:id") { _, context in try api.event(ChanceryServer.pathID(context)) }
        router.get("api/actors") { request, _ in try api.actors(request) }
        router.get("api/documents/:id") { _, context in try api.document(ChanceryServer.pathID(context)) }
        router.post("api/code") { request, _ in try await api.code(request) }
        router.post("api/documents") { request, _ in try await api.ingest(request) }
        router.get("openapi.json") { _, _ in Responses.json(OpenAPIDocument.json) }
        // No icon: browsers ask for one on pages without a <link rel="icon"> (the Atom feed), and a 404 is a console error.
        router.get("favicon.ico") { _, _ in Response(status: .noContent) }
        let web = WebPages(server: self)
        router.get("/") { request, _ in try web.index(request) }
        router.get("events/:id") { _, context in try web.event(ChanceryServer.pathID(context)) }
        router.get("documents/:id") { _, context in try web.document(ChanceryServer.pathID(context)) }
        router.get("map") { request, _ in try web.map(request) }
        router.get("dyads") { request, _ in try web.dyad(request) }
        router.get("download") { request, _ in try web.download(request) }
        router.get("watch") { request, _ in try web.watchlists(request) }
        router.post("watch") { request, _ in try await web.saveWatchlist(request) }
        router.get("watch/:id") { request, context in
            try web.watchlist(ChanceryServer.pathID(context), request: request)
        }
        router.get("paste") { _, _ in web.paste(nil) }
        router.post("paste") { request, _ in try await web.pasted(request) }
        return router
    }

    /// The `:id` of a route, percent-decoded: document ids may hold spaces, `/`, `%`, `?`, `#`, non-ASCII letters or a URL,
    /// and the pages link to them encoded.
    static func pathID(_ context: some RequestContext) throws -> String {
        let raw = try context.parameters.require("id")
        return raw.removingPercentEncoding ?? raw
    }

    /// Runs until cancelled; `onRunning` receives the bound port (useful with port 0).
    public func run(logger: Logger? = nil, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        var log = logger ?? Logger(label: "chancery.serve")
        if logger == nil { log.logLevel = .warning }
        let app = Application(
            router: router(),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "chancery"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: log
        )
        try await app.runService()
    }

    /// The request body, refused with 413 beyond the configured size.
    func body(_ request: Request) async throws -> Data {
        var request = request
        do {
            let buffer = try await request.collectBody(upTo: configuration.maxBodyBytes)
            return Data(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw APIError(
                .contentTooLarge,
                "request body over \(configuration.maxBodyBytes) bytes; send smaller documents or fewer at once")
        }
    }

    /// Reads documents from a request body: JSON (one object, or JSON Lines) or plain text.
    func documents(from data: Data, request: Request, date: String?) throws -> [Document] {
        let type = request.headers[.contentType] ?? ""
        let isJSON = type.contains("json") || data.first == UInt8(ascii: "{")
        var docs: [Document] = []
        var errors: [ReadError] = []
        let reader = DocumentReader(defaultDate: date.flatMap { Day(iso: $0) })
        reader.readData(
            data, name: "request body", id: "pasted", jsonLines: isJSON, emit: { docs.append($0) },
            report: { errors.append($0) })
        // A bad date keeps its document (read as undated); every other problem loses it, so the request fails.
        let fatal = errors.first { error in
            if case .badDate = error.problem { return false }
            return true
        }
        if let fatal { throw APIError(.badRequest, fatal.description) }
        if docs.isEmpty { throw APIError(.badRequest, "request body holds no document") }
        return docs
    }
}

/// Response helpers.
enum Responses {
    /// The content type of JSON answers.
    static let jsonType = "application/json; charset=utf-8"

    /// A JSON response.
    static func json(_ value: JSONBody, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: jsonType],
            body: .init(byteBuffer: ByteBuffer(string: value.serialized + "\n")))
    }

    /// An HTML page.
    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: page.markup)))
    }
}
