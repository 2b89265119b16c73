import Course

extension Course {
    /// The questions a mock exam may draw for one blueprint domain: the
    /// chapter's exam-eligible questions in bank order, a repeated id once.
    /// The exam draw and the readiness forecast read the same pools.
    public func examPool(_ chapter: String) -> [Question] {
        var seen = Set<String>()
        return questions.filter { $0.domain == chapter && $0.isExamEligible && seen.insert($0.id).inserted }
    }
}
