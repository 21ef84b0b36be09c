/// A value kept in one shared box, copied only when changed while shared: copying the holder is one retain
/// however many strings the value has.
///
/// Why: mentions and lexicon entries are copied many times each on the actor and coding hot paths, and each
/// copy retained every one of their strings.
struct CopyOnWrite<Value: Sendable>: @unchecked Sendable {
    // The box is changed only through `modify`, and only when this holder is its only owner: never while shared.
    private final class Box {
        // Unchecked: a class property is checked for overlapping access at run time unless the optimizer proves
        // none can happen, and one `modify` whose body it could not see made it check every read of every box.
        // `modify` is the only writer and runs its body on a box no other holder shares.
        @exclusivity(unchecked) var value: Value
        init(_ value: Value) { self.value = value }
    }
    private var box: Box

    /// Boxes `value`.
    init(_ value: Value) { box = Box(value) }

    /// The value.
    @inline(__always) var value: Value { box.value }

    /// Changes the value in place, copying it into a box of its own first if another holder shares it.
    @inline(__always) mutating func modify<R>(_ body: (inout Value) -> R) -> R {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
        return body(&box.value)
    }

    /// Whether two holders share one box (then their values are equal without comparing them).
    func isSame(as other: CopyOnWrite) -> Bool { box === other.box }
}

extension CopyOnWrite: Equatable where Value: Equatable {
    /// Equal values, whether or not the box is shared.
    static func == (a: CopyOnWrite, b: CopyOnWrite) -> Bool { a.isSame(as: b) || a.value == b.value }
}

extension CopyOnWrite: Hashable where Value: Hashable {
    /// Hashes the value.
    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
