/// Question-answering scores of one prediction against its accepted answers.
public struct QAResult: Equatable, Sendable {
    /// SQuAD exact match: the normalised prediction equals some normalised truth.
    public var exactMatch: Bool
    /// SQuAD token F1 (0–1), the best over the truths.
    public var f1: Double
    /// Token F1 (0–1) after only lowercasing and splitting on whitespace, the best over the truths.
    public var simpleF1: Double
    /// The prediction after SQuAD normalisation.
    public var normalizedPrediction: String
    /// Each truth after SQuAD normalisation.
    public var normalizedTruths: [String]
    /// The truth that gave the best SQuAD F1 (the first on a tie).
    public var bestTruth: Int
    /// Tokens shared (with multiplicity) by the prediction and the best truth.
    public var commonTokens: Int
}
