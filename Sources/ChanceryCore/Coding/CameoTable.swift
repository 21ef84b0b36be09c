import Foundation

/// The CAMEO code table (`Coding/cameo.tsv`): labels, Goldstein scores and PLOVER types.
public struct CameoTable: Sendable {
    private var codes: [String: EventCode] = [:]

    /// Loads the table from the resources.
    public init(locator: ResourceLocator) {
        for url in locator.files(in: "Coding", named: "cameo.tsv") {
            for (_, c) in TSVFile.rows(url).rows where c.count >= 3 && c[0] != "code" {
                codes[c[0]] = EventCode(cameo: c[0], goldstein: Double(c[2]) ?? 0, plover: c.count > 3 ? c[3] : "", label: c[1])
            }
        }
    }

    /// The code with its facts; codes missing from the table inherit from their parent.
    public func code(_ cameo: String) -> EventCode? {
        if let c = codes[cameo] { return c }
        var parent = cameo
        while parent.count > 2 {
            parent.removeLast()
            if var c = codes[parent] { c.cameo = cameo; return c }
        }
        return nil
    }

    /// Whether the table knows the code.
    public func contains(_ cameo: String) -> Bool { codes[cameo] != nil }

    /// Number of codes.
    public var count: Int { codes.count }
}
