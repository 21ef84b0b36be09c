/// Folds a feature's template number and values into one 64-bit key, so features are numbers and never strings.
enum FeatureHash {
    /// Combines a running key with one more value; order matters, so (a, b) and (b, a) differ.
    @inline(__always)
    static func mix(_ h: UInt64, _ v: UInt64) -> UInt64 {
        var x = h ^ (v &+ 0x9E37_79B9_7F4A_7C15 &+ (h << 6) &+ (h >> 2))
        x = (x ^ (x >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        x = (x ^ (x >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return x ^ (x >> 33)
    }

    /// The key of template `t` over one value (0 is kept for empty table slots).
    @inline(__always)
    static func key(_ t: UInt64, _ a: UInt64) -> UInt64 { nonzero(mix(mix(0x5EED, t), a)) }

    /// The key of template `t` over two values.
    @inline(__always)
    static func key(_ t: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 { nonzero(mix(mix(mix(0x5EED, t), a), b)) }

    /// The key of template `t` over three values.
    @inline(__always)
    static func key(_ t: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        nonzero(mix(mix(mix(mix(0x5EED, t), a), b), c))
    }

    @inline(__always)
    private static func nonzero(_ k: UInt64) -> UInt64 { k == 0 ? 1 : k }

    /// FNV-1a over UTF-8 bytes, then mixed: stable across runs and platforms, unlike `Hasher`.
    static func string<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return mix(h, 0x57)
    }
}
