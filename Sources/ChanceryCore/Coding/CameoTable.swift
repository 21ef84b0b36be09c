import Foundation

/// The CAMEO code table (`Coding/cameo.tsv`): labels, Goldstein scores and PLOVER types.
public struct CameoTable: Sendable {
    private var codes: [String: CameoCode] = [:]
    /// Rows that could not be read, with file and line (they are skipped; the README promises a report).
    public private(set) var problems: [TSVFile.Problem] = []

    /// Loads the table from the resources.
    public init(locator: ResourceLocator) {
        for url in locator.files(in: "Coding", named: "cameo.tsv") {
            let file = TSVFile.rows(url)
            problems += file.problems
            for (line, c) in file.rows where c.first != "code" {
                guard c.count >= 3, !c[0].isEmpty, c[0].allSatisfy(\.isASCII), let goldstein = Double(c[2]),
                    goldstein.isFinite,
                    let code = CameoCode(
                        cameo: c[0], goldstein: goldstein, plover: c.count > 3 ? c[3] : "", label: c[1])
                else {
                    problems.append(
                        .init(
                            file: url.path, line: line,
                            message:
                                "expected code (two digits 01-20, then more)<TAB>label<TAB>Goldstein score[<TAB>PLOVER]; row skipped"
                        ))
                    continue
                }
                codes[c[0]] = code
            }
        }
    }

    /// The code with its facts; codes missing from the table inherit from their parent.
    public func code(_ cameo: String) -> CameoCode? {
        if let c = codes[cameo] { return c }
        var parent = cameo
        while parent.count > 2 {
            parent.removeLast()
            if var c = codes[parent] {
                c.cameo = cameo
                return c
            }
        }
        return nil
    }

    /// Whether the table knows the code.
    public func contains(_ cameo: String) -> Bool { codes[cameo] != nil }

    /// Number of codes.
    public var count: Int { codes.count }
}
