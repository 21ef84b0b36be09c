/// A CAMEO event code with its root, quad class, Goldstein score and PLOVER type, as the code table gives them.
public struct CameoCode: Sendable, Hashable {
    /// The code, "042".
    public var cameo: String
    /// Its family, read from the first two digits.
    public var root: CameoRoot
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public var quad: Int { root.quad }
    /// Goldstein score.
    public var goldstein: Double
    /// PLOVER event type, empty where PLOVER drops the code.
    public var plover: String
    /// Label from the codebook.
    public var label: String

    /// A code of the table; nil when `cameo` does not open with a root from 01 to 20.
    public init?(cameo: String, goldstein: Double, plover: String, label: String) {
        guard let root = CameoRoot(code: cameo) else { return nil }
        self.cameo = cameo
        self.root = root
        self.goldstein = goldstein
        self.plover = plover
        self.label = label
    }

    /// Whether the place the act names can stand in for its unnamed target: the root's acts (aid, yielding, force),
    /// and a curfew, state of emergency or martial law, which restrict the people of the place they are imposed on.
    public var letsPlaceStandForTarget: Bool { root.letsPlaceStandForTarget || restrictsAPlace }

    /// Whether the act restricts the people of a place: a curfew, a state of emergency or siege, martial law.
    public var restrictsAPlace: Bool { isWithin("1723") || isWithin("1724") }

    /// Whether the code is `other` or one of its descendants ("0841" is within "084").
    public func isWithin(_ other: String) -> Bool { cameo.hasPrefix(other) }
}
