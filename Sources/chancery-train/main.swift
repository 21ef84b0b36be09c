import ChanceryCore
import Foundation

/// `chancery-train`: trains the UPOS tagger and the dependency parser on UD English EWT and writes the model
/// file the package ships. Deterministic for a seed.
struct TrainOptions {
    var train = "../shared/data/ud-english-ewt/en_ewt-ud-train.conllu"
    var dev = "../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu"
    var out = "Sources/ChanceryCore/Resources/Syntax/en-ewt.model"
    var seed: UInt64 = 1
    var taggerEpochs = 8
    var secondEpochs = 0
    var backward = false
    var parserEpochs = 12
    var folds = 4
    var minimumWeight = 1
    var prune = 1
    var pruneTagger: Int?
    var pruneModel: String?
    var averageModels: [String] = []
    var averageTaggers = false
    var taggerOnly = false

    static let usage = """
        usage: chancery-train [--train FILE] [--dev FILE] [--out FILE] [--seed N] [--tagger-epochs N]
                              [--second-pass-epochs N] [--backward] [--parser-epochs N] [--jackknife FOLDS] [--prune STEPS]
                              [--prune-tagger STEPS] [--tagger-only] [--average-models FILE,FILE... [--average-taggers]]
        Trains on --train, keeps the epochs that score best on --dev, writes --out.
        --prune drops weights under STEPS quantisation steps (of 32767) before writing, to keep the file small.
        --prune-tagger STEPS prunes the tagger's tables at STEPS instead (they are small, and their pruning costs
        every later stage).
        --prune-model FILE prunes a trained model at --prune and writes --out, without training.
        --average-models A,B,... writes --out with A's tagger and the mean of every model's parser weights (runs
        of other seeds or tags), pruned at --prune, without training; --average-taggers averages their taggers too
        (which must read in the same direction, with as many passes).
        --second-pass-epochs N adds a second tagger pass that reads the first pass's classes of the words ahead,
        trained on first-pass classes jackknifed over the --jackknife folds (0, the default: one pass).
        --backward makes the first tagger pass read sentences right to left.
        --jackknife 0 trains the parser on gold tags instead of jackknifed predicted ones.
        --tagger-only trains and scores the tagger alone and writes nothing (seconds, for trying features).
        """

    /// Reads the command line; a message for the user on anything it does not understand.
    init(_ args: [String]) throws {
        var i = 0
        func value() throws -> String {
            i += 1
            guard i < args.count else { throw TrainError("\(args[i - 1]) needs a value\n\(TrainOptions.usage)") }
            return args[i]
        }
        func number(_ s: String) throws -> Int {
            guard let n = Int(s), n >= 0 else { throw TrainError("\(args[i - 1]) \(s): not a number ≥ 0") }
            return n
        }
        while i < args.count {
            switch args[i] {
            case "--train": train = try value()
            case "--dev": dev = try value()
            case "--out": out = try value()
            case "--seed": seed = UInt64(try number(try value()))
            case "--tagger-epochs": taggerEpochs = max(1, try number(try value()))
            case "--second-pass-epochs": secondEpochs = try number(try value())
            case "--backward": backward = true
            case "--parser-epochs": parserEpochs = max(1, try number(try value()))
            case "--jackknife": folds = try number(try value())
            case "--prune-model": pruneModel = try value()
            case "--average-models": averageModels = try value().split(separator: ",").map(String.init)
            case "--average-taggers": averageTaggers = true
            case "--prune": prune = max(1, try number(try value()))
            case "--prune-tagger": pruneTagger = max(1, try number(try value()))
            case "--tagger-only": taggerOnly = true
            case "-h", "--help":
                print(TrainOptions.usage)
                exit(0)
            default: throw TrainError("unknown argument \(args[i])\n\(TrainOptions.usage)")
            }
            i += 1
        }
    }
}

/// A message for the user.
struct TrainError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// Reads gold sentences, saying how many were unusable.
func readSentences(_ path: String) throws -> [TrainingSentence] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        throw TrainError("cannot read \(path): give the treebank file with --train or --dev")
    }
    let all = CoNLLUSentence.parse(text)
    let usable = all.compactMap(TrainingSentence.init).filter { !$0.words.isEmpty }
    log("\(path): \(usable.count) sentences (\(all.count - usable.count) without a full annotation, skipped)")
    return usable
}

