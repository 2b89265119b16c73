import Course

/// The questions a mock exam may draw, per blueprint domain, as positions in
/// the course's bank: each chapter's exam-eligible questions in bank order, a
/// repeated id once. Built in one pass, so a forecast over a large bank looks
/// each question up by position instead of by id.
public struct ExamPools: Equatable, Sendable {
    public struct Pool: Equatable, Sendable {
        public var chapter: String
        /// Questions an exam draws from the pool: the blueprint's count, at most the pool.
        public var drawn: Int
        /// Indexes into `Course.questions`.
        public var positions: [Int]
    }

    /// In blueprint order.
    public var pools: [Pool]

    /// The pools of `course`'s blueprint.
    public init(course: Course) {
        self.init(course: course, chapters: course.exam.domains.map { ($0.chapter, $0.questions) })
    }

    /// The pools of some chapters, each with the number of questions it should give.
    init(course: Course, chapters: [(chapter: String, questions: Int)]) {
        var index: [String: Int] = [:]
        for (offset, chapter) in chapters.enumerated() where index[chapter.chapter] == nil { index[chapter.chapter] = offset }
        var positions = [[Int]](repeating: [], count: chapters.count)
        var seen = [Set<String>](repeating: [], count: chapters.count)
        for (position, question) in course.questions.enumerated() {
            guard let pool = index[question.domain], question.isExamEligible, seen[pool].insert(question.id).inserted else { continue }
            positions[pool].append(position)
        }
        pools = chapters.enumerated().map { offset, chapter in
            Pool(chapter: chapter.chapter, drawn: min(max(0, chapter.questions), positions[offset].count), positions: positions[offset])
        }
    }
}

extension Course {
    /// The questions a mock exam may draw for one blueprint domain (`ExamPools`'
    /// rule): the exam draw and the readiness forecast read the same pools.
    public func examPool(_ chapter: String) -> [Question] {
        ExamPools(course: self, chapters: [(chapter, 0)]).pools[0].positions.map { questions[$0] }
    }
}
