/// How `chancery serve` listens and what it allows.
public struct ServerConfiguration: Sendable {
    /// Interface to bind; loopback by default so nothing is exposed by accident.
    public var host = "127.0.0.1"
    /// Port; 0 picks a free one.
    public var port = 8080
    /// Bearer token that allows `POST /api/documents`; nil keeps the server read-only.
    public var token: String?
    /// Largest request body accepted, in bytes.
    public var maxBodyBytes = 5 * 1024 * 1024
    /// Largest page of events or actors one request may ask for.
    public var maxPageSize = 500

    /// GET answers kept until the store changes; 0 turns the cache off.
    public var cacheEntries = 512
    /// Seconds a request to code may wait for a free coding slot before it is answered 503.
    public var codingWait: Double = 10
    /// Seconds a request's coding may take (waiting for a slot included) before it is stopped and answered 503.
    public var deadline: Double = 10
    /// Bytes of cached answers kept at most.
    public var cacheBytes = 64 << 20
    /// Accept any Host header (`--public`, behind a proxy or on a LAN); otherwise only loopback names and `host`,
    /// so a page on another site cannot reach this server through DNS rebinding.
    public var acceptAnyHost = false

    /// The defaults: loopback port 8080, read-only.
    public init() {}
}
