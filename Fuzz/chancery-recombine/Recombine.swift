import ChanceryCore
import ChanceryFuzzing
import Foundation

/// Codes recombined real sentences in bulk, to find the inputs that trap the pipeline before users do.
///
///     chancery-recombine --seed 1 --count 100000 ../shared/corpus/dev Examples
///     chancery-recombine --seed 1 --from 41200 --count 10 --print Examples    # the documents, as JSON Lines
///
/// A trap ends the process with the Swift backtrace; the last progress line names the batch that held it, and
/// `--from`/`--count` with `--print` give its documents again (they follow from the seed and their number).
@main
struct Recombine {
    static func main() {
        var seed: UInt64 = 1, count = 10_000, from = 0, printOnly = false, jobs = ProcessInfo.processInfo.activeProcessorCount
        var paths: [String] = []
        var args = CommandLine.arguments.dropFirst()
        while let a = args.popFirst() {
            switch a {
            case "--seed": seed = args.popFirst().flatMap { UInt64($0) } ?? seed
            case "--count": count = args.popFirst().flatMap { Int($0) } ?? count
            case "--from": from = args.popFirst().flatMap { Int($0) } ?? from
            case "--jobs": jobs = args.popFirst().flatMap { Int($0) } ?? jobs
            case "--print": printOnly = true
            default: paths.append(a)
            }
        }
        var texts: [String] = []
        DocumentReader().read(paths: paths.isEmpty ? ["Examples"] : paths, emit: { texts.append($0.text) },
                              report: { FileHandle.standardError.write(Data("\($0)\n".utf8)) })
        let recombiner = SentenceRecombiner(texts: texts, seed: seed)
        if printOnly {
            for i in from..<(from + count) { print(record(recombiner.document(at: i))) }
            return
        }
        let pipeline = Pipeline(resources: Resources())
        FileHandle.standardError.write(Data("seed \(seed): \(recombiner.sentences.count) sentences from \(texts.count) texts\n".utf8))
        let start = Date()
        var events = 0
        let batch = 1_000
        var i = from
        while i < from + count {
            let n = min(batch, from + count - i)
            FileHandle.standardError.write(Data("coding documents \(i)..<\(i + n)\n".utf8))
            let docs = (i..<(i + n)).map(recombiner.document(at:))
            events += ParallelMap.map(docs, jobs: jobs) { pipeline.run($0).events.count }.reduce(0, +)
            i += n
        }
        let seconds = Date().timeIntervalSince(start)
        print("seed \(seed): \(count) documents from \(from), no trap, \(events) events, \(String(format: "%.1f", seconds)) s")
    }

    /// A document as a JSON Lines record that `chancery code` reads.
    static func record(_ d: Document) -> String {
        var fields: [(String, JSON)] = [("id", .string(d.id)), ("text", .string(d.text))]
        if let date = d.date { fields.append(("date", .string(date.description))) }
        return JSON.object(fields).serialized
    }
}
