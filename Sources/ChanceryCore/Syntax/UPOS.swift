/// A Universal Dependencies part-of-speech tag (the 17 UPOS of UD v2).
public enum UPOS: UInt8, Sendable, CaseIterable, Hashable {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    /// The tag as CoNLL-U writes it ("NOUN").
    public var name: String { UPOS.names[Int(rawValue)] }

    /// The tag for a CoNLL-U name, nil for anything else ("_" included).
    public init?(name: String) {
        guard let i = UPOS.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(i))
    }

    private static let names = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
        "PUNCT", "SCONJ", "SYM", "VERB", "X"
    ]
}

/// A universal dependency relation of UD v2: the part of a DEPREL before ':' (the subtypes are not predicted).
public enum DependencyRelation: UInt8, Sendable, CaseIterable, Hashable {
    case acl, advcl, advmod, amod, appos, aux, `case`, cc, ccomp, clf, compound, conj, cop, csubj, dep, det, discourse
    case dislocated, expl, fixed, flat, goeswith, iobj, list, mark, nmod, nsubj, nummod, obj, obl, orphan, parataxis
    case punct, reparandum, root, vocative, xcomp

    /// The relation as CoNLL-U writes it ("nsubj").
    public var name: String { DependencyRelation.names[Int(rawValue)] }

    /// The relation of a DEPREL, its subtype dropped ("nsubj:pass" is nsubj); nil for names outside UD v2.
    public init?(deprel: String) {
        let universal = deprel.split(separator: ":", maxSplits: 1).first.map(String.init) ?? deprel
        guard let i = DependencyRelation.names.firstIndex(of: universal) else { return nil }
        self.init(rawValue: UInt8(i))
    }

    private static let names = [
        "acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf", "compound",
        "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated", "expl", "fixed", "flat",
        "goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj", "obl", "orphan",
        "parataxis", "punct", "reparandum", "root", "vocative", "xcomp"
    ]
}
