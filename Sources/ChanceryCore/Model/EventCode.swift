/// A CAMEO event code with its root, quad class, Goldstein score and PLOVER type.
public struct EventCode: Sendable, Hashable {
    /// The code, "042".
    public var cameo: String
    /// Its first two digits.
    public var root: String { String(cameo.prefix(2)) }
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public var quad: Int {
        switch Int(root) ?? 0 {
        case 1...5: return 1
        case 6...8: return 2
        case 9...13: return 3
        default: return 4
        }
    }
    /// Goldstein score.
    public var goldstein: Double
    /// PLOVER event type, empty where PLOVER drops the code.
    public var plover: String
    /// Label from the codebook.
    public var label: String
}
