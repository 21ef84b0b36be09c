import ArgumentParser
import ChanceryCore
import Foundation

/// `chancery inspect`: each sentence with the actors and time expressions found in it, to see why an event was or was not coded.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show sentences with their actor mentions and time expressions.")

    @OptionGroup var input: InputOptions

    func run() throws {
        let pipeline = try input.loadPipeline()
        let ok = input.process { doc in
            let coded = pipeline.run(doc)
            let bytes = Array(doc.text.utf8)
            var out = "# \(doc.id) (\(doc.date?.description ?? "undated"))\n"
            for (i, s) in coded.analysis.sentences.enumerated() {
                let t = coded.analysis.tokens
                out +=
                    "[\(s.index)] "
                    + TextSlice.string(
                        bytes, from: t[s.tokens.lowerBound].byteStart, to: t[s.tokens.upperBound - 1].byteEnd) + "\n"
                for m in coded.mentions[i] {
                    out +=
                        "    actor: \(m.text) → \(m.actor) \(m.code) (\(m.kind.rawValue)\(m.isLocative ? ", locative" : "")\(m.isUnplacedName ? ", unplaced" : ""))\n"
                }
                for x in coded.times[i] { out += "    time: \(x.text) → \(x.kind.rawValue) \(x.value)\n" }
                for e in coded.events where e.sentence == s.index {
                    out +=
                        "    event: \(e.source.code) → \(e.target?.code ?? "-") \(e.code.cameo) \(e.status.rawValue) \(e.date.value ?? "-")\n"
                }
            }
            return out
        }
        if !ok { throw ExitCode(1) }
    }
}
