import ChanceryCore

/// How one fused event's status follows from the statuses of all its mentions.
///
/// A fused event is `contested` when some source presents it as having happened (asserted or reported)
/// and another denies or negates it. Otherwise the strongest presentation wins, in the order
/// asserted, reported, unconfirmed, planned, hypothetical, denied, negated: one outlet stating a
/// meeting as fact outweighs others only reporting it.
public enum FusedStatus {
    /// The order of strength, strongest first.
    public static let order: [Status] = [.asserted, .reported, .unconfirmed, .planned, .hypothetical, .denied, .negated]

    /// The bit a status sets in a mask of seen statuses.
    public static func bit(_ status: Status) -> Int { 1 << (order.firstIndex(of: status) ?? 0) }

    /// Rank of a status: lower is stronger.
    public static func rank(_ status: Status) -> Int { order.firstIndex(of: status) ?? order.count }

    /// The fused status of a mask of seen statuses.
    public static func status(mask: Int) -> String {
        let happened = mask & (bit(.asserted) | bit(.reported)) != 0
        let disputed = mask & (bit(.denied) | bit(.negated)) != 0
        if happened && disputed { return "contested" }
        for s in order where mask & bit(s) != 0 { return s.rawValue }
        return Status.asserted.rawValue
    }

    /// Every value `status(mask:)` can give, for filters and documentation.
    public static let allValues = order.map(\.rawValue) + ["contested"]
}
