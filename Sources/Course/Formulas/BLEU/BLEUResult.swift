/// A BLEU score with every intermediate value, in sacrebleu's conventions
/// (score and precisions 0–100).
public struct BLEUResult: Equatable, Sendable {
    /// BLEU, 0–100.
    public var score: Double
    /// Modified n-gram precisions for n = 1…maxOrder, 0–100, after smoothing.
    public var precisions: [Double]
    /// Matches per order as sacrebleu reports them: with add-k smoothing, k is
    /// added for n ≥ 2 (up to the first order with no n-grams).
    public var counts: [Double]
    /// Hypothesis n-grams per order as sacrebleu reports them (add-k as for `counts`).
    public var totals: [Double]
    /// Brevity penalty: 1 if the hypothesis is at least as long as the reference,
    /// else exp(1 − ref_len/sys_len), and 0 for an empty hypothesis.
    public var brevityPenalty: Double
    /// The number of orders in the geometric mean (smaller than maxOrder only
    /// with effective order, when the hypothesis has no n-grams of higher orders).
    public var orderUsed: Int
    /// The raw statistics the score was computed from.
    public var statistics: BLEUStatistics
    /// The options used, with `effectiveOrder` resolved.
    public var options: BLEUOptions

    /// `sys_len`: hypothesis tokens.
    public var hypothesisLength: Int { statistics.hypothesisLength }
    /// `ref_len`: closest reference tokens (summed over a corpus).
    public var referenceLength: Int { statistics.referenceLength }
    /// sys_len / ref_len (0 when ref_len is 0), as sacrebleu's `ratio`.
    public var lengthRatio: Double {
        referenceLength == 0 ? 0 : Double(hypothesisLength) / Double(referenceLength)
    }
}
