/// The candidate events that fusion has read or written in the open write transaction, by dyad, so that a mention
/// finds its candidates without a query when a mention of the same dyad came before it.
///
/// Only for SQLite, whose single writer holds the whole store while the transaction is open: what the index read from
/// the database stays true until this writer changes it, and every change fusion makes goes through the database and
/// into the index alike (the database stays the truth; the index is a copy of a part of it). On the repeated dev
/// articles, the candidate, "already reported by this publisher?" and "before the representative?" queries it saves
/// were a quarter of the writer's time. PostgreSQL's writers share the store and keep reading it.
///
/// A dyad's entry holds every event of that root and ordered country pair whose first day lies in one of the windows it
/// read. A window no read one covers is read on its own and merged in: reading the span of both instead read whole
/// dyads again and again when a batch mixes years. Removing a document dissolves events behind the index's back, so an
/// index lives for one run of `place` and never across `EventStore.removeDocument`.
struct FusionIndex {
    /// A root and an ordered country pair: the events a candidate query of one dyad reads.
    struct Dyad: Hashable {
        /// CAMEO root.
        var root: String
        /// Source country code.
        var source: String
        /// Target country code, empty without a target.
        var target: String
    }

    /// The events of a dyad whose first day lies in one of the windows read (ISO dates, compared as SQLite compares text).
    struct Entry {
        /// The windows read, as (first day, last day).
        var windows: [(from: String, to: String)] = []
        /// The events, by id.
        var events: [Int64: IndexedEvent] = [:]

        /// Whether a day lies in a window read.
        func covers(_ day: String) -> Bool { windows.contains { StoredText.isWithin(day, $0.from, $0.to) } }

        /// Whether a window lies in one read.
        func covers(_ from: String, _ to: String) -> Bool {
            windows.contains { !StoredText.precedes(from, $0.from) && !StoredText.precedes($0.to, to) }
        }

        /// The events whose first day lies in a window, in id order.
        func events(from: String, to: String) -> [IndexedEvent] {
            events.values.filter { event in event.candidate.dateStart.map { StoredText.isWithin($0, from, to) } ?? false }
                .sorted { $0.candidate.id < $1.candidate.id }
        }
    }

    /// A stored event as fusion reads it, with where its representative mention stands in its document.
    struct IndexedEvent {
        /// Its fusion columns.
        var candidate: FusionCandidate
        /// The representative's (document, sentence, local id), which `precedesRepresentative` compares.
        var representative: MentionPlace
    }

    /// The entries read so far.
    private var entries: [Dyad: Entry] = [:]
    /// (event, document) pairs known to be reported: the documents placed while the index lived. A document's mentions
    /// are all placed in one run after it was inserted (a stored copy was removed first), so no other mention of it
    /// can be filed under any event.
    private var articles: Set<EventReport> = []
    /// (event, publisher) pairs known to be reported: placed here, or found in the database.
    private var sources: Set<EventReport> = []

    /// An event and a document or publisher reporting it.
    struct EventReport: Hashable {
        /// Event id.
        var event: Int64
        /// Document id or publisher key.
        var key: String
    }

    /// The events of `dyad` whose first day lies in a window, in id order; nil when the window must be read first.
    func events(_ dyad: Dyad, from: String, to: String) -> [IndexedEvent]? {
        guard let entry = entries[dyad], entry.covers(from, to) else { return nil }
        return entry.events(from: from, to: to)
    }

    /// Merges in the events a window of `dyad` holds, as read from the database.
    mutating func read(_ events: [IndexedEvent], of dyad: Dyad, from: String, to: String) {
        var entry = entries[dyad] ?? Entry()
        entry.windows.append((from, to))
        for event in events { entry.events[event.candidate.id] = event }
        entries[dyad] = entry
    }

    /// Whether the event is known to be reported by the document.
    func isReported(_ event: Int64, byArticle doc: String) -> Bool {
        articles.contains(EventReport(event: event, key: doc))
    }

    /// Whether the event is known to be reported by the publisher.
    func isReported(_ event: Int64, bySource sourceKey: String) -> Bool {
        sources.contains(EventReport(event: event, key: sourceKey))
    }

    /// Records that the database has a mention of the event from the publisher.
    mutating func noteSource(_ event: Int64, _ sourceKey: String) {
        sources.insert(EventReport(event: event, key: sourceKey))
    }

    /// Records that a mention was filed under the event.
    mutating func noteReport(_ event: Int64, doc: String, sourceKey: String) {
        articles.insert(EventReport(event: event, key: doc))
        sources.insert(EventReport(event: event, key: sourceKey))
    }

    /// Puts an event's new state where a query would find it: out of the entry of the dyad it was under (`old`; nil
    /// for a new event) and into the entry of its dyad now, if a window read there covers its first day.
    mutating func update(_ event: IndexedEvent, from old: Dyad?, to dyad: Dyad) {
        let id = event.candidate.id
        if let old { entries[old]?.events[id] = nil }
        guard var entry = entries[dyad], let start = event.candidate.dateStart, entry.covers(start) else { return }
        entry.events[id] = event
        entries[dyad] = entry
    }
}

/// Where a mention stands in its document: the order in which mentions equally fit to represent an event are taken.
struct MentionPlace {
    /// Document id.
    var doc: String
    /// Sentence index.
    var sentence: Int64
    /// Event id within the document.
    var local: String

    /// Whether it comes first in (document, sentence, local id) order, comparing text as SQLite does (bytes).
    func precedes(_ other: MentionPlace) -> Bool {
        if doc != other.doc { return StoredText.precedes(doc, other.doc) }
        if sentence != other.sentence { return sentence < other.sentence }
        return StoredText.precedes(local, other.local)
    }
}

/// Text compared as SQLite's BINARY collation compares it: by UTF-8 bytes.
enum StoredText {
    /// Whether `a` sorts before `b`.
    static func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    /// Whether `day` lies in `from...to`, as SQL's BETWEEN has it.
    static func isWithin(_ day: String, _ from: String, _ to: String) -> Bool {
        !precedes(day, from) && !precedes(to, day)
    }
}
