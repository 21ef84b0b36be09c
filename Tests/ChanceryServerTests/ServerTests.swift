import ChanceryCore
import ChanceryStore
import Foundation
import Logging
import Testing

@testable import ChanceryServer

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The pipeline, loaded once for all server tests.
let pipeline = Pipeline(resources: Resources())

/// Two reports of one meeting, written for these tests.
let reports = [
    Document(
        id: "outlet-a",
        text: "French diplomatic adviser Emmanuel Bonne met Kremlin aide Yury Ushakov in Moscow on Tuesday, "
            + "Bloomberg reported, citing anonymous sources.", date: Day(iso: "2026-02-05"), source: "Outlet A"),
    Document(
        id: "outlet-b",
        text: "Emmanuel Bonne, the diplomatic adviser of French President Emmanuel Macron, held talks with Russian "
            + "presidential aide Yury Ushakov on February 3, French media said.", date: Day(iso: "2026-02-06"),
        source: "Outlet B")
]

/// An HTTP answer.
struct Answer {
    var status: Int
    var body: Data
    var headers: [String: String]
    var text: String { String(decoding: body, as: UTF8.self) }
    var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any]) ?? [:] }
    var errorMessage: String { ((json["error"] as? [String: Any])?["message"] as? String) ?? "" }
}

/// A real server on a free loopback port over a store holding `reports`.
struct TestServer {
    let base: String

    /// Starts a server, runs `body` against it, then stops it.
    static func with(
        token: String? = "s3cret", maxBody: Int = 64 * 1024, deadline: Double = 10,
        _ body: (TestServer) async throws -> Void
    ) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chancery-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try EventStore(path: folder.appendingPathComponent("s.sqlite").path)
        _ = try store.ingest(
            reports.map {
                StoredDocument(document: $0, events: pipeline.run($0).events, discovered: ["Emmanuel Bonne"])
            })
        var config = ServerConfiguration()
        config.port = 0
        config.token = token
        config.maxBodyBytes = maxBody
        config.deadline = deadline
        let server = ChanceryServer(store: store, pipeline: pipeline, configuration: config)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "chancery.test")
        logger.logLevel = .critical  // cancelling the server task at the end of a test logs shutdown noise
        let task = Task { [logger] in try await server.run(logger: logger, onRunning: { continuation.yield($0) }) }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CocoaError(.featureUnsupported) }
        do {
            try await body(TestServer(base: "http://127.0.0.1:\(port)"))
        } catch {
            task.cancel()
            throw error
        }
        task.cancel()
        _ = await task.result
    }

    /// Sends a request.
    func request(_ method: String, _ path: String, body: Data? = nil, headers: [String: String] = [:]) async throws
        -> Answer
    {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        request.httpBody = body
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (k, v) in http.allHeaderFields { fields[String(describing: k).lowercased()] = String(describing: v) }
        return Answer(status: http.statusCode, body: data, headers: fields)
    }

    func get(_ path: String) async throws -> Answer { try await request("GET", path) }

    /// The port the server listens on.
    var port: Int { base.split(separator: ":").last.flatMap { Int($0) } ?? 0 }
}

