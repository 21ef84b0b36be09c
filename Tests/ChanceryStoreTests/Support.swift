import ChanceryCore
import ChanceryStore
import Foundation

/// The pipeline over the built-in resources, loaded once for all store tests.
let pipeline = Pipeline(resources: Resources())

/// The package root, to find `Examples/` and the built `chancery` binary.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A fresh store file in a new temporary folder.
func temporaryStorePath() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chancery-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent("test.sqlite").path
}

/// Codes documents as `chancery ingest` does.
func coded(_ docs: [Document]) -> [StoredDocument] {
    docs.map { StoredDocument(document: $0, events: pipeline.run($0).events) }
}

/// Reads every document under a path.
func readDocuments(_ path: String) -> [Document] {
    var docs: [Document] = []
    DocumentReader().read(paths: [path], emit: { docs.append($0) }, report: { _ in })
    return docs
}

/// Three reports written for these tests: two outlets report the Bonne–Ushakov meeting in different words, a third says it was denied.
let bonneReports = [
    Document(
        id: "outlet-a",
        text: "French diplomatic adviser Emmanuel Bonne met Kremlin aide Yury Ushakov in Moscow on Tuesday, "
            + "Bloomberg reported, citing anonymous sources.", date: Day(iso: "2026-02-05"), source: "Outlet A"),
    Document(
        id: "outlet-b",
        text: "Emmanuel Bonne, the diplomatic adviser of French President Emmanuel Macron, held talks with Russian "
            + "presidential aide Yury Ushakov in the Russian capital on February 3, French media said.",
        date: Day(iso: "2026-02-06"), url: "https://www.example.org/news/1"),
    Document(
        id: "outlet-c",
        text: "The Kremlin denied that Yury Ushakov met French diplomatic adviser Emmanuel Bonne on Tuesday.",
        date: Day(iso: "2026-02-06"), source: "Outlet C")
]

/// Runs the built `chancery` binary; returns its exit status, standard output and standard error.
@discardableResult
func runChancery(_ arguments: [String], environment: [String: String] = [:]) throws -> (
    status: Int32, out: String, err: String
) {
    let process = try chanceryProcess(arguments)
    if !environment.isEmpty {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
        process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self)
    )
}

/// A `chancery` child process, from the build folder the tests run in.
func chanceryProcess(_ arguments: [String]) throws -> Process {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
        "chancery")
    var candidates = [binary.path]
    for config in ["debug", "release"] {
        candidates.append(packageRoot.appendingPathComponent(".build/\(config)/chancery").path)
    }
    guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "chancery binary (build it with swift build)"])
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    return process
}
