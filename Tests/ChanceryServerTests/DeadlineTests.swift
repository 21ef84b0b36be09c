import ChanceryCore
import Foundation
import Testing

@testable import ChanceryServer

#if canImport(Glibc)
    import Glibc
#endif

/// Every request is bounded in time: coding that passes `--deadline` is stopped between sentences and answered 503
/// (two 800 KB POSTs once held an unrelated GET for 16.5 s), and a body declared over `--max-body` is refused 413
/// before it is read.
@Suite(.serialized) struct DeadlineTests {
    /// About a megabyte of news sentences on one line: seconds of coding in a debug build.
    static let longText: String = {
        let sentences = [
            "Emmanuel Bonne, the diplomatic adviser of French President Emmanuel Macron, held talks with Russian "
                + "presidential aide Yury Ushakov in Moscow on Tuesday.",
            "Turkey condemned Israel on Monday over the strikes, the foreign ministry said.",
            "Putin met Xi in Beijing, where the two leaders signed an agreement on energy."
        ]
        return Array(repeating: sentences.joined(separator: " "), count: 3_500).joined(separator: " ")
    }()

    @Test func codingPastTheDeadlineIs503AndTheServerGoesOn() async throws {
        try await TestServer.with(maxBody: 2 << 20, deadline: 0.5) { s in
            let long = Data(DeadlineTests.longText.utf8)
            let coded = try await s.request("POST", "/api/code", body: long, headers: ["Content-Type": "text/plain"])
            #expect(coded.status == 503, "\(coded.text.prefix(200))")
            #expect(coded.errorMessage.contains("--deadline"), "\(coded.errorMessage)")
            let stored = try await s.request(
                "POST", "/api/documents", body: long,
                headers: ["Content-Type": "text/plain", "Authorization": "Bearer s3cret"])
            #expect(stored.status == 503 && stored.errorMessage.contains("--deadline"))
            let form =
                "text=" + (DeadlineTests.longText.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            let pasted = try await s.request(
                "POST", "/paste", body: Data(form.utf8), headers: ["Content-Type": "application/x-www-form-urlencoded"])
            #expect(pasted.status == 503)
            let short = try await s.request("POST", "/api/code", body: Data("Turkey condemned Israel on Monday.".utf8))
            #expect(short.status == 200 && (short.json["events"] as? [Any])?.count == 1, "\(short.text)")
            #expect(try await s.get("/api/events").status == 200)
        }
    }

    @Test func aBodyDeclaredTooLargeIs413BeforeItIsSent() async throws {
        try await TestServer.with(maxBody: 4096) { s in
            // Only the head is sent: a server that waited for the 100 MB body would answer nothing (the read times out).
            let head =
                "POST /api/code HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 100000000\r\n\r\n"
            let answer = try rawExchange(port: s.port, head)
            #expect(answer.hasPrefix("HTTP/1.1 413"), "\(answer.prefix(200))")
            #expect(answer.contains("--max-body"))
            #expect(try await s.get("/api/events").status == 200)
        }
    }

    @Test func thePipelineStopsOncePastItsDeadline() throws {
        let document = Document(id: "d", text: "Turkey condemned Israel on Monday.", date: Day(iso: "2026-03-10"))
        #expect(throws: DeadlinePassed.self) { _ = try pipeline.run(document, deadline: Deadline(seconds: 0)) }
        let ample = try pipeline.run(document, deadline: Deadline(seconds: 3600))
        #expect(
            ample.events.map { Records.event($0).serialized }
                == pipeline.run(document).events.map {
                    Records.event($0).serialized
                })
        #expect(!ample.events.isEmpty)
    }
}

/// Writes `head` on a new loopback connection and returns what the server answers within 10 seconds.
func rawExchange(port: Int, _ head: String) throws -> String {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw POSIXError(.EMFILE) }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        }
    }
    guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    var timeout = timeval(tv_sec: 10, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    let bytes = Array(head.utf8)
    guard write(fd, bytes, bytes.count) == bytes.count else { throw POSIXError(.EPIPE) }
    var answer: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = read(fd, &buffer, buffer.count)
        if n <= 0 { break }
        answer += buffer[0..<n]
        if String(decoding: answer, as: UTF8.self).contains("}\n") { break }  // the JSON error is one line
    }
    return String(decoding: answer, as: UTF8.self)
}
