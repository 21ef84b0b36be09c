/// Guarded windows over token positions.
///
/// Rules look a few words either side of a verb or a mention: "within six words after the verb, but not past the
/// sentence's end". Both ends of such a window are computed, and when a verb sits at the very end of a sentence (a
/// headline "Xi Jinping visits Moscow") the far end can fall before the near one. `lower..<upper` then traps and takes
/// the whole ingest down; these helpers give an empty window instead.
extension Range where Bound == Int {
    /// Positions from `lower` up to (not including) `upper`; empty at `lower` when `upper` is smaller.
    @inline(__always)
    static func window(_ lower: Int, _ upper: Int) -> Range<Int> { lower..<Swift.max(lower, upper) }
}

extension Array {
    /// The elements at positions `lower..<upper`, clamped to the array; empty when the ends cross.
    @inline(__always)
    func window(_ lower: Int, _ upper: Int) -> ArraySlice<Element> {
        let lo = Swift.min(Swift.max(lower, 0), count)
        return self[lo..<Swift.min(Swift.max(upper, lo), count)]
    }
}
