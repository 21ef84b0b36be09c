import Foundation

/// A JSON value with ordered keys, so output keeps the field order of `events.md`.
public indirect enum JSON: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    /// Compact serialisation on one line.
    public var serialized: String {
        var out = ""
        write(into: &out)
        return out
    }

    /// Appends the serialisation to `out`.
    public func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            // JSON has no NaN or infinity: a value that is not a number is written as null, never as invalid JSON.
            if !d.isFinite {
                out += "null"
            } else if d == d.rounded(), abs(d) < 1e15 {
                out += String(format: "%.1f", d)
            } else {
                out += String(d)
            }
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                item.write(into: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out += ", " }
                JSON.escape(key, into: &out)
                out += ": "
                value.write(into: &out)
            }
            out += "}"
        }
    }

    /// Writes a JSON string literal.
    static func escape(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escaping: append them whole instead of scalar by scalar.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += s
            out += "\""
            return
        }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        out += "\""
    }
}

/// How events, time expressions and resolved phrases print as JSON Lines.
public enum Records {
    /// The event record of `events.md`.
    public static func event(_ e: Event) -> JSON {
        .object([
            ("doc", .string(e.doc)), ("event", .string(e.id)), ("sentence", .int(e.sentence)),
            ("evidence", evidence(e.evidence.text, e.evidence.span)),
            ("source", party(e.source)), ("target", party(e.target)),
            ("cameo", .string(e.code.cameo)), ("root", .string(e.code.root.digits)), ("quad", .int(e.code.quad)),
            ("plover", .string(e.code.plover)), ("goldstein", .double(e.code.goldstein)),
            ("date", date(e.date)), ("location", location(e.location)),
            ("status", .string(e.status.rawValue)),
            ("attribution", attribution(e.attribution)),
            ("quote", optional(e.quote))
        ])
    }

    /// An actor of the record, or null.
    public static func party(_ p: Event.Party?) -> JSON {
        guard let p else { return .null }
        return .object([
            ("text", .string(p.text)), ("actor", .string(p.actor)), ("code", .string(p.code)),
            ("country", .string(p.country)), ("role", .string(p.role))
        ])
    }

    /// The evidence sentence with its span.
    public static func evidence(_ text: String, _ span: Span) -> JSON {
        .object([("text", .string(text)), ("start", .int(span.start)), ("end", .int(span.end))])
    }

    /// The date object of the record.
    public static func date(_ d: Event.EventDate) -> JSON {
        .object([
            ("value", optional(d.value)), ("precision", optional(d.precision?.rawValue)), ("text", optional(d.text)),
            ("basis", .string(d.basis.rawValue))
        ])
    }

    /// The location object of the record, or null.
    public static func location(_ l: Event.Location?) -> JSON {
        guard let l else { return .null }
        return .object([
            ("text", .string(l.text)), ("name", .string(l.name)), ("country", .string(l.country)),
            ("lat", l.lat.map(JSON.double) ?? .null), ("lon", l.lon.map(JSON.double) ?? .null)
        ])
    }

    /// An attribution chain, outermost first.
    public static func attribution(_ chain: [Attribution]) -> JSON {
        .array(chain.map { .object([("text", .string($0.text)), ("code", .string($0.code))]) })
    }

    /// A string or null.
    public static func optional(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }

    /// A time expression line of `chancery times`.
    public static func time(_ t: TimeExpression, doc: String) -> JSON {
        .object([
            ("doc", .string(doc)), ("start", .int(t.span.start)), ("end", .int(t.span.end)), ("text", .string(t.text)),
            ("type", .string(t.kind.rawValue)), ("value", .string(t.value))
        ])
    }

    /// A line of `chancery resolve`.
    public static func resolved(_ phrase: String, _ m: Mention?) -> JSON {
        .object([
            ("phrase", .string(phrase)), ("actor", m.map { .string($0.actor) } ?? .null),
            ("code", m.map { .string($0.code) } ?? .null), ("country", m.map { .string($0.country) } ?? .null),
            ("role", m.map { .string($0.role) } ?? .null)
        ])
    }
}
