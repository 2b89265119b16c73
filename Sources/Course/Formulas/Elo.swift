import Foundation

/// Elo ratings: E_A = 1/(1+10^((R_B−R_A)/400)), R_A′ = R_A + K·(S_A − E_A).
public enum Elo {
    /// One game's expected scores and updated ratings.
    public struct Match: Equatable, Sendable {
        public var ratingA: Double
        public var ratingB: Double
        public var k: Double
        /// A's actual score: 1 win, 0.5 draw, 0 loss.
        public var scoreA: Double
        public var expectedA: Double
        /// Computed from its own formula, not as 1 − E_A.
        public var expectedB: Double
        public var newRatingA: Double
        public var newRatingB: Double
    }

    /// The score A is expected to take from a game against B.
    public static func expectedScore(rating: Double, against opponent: Double) -> Double {
        1 / (1 + pow(10, (opponent - rating) / 400))
    }

    /// Updates both ratings after A scores `scoreA` (1, 0.5 or 0) against B.
    public static func match(ratingA: Double, ratingB: Double, k: Double = 32, scoreA: Double) throws(FormulaError) -> Match {
        try Checked.finite(ratingA, "ra")
        try Checked.finite(ratingB, "rb")
        try checkK(k)
        try checkScore(scoreA)
        let expectedA = expectedScore(rating: ratingA, against: ratingB)
        let expectedB = expectedScore(rating: ratingB, against: ratingA)
        return Match(
            ratingA: ratingA, ratingB: ratingB, k: k, scoreA: scoreA,
            expectedA: expectedA, expectedB: expectedB,
            newRatingA: ratingA + k * (scoreA - expectedA),
            newRatingB: ratingB + k * ((1 - scoreA) - expectedB))
    }

    static func checkK(_ k: Double) throws(FormulaError) {
        try Checked.finite(k, "k")
        guard k > 0 else { throw .invalidArgument("k", "must be greater than 0 (got \(CalcFormat.number(k)))") }
    }

    static func checkScore(_ score: Double) throws(FormulaError) {
        guard score == 1 || score == 0.5 || score == 0 else {
            throw .invalidArgument("score", "must be 1 (win), 0.5 (draw) or 0 (loss), got \(CalcFormat.number(score))")
        }
    }
}
