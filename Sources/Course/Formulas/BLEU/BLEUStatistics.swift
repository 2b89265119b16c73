/// BLEU's sufficient statistics for one segment or a whole corpus (sacrebleu's
/// `[sys_len, ref_len, correct_1…N, total_1…N]`). A corpus is the element-wise
/// sum of its segments, so statistics can be gathered in any order or in parallel.
public struct BLEUStatistics: Equatable, Sendable {
    /// Tokens in the hypothesis (`sys_len`).
    public var hypothesisLength: Int
    /// Tokens in the reference closest in length to the hypothesis (`ref_len`).
    public var referenceLength: Int
    /// Clipped n-gram matches for n = 1…maxOrder: each hypothesis n-gram counts at
    /// most as often as it occurs in the reference where it occurs most.
    public var matches: [Int]
    /// Hypothesis n-grams for n = 1…maxOrder.
    public var totals: [Int]

    public init(hypothesisLength: Int = 0, referenceLength: Int = 0, matches: [Int], totals: [Int]) {
        self.hypothesisLength = hypothesisLength
        self.referenceLength = referenceLength
        self.matches = matches
        self.totals = totals
    }

    /// All zeros for n-grams up to `maxOrder`.
    public init(maxOrder: Int) {
        self.init(matches: Array(repeating: 0, count: maxOrder), totals: Array(repeating: 0, count: maxOrder))
    }

    public var maxOrder: Int { matches.count }

    /// Adds another segment's statistics (same `maxOrder`).
    public mutating func add(_ other: BLEUStatistics) {
        hypothesisLength += other.hypothesisLength
        referenceLength += other.referenceLength
        for n in 0..<min(matches.count, other.matches.count) {
            matches[n] += other.matches[n]
            totals[n] += other.totals[n]
        }
    }

    /// sacrebleu's `_get_closest_ref_len`: the reference length nearest to
    /// `hypothesisLength`, the shorter one on a tie.
    static func closestReferenceLength(hypothesisLength: Int, referenceLengths: some Sequence<Int>) -> Int {
        var closestDifference = -1, closestLength = -1
        for length in referenceLengths {
            let difference = abs(hypothesisLength - length)
            if closestDifference == -1 || difference < closestDifference {
                closestDifference = difference
                closestLength = length
            } else if difference == closestDifference && length < closestLength {
                closestLength = length
            }
        }
        return closestLength
    }
}
