/// A CAMEO root: the event family named by a code's first two digits, from 01 (make public statement) to 20
/// (use unconventional mass violence), with the facts the coder and the store reason with.
public enum CameoRoot: Int, Sendable, Hashable, CaseIterable, Comparable {
    case makePublicStatement = 1
    case appeal, expressIntentToCooperate, consult, diplomaticCooperation, materialCooperation,
        provideAid, yield, investigate, demand, disapprove, reject, threaten, protest, exhibitForcePosture,
        reduceRelations, coerce, assault, fight, massViolence

    /// The root of a code ("042" is `.consult`); nil when the code does not open with two digits from 01 to 20.
    @inlinable public init?(code: some StringProtocol) {
        let digits = code.utf8.prefix(2)
        guard digits.count == 2, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        let value = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        self.init(rawValue: value)
    }

    /// The two digits as the codebook writes them ("04").
    public var digits: String { rawValue < 10 ? "0\(rawValue)" : "\(rawValue)" }

    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public var quad: Int {
        switch rawValue {
        case 1...5: return 1
        case 6...8: return 2
        case 9...13: return 3
        default: return 4
        }
    }

    /// Whether A doing it with B is B doing it with A: consulting and cooperating, diplomatically or materially.
    public var isSymmetric: Bool { self == .consult || self == .diplomaticCooperation || self == .materialCooperation }

    /// Whether an act among several subjects alone is reciprocal ("Russia and Ukraine met"): intent, talks, cooperation.
    public var isReciprocalAmongSubjects: Bool { self == .expressIntentToCooperate || isSymmetric }

    /// Whether the act is force: assault, fighting, mass violence.
    public var isForce: Bool { self >= .assault }

    /// Whether the act may name no target, so that the place it happens in stands in: aid, yielding, force.
    public var letsPlaceStandForTarget: Bool { self == .provideAid || self == .yield || isForce }

    /// Whether the act hits its object, so that an object known only by its country's adjective is still its target.
    public var isHostile: Bool {
        switch self {
        case .disapprove, .reject, .threaten, .reduceRelations, .coerce, .assault, .fight, .massViolence: return true
        default: return false
        }
    }

    /// Whether what follows the act is only asked for, not done: appeals and demands ("urged Russia to withdraw").
    public var asksForAnAct: Bool { self == .appeal || self == .demand }

    /// Orders roots by their number.
    public static func < (a: CameoRoot, b: CameoRoot) -> Bool { a.rawValue < b.rawValue }
}
