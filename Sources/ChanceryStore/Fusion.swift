import ChanceryCore
import GRDB

/// Fusion: each mention joins the first stored event that can be the same real-world event, or starts a new one.
///
/// Two reports are of the same event when they have the same CAMEO root, the same dyad (or its mirror
/// for the symmetric roots: meetings, cooperation), compatible dates (`DaySpan.isCompatible`) and
/// compatible locations (either unknown, or in the same country). The fused event shows the facts of
/// its strongest mention (status, then a date from the text) and the most precise date any mention gives.
enum Fusion {
    /// Roots whose dyads read both ways: A consulting, cooperating or cooperating materially with B is the same as B with A.
    static let symmetricRoots: Set<String> = ["04", "05", "06"]
    /// The event columns fusion reads of a candidate event.
    static let candidateColumns = "id, dateStart, dateEnd, dateKind, locationCountry, representativeRank, dateScore, statusMask, firstReport, lastReport"

    /// Days before a report's first day at which a stored event may still start and overlap it.
    static let lookback = 400

    /// How strong a mention is as the face of its event: lower is stronger.
    static func rank(status: Status, basis: String) -> Int { FusedStatus.rank(status) * 2 + (basis == "text" ? 0 : 1) }

    /// How precise a mention's date is: lower is more precise; dates from the text beat the article's.
    static func dateScore(_ span: DaySpan?, basis: String) -> Int {
        guard let span else { return 1 << 40 }
        return (basis == "text" ? 0 : 1_000_000) + span.width
    }
}

