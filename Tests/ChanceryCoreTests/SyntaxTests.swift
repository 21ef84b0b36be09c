import Foundation
import Testing

@testable import ChanceryCore

@Suite struct SyntaxTests {
    /// Hand-made projective trees as (head node, relation) per word, 0 the root.
    static let trees: [[(Int, DependencyRelation)]] = [
        // The minister met his counterpart in Paris .
        [(2, .det), (3, .nsubj), (0, .root), (5, .nmod), (3, .obj), (7, .case), (3, .obl), (3, .punct)],
        // He said that talks , which began Monday , failed .
        [
            (2, .nsubj), (0, .root), (10, .mark), (10, .nsubj), (7, .punct), (7, .nsubj), (4, .acl), (7, .obl),
            (7, .punct),
            (2, .ccomp), (2, .punct)
        ],
        // Stop
        [(0, .root)],
        // Rebels and troops clashed
        [(4, .nsubj), (3, .cc), (1, .conj), (0, .root)]
    ]

    func gold(_ tree: [(Int, DependencyRelation)]) -> DynamicOracle {
        DynamicOracle(heads: [-1] + tree.map(\.0), labels: [0] + tree.map { Int($0.1.rawValue) })
    }

    @Test func oracleBuildsTheGoldTree() {
        for tree in SyntaxTests.trees {
            let oracle = gold(tree)
            #expect(DynamicOracle.isProjective(oracle.heads))
            var state = ArcHybrid(words: tree.count)
            var steps = 0
            while !state.isTerminal && steps < 4 * tree.count {
                let move = [ArcHybrid.Move.left, .right, .shift].first { oracle.cost($0, state) == 0 }
                guard let move else {
                    Issue.record("no zero-cost move")
                    break
                }
                let label = move == .shift ? 0 : oracle.labels[state.stack(0)]
                state.apply(move, label: label)
                steps += 1
            }
            #expect(state.isTerminal)
            #expect(steps == 2 * tree.count)
            for (i, (h, r)) in tree.enumerated() {
                #expect(Int(state.nodes[i + 1].head) == h)
                #expect(state.nodes[i + 1].label == r.rawValue)
            }
        }
    }

    @Test func nonProjectiveTreesAreRecognised() {
        // 1 -> 3, 2 -> 4 cross.
        #expect(!DynamicOracle.isProjective([-1, 3, 4, 0, 3]))
    }

    /// A model trained in a moment on the hand-made trees.
    func tinyModel(_ training: TaggerTraining = TaggerTraining(epochs: 3)) -> SyntaxModel {
        let forms = [
            ["The", "minister", "met", "his", "counterpart", "in", "Paris", "."],
            ["He", "said", "that", "talks", ",", "which", "began", "Monday", ",", "failed", "."], ["Stop"],
            ["Rebels", "and", "troops", "clashed"]
        ]
        let tags: [[UPOS]] = [
            [.det, .noun, .verb, .pron, .noun, .adp, .propn, .punct],
            [.pron, .verb, .sconj, .noun, .punct, .pron, .verb, .propn, .punct, .verb, .punct], [.verb],
            [.noun, .cconj, .noun, .verb]
        ]
        var lines: [String] = []
        for (s, tree) in SyntaxTests.trees.enumerated() {
            for (i, (h, r)) in tree.enumerated() {
                lines.append("\(i + 1)\t\(forms[s][i])\t_\t\(tags[s][i].name)\t_\t_\t\(h)\t\(r.name)\t_\t_")
            }
            lines.append("")
        }
        let sentences = CoNLLUSentence.parse(lines.joined(separator: "\n")).compactMap(TrainingSentence.init)
        let (tagger, _) = training.train(sentences, dev: [])
        let classes = sentences.map(tagger.tagSet.classes)
        let (parser, _) = ParserTraining(epochs: 3).train(sentences, tagSet: tagger.tagSet, tags: classes, dev: [], devTags: [])
        return SyntaxModel(tagger: tagger, parser: parser)
    }

    @Test func modelFileRoundTrips() throws {
        let model = tinyModel()
        let bytes = try model.serialized()
        let reread = try SyntaxModel(bytes: bytes)
        #expect(try reread.serialized() == bytes)
        let words = ["The", "minister", "met", "his", "counterpart", "in", "Paris", "."].map(SyntaxWord.init)
        #expect(reread.analyze(words) == model.analyze(words))
    }

    /// A tagger with a right-to-left first pass and a second pass over it comes back from its file whole.
    @Test func twoPassTaggerRoundTrips() throws {
        let model = tinyModel(TaggerTraining(epochs: 3, secondEpochs: 2, backward: true, folds: 2))
        #expect(model.tagger.second != nil && model.tagger.backward)
        let bytes = try model.serialized()
        let reread = try SyntaxModel(bytes: bytes)
        #expect(try reread.serialized() == bytes)
        #expect(reread.tagger.second != nil && reread.tagger.backward)
        let words = ["Rebels", "and", "troops", "clashed", "in", "Paris"].map(SyntaxWord.init)
        #expect(reread.analyze(words) == model.analyze(words))
    }

