import ChanceryCore

/// The candidate events that fusion has read or written in the open write transaction, by dyad, so that a mention
/// finds its candidates without a query when a mention of the same dyad came before it.
///
/// Only for SQLite, whose single writer holds the whole store while the transaction is open: what the index read from
/// the database stays true until this writer changes it, and every change fusion makes goes through the database and
/// into the index alike (the database stays the truth; the index is a copy of a part of it). On the repeated dev
/// articles, the candidate, "already reported by this publisher?" and "before the representative?" queries it saves
/// were over a fifth of the writer's time. PostgreSQL's writers share the store and keep reading it.
///
/// A dyad's entry holds every event of that root and ordered country pair whose first day lies in the buckets of
/// `bucketDays` days it read. A window reads the buckets it needs that were not read: reading only exact windows missed
/// whenever documents of other days came between, and reading the span of all windows read whole dyads again and again.
/// Removing a document dissolves events behind the index's back, so an index lives for one run of `place` and never
/// across `EventStore.removeDocument`.
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

    /// Days a bucket covers: a candidate window of 408 days reads 7 to 8 of them.
    static let bucketDays = 64

    /// The events of a dyad whose first day lies in the buckets read.
    struct Entry {
        /// The buckets read.
        var buckets: Set<Int> = []
        /// The events, by id.
        var events: [Int64: IndexedEvent] = [:]

        /// The events whose first day lies in a window (ISO dates, compared as SQLite compares text), in id order.
        func events(from: String, to: String) -> [IndexedEvent] {
            events.values.filter { event in event.candidate.dateStart.map { StoredText.isWithin($0, from, to) } ?? false }
                .sorted { $0.candidate.id < $1.candidate.id }
        }
    }

    /// The bucket a day falls in.
    static func bucket(_ day: Day) -> Int {
        let o = day.ordinal
        return o >= 0 ? o / bucketDays : -((-o - 1) / bucketDays) - 1
    }

    /// The days of the runs of buckets between those of `from` and `to` that `dyad` has not read, each as the first
    /// and last day of the run; nil when a day falls outside the years 0 to 9999, whose ISO text does not sort as the
    /// days do (fusion then asks the database).
    func unread(_ dyad: Dyad, from: Day, to: Day) -> [(from: Day, to: Day)]? {
        let first = FusionIndex.bucket(from)
        let last = FusionIndex.bucket(to)
        guard first <= last else { return [] }
        let read = entries[dyad]?.buckets ?? []
        var runs: [(from: Day, to: Day)] = []
        var start: Int?
        for b in first...last + 1 {
            if b <= last, !read.contains(b) {
                if start == nil { start = b }
            } else if let s = start {
                runs.append((Day(ordinal: s * FusionIndex.bucketDays), Day(ordinal: b * FusionIndex.bucketDays - 1)))
                start = nil
            }
        }
        let readable = runs.allSatisfy { (0...9999).contains($0.from.year) && (0...9999).contains($0.to.year) }
        return readable ? runs : nil
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
    /// Mentions fused but not yet filed under their events in the database (`EventStore.fileWaiting`), in the order
    /// they were fused. Only a query of a document's own mentions by event (the undated candidate) reads what these
    /// would write; the index answers the rest.
    private(set) var unfiled: [Filing] = []

    /// A mention and the event it is to be filed under.
    struct Filing {
        /// Mention id.
        var mention: Int64
        /// Event id.
        var event: Int64
    }

    /// Notes that a mention is to be filed under an event.
    mutating func file(_ mention: Int64, under event: Int64) { unfiled.append(Filing(mention: mention, event: event)) }

    /// Forgets the filings, once written.
    mutating func clearUnfiled() { unfiled.removeAll(keepingCapacity: true) }

    /// An event and a document or publisher reporting it.
    struct EventReport: Hashable {
        /// Event id.
        var event: Int64
        /// Document id or publisher key.
        var key: String
    }

    /// The events of `dyad` whose first day lies in a window, in id order, once its buckets are read.
    func events(_ dyad: Dyad, from: String, to: String) -> [IndexedEvent] {
        entries[dyad]?.events(from: from, to: to) ?? []
    }

    /// Merges in the events that a run of buckets of `dyad` holds, as read from the database.
    mutating func read(_ events: [IndexedEvent], of dyad: Dyad, from: Day, to: Day) {
        var entry = entries[dyad] ?? Entry()
        entry.buckets.formUnion(FusionIndex.bucket(from)...FusionIndex.bucket(to))
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
    /// for a new event) and into the entry of its dyad now, if that entry read the bucket of its first day.
    mutating func update(_ event: IndexedEvent, from old: Dyad?, to dyad: Dyad) {
        let id = event.candidate.id
        if let old { entries[old]?.events[id] = nil }
        guard var entry = entries[dyad], let start = Day(iso: event.candidate.dateStart ?? ""),
            entry.buckets.contains(FusionIndex.bucket(start))
        else { return }
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
