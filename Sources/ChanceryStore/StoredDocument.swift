import ChanceryCore

/// A coded document ready to store: the document, its events, and which actors were learned from the
/// text (titles, names) rather than found in the lexicon.
public struct StoredDocument: Sendable {
    /// The document as read.
    public var document: Document
    /// Its coded events.
    public var events: [Event]
    /// Canonical names of actors the lexicon does not hold.
    public var discovered: Set<String>

    /// Wraps a coded document.
    public init(document: Document, events: [Event], discovered: Set<String> = []) {
        self.document = document
        self.events = events
        self.discovered = discovered
    }

    /// Codes a document with `pipeline`, marking the actors its lexicon does not hold as discovered. The pipeline is
    /// borrowed: an initialiser takes its arguments owned, so each document coded copied it (a retain of every table).
    public init(coding document: Document, with pipeline: borrowing Pipeline) {
        let events = pipeline.run(document).events
        self.init(document: document, events: events, known: pipeline.resources.lexicon.actorNames)
    }

    /// Codes a document with `pipeline` unless `deadline` passes first.
    public init(coding document: Document, with pipeline: borrowing Pipeline, deadline: Deadline) throws(DeadlinePassed)
    {
        let events = try pipeline.run(document, deadline: deadline).events
        self.init(document: document, events: events, known: pipeline.resources.lexicon.actorNames)
    }

    /// Wraps coded events, marking the actors not among the lexicon's `known` names as discovered. Given the names, not
    /// the lexicon, which an initialiser would take owned: a copy of its every table for each document coded.
    init(document: Document, events: [Event], known: Set<String>) {
        let names = events.flatMap { [$0.source.actor] + ($0.target.map { [$0.actor] } ?? []) }
        self.init(document: document, events: events, discovered: Set(names.filter { !known.contains($0) }))
    }

    /// A fingerprint of everything stored about the document, to skip unchanged ones on re-ingest.
    public var contentHash: String { StoredDocument.hash(document) }

    /// FNV-1a over the text and metadata: cheap, stable across runs and platforms.
    public static func hash(_ d: Document) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ s: String?) {
            for b in (s ?? "\u{0}").utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            h = (h ^ 0x1f) &* 0x100_0000_01b3
        }
        mix(d.text)
        mix(d.date?.description)
        mix(d.title)
        mix(d.url)
        mix(d.source)
        return String(h, radix: 16)
    }

    /// Who published the document, for counting distinct sources: the source field, else the URL's
    /// host, else the document id.
    public static func sourceKey(_ d: Document) -> String {
        if let s = d.source, !s.isEmpty { return s.lowercased() }
        if let url = d.url, let schemeEnd = url.range(of: "://") {
            let rest = url[schemeEnd.upperBound...]
            var host = String(rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }).lowercased()
            if host.hasPrefix("www.") { host.removeFirst(4) }
            if !host.isEmpty { return host }
        }
        return d.id
    }
}
