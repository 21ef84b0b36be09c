import ChanceryCore

/// Fusion: each mention joins the first stored event that can be the same real-world event, or starts a new one.
///
/// Two reports are of the same event when they have the same CAMEO root, the same dyad (or its mirror
/// for the symmetric roots: meetings, cooperation), compatible dates (`DaySpan.isCompatible`) and
/// compatible locations (either unknown, or in the same country). The fused event shows the facts of
/// its strongest mention (status, then a date from the text) and the most precise date any mention gives.
enum Fusion {
    /// Days before a report's first day at which a stored event may still start and overlap it.
    static let lookback = 400

    /// The days in which a stored event must start for a mention dated `span` to join it: up to `lookback` days before
    /// the span, and up to a week after it, as article-dated events are stored on their publication day.
    static func window(_ span: DaySpan) -> (from: Day, to: Day) {
        (span.start.adding(days: -lookback), span.end.adding(days: DaySpan.articleWindow))
    }

    /// The (source, target) country pairs whose events a mention of `root` may join: its own dyad, then its mirror
    /// when the root reads both ways (`CameoRoot.isSymmetric`: A meeting B is B meeting A) and the mirror is another dyad.
    static func dyads(root: String, source: String, target: String) -> [(source: String, target: String)] {
        guard CameoRoot(code: root)?.isSymmetric == true, source != target, !target.isEmpty else {
            return [(source, target)]
        }
        return [(source, target), (target, source)]
    }

    /// How strong a mention is as the face of its event: lower is stronger.
    static func rank(status: Status, basis: DateBasis) -> Int {
        FusedStatus.rank(status) * 2 + (basis == .text ? 0 : 1)
    }

    /// How precise a mention's date is: lower is more precise; dates from the text beat the article's.
    static func dateScore(_ span: DaySpan?, basis: DateBasis) -> Int {
        guard let span else { return 1 << 40 }
        return (basis == .text ? 0 : 1_000_000) + span.width
    }
}
