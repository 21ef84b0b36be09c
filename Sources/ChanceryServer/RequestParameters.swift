import ChanceryCore
import ChanceryStore
import Hummingbird

/// Query parameters of a request, read with 400 errors that name the bad parameter.
struct RequestParameters {
    /// Each parameter's value, percent-decoded; the last one wins when a name repeats.
    let values: [String: String]

    /// The query parameters of a request.
    init(_ request: Request) {
        var values: [String: String] = [:]
        for (k, v) in request.uri.queryParameters { values[String(k)] = String(v).removingPercentEncoding ?? String(v) }
        self.values = values
    }

    /// The fields of a submitted form.
    init(form: [String: String]) { values = form }

    /// A non-empty string parameter.
    func string(_ name: String) -> String? {
        guard let v = values[name]?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
        return v
    }

    /// An integer parameter within bounds.
    func int(_ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let s = string(name) else { return value }
        guard let n = Int(s), range.contains(n) else {
            throw APIError(
                .badRequest,
                "parameter \(name)=\(s) is not valid: expected a whole number from \(range.lowerBound) to \(range.upperBound)"
            )
        }
        return n
    }

    /// A YYYY-MM-DD parameter.
    func day(_ name: String) throws -> Day? {
        guard let s = string(name) else { return nil }
        guard let d = Day(iso: s) else {
            throw APIError(.badRequest, "parameter \(name)=\(s) is not valid: expected a date YYYY-MM-DD")
        }
        return d
    }

    /// The event filter these parameters describe (the options of `chancery events`).
    func eventFilter(maxPage: Int) throws -> EventFilter {
        var f = EventFilter()
        f.country = string("country")?.uppercased()
        f.counterpart = string("counterpart")?.uppercased()
        if let scope = string("scope") {
            guard let s = EventFilter.Scope(rawValue: scope) else {
                throw APIError(.badRequest, "parameter scope=\(scope) is not valid: expected domestic or international")
            }
            f.scope = s
        }
        f.actor = string("actor")
        f.role = string("role")?.uppercased()
        f.code = string("code")
        f.root = string("root")
        f.plover = string("plover")?.uppercased()
        f.status = string("status")?.lowercased()
        f.location = string("location")
        f.text = string("text")
        f.since = try day("since")
        f.until = try day("until")
        f.limit = try int("limit", default: 50, in: 1...maxPage)
        f.after = string("cursor")
        if let sort = string("sort") {
            guard let s = EventFilter.Sort(rawValue: sort) else {
                throw APIError(.badRequest, "parameter sort=\(sort) is not valid: expected newest, oldest or mentions")
            }
            f.sort = s
        }
        do { try f.validate() } catch let e as StoreError {
            if case .badFilter(let name, let value, let expected) = e {
                throw APIError(.badRequest, "parameter \(name)=\(value) is not valid: expected \(expected)")
            }
            throw APIError(.badRequest, e.description)
        }
        return f
    }
}
