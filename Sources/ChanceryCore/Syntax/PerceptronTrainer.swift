/// An averaged perceptron in training: sparse weights per feature (only the classes an update touched), with
/// the running totals that averaging needs kept lazily (a weight's total catches up only when it changes).
struct PerceptronTrainer {
    /// Scored classes.
    let classes: Int
    private var heads: [UInt64: Int32] = [:]
    private var cls: [UInt16] = [], next: [Int32] = [], weight: [Float] = [], total: [Double] = [], stamp: [Int32] = []
    /// Training instances seen: the clock that averaging divides by.
    private(set) var now: Int32 = 0

    /// Creates an empty model over `classes` classes.
    init(classes: Int) { self.classes = classes }

    /// Adds the current (not averaged) weights of `features` to `scores`.
    func score(_ features: [UInt64], into scores: inout [Float]) {
        for f in features {
            guard var e = heads[f] else { continue }
            while e >= 0 {
                scores[Int(cls[Int(e)])] += weight[Int(e)]
                e = next[Int(e)]
            }
        }
    }

    /// Counts one training instance.
    mutating func tick() { now += 1 }

    /// Moves weight from `guess` to `truth` on every feature (nothing when they agree).
    mutating func update(_ features: [UInt64], truth: Int, guess: Int) {
        guard truth != guess else { return }
        for f in features {
            add(f, truth, 1)
            add(f, guess, -1)
        }
    }

    private mutating func add(_ f: UInt64, _ c: Int, _ delta: Float) {
        var e = heads[f] ?? -1
        var last: Int32 = -1
        while e >= 0 && Int(cls[Int(e)]) != c {
            last = e
            e = next[Int(e)]
        }
        if e < 0 {
            e = Int32(cls.count)
            cls.append(UInt16(c))
            next.append(-1)
            weight.append(0)
            total.append(0)
            stamp.append(now)
            if last >= 0 { next[Int(last)] = e } else { heads[f] = e }
        }
        let i = Int(e)
        total[i] += Double(now - stamp[i]) * Double(weight[i])
        stamp[i] = now
        weight[i] += delta
    }

    /// The averaged weights, quantised to Int16 with one scale for the table; entries whose average rounds to
    /// less than `minimum` steps are dropped, and features left with no entry go with them.
    func averaged(minimum: Int = 1) -> FeatureTable {
        let n = Double(max(now, 1))
        var average = [Double](repeating: 0, count: weight.count)
        var largest = 0.0
        for i in 0..<weight.count {
            average[i] = (total[i] + Double(now - stamp[i]) * Double(weight[i])) / n
            largest = max(largest, abs(average[i]))
        }
        let scale = largest > 0 ? 32767 / largest : 1
        var keys: [UInt64] = []
        var counts: [UInt16] = []
        var entries: [UInt32] = []
        for f in heads.keys.sorted() {
            var e = heads[f]!
            var row: [UInt32] = []
            while e >= 0 {
                let q = Int((average[Int(e)] * scale).rounded())
                if abs(q) >= minimum {
                    row.append(UInt32(cls[Int(e)]) << 16 | UInt32(UInt16(bitPattern: Int16(clamping: q))))
                }
                e = next[Int(e)]
            }
            guard !row.isEmpty else { continue }
            keys.append(f)
            counts.append(UInt16(row.count))
            entries += row.sorted()
        }
        return FeatureTable(classes: classes, keys: keys, counts: counts, entries: entries)
    }

    /// Features with at least one weight.
    var featureCount: Int { heads.count }
}
