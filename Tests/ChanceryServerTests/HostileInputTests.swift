import ChanceryCore
import Foundation
import Hummingbird
import Logging
import NIOCore
import Testing

@testable import ChanceryServer

#if canImport(Glibc)
    import Glibc
#endif

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What once trapped the coder, and what a hostile or careless client sends: the server answers each with a JSON
/// 4xx (or a page), and is still up afterwards.
@Suite(.serialized) struct HostileInputTests {
    /// Inputs that trapped the coder (issue 13): a headline "A verb B" and a report of one meeting.
    static let crashRegressions = [
        "Xi Jinping visits Moscow",
        "Putin meets Xi", "Russia hosts", "China supports", "Macron welcomes Zelensky", "Modi talks with",
        "date 2026-02-04\nParis envoy holds Kremlin talks\n\nEmmanuel Bonne, the top diplomatic adviser of French President "
            + "Emmanuel Macron, held talks with Russian presidential aide Yury Ushakov in Moscow on Tuesday, according to French media.\n"
    ]

    /// `<script>` through every field a document stores and every page shows it on.
    static let script = "<script>alert(1)</script>"

    @Test func crashRegressionsAreCodedAndTheServerStaysUp() async throws {
        try await TestServer.with { s in
            for text in HostileInputTests.crashRegressions {
                let coded = try await s.request(
                    "POST", "/api/code", body: Data(text.utf8), headers: ["Content-Type": "text/plain"])
                #expect(coded.status == 200, "\(text): \(coded.text)")
                let form = "text=" + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                let pasted = try await s.request(
                    "POST", "/paste", body: Data(form.utf8),
                    headers: ["Content-Type": "application/x-www-form-urlencoded"])
                #expect(pasted.status == 200)
            }
            let meeting = try await s.request(
                "POST", "/api/code", body: Data(HostileInputTests.crashRegressions.last!.utf8))
            let events = (meeting.json["events"] as? [[String: Any]]) ?? []
            #expect(
                events.contains {
                    ($0["date"] as? [String: Any])?["value"] as? String == "2026-02-03" && $0["root"] as? String == "04"
                })
            #expect(try await s.get("/api/events").status == 200)
        }
    }

    @Test func malformedAndOversizedInputsGetJSONErrors() async throws {
        try await TestServer.with(maxBody: 4096) { s in
            let bodies: [(Data, String, Int)] = [
                (Data(repeating: UInt8(ascii: "a"), count: 10_000), "text/plain", 413),
                (Data("{\"text\": ".utf8), "application/json", 400),
                (Data("{\"id\": 3}".utf8), "application/json", 400),
                (Data([0x00, 0xFF, 0xFE, 0x00, 0x01]), "application/octet-stream", 400),
                (Data(), "text/plain", 400),
                (Data("   \n\n".utf8), "text/plain", 400)
            ]
            for (body, type, status) in bodies {
                let answer = try await s.request("POST", "/api/code", body: body, headers: ["Content-Type": type])
                #expect(answer.status == status, "\(type) \(body.count) bytes: \(answer.text)")
                #expect(answer.headers["content-type"]?.hasPrefix("application/json") == true)
                #expect(!answer.errorMessage.isEmpty)
            }
            for path in [
                "/api/events?since=2026-99-99", "/api/events?limit=-1", "/api/events?root=%00", "/api/events/abc",
                "/api/events/99999999999999999999", "/api/documents/%FF", "/api/nothing-here"
            ] {
                let answer = try await s.get(path)
                #expect((400..<500).contains(answer.status), "\(path): \(answer.status)")
                #expect(answer.headers["content-type"]?.hasPrefix("application/json") == true, "\(path)")
            }
            let unauthorised = try await s.request("POST", "/api/documents", body: Data("Putin met Xi.".utf8))
            #expect(unauthorised.status == 401)
            #expect(try await s.get("/api/events").status == 200)
            #expect(try await s.get("/").status == 200)
        }
    }

    @Test func scriptInEveryStoredFieldIsShownAsText() async throws {
        try await TestServer.with { s in
            let x = HostileInputTests.script
            let record: [String: String] = [
                "id": "doc\(x)", "title": "Title \(x)", "url": "javascript:alert(1)\"\(x)", "source": "Source \(x)",
                "date": "2026-02-05",
                "text":
                    "French President Emmanuel Macron met Russian President Vladimir Putin in Moscow on Tuesday \(x). \(x) said."
            ]
            let body = try JSONSerialization.data(withJSONObject: record)
            let stored = try await s.request(
                "POST", "/api/documents", body: body,
                headers: ["Content-Type": "application/json", "Authorization": "Bearer s3cret"])
            #expect(stored.status == 201, "\(stored.text)")
            let list = try await s.get("/api/events?text=Macron")
            let id = ((list.json["events"] as? [[String: Any]])?.first?["id"] as? Int) ?? 0
            #expect(id > 0)
            let docPath =
                "/documents/" + (record["id"]!.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            var pages = [
                try await s.get("/"), try await s.get("/events/\(id)"), try await s.get(docPath),
                try await s.get("/?actor=\(x.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"),
                try await s.get("/events/\(x.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
            ]
            let form = "date=\(x)&text=" + record["text"]!.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            pages.append(
                try await s.request(
                    "POST", "/paste", body: Data(form.utf8),
                    headers: ["Content-Type": "application/x-www-form-urlencoded"]))
            for page in pages {
                #expect(!page.text.contains("<script"), "a page carries a raw <script>: \(page.text.prefix(300))")
            }
            #expect(pages[1].text.contains("&lt;script&gt;"))
        }
    }

    @Test func internalErrorsAnswer500WithoutTheirDetail() async throws {
        struct Leaky: Error, CustomStringConvertible {
            var description: String { "SELECT secret FROM users WHERE path = '/srv/db'" }
        }
        let router = Router()
        router.addMiddleware { JSONErrorMiddleware() }
        router.get("boom") { _, _ -> String in throw Leaky() }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "chancery.test")
        logger.logLevel = .critical
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) }, logger: logger)
        let task = Task { try await app.runService() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/boom")!)
        task.cancel()
        let text = String(decoding: data, as: UTF8.self)
        #expect((response as? HTTPURLResponse)?.statusCode == 500)
        #expect(text.contains("request id") && !text.contains("SELECT") && !text.contains("/srv/db"))
    }
}