    /// The 8-bit weight codes keep small weights exactly, large ones to within 4 %, and their sign.
    @Test func weightCodesKeepWeightsClose() {
        for w in [Int16(-32767), -5000, -33, -32, -1, 0, 1, 7, 32, 33, 100, 487, 12345, 32767] {
            let r = WeightCode.rounded(w)
            #expect(w.magnitude <= 32 ? r == w : abs(Double(r) - Double(w)) <= 0.04 * Double(w.magnitude))
            #expect(WeightCode.values[Int(WeightCode.code(w))] == r)
        }
        let magnitudes = WeightCode.values[1...127]
        #expect(zip(magnitudes, magnitudes.dropFirst()).allSatisfy { $0 < $1 })
    }

    /// Two features whose keys fold to the same 32 bits share one row, the sum of theirs.
    @Test func coincidingKeysAddTheirRows() {
        let a: UInt64 = 0x1_0000_0004
        let b: UInt64 = 5
        #expect(FeatureTable.stored(a) == FeatureTable.stored(b))
        let table = FeatureTable(
            classes: 2, keys: [a, b], counts: [1, 2], entries: [0 << 16 | 10, 0 << 16 | 7, 1 << 16 | 3])
        #expect(table.keys.count == 1)
        var scores = [Int32](repeating: 0, count: 2)
        [a].withUnsafeBufferPointer { f in scores.withUnsafeMutableBufferPointer { table.score(f, into: $0.baseAddress!) } }
        #expect(scores == [17, 3])
    }

    @Test func damagedOrMissingModelIsATypedError() throws {
        let bytes = try tinyModel().serialized()
        for cut in [0, 5, 12, bytes.count / 2, bytes.count - 1] {
            #expect(throws: SyntaxModelError.self) { try SyntaxModel(bytes: Array(bytes.prefix(cut))) }
        }
        var flipped = bytes
        flipped[3] ^= 0xFF
        #expect(throws: SyntaxModelError.self) { try SyntaxModel(bytes: flipped) }
        let url = URL(fileURLWithPath: "/nonexistent/en-ewt.model")
        #expect(throws: SyntaxModelError.missing(path: url.path)) { try SyntaxModel(contentsOf: url) }
        let loader = SyntaxModelLoader(locator: ResourceLocator(folders: [URL(fileURLWithPath: "/nonexistent")]))
        #expect(throws: SyntaxModelError.self) { try loader.model() }
    }

    @Test func oddSentencesDoNotTrap() throws {
        let model = try SyntaxModelLoader().model()
        #expect(model.analyze(forms: []).count == 0)
        let one = model.analyze(forms: ["Hello"])
        #expect(one.heads == [-1] && one.relations == [.root])
        let long = (0..<500).map { ["the", "talks", ",", "in", "Geneva", "and", "of", "1999", "failed", "!!"][$0 % 10] }
        let parse = model.analyze(forms: long)
        #expect(parse.count == 500)
        #expect(parse.heads.filter { $0 == -1 }.count == 1)
        #expect(parse.heads.allSatisfy { $0 >= -1 && $0 < 500 })
        #expect(model.analyze(forms: ["", "\t", "🙂", "Ünïcödé"]).count == 4)
    }

    @Test func shippedModelParsesASimpleSentence() throws {
        let model = try SyntaxModelLoader().model()
        let forms = ["The", "minister", "met", "his", "counterpart", "in", "Paris", "."]
        let parse = model.analyze(forms: forms)
        #expect(parse.tags == [.det, .noun, .verb, .pron, .noun, .adp, .propn, .punct])
        #expect(parse.root == 2)
        #expect(parse.dependents(of: 2, .nsubj) == [1])
        #expect(parse.dependents(of: 2, .obj) == [4])
    }

    /// A partner the positional rules lose behind an apposition ("imposed sanctions ..., including ..., on X") is
    /// found in the parse, and only when the coder is given one.
    @Test func coderReadsTheParseForAnObliquePartner() throws {
        let text =
            "On Monday, the European Union imposed new sanctions over the crackdown, including travel bans and asset freezes, on Belarusian military commanders."
        let document = Document(id: "s", text: text, date: Day(iso: "2026-02-05"))
        let parsing = Pipeline(resources: sharedPipeline.resources, syntax: try sharedPipeline.resources.syntax.model())
        let coded = parsing.run(document).events
        #expect(coded.contains { $0.code.cameo == "163" && $0.target?.country == "BLR" })
        #expect(!sharedPipeline.run(document).events.contains { $0.code.cameo == "163" })
    }

    @Test func pipelineSentencesAreParsed() throws {
        let model = try SyntaxModelLoader().model()
        let doc = Document(id: "d", text: "The minister met his counterpart in Paris. Talks failed.")
        let analysis = TextAnalyzer().analyze(doc)
        let parses = SyntaxAnalyzer(model: model).analyze(analysis, bytes: Array(doc.text.utf8))
        #expect(parses.count == analysis.sentences.count)
        for (p, s) in zip(parses, analysis.sentences) { #expect(p.count == s.tokens.count) }
    }
}