func log(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

/// Prunes a trained model at `--prune` (the tagger at `--prune-tagger`), writes it to `--out` and scores the file on
/// dev, with its own tags and with gold ones.
func writePruned(_ trained: SyntaxModel, _ o: TrainOptions) throws {
    let dev = try readSentences(o.dev)
    let bytes = try trained.pruned(minimum: o.prune, tagger: o.pruneTagger).serialized()
    try Data(bytes).write(to: URL(fileURLWithPath: o.out))
    // Scored as read back, since the file rounds a format 3 model's weights to 8-bit codes.
    let model = try SyntaxModel(bytes: bytes, path: o.out)
    log("pruned at \(o.prune) (tagger \(o.pruneTagger ?? o.prune)): \(bytes.count) bytes, dev \(SyntaxScore.of(model, on: dev))")
    log("with gold tags: dev \(SyntaxScore.withGoldTags(model, on: dev))")
}

func run() throws {
    let o = try TrainOptions(Array(CommandLine.arguments.dropFirst()))
    let clock = ContinuousClock()
    let start = clock.now
    if !o.averageModels.isEmpty {
        let models = try o.averageModels.map { try SyntaxModel(contentsOf: URL(fileURLWithPath: $0)) }
        guard let mean = SyntaxModel.averaging(models, taggers: o.averageTaggers) else {
            throw TrainError(
                "\(o.averageModels.joined(separator: ", ")): the models' tag sets differ, or their taggers do not "
                    + "read alike (then leave out --average-taggers)")
        }
        try writePruned(mean, o)
        return
    }
    if let input = o.pruneModel {
        try writePruned(try SyntaxModel(contentsOf: URL(fileURLWithPath: input)), o)
        return
    }
    let train = try readSentences(o.train)
    let dev = try readSentences(o.dev)
    let tagSet = TagSet.of(train)
    log("tagger: \(tagSet.count) classes (UPOS-XPOS pairs)")
    let tagging = TaggerTraining(
        epochs: o.taggerEpochs, secondEpochs: o.secondEpochs, backward: o.backward, folds: max(2, o.folds), minimumWeight: o.minimumWeight,
        seed: o.seed)
    let (tagger, kept) = tagging.train(train, tagSet: tagSet, dev: dev, log: log)
    log(
        "tagger: epoch \(kept.epochs) kept\(o.secondEpochs > 0 ? ", second pass epoch \(kept.secondEpochs)" : ""), "
            + "dev UPOS \(String(format: "%.4f", TaggerTraining.accuracy(tagger, dev))), \(clock.now - start)")
    if o.taggerOnly { return }
    let trainTags = kept.jackknife(train, tagSet: tagSet, folds: o.folds, log: log)
    let devTags = dev.map { tagger.classes($0.words) }
    let parsing = ParserTraining(epochs: o.parserEpochs, minimumWeight: o.minimumWeight, seed: o.seed)
    let (parser, parserEpoch) = parsing.train(train, tagSet: tagSet, tags: trainTags, dev: dev, devTags: devTags, log: log)
    log("parser: epoch \(parserEpoch) kept, \(clock.now - start)")
    let full = SyntaxModel(tagger: tagger, parser: parser)
    for steps in [1, 2, 4, 8, 16, 32] {
        let p = full.pruned(minimum: steps)
        log("pruned at \(steps): \(try p.serialized().count) bytes, dev \(SyntaxScore.of(p, on: dev))")
    }
    let model = full.pruned(minimum: o.prune, tagger: o.pruneTagger)
    let bytes = try model.serialized()
    let url = URL(fileURLWithPath: o.out)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
    let reread = try SyntaxModel(bytes: bytes, path: o.out)
    log("dev: \(SyntaxScore.of(reread, on: dev))")
    log("wrote \(o.out): \(bytes.count) bytes, \(clock.now - start) in all")
}

do { try run() } catch {
    log("error: \(error)")
    exit(1)
}
