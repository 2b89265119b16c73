/// Precision, recall and F-measure of one ROUGE variant, with the counts behind them.
public struct ROUGEScore: Equatable, Sendable {
    public var precision: Double
    public var recall: Double
    public var fmeasure: Double
    /// Matched units: clipped n-gram overlap (ROUGE-N), LCS length (ROUGE-L) or
    /// union-LCS hits (ROUGE-Lsum).
    public var overlap: Int
    /// Units in the hypothesis (prediction): n-grams or tokens.
    public var hypothesisCount: Int
    /// Units in the reference (target): n-grams or tokens.
    public var referenceCount: Int

    /// The score of an empty comparison: all zero.
    public static let zero = ROUGEScore(overlap: 0, hypothesisCount: 0, referenceCount: 0)

    /// rouge-score's arithmetic: P = overlap/max(hyp, 1), R = overlap/max(ref, 1),
    /// F = 2PR/(P+R), or 0 when P + R = 0.
    public init(overlap: Int, hypothesisCount: Int, referenceCount: Int) {
        self.overlap = overlap
        self.hypothesisCount = hypothesisCount
        self.referenceCount = referenceCount
        precision = Double(overlap) / Double(max(hypothesisCount, 1))
        recall = Double(overlap) / Double(max(referenceCount, 1))
        fmeasure = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
}

/// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum of a hypothesis against a reference.
public struct ROUGEResult: Equatable, Sendable {
    public var rouge1: ROUGEScore
    public var rouge2: ROUGEScore
    public var rougeL: ROUGEScore
    public var rougeLsum: ROUGEScore
    /// The hypothesis tokens (lowercased, ASCII letters and digits, stemmed if asked).
    public var hypothesisTokens: [String]
    /// The reference tokens.
    public var referenceTokens: [String]
}
