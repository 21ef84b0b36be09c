import ChanceryCore

/// How one fused event's status follows from the statuses of all its mentions.
///
/// A fused event is `contested` when some source presents it as having happened (asserted or reported)
/// and another denies or negates it. Otherwise the strongest presentation wins, in the order
/// asserted, reported, unconfirmed, planned, hypothetical, denied, negated: one outlet stating a
/// meeting as fact outweighs others only reporting it.
public enum FusedStatus: String, Sendable, CaseIterable {
    /// Some mention states it as fact and none denies it.
    case asserted
    /// The strongest mention reports it on someone's word and none denies it.
    case reported
    /// The strongest mention calls it unconfirmed.
    case unconfirmed
    /// The strongest mention says it is planned.
    case planned
    /// The strongest mention says it might happen.
    case hypothetical
    /// The strongest mention denies it and none says it happened.
    case denied
    /// Every mention says it did not happen.
    case negated
    /// Some mention says it happened and another denies or negates it.
    case contested

    /// The order of strength of mention statuses, strongest first.
    public static let order: [Status] = [.asserted, .reported, .unconfirmed, .planned, .hypothetical, .denied, .negated]

    /// The bit a status sets in a mask of seen statuses.
    public static func bit(_ status: Status) -> Int { 1 << (order.firstIndex(of: status) ?? 0) }

    /// Rank of a status: lower is stronger.
    public static func rank(_ status: Status) -> Int { order.firstIndex(of: status) ?? order.count }

    /// The fused status of a mask of seen statuses.
    public static func status(mask: Int) -> FusedStatus {
        let happened = mask & (bit(.asserted) | bit(.reported)) != 0
        let disputed = mask & (bit(.denied) | bit(.negated)) != 0
        if happened && disputed { return .contested }
        for s in order where mask & bit(s) != 0 { return FusedStatus(s) }
        return .asserted
    }

    /// The fused status of an event all of whose mentions have `status`.
    public init(_ status: Status) {
        switch status {
        case .asserted: self = .asserted
        case .reported: self = .reported
        case .unconfirmed: self = .unconfirmed
        case .planned: self = .planned
        case .hypothetical: self = .hypothetical
        case .denied: self = .denied
        case .negated: self = .negated
        }
    }

    /// Every value `status(mask:)` can give, as filters and documentation spell them.
    public static let allValues = allCases.map(\.rawValue)
}
