import Foundation

/// The model file's 8-bit weights: a sign and 127 magnitudes, exact up to 32 quantisation steps and growing by a
/// constant ratio (7.6 %) from there to 32767, so a weight is kept to within 3.8 % where 16 bits kept it exactly.
/// Scores are sums of a hundred such weights, whose rounding errors mostly cancel, and the halved file keeps
/// features that pruning would otherwise have to drop.
enum WeightCode {
    /// Magnitudes up to this are kept exactly.
    static let exact = 32
    /// The Int16 value of each code: 0 for 0, then positive magnitudes (codes 1...127), then their negatives
    /// (129...255; 128 is 0 too).
    static let values: [Int16] = {
        let growth = pow(32767 / Double(exact), 1 / Double(127 - exact))
        let magnitudes = (0...127).map { c in
            c <= exact ? c : min(32767, Int((Double(exact) * pow(growth, Double(c - exact))).rounded()))
        }
        return (0..<256).map { c in c < 128 ? Int16(magnitudes[c]) : -Int16(magnitudes[c - 128]) }
    }()

    /// The code whose value is nearest `w`.
    static func code(_ w: Int16) -> UInt8 {
        let m = Int(w.magnitude)
        // The positive magnitudes rise with the code: find the first at or above m, then take the nearer of it
        // and the one below.
        var lo = 0
        var hi = 127
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(values[mid]) < m { lo = mid + 1 } else { hi = mid }
        }
        if lo > 0 && m - Int(values[lo - 1]) < Int(values[lo]) - m { lo -= 1 }
        return w < 0 && lo > 0 ? UInt8(lo + 128) : UInt8(lo)
    }

    /// `w` as the model file keeps it.
    @inline(__always)
    static func rounded(_ w: Int16) -> Int16 { values[Int(code(w))] }
}
