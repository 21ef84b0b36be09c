import Dispatch

/// A point in time after which a request's coding stops: the pipeline checks it between sentences, so a document
/// that would take too long is given up where it is instead of holding a core for minutes.
public struct Deadline: Sendable {
    /// When it passes, on the monotonic clock (immune to changes of the wall clock).
    let uptimeNanoseconds: UInt64
    /// The time it was given, for the message.
    public let seconds: Double

    /// A deadline `seconds` from now (at most a year; a negative or NaN time has already passed).
    public init(seconds: Double) {
        self.seconds = seconds
        let now = DispatchTime.now().uptimeNanoseconds
        let span = seconds.isNaN ? 0 : min(max(seconds, 0), 365 * 86_400)
        uptimeNanoseconds = now + UInt64(span * 1e9)
    }

    /// Whether it has passed.
    public var hasPassed: Bool { DispatchTime.now().uptimeNanoseconds >= uptimeNanoseconds }

    /// Seconds left, 0 once it has passed.
    public var secondsLeft: Double {
        let now = DispatchTime.now().uptimeNanoseconds
        return now >= uptimeNanoseconds ? 0 : Double(uptimeNanoseconds - now) / 1e9
    }

    /// Throws once it has passed.
    public func check() throws(DeadlinePassed) {
        if hasPassed { throw DeadlinePassed(seconds: seconds) }
    }
}

/// Coding was stopped because its deadline passed.
public struct DeadlinePassed: Error, Sendable, CustomStringConvertible {
    /// The time it was given.
    public let seconds: Double

    /// Says what happened and what to do.
    public var description: String {
        "coding took longer than the \(seconds) s allowed; send a shorter document or split it into several"
    }
}
