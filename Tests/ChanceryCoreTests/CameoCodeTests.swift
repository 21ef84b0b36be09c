import Foundation
import Testing

@testable import ChanceryCore

/// CAMEO roots and codes as typed values: digits, quad classes, the families rules reason with.
@Suite struct CameoCodeTests {
    @Test func rootsReadFromTheirDigits() {
        #expect(CameoRoot(code: "042") == .consult)
        #expect(CameoRoot(code: "20") == .massViolence)
        #expect(CameoRoot(code: "0841") == .yield)
        for bad in ["", "4", "00", "21", "x4", "-1", "٠٤"] { #expect(CameoRoot(code: bad) == nil, "\(bad)") }
        #expect(CameoRoot.allCases.map(\.digits) == (1...20).map { $0 < 10 ? "0\($0)" : "\($0)" })
    }

    @Test func quadClassesFollowTheCodebook() {
        #expect(CameoRoot.allCases.map(\.quad) == [1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4])
    }

    @Test func familiesAreTheCodebooks() {
        #expect(CameoRoot.allCases.filter(\.isSymmetric) == [.consult, .diplomaticCooperation, .materialCooperation])
        #expect(CameoRoot.allCases.filter(\.isForce) == [.assault, .fight, .massViolence])
        #expect(
            CameoRoot.allCases.filter(\.letsPlaceStandForTarget) == [
                .provideAid, .yield, .assault, .fight, .massViolence
            ])
        #expect(!CameoRoot.protest.isHostile && CameoRoot.reject.isHostile)
    }

    @Test func tableRefusesCodesWithoutARoot() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("Coding"), withIntermediateDirectories: true)
        try "code\tlabel\tgoldstein\n042\tMake a visit\t1.9\tCONSULT\n99\tNo such root\t0\n"
            .write(to: folder.appendingPathComponent("Coding/cameo.tsv"), atomically: true, encoding: .utf8)
        let table = CameoTable(locator: ResourceLocator(folders: [folder]))
        #expect(table.code("0421")?.root == .consult)
        #expect(table.code("99") == nil)
        #expect(table.problems.count == 1 && table.problems.first?.line == 3)
    }
}