/// The escaping HTML type: text interpolated into markup is escaped, markup is not.
@Suite struct HTMLTypeTests {
    @Test func interpolatedTextIsEscapedAndMarkupIsNot() {
        let title = "<b>\"Tom & Jerry's\"</b>"
        let cell: HTML = "<td title=\"\(title)\">\(title)</td>"
        #expect(
            cell.markup
                == "<td title=\"&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;\">&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;</td>"
        )
        let row: HTML = "<tr>\(cell)</tr>"
        #expect(row.markup.hasPrefix("<tr><td title="))
        let link: HTML = "<a href=\"/documents/\(component: "a b/c?d")\">x</a>"
        #expect(link.markup == "<a href=\"/documents/a%20b%2Fc%3Fd\">x</a>")
        #expect([cell, row].joined().markup == cell.markup + row.markup)
    }
}

/// Issue 22's shapes: writes from other sites, other host names, wildcards and huge parameters, a cache bounded in bytes.
@Suite(.serialized) struct RequestGuardTests {
    @Test func crossSiteWritesAndForeignHostsAreRefused() async throws {
        try await TestServer.with { s in
            let text = Data("Xi Jinping visits Moscow".utf8)
            let foreign = try await s.request(
                "POST", "/api/code", body: text,
                headers: ["Origin": "https://evil.example", "Content-Type": "text/plain"])
            #expect(foreign.status == 403 && foreign.errorMessage.contains("evil.example"))
            let crossSite = try await s.request(
                "POST", "/paste", body: Data("text=x".utf8), headers: ["Sec-Fetch-Site": "cross-site"])
            #expect(crossSite.status == 403)
            let own = try await s.request(
                "POST", "/api/code", body: text, headers: ["Origin": s.base, "Content-Type": "text/plain"])
            #expect(own.status == 200)
            let noBrowser = try await s.request("POST", "/api/code", body: text)
            #expect(noBrowser.status == 200)
            let rebound = try await s.request("GET", "/api/events", headers: ["Host": "attacker.example:8080"])
            #expect(rebound.status == 421)
            #expect(try await s.request("GET", "/api/events", headers: ["Host": "localhost:8080"]).status == 200)
        }
    }

    @Test func wildcardsAreLiteralAndHugeParametersAre400() async throws {
        try await TestServer.with { s in
            #expect(((try await s.get("/api/events?actor=Bonne")).json["events"] as? [Any])?.isEmpty == false)
            for wildcard in ["%25", "_", "%25%25", "B_nne"] {
                let answer = try await s.get("/api/events?actor=\(wildcard)")
                #expect(answer.status == 200 && (answer.json["events"] as? [Any])?.isEmpty == true, "actor=\(wildcard)")
            }
            let huge = String(repeating: "a", count: 64 * 1024)
            for name in ["actor", "location", "text", "country"] {
                let answer = try await s.get("/api/events?\(name)=\(huge)")
                #expect(answer.status == 400 && answer.errorMessage.contains(name), "\(name)")
                #expect(!answer.errorMessage.contains("SELECT") && answer.text.count < 2_000)
            }
        }
    }