@Suite(.serialized) struct ServerTests {
    @Test func eventsListFiltersAndPages() async throws {
        try await TestServer.with { s in
            let all = try await s.get("/api/events")
            #expect(all.status == 200 && all.headers["content-type"]?.hasPrefix("application/json") == true)
            let events = try #require(all.json["events"] as? [[String: Any]])
            let meeting = try #require(events.first { $0["root"] as? String == "04" })
            #expect((meeting["counts"] as? [String: Int])?["mentions"] == 2)
            #expect((meeting["date"] as? [String: Any])?["value"] as? String == "2026-02-03")

            let rus = try await s.get("/api/events?country=RUS&since=2026-02-01&until=2026-02-28&root=04")
            #expect((rus.json["events"] as? [Any])?.count == 1)

            var ids: [Int] = []
            var path = "/api/events?limit=1"
            while true {
                let page = try await s.get(path)
                #expect(page.status == 200)
                ids += ((page.json["events"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? Int }
                guard let next = page.json["next_cursor"] as? String else { break }
                path =
                    "/api/events?limit=1&cursor=" + next.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            }
            #expect(ids.count == events.count && Set(ids).count == ids.count)
        }
    }

    @Test func badParametersAreNamed() async throws {
        try await TestServer.with { s in
            for (query, name) in [
                ("root=42", "root"), ("since=2026-13-01", "since"), ("limit=100000", "limit"),
                ("status=rumoured", "status"),
                ("country=r", "country"), ("sort=random", "sort"), ("cursor=nonsense", "cursor")
            ] {
                let a = try await s.get("/api/events?" + query)
                #expect(a.status == 400, "\(query)")
                #expect(a.errorMessage.contains(name), "\(query): \(a.errorMessage)")
            }
            #expect(try await s.get("/api/events/abc").status == 400)
            #expect(try await s.get("/api/events/999999").status == 404)
            #expect(try await s.get("/api/actors?limit=0").status == 400)
            let missing = try await s.get("/api/nothing-here")
            #expect(missing.status == 404 && missing.headers["content-type"]?.contains("json") == true)
        }
    }

    @Test func injectionAttemptsAreJustValues() async throws {
        try await TestServer.with { s in
            let quote = try await s.get(
                "/api/events?actor=" + "x' OR '1'='1".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(quote.status == 200 && (quote.json["events"] as? [Any])?.isEmpty == true)
            let drop = try await s.get(
                "/api/events?text=" + "\"; DROP TABLE event; --".addingPercentEncoding(
                    withAllowedCharacters: .alphanumerics)!)
            #expect(drop.status == 200)
            let country = try await s.get(
                "/api/events?country=" + "RUS' OR 1=1 --".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(country.status == 400)
            #expect(((try await s.get("/api/events")).json["events"] as? [Any])?.isEmpty == false)
        }
    }

    @Test func oneEventActorsAndDocuments() async throws {
        try await TestServer.with { s in
            let list = try await s.get("/api/events?root=04")
            let id = try #require(((list.json["events"] as? [[String: Any]])?.first?["id"]) as? Int)
            let event = try await s.get("/api/events/\(id)")
            #expect(event.status == 200 && (event.json["mentions"] as? [Any])?.count == 2)
            let actors = try await s.get("/api/actors?discovered=true")
            #expect(
                ((actors.json["actors"] as? [[String: Any]]) ?? []).contains {
                    $0["actor"] as? String == "Emmanuel Bonne"
                })
            let doc = try await s.get("/api/documents/outlet-a")
            #expect(doc.status == 200 && (doc.json["text"] as? String)?.hasPrefix("French diplomatic") == true)
            let spans = try #require(doc.json["actors"] as? [[String: Any]])
            #expect(
                spans.contains {
                    $0["text"] as? String == "French diplomatic adviser Emmanuel Bonne" && $0["start"] as? Int == 0
                })
            #expect((doc.json["events"] as? [Any])?.isEmpty == false)
            #expect(try await s.get("/api/documents/nope").status == 404)
        }
    }

    @Test func codingStoresNothing() async throws {
        try await TestServer.with { s in
            let body = Data(#"{"id": "p", "date": "2026-03-10", "text": "Turkey condemned Israel on Monday."}"#.utf8)
            let a = try await s.request("POST", "/api/code", body: body, headers: ["Content-Type": "application/json"])
            #expect(a.status == 200)
            let events = try #require(a.json["events"] as? [[String: Any]])
            #expect(events.first?["root"] as? String == "11")
            let plain = try await s.request(
                "POST", "/api/code?date=2026-03-10", body: Data("Turkey condemned Israel on Monday.".utf8),
                headers: ["Content-Type": "text/plain"])
            #expect((plain.json["events"] as? [Any])?.count == 1)
            let broken = try await s.request(
                "POST", "/api/code", body: Data("{\"text\": ".utf8), headers: ["Content-Type": "application/json"])
            #expect(broken.status == 400 && broken.errorMessage.contains("request body:1"))
            #expect(((try await s.get("/api/events?text=condemned")).json["events"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func ingestNeedsTheToken() async throws {
        try await TestServer.with { s in
            let body = Data(#"{"id": "new", "date": "2026-03-10", "text": "Turkey condemned Israel on Monday."}"#.utf8)
            let json = ["Content-Type": "application/json"]
            // Asked before and after ingesting: the cached answer must not outlive the change.
            #expect(((try await s.get("/api/events?text=condemned")).json["events"] as? [Any])?.count == 0)
            let none = try await s.request("POST", "/api/documents", body: body, headers: json)
            #expect(none.status == 401 && none.headers["www-authenticate"] == "Bearer")
            let wrong = try await s.request(
                "POST", "/api/documents", body: body, headers: json.merging(["Authorization": "Bearer guess"]) { $1 })
            #expect(wrong.status == 401)
            let right = try await s.request(
                "POST", "/api/documents", body: body, headers: json.merging(["Authorization": "Bearer s3cret"]) { $1 })
            #expect(right.status == 201 && right.json["added"] as? Int == 1)
            #expect(((try await s.get("/api/events?text=condemned")).json["events"] as? [Any])?.count == 1)
            let big = Data(repeating: UInt8(ascii: "a"), count: 100 * 1024)
            let tooLarge = try await s.request(
                "POST", "/api/documents", body: big, headers: ["Authorization": "Bearer s3cret"])
            #expect(tooLarge.status == 413 && tooLarge.errorMessage.contains("over"))
        }
        try await TestServer.with(token: nil) { s in
            let a = try await s.request(
                "POST", "/api/documents", body: Data("Turkey condemned Israel.".utf8),
                headers: ["Authorization": "Bearer x"])
            #expect(a.status == 403 && a.errorMessage.contains("read-only"))
        }
    }

    @Test func openAPIMatchesTheRoutes() async throws {
        try await TestServer.with { s in
            let doc = try await s.get("/openapi.json")
            #expect(doc.status == 200 && doc.json["openapi"] as? String == "3.0.3")
            let paths = try #require(doc.json["paths"] as? [String: [String: Any]])
            var listed: Set<String> = []
            for (path, methods) in paths { for m in methods.keys { listed.insert("\(m.uppercased()) \(path)") } }
            #expect(listed == Set(OpenAPIDocument.operations.map { "\($0.method.uppercased()) \($0.path)" }))
            // Every documented operation is served: none answers 404 for its route itself.
            for op in OpenAPIDocument.operations {
                let path = op.path.replacingOccurrences(of: "{id}", with: op.path.contains("events") ? "1" : "outlet-a")
                let a = try await s.request(
                    op.method.uppercased(), path,
                    body: op.method == "post" ? Data("Turkey condemned Israel.".utf8) : nil)
                #expect(a.status != 404 && a.status != 405, "\(op.method) \(op.path) answered \(a.status)")
            }
        }
    }

    @Test func webPagesRender() async throws {
        try await TestServer.with { s in
            let index = try await s.get("/")
            #expect(index.status == 200 && index.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(index.text.contains("<svg") && index.text.contains("Emmanuel Bonne"))
            let filtered = try await s.get("/?country=RUS&since=2026-02-01")
            #expect(filtered.status == 200)
            #expect(try await s.get("/?since=yesterday").status == 400)
            let list = try await s.get("/api/events?root=04")
            let id = try #require(((list.json["events"] as? [[String: Any]])?.first?["id"]) as? Int)
            let event = try await s.get("/events/\(id)")
            #expect(event.text.contains("Bloomberg, citing anonymous sources"))
            #expect(event.text.contains("<mark class=\"source\">"))
            let doc = try await s.get("/documents/outlet-a")
            #expect(doc.text.contains("<mark class=\"actor\"") && doc.text.contains("class=\"evidence\""))
            #expect(try await s.get("/paste").status == 200)
            let form =
                "date=2026-03-10&text=" + "Turkey condemned Israel on Monday.".addingPercentEncoding(
                    withAllowedCharacters: .alphanumerics)!
            let pasted = try await s.request(
                "POST", "/paste", body: Data(form.utf8), headers: ["Content-Type": "application/x-www-form-urlencoded"])
            #expect(pasted.status == 200 && pasted.text.contains("1 event") && pasted.text.contains("2026-03-09"))
            #expect(try await s.get("/events/424242").status == 404)
        }
    }
}
