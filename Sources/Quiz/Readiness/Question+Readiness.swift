import Course

extension Question {
    /// Whether a mock exam may draw the question, and so whether the readiness
    /// forecast counts it. Every question of today's bank is pick-one and may;
    /// recall cards (answer forms, issue 11) will not.
    public var isExamEligible: Bool { true }

    /// The probability of answering the question right when its answer is
    /// recalled with probability `recall`: for a pick-one question with k
    /// options a forgotten answer is still guessed one time in k, so
    /// p = R + (1 − R)/k; an answer that must be produced (every other form)
    /// cannot be guessed, p = R.
    public func answerProbability(recall: Double) -> Double {
        let k = options.count
        guard k > 0 else { return recall }
        return recall + (1 - recall) / Double(k)
    }
}
