import Foundation

/// A trained tagger and parser together, as one file ships them: the tagger's classes, lexicon and weights, then
/// the parser's weights. Immutable once loaded; share one between threads.
public struct SyntaxModel: Sendable {
    /// The UPOS tagger.
    public let tagger: Tagger
    /// The dependency parser.
    public let parser: DependencyParser

    static let magic: [UInt8] = Array("CHSYNTX1".utf8)
    /// 5: tables keep 32-bit keys and 8-bit classes and weights (4: the tagger may have a second pass, whose table
    /// follows the first's after a count of passes and the first pass's direction; 3: the
    /// tagger's classes are UPOS-XPOS pairs; 2: the parser reads label sets and attachment words).
    static let version: UInt32 = 5
    /// The earliest format still read: one tagger pass, no count of passes.
    static let oldestVersion: UInt32 = 3

    /// Puts a trained tagger and parser together.
    public init(tagger: Tagger, parser: DependencyParser) {
        self.tagger = tagger
        self.parser = parser
    }

    /// The model with its tables pruned to entries of at least `minimum` quantisation steps, the tagger's at
    /// `taggerMinimum` when given.
    public func pruned(minimum: Int, tagger taggerMinimum: Int? = nil) -> SyntaxModel {
        let t = taggerMinimum ?? minimum
        return SyntaxModel(
            tagger: Tagger(
                weights: tagger.weights.pruned(minimum: t), second: tagger.second?.pruned(minimum: t),
                backward: tagger.backward, lexicon: tagger.lexicon, tagSet: tagger.tagSet),
            parser: DependencyParser(weights: parser.weights.pruned(minimum: minimum), tagSet: parser.tagSet))
    }

    /// The model file's bytes; an error when a table has more classes than its 8-bit class numbers hold.
    public func serialized() throws(SyntaxModelError) -> [UInt8] {
        let taggerTables = [tagger.weights] + (tagger.second.map { [$0] } ?? [])
        for table in taggerTables + [parser.weights] where table.classes > 256 {
            throw .unwritable(reason: "\(table.classes) classes, more than the 256 a model file holds")
        }
        var w = ModelWriter()
        for b in SyntaxModel.magic { w.put(b) }
        w.put(SyntaxModel.version)
        w.put(array: tagger.tagSet.upos.map(\.rawValue))
        w.put(UInt32(tagger.tagSet.count))
        for x in tagger.tagSet.xpos { w.put(array: Array(x.utf8)) }
        let masks = tagger.lexicon.masks.sorted { $0.key < $1.key }
        w.put(array: masks.map(\.key))
        w.put(array: masks.map(\.value))
        let sure = tagger.lexicon.sure.sorted { $0.key < $1.key }
        w.put(array: sure.map(\.key))
        w.put(array: sure.map { UInt16(truncatingIfNeeded: $0.value) })
        w.put(UInt32(taggerTables.count))
        w.put(UInt32(tagger.backward ? 1 : 0))
        for table in (taggerTables + [parser.weights]).map(\.asFolded) {
            // Keys are 32 bits (`FeatureTable.stored`), a row has 1 to 256 entries, a class fits a byte and a
            // weight is a `WeightCode`.
            w.put(UInt32(table.classes))
            w.put(array: table.keys.map { UInt32(truncatingIfNeeded: $0) })
            w.put(array: table.counts.map { UInt8(truncatingIfNeeded: $0 - 1) })
            w.put(array: table.entries.map { UInt8(truncatingIfNeeded: $0 >> 16) })
            w.put(array: table.entries.map { WeightCode.code(Int16(truncatingIfNeeded: $0)) })
        }
        return w.bytes
    }

    /// Reads a model from its file's bytes; `path` names it in errors.
    public init(bytes: [UInt8], path: String = "model") throws(SyntaxModelError) {
        var r = ModelReader(bytes, path: path)
        for b in SyntaxModel.magic {
            guard try r.get(UInt8.self) == b else { throw .corrupt(path: path, reason: "not a Chancery syntax model") }
        }
        let version = try r.get(UInt32.self)
        guard version >= SyntaxModel.oldestVersion && version <= SyntaxModel.version else {
            throw .corrupt(
                path: path,
                reason: "format version \(version), expected \(SyntaxModel.oldestVersion) to \(SyntaxModel.version)")
        }
        let tagSet = try SyntaxModel.tagSet(&r)
        let maskKeys = try r.getArray(UInt64.self)
        let maskValues = try r.getArray(UInt32.self)
        let sureKeys = try r.getArray(UInt64.self)
        let sureValues = try r.getArray(UInt16.self)
        guard maskKeys.count == maskValues.count, sureKeys.count == sureValues.count else {
            throw .corrupt(path: path, reason: "tag lexicon keys and values differ in number")
        }
        var sure: [UInt64: Int] = [:]
        for (k, v) in zip(sureKeys, sureValues) {
            guard Int(v) < tagSet.count else { throw .corrupt(path: path, reason: "tag class \(v) out of range") }
            sure[k] = Int(v)
        }
        let lexicon = TagLexicon(
            masks: Dictionary(zip(maskKeys, maskValues), uniquingKeysWith: { a, _ in a }), sure: sure)
        let passes = version >= 4 ? try r.get(UInt32.self) : 1
        let direction = version >= 4 ? try r.get(UInt32.self) : 0
        guard passes == 1 || passes == 2, direction <= 1 else {
            throw .corrupt(path: path, reason: "a tagger of \(passes) passes in direction \(direction)")
        }
        let read = version >= 5 ? SyntaxModel.table : SyntaxModel.version3Table
        let tagWeights = try read(&r, tagSet.count)
        let secondWeights = passes == 2 ? try read(&r, tagSet.count) : nil
        let parseWeights = try read(&r, DependencyParser.classes)
        guard r.atEnd else { throw .corrupt(path: path, reason: "trailing bytes") }
        tagger = Tagger(weights: tagWeights, second: secondWeights, backward: direction == 1, lexicon: lexicon, tagSet: tagSet)
        parser = DependencyParser(weights: parseWeights, tagSet: tagSet)
    }

