import Hummingbird

/// Refuses requests a browser was tricked into sending: writes from another site (no Origin check let any page a user
/// opened POST to `/api/code` or `/paste`), and requests for another host name (DNS rebinding), unless `--public`;
/// and bodies whose declared length is over `--max-body`, before they are read.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    /// Whether any host name is accepted, and the interface the server is bound to.
    let configuration: ServerConfiguration
    /// Browsers say with this header whether a request comes from another site.
    static var secFetchSite: HTTPFields.Element.Name { HTTPFields.Element.Name("Sec-Fetch-Site")! }

    /// Refuses a misdirected or cross-site request, else answers it.
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let host = request.head.authority ?? ""
        if !configuration.acceptAnyHost, !RequestGuard.isAllowedHost(host, bound: configuration.host) {
            throw APIError(
                .misdirectedRequest,
                "host \(host.prefix(100)) is not this server's; start it with --public to answer any host name")
        }
        // Refused before a byte of the body is read: reading 100 MB only to refuse it would be the attack.
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > configuration.maxBodyBytes {
            throw APIError(
                .contentTooLarge,
                "request body of \(length) bytes is over the \(configuration.maxBodyBytes) allowed (--max-body); "
                    + "send smaller documents or fewer at once")
        }
        if request.method != .get, request.method != .head {
            if request.headers[RequestGuard.secFetchSite] == "cross-site" {
                throw APIError(
                    .forbidden,
                    "cross-site writes are refused: send the request from this server's own pages or without a browser")
            }
            if let origin = request.headers[.origin], !RequestGuard.origin(origin, matches: host) {
                throw APIError(
                    .forbidden,
                    "writes from origin \(origin.prefix(100)) are refused: only pages of \(host.prefix(100)) may send them"
                )
            }
        }
        return try await next(request, context)
    }

    /// Whether a Host header names this server: a loopback name or the bound interface, with any port.
    static func isAllowedHost(_ host: String, bound: String) -> Bool {
        let name = hostName(host).lowercased()
        if name.isEmpty { return true }  // HTTP/1.0 clients send no Host
        return ["127.0.0.1", "localhost", "::1", bound.lowercased()].contains(name)
            || bound == "0.0.0.0" && name.allSatisfy { $0.isNumber || $0 == "." }
    }

    /// The host name of `name[:port]` or `[v6]:port`.
    static func hostName(_ host: String) -> Substring {
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            return host[host.index(after: host.startIndex)..<close]
        }
        return host.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    }

    /// Whether an Origin header (`http://host:port`) is the server's own.
    static func origin(_ origin: String, matches host: String) -> Bool {
        guard let schemeEnd = origin.range(of: "://") else { return false }
        return origin[schemeEnd.upperBound...].lowercased() == host.lowercased()
    }
}
