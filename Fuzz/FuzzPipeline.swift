import Foundation

// The libFuzzer target over the whole pipeline: bytes are read as the CLI reads a file (text or JSON Lines, crawl
// layout or plain), then every document is coded and its time expressions tagged. Built by Fuzz/run.sh together with
// ChanceryCore's sources into one module, so the pipeline's internals are instrumented too.

/// SwiftPM generates `Bundle.module` for the package's targets; this build is not one, and finds the resources
/// through `CHANCERY_RESOURCES`, which Fuzz/run.sh sets.
extension Bundle {
    static let module = Bundle.main
}

/// The pipeline, loaded once for every input.
let fuzzPipeline = Pipeline(resources: Resources())
/// Inputs are small: libFuzzer's mutations matter, not size.
let fuzzReader = DocumentReader(defaultDate: Day(year: 2026, month: 2, day: 4), maxDocumentBytes: 1 << 20)

/// One fuzz input: read it, code every document, tag its times. Any trap is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzReader.readData(Data(bytes: data, count: size), name: "fuzz", id: "fuzz", jsonLines: nil, emit: { doc in
        _ = fuzzPipeline.run(doc)
        _ = fuzzPipeline.times(doc)
        _ = fuzzPipeline.resolve(String(doc.text.prefix(200)), year: 2026)
    }, report: { _ in })
    return 0
}
