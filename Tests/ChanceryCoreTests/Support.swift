import ChanceryCore
import Foundation

/// The pipeline over the built-in resources, loaded once for all tests.
let sharedPipeline = Pipeline(resources: Resources())

/// Codes a text published on `date` and returns its events.
func events(_ text: String, date: String = "2026-02-05", id: String = "t") -> [Event] {
    sharedPipeline.run(Document(id: id, text: text, date: Day(iso: date))).events
}

/// The (source, target, root) triples of events, for compact expectations.
func dyads(_ events: [Event]) -> [String] {
    events.map { "\($0.source.country)-\($0.target?.country ?? "none")-\($0.code.root.digits)" }
}

/// The (source, target, CAMEO code) triples of events, an empty target for none.
func codedDyads(_ events: [Event]) -> [String] {
    events.map { "\($0.source.country)-\($0.target?.country ?? "")-\($0.code.cameo)" }
}

/// Reads documents from raw bytes as the CLI would, collecting documents and errors.
func readBytes(_ bytes: [UInt8], name: String, jsonLines: Bool? = nil, reader: DocumentReader = DocumentReader()) -> (
    [Document], [ReadError]
) {
    var docs: [Document] = []
    var errors: [ReadError] = []
    reader.readData(
        Data(bytes), name: name, id: ((name as NSString).lastPathComponent as NSString).deletingPathExtension,
        jsonLines: jsonLines,
        emit: { docs.append($0) }, report: { errors.append($0) })
    return (docs, errors)
}

/// A temporary folder removed by the caller.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("chancery-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