    /// The tagger's classes: their UPOS, then their XPOS as UTF-8; at least one class, each UPOS valid.
    private static func tagSet(_ r: inout ModelReader) throws(SyntaxModelError) -> TagSet {
        let raw = try r.getArray(UInt8.self, limit: 1 << 16)
        let count = Int(try r.get(UInt32.self))
        guard !raw.isEmpty, count == raw.count else {
            throw .corrupt(path: r.path, reason: "a tag set of \(raw.count) UPOS and \(count) XPOS")
        }
        var upos: [UPOS] = []
        var xpos: [String] = []
        for v in raw {
            guard let t = UPOS(rawValue: v) else { throw .corrupt(path: r.path, reason: "UPOS \(v) out of range") }
            upos.append(t)
            xpos.append(String(decoding: try r.getArray(UInt8.self, limit: 256), as: UTF8.self))
        }
        return TagSet(upos: upos, xpos: xpos)
    }

    /// A weight table as `serialized` writes it.
    private static func table(_ r: inout ModelReader, _ classes: Int) throws(SyntaxModelError) -> FeatureTable {
        try tableClasses(&r, classes)
        let keys = try r.getArray(UInt32.self)
        let counts = try r.getArray(UInt8.self)
        let entryClasses = try r.getArray(UInt8.self)
        let codes = try r.getArray(UInt8.self)
        guard keys.count == counts.count, counts.reduce(0, { $0 + Int($1) + 1 }) == entryClasses.count,
            codes.count == entryClasses.count, !keys.contains(0), entryClasses.allSatisfy({ Int($0) < classes })
        else {
            throw .corrupt(path: r.path, reason: "a weight table does not add up")
        }
        let entries = zip(entryClasses, codes).map { c, w in
            UInt32(c) << 16 | UInt32(UInt16(bitPattern: WeightCode.values[Int(w)]))
        }
        return FeatureTable(
            classes: classes, keys: keys.map(UInt64.init), counts: counts.map { UInt16($0) + 1 }, entries: entries)
    }

    /// The number of classes a table starts with, which must be `classes`.
    private static func tableClasses(_ r: inout ModelReader, _ classes: Int) throws(SyntaxModelError) {
        let stored = Int(try r.get(UInt32.self))
        guard stored == classes else {
            throw .corrupt(path: r.path, reason: "a table of \(stored) classes, expected \(classes)")
        }
    }

    /// A weight table of formats 3 and 4: 64-bit keys, 16-bit counts, class and Int16 weight in 32-bit entries.
    private static func version3Table(_ r: inout ModelReader, _ classes: Int) throws(SyntaxModelError)
        -> FeatureTable
    {
        try tableClasses(&r, classes)
        let keys = try r.getArray(UInt64.self)
        let counts = try r.getArray(UInt16.self)
        let entries = try r.getArray(UInt32.self)
        guard keys.count == counts.count, counts.reduce(0, { $0 + Int($1) }) == entries.count,
            !keys.contains(0), entries.allSatisfy({ Int($0 >> 16) < classes })
        else {
            throw .corrupt(path: r.path, reason: "a weight table does not add up")
        }
        return FeatureTable(classes: classes, keys: keys, counts: counts, entries: entries, folded: false)
    }

    /// Loads a model file.
    public init(contentsOf url: URL) throws(SyntaxModelError) {
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missing(path: url.path) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadable(path: url.path, reason: "\(error.localizedDescription)")
        }
        try self.init(bytes: [UInt8](data), path: url.path)
    }

    /// Tags and parses one sentence's words.
    public func analyze(_ words: [SyntaxWord]) -> SentenceSyntax {
        let classes = tagger.classes(words)
        let (heads, relations) = parser.parse(words, tags: classes)
        return SentenceSyntax(tags: classes.map(tagger.tagSet.tag), heads: heads, relations: relations)
    }

    /// Tags and parses a sentence given as word forms.
    public func analyze(forms: [String]) -> SentenceSyntax { analyze(forms.map(SyntaxWord.init)) }
}