extension EventStore {
    /// Fuses a stored, unassigned mention into an event.
    func assign(_ db: Database, mention id: Int64) throws {
        // Columns by position: name lookups on rows cost more than the query on this hot path.
        guard let m = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT root, sourceCountry, targetCountry, dateBasis, dateValue, locationCountry, status, reported, doc, sourceKey
            FROM mention WHERE id = ?
            """), arguments: [id]) else { return }
        let root: String = m[0], sc: String = m[1], tc: String = m[2]
        let basis: String = m[3]
        let span = DaySpan(value: m[4], basis: basis)
        let place: String? = m[5]
        var chosen: Row?
        if let span {
            // Article-dated events are stored on their publication day, which may lie up to a week after this report.
            let from = span.start.adding(days: -Fusion.lookback).description, to = span.end.adding(days: DaySpan.articleWindow).description
            let sql = """
                SELECT \(Fusion.candidateColumns)
                FROM event WHERE root = ? AND sourceCountry = ? AND targetCountry = ? AND dateStart BETWEEN ? AND ? ORDER BY id
                """
            var candidates = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [root, sc, tc, from, to])
            if Fusion.symmetricRoots.contains(root), sc != tc, !tc.isEmpty {
                candidates += try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [root, tc, sc, from, to])
                candidates.sort { ($0["id"] as Int64) < ($1["id"] as Int64) }
            }
            chosen = candidates.first { c in
                guard let s = Day(iso: c["dateStart"] as String? ?? ""), let e = Day(iso: c["dateEnd"] as String? ?? ""),
                      let kind = DaySpan.Kind(rawValue: c["dateKind"] as String? ?? "") else { return false }
                guard span.isCompatible(with: DaySpan(stored: s, e, kind: kind)) else { return false }
                if let place, let other: String = c["locationCountry"], place != other { return false }
                return true
            }
        }
        if span == nil {
            // Undated mentions fuse within their document (same root and dyad); before, each stayed an event of its own.
            chosen = try undatedCandidate(db, root: root, source: sc, target: tc, doc: m[8])
        }
        let status = Status(rawValue: m[6]) ?? .asserted
        let rank = Fusion.rank(status: status, basis: basis)
        let score = Fusion.dateScore(span, basis: basis)
        let reported: String? = m[7]
        guard let event = chosen else {
            try db.cachedStatement(sql: """
                INSERT INTO event (representative, representativeRank, sourceActor, sourceCountry, sourceRole, targetActor, targetCountry,
                    targetRole, cameo, root, quad, plover, goldstein, dateValue, datePrecision, dateText, dateBasis, dateStart, dateEnd,
                    dateKind, dateScore, locationName, locationCountry, lat, lon, statusMask, status, mentions, sources, articles,
                    firstReport, lastReport)
                SELECT id, ?, sourceActor, sourceCountry, sourceRole, targetActor, targetCountry, targetRole, cameo, root, quad, plover,
                    goldstein, dateValue, datePrecision, dateText, dateBasis, ?, ?, ?, ?, locationName, locationCountry, lat, lon, ?, ?,
                    1, 1, 1, reported, reported
                FROM mention WHERE id = ?
                """).execute(arguments: [rank, span?.storedStart.description ?? "", span?.end.description ?? "", span?.kind.rawValue, score,
                                 FusedStatus.bit(status), FusedStatus.status(mask: FusedStatus.bit(status)), id])
            try db.cachedStatement(sql: "UPDATE mention SET eventId = ? WHERE id = ?").execute(arguments: [db.lastInsertedRowID, id])
            return
        }
        let eventID: Int64 = event["id"]
        let doc: String = m[8], sourceKey: String = m[9]
        let seenArticle = try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM mention WHERE eventId = ? AND doc = ? LIMIT 1"),
                                            arguments: [eventID, doc]) ?? false
        let seenSource = try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM mention WHERE eventId = ? AND sourceKey = ? LIMIT 1"),
                                           arguments: [eventID, sourceKey]) ?? false
        try db.cachedStatement(sql: "UPDATE mention SET eventId = ? WHERE id = ?").execute(arguments: [eventID, id])
        let mask = (event["statusMask"] as Int) | FusedStatus.bit(status)
        let first = [event["firstReport"] as String?, reported].compactMap { $0 }.min()
        let last = [event["lastReport"] as String?, reported].compactMap { $0 }.max()
        try db.cachedStatement(sql: """
            UPDATE event SET mentions = mentions + 1, articles = articles + ?, sources = sources + ?, statusMask = ?, status = ?,
                firstReport = ?, lastReport = ? WHERE id = ?
            """).execute(arguments: [seenArticle ? 0 : 1, seenSource ? 0 : 1, mask, FusedStatus.status(mask: mask), first, last, eventID])
        if try rank < event["representativeRank"] as Int
            || rank == event["representativeRank"] as Int && precedesRepresentative(db, mention: id, of: eventID) {
            try db.cachedStatement(sql: """
                UPDATE event SET (representative, representativeRank, sourceActor, sourceCountry, sourceRole, targetActor, targetCountry,
                    targetRole, cameo, root, quad, plover, goldstein) =
                (SELECT id, ?, sourceActor, sourceCountry, sourceRole, targetActor, targetCountry, targetRole, cameo, root, quad, plover,
                    goldstein FROM mention WHERE id = ?) WHERE id = ?
                """).execute(arguments: [rank, id, eventID])
        }
        if score < event["dateScore"] as Int {
            try db.cachedStatement(sql: """
                UPDATE event SET (dateValue, datePrecision, dateText, dateBasis) =
                    (SELECT dateValue, datePrecision, dateText, dateBasis FROM mention WHERE id = ?),
                    dateStart = ?, dateEnd = ?, dateKind = ?, dateScore = ? WHERE id = ?
                """).execute(arguments: [id, span?.storedStart.description ?? "", span?.end.description ?? "", span?.kind.rawValue, score, eventID])
        }
        if place != nil, (event["locationCountry"] as String?) == nil {
            try db.cachedStatement(sql: """
                UPDATE event SET (locationName, locationCountry, lat, lon) =
                    (SELECT locationName, locationCountry, lat, lon FROM mention WHERE id = ?) WHERE id = ?
                """).execute(arguments: [id, eventID])
        }
    }

    /// The undated event of the same root and dyad (either way round for symmetric roots) reported by the same document.
    /// A mention is undated only when its document has no publication date either, so the document is the one day known.
    func undatedCandidate(_ db: Database, root: String, source: String, target: String, doc: String) throws -> Row? {
        var dyads = [(source, target)]
        if Fusion.symmetricRoots.contains(root), source != target, !target.isEmpty { dyads.append((target, source)) }
        for (a, b) in dyads {
            if let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT \(Fusion.candidateColumns) FROM event
                WHERE root = ? AND sourceCountry = ? AND targetCountry = ? AND dateStart = '' AND id IN (SELECT eventId FROM mention WHERE doc = ?)
                ORDER BY id LIMIT 1
                """), arguments: [root, a, b, doc]) { return row }
        }
        return nil
    }

    /// Whether a mention comes before an event's representative in (document, sentence, local id) order: of mentions
    /// equally fit to represent an event, the first in that order does, whatever order the documents were ingested in.
    func precedesRepresentative(_ db: Database, mention id: Int64, of event: Int64) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT (m.doc, m.sentence, m.local) < (r.doc, r.sentence, r.local)
            FROM mention m, event e JOIN mention r ON r.id = e.representative
            WHERE m.id = ? AND e.id = ?
            """), arguments: [id, event]) ?? false
    }
}
