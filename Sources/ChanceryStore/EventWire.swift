import ChanceryCore

/// An event's fields on the wire between `chancery ingest` and a coding worker, in declaration order.
extension CodingWire {
    static func event(_ e: Event, to w: inout WireWriter) {
        w.string(e.doc)
        w.string(e.id)
        w.int(e.sentence)
        w.string(e.evidence.text)
        span(e.evidence.span, to: &w)
        party(e.source, to: &w)
        w.optional(e.target) { party($1, to: &$0) }
        w.string(e.code.cameo)
        w.double(e.code.goldstein)
        w.string(e.code.plover)
        w.string(e.code.label)
        w.optional(e.date.value) { $0.string($1) }
        w.optional(e.date.precision) { $0.string($1.rawValue) }
        w.optional(e.date.text) { $0.string($1) }
        w.string(e.date.basis.rawValue)
        w.optional(e.location) { location($1, to: &$0) }
        w.string(e.status.rawValue)
        w.int(e.attribution.count)
        for a in e.attribution {
            w.string(a.text)
            w.string(a.code)
        }
        w.optional(e.quote) { $0.string($1) }
    }

    static func event(_ r: inout WireReader) throws -> Event {
        let (doc, id, sentence) = (try r.string(), try r.string(), try r.int())
        let evidence = (text: try r.string(), span: try span(&r))
        let (source, target) = (try party(&r), try r.optional { try party(&$0) })
        let cameo = try r.string()
        guard
            let code = CameoCode(cameo: cameo, goldstein: try r.double(), plover: try r.string(), label: try r.string())
        else { throw WireError.badValue("CAMEO code \(cameo)") }
        let date = Event.EventDate(
            value: try r.optional { try $0.string() }, precision: try r.optional { try known(DatePrecision.self, &$0) },
            text: try r.optional { try $0.string() }, basis: try known(DateBasis.self, &r))
        let location = try r.optional { try self.location(&$0) }
        let status = try known(Status.self, &r)
        var attribution: [Attribution] = []
        for _ in 0..<(try r.count()) { attribution.append(Attribution(text: try r.string(), code: try r.string())) }
        return Event(
            doc: doc, id: id, sentence: sentence, evidence: evidence, source: source, target: target, code: code,
            date: date, location: location, status: status, attribution: attribution,
            quote: try r.optional { try $0.string() })
    }

    static func party(_ p: Event.Party, to w: inout WireWriter) {
        w.string(p.text)
        w.string(p.actor)
        w.string(p.country)
        w.string(p.role)
    }

    static func party(_ r: inout WireReader) throws -> Event.Party {
        Event.Party(text: try r.string(), actor: try r.string(), country: try r.string(), role: try r.string())
    }

    static func location(_ l: Event.Location, to w: inout WireWriter) {
        w.string(l.text)
        w.string(l.name)
        w.string(l.country)
        w.optional(l.lat) { $0.double($1) }
        w.optional(l.lon) { $0.double($1) }
    }

    static func location(_ r: inout WireReader) throws -> Event.Location {
        Event.Location(
            text: try r.string(), name: try r.string(), country: try r.string(),
            lat: try r.optional { try $0.double() },
            lon: try r.optional { try $0.double() })
    }

    /// A case of a string enum, by its raw value.
    static func known<T: RawRepresentable<String>>(_ type: T.Type, _ r: inout WireReader) throws -> T {
        let raw = try r.string()
        guard let value = T(rawValue: raw) else { throw WireError.badValue("\(T.self) \(raw)") }
        return value
    }
}
