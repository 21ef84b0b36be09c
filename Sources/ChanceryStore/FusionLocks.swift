import ChanceryCore

/// The locks that make fusion safe with many writers at once (PostgreSQL; SQLite has one writer and ignores them).
///
/// A mention can only join, change or start an event of its own CAMEO root and dyad (either way round for the symmetric
/// roots) whose first day lies in its candidate window (`Fusion.window`), or for an undated mention an undated event of
/// the same dyad. So the store is cut into fusion keys: root, dyad (sorted for symmetric roots, as both orders fuse)
/// and a bucket of `bucketDays` days of the event's first day, plus one "undated" bucket a dyad. Before it places a
/// mention, a transaction locks every key its window overlaps; an event it creates or moves (a more precise date) starts
/// inside that window, so it stays under a key it holds. Two writers placing mentions that could meet the same event
/// therefore share a key: the second waits until the first commits, then (READ COMMITTED reads each statement from a
/// fresh snapshot) sees the first one's event and joins it instead of starting a second one. Nothing is counted twice.
/// Keys are taken sorted and at once, so writers cannot deadlock on them; the rare extra keys of a replaced document's
/// orphaned mentions are taken later, and a deadlock there is broken by the server and the transaction retried.
public enum FusionLocks {
    /// Days a bucket covers: the 400-day window of a mention overlaps two buckets, rarely three.
    static let bucketDays = 512

    /// The keys of every mention of a batch of documents, sorted and without repeats.
    static func keys(_ batch: [StoredDocument]) -> [Int64] {
        sorted(
            batch.flatMap { item in
                item.events.flatMap { e in
                    keys(
                        root: e.code.root.digits, source: e.source.country, target: e.target?.country ?? "",
                        span: DaySpan(value: e.date.value, basis: e.date.basis))
                }
            })
    }

    /// The keys of one mention: its dyad's buckets that its candidate window overlaps, or the dyad's undated bucket.
    static func keys(root: String, source: String, target: String, span: DaySpan?) -> [Int64] {
        let symmetric = CameoRoot(code: root)?.isSymmetric == true
        let dyad = symmetric && target < source ? "\(target)|\(source)" : "\(source)|\(target)"
        guard let span else { return [hash("\(root)|\(dyad)|undated")] }
        let window = Fusion.window(span)
        let first = bucket(window.from)
        let last = bucket(window.to)
        return (first...last).map { hash("\(root)|\(dyad)|\($0)") }
    }

    /// The bucket a day falls in.
    static func bucket(_ day: Day) -> Int { Int((Double(day.ordinal) / Double(bucketDays)).rounded(.down)) }

    /// Sorted, without repeats.
    static func sorted(_ keys: [Int64]) -> [Int64] { Array(Set(keys)).sorted() }

    /// FNV-1a 64 of the key text, as a signed 64-bit advisory lock key: stable across processes, machines and versions.
    public static func hash(_ text: String) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int64(bitPattern: h)
    }
}