    @Test func cacheIsBoundedInBytes() {
        let cache = ResponseCache(capacity: 1_000, maxBytes: 80_000)
        for i in 0..<600 {
            cache.store("/api/events?page=\(i)", generation: 1, body: ByteBuffer(repeating: 0x41, count: 5_000))
            #expect(cache.heldBytes <= 80_000)
        }
        cache.store("/too-big", generation: 1, body: ByteBuffer(repeating: 0x41, count: 20_000))
        #expect(cache.lookup("/too-big", generation: 1) == nil)
        cache.store("/small", generation: 1, body: ByteBuffer(repeating: 0x41, count: 100))
        #expect(cache.lookup("/small", generation: 1)?.readableBytes == 100)
        #expect(cache.lookup("/small", generation: 2) == nil)
    }
}

/// Any document id is reachable at `/documents/{id}` and `/api/documents/{id}`, and the pages link to it.
@Suite(.serialized) struct DocumentIDTests {
    @Test(arguments: ["a b", "a/b", "100%", "what?", "#1", "Élysée-公報", "https://example.org/news/1?x=1#y"])
    func anyIDIsReachable(id: String) async throws {
        try await TestServer.with { s in
            let record = [
                "id": id, "text": "French President Emmanuel Macron met Russian President Vladimir Putin on Tuesday.",
                "date": "2026-02-05"
            ]
            let stored = try await s.request(
                "POST", "/api/documents", body: try JSONSerialization.data(withJSONObject: record),
                headers: ["Content-Type": "application/json", "Authorization": "Bearer s3cret"])
            #expect(stored.status == 201)
            let encoded = id.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let api = try await s.get("/api/documents/\(encoded)")
            #expect(api.status == 200, "\(id): \(api.text.prefix(200))")
            let page = try await s.get("/documents/\(encoded)")
            #expect(page.status == 200)
            let events = (try await s.get("/api/events?text=Macron")).json["events"] as? [[String: Any]] ?? []
            let eventID = events.first?["id"] as? Int ?? 0
            let eventPage = try await s.get("/events/\(eventID)")
            #expect(eventPage.text.contains("href=\"/documents/\(HTML.escape(HTML.component(id)))\""))
        }
    }
}

/// A request that keeps a queue's one coding thread busy until released.
struct HeldThread {
    let hold = DispatchSemaphore(value: 0)
    let first: Task<Int, Error>

    /// Starts the request and waits (on a thread of its own: blocking one of the few threads of the concurrency pool
    /// can starve the task that would signal it) until it runs.
    init(_ queue: CodingQueue) async {
        let started = DispatchSemaphore(value: 0)
        let hold = self.hold
        first = Task {
            try await queue.run { _ in
                started.signal()
                hold.wait()
                return 1
            }
        }
        await withCheckedContinuation { continuation in
            Thread {
                started.wait()
                continuation.resume()
            }.start()
        }
    }

    /// Lets the request finish; returns its answer.
    func release() async throws -> Int {
        hold.signal()
        return try await first.value
    }
}

/// Coding runs off the server's threads with a bounded wait.
@Suite struct CodingQueueTests {
    @Test func aRequestThatCannotGetASlotIs503() async throws {
        let queue = CodingQueue(concurrent: 1, maxWait: 0.05)
        let held = await HeldThread(queue)
        await #expect(throws: APIError.self) { _ = try await queue.run { _ in 2 } }
        #expect(try await held.release() == 1)
        #expect(try await queue.run { _ in 3 } == 3)
    }

    /// Coding runs below the priority of the threads answering queries, and many requests waiting for the one coding
    /// thread each time out with a 503 (they wait in a list, holding no thread) while it stays busy.
    @Test func codingRunsAtALowerPriorityAndWaitersTimeOut() async throws {
        let queue = CodingQueue(concurrent: 1, maxWait: 0.05)
        #if os(Linux)
            #expect(try await queue.run { _ in getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) } == 10)
        #endif
        let held = await HeldThread(queue)
        let refused = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<100 {
                group.addTask { (try? await queue.run { _ in 0 }) == nil }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(refused == 100)
        #expect(try await held.release() == 1)
        #expect(try await queue.run { _ in 3 } == 3)
    }
}
