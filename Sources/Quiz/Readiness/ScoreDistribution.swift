/// The distribution of the number of right answers in an exam (or part of
/// one), computed exactly: `probabilities[k]` is P(k right).
public struct ScoreDistribution: Equatable, Sendable {
    public private(set) var probabilities: [Double]

    public init(probabilities: [Double]) {
        self.probabilities = probabilities.isEmpty ? [1] : probabilities
    }

    /// No question: 0 right for sure.
    public static let none = ScoreDistribution(probabilities: [1])

    /// The most that can be right.
    public var questions: Int { probabilities.count - 1 }

    /// Independent questions answered right with probabilities `p` (the
    /// Poisson-binomial distribution), by the usual O(n²) recurrence.
    public static func poissonBinomial(_ p: [Double]) -> ScoreDistribution {
        var f = [Double](repeating: 0, count: p.count + 1)
        f[0] = 1
        for (i, pi) in p.enumerated() {
            for k in stride(from: i + 1, through: 1, by: -1) {
                f[k] = f[k] * (1 - pi) + f[k - 1] * pi
            }
            f[0] *= 1 - pi
        }
        return ScoreDistribution(probabilities: f)
    }

    /// `count` questions drawn uniformly without replacement from `pool` (each
    /// question's probability of being answered right), each then answered
    /// independently: the exact mixture over all C(N, count) draws of their
    /// Poisson-binomial distributions. `count` beyond the pool draws the whole pool.
    ///
    /// Dynamic programming over the pool in O(N · count²): after the first i
    /// questions, `g[j][k]` is the mean over the C(i, j) subsets of size j of
    /// P(k of them right). Question i joins a subset of size j in j/i of the
    /// C(i, j) subsets, so g_i[j][k] = g_{i−1}[j][k]·(i−j)/i +
    /// (g_{i−1}[j−1][k]·(1−p_i) + g_{i−1}[j−1][k−1]·p_i)·j/i — convex
    /// combinations, so nothing overflows however large C(N, count) is.
    public static func drawing(_ count: Int, from pool: [Double]) -> ScoreDistribution {
        let n = min(max(0, count), pool.count)
        if n == pool.count { return poissonBinomial(pool) }
        let width = n + 1
        var g = [Double](repeating: 0, count: width * width)
        g[0] = 1
        for (index, p) in pool.enumerated() {
            let i = Double(index + 1)
            for j in stride(from: min(index + 1, n), through: 1, by: -1) {
                let stay = (i - Double(j)) / i, join = Double(j) / i
                let row = j * width, previous = (j - 1) * width
                for k in stride(from: j, through: 0, by: -1) {
                    let without = g[previous + k] * (1 - p)
                    let with = k > 0 ? g[previous + k - 1] * p : 0
                    g[row + k] = g[row + k] * stay + (without + with) * join
                }
            }
        }
        return ScoreDistribution(probabilities: Array(g[(n * width)..<(n * width + width)]))
    }

    /// The distribution of the sum of two independent scores (two domains).
    public func adding(_ other: ScoreDistribution) -> ScoreDistribution {
        var sum = [Double](repeating: 0, count: questions + other.questions + 1)
        for (a, pa) in probabilities.enumerated() where pa != 0 {
            for (b, pb) in other.probabilities.enumerated() { sum[a + b] += pa * pb }
        }
        return ScoreDistribution(probabilities: sum)
    }

    /// The expected number right.
    public var mean: Double {
        probabilities.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }
    }

    /// P(at least `k` right).
    public func probability(atLeast k: Int) -> Double {
        guard k > 0 else { return 1 }
        guard k <= questions else { return 0 }
        return min(1, probabilities[k...].reduce(0, +))
    }

    /// The smallest number right whose cumulative probability reaches `q`.
    public func quantile(_ q: Double) -> Int {
        var total = 0.0
        for (k, p) in probabilities.enumerated() {
            total += p
            // A sum of rounded terms can fall a hair short of the true value.
            if total >= q - 1e-12 { return k }
        }
        return questions
    }
}
