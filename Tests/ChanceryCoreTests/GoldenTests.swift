import ChanceryCore
import Foundation
import Testing

/// `chancery code` and `chancery times` on the examples and the dev sets, diffed against the checked-in golden files,
/// so that every change shows its effect on events as a diff. `Scripts/update-golden.sh` regenerates them on purpose.
@Suite struct GoldenTests {
    /// One golden file: what is read, which output is compared, and where the input lives.
    struct Case: CustomTestStringConvertible, Sendable {
        let golden: String
        let input: String
        let times: Bool
        var testDescription: String { golden }
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
        .standardized
    static let goldenFolder = packageRoot.appendingPathComponent("Tests/ChanceryCoreTests/Golden")
    /// The read-only referee folder beside the repository (or `$CHANCERY_SHARED`), which holds the dev sets.
    static let shared: URL = {
        if let env = ProcessInfo.processInfo.environment["CHANCERY_SHARED"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        return packageRoot.appendingPathComponent("../shared").standardized
    }()
    static var sharedCorpusExists: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus/dev").path)
    }

    static let devSets = [
        Case(golden: "dev.events.jsonl", input: "corpus/dev", times: false),
        Case(golden: "plover-gsr.events.jsonl", input: "corpus/plover-gsr/documents.jsonl", times: false),
        Case(golden: "plv-dev.events.jsonl", input: "corpus/plv-dev/documents.jsonl", times: false),
        Case(golden: "timex-meantime.times.jsonl", input: "corpus/timex-meantime/documents.jsonl", times: true),
        Case(golden: "timex-tbaq.times.jsonl", input: "corpus/timex-tbaq/documents.jsonl", times: true)
    ]

    @Test func examplesMatchTheirGoldenFile() throws {
        try compare(
            Case(
                golden: "examples.events.jsonl", input: GoldenTests.packageRoot.appendingPathComponent("Examples").path,
                times: false))
    }

    /// The dev sets live outside the repository (`../shared`); where they are absent the comparison cannot run.
    @Test(
        .enabled(
            if: GoldenTests.sharedCorpusExists, "the dev sets are not beside this clone (../shared or $CHANCERY_SHARED)"
        ),
        arguments: GoldenTests.devSets)
    func devSetMatchesItsGoldenFile(_ set: Case) throws {
        try compare(
            Case(golden: set.golden, input: GoldenTests.shared.appendingPathComponent(set.input).path, times: set.times)
        )
    }

    /// Codes the input as the CLI does and compares line by line; a mismatch writes the output to /tmp for `diff`.
    func compare(_ set: Case) throws {
        var actual = ""
        DocumentReader().read(
            paths: [set.input],
            emit: { doc in
                if set.times {
                    for t in sharedPipeline.times(doc) {
                        Records.time(t, doc: doc.id).write(into: &actual)
                        actual += "\n"
                    }
                } else {
                    for e in sharedPipeline.run(doc).events {
                        Records.event(e).write(into: &actual)
                        actual += "\n"
                    }
                }
            }, report: { _ in })  // a dev file's bad record (MEANTIME has one date the reader refuses) is the reader tests' business
        let expected = try String(
            contentsOf: GoldenTests.goldenFolder.appendingPathComponent(set.golden), encoding: .utf8)
        guard actual != expected else { return }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("chancery-golden-\(set.golden)")
        try actual.write(to: out, atomically: true, encoding: .utf8)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        Issue.record(
            """
            \(set.golden): output differs from the golden file at line \(first + 1) (\(a.count - 1) lines now, \(e.count - 1) expected).
            now:      \(first < a.count ? a[first] : "(end)")
            expected: \(first < e.count ? e[first] : "(end)")
            See `diff \(GoldenTests.goldenFolder.path)/\(set.golden) \(out.path)`; if the change is meant, run Scripts/update-golden.sh.
            """)
    }
}
