/// What the tagger and parser read of a word, computed once per word: hashes of its lowercased form, affixes
/// and shape, so that scoring never touches a string.
public struct SyntaxWord: Sendable, Hashable {
    /// Lowercased form.
    let lower: UInt64
    /// First one, two and three characters of the lowercased form.
    let prefix1, prefix2, prefix3: UInt64
    /// Last one to four characters.
    let suffix1, suffix2, suffix3, suffix4: UInt64
    /// Character classes with runs cut to two ("Xxx.", "dd,dd"): what rare words share.
    let shape: UInt64
    /// Capitalised, all capitals, has a digit, has a hyphen: bits 0 to 3.
    let flags: UInt64

    /// Reads a word's form.
    public init(_ form: String) {
        let scalars = Array(form.unicodeScalars)
        let lowered = Array(form.lowercased().unicodeScalars)
        lower = SyntaxWord.hash(lowered[...])
        func pre(_ k: Int) -> UInt64 { SyntaxWord.hash(lowered.prefix(k)) &+ UInt64(k) }
        func suf(_ k: Int) -> UInt64 { SyntaxWord.hash(lowered.suffix(k)) &+ UInt64(k) &* 31 }
        prefix1 = pre(1)
        prefix2 = pre(2)
        prefix3 = pre(3)
        suffix1 = suf(1)
        suffix2 = suf(2)
        suffix3 = suf(3)
        suffix4 = suf(4)
        var shapeBytes: [UInt8] = []
        var upper = 0
        var letters = 0
        var digit = false
        var hyphen = false
        for s in scalars {
            let p = s.properties
            let c: UInt8
            if p.isUppercase {
                c = 0x58
                upper += 1
                letters += 1
            } else if p.isAlphabetic {
                c = 0x78
                letters += 1
            } else if p.numericType != nil {
                c = 0x64
                digit = true
            } else {
                c = s.isASCII ? UInt8(s.value) : 0x3F
                if s == "-" { hyphen = true }
            }
            let n = shapeBytes.count
            if n >= 2, shapeBytes[n - 1] == c, shapeBytes[n - 2] == c { continue }
            shapeBytes.append(c)
        }
        shape = FeatureHash.string(shapeBytes)
        let capital = scalars.first?.properties.isUppercase ?? false
        let allCaps = letters >= 2 && upper == letters
        flags = (capital ? 1 : 0) | (allCaps ? 2 : 0) | (digit ? 4 : 0) | (hyphen ? 8 : 0)
    }

    /// Creates the padding word that stands before the sentence (`index` -1, -2) or after it.
    init(padding index: Int) {
        let h = FeatureHash.mix(0xFADE, UInt64(bitPattern: Int64(index)))
        lower = h
        prefix1 = h
        prefix2 = h
        prefix3 = h
        suffix1 = h
        suffix2 = h
        suffix3 = h
        suffix4 = h
        shape = h
        flags = 16
    }

    private static func hash(_ s: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for c in s { h = (h ^ UInt64(c.value)) &* 0x100_0000_01B3 }
        return FeatureHash.mix(h, 0x57)
    }

    /// The padding words before and after a sentence.
    static let before1 = SyntaxWord(padding: -1), before2 = SyntaxWord(padding: -2)
    /// The padding words after a sentence.
    static let after1 = SyntaxWord(padding: 1), after2 = SyntaxWord(padding: 2)
}
