/// How a mock exam is assembled and marked.
public struct ExamBlueprint: Equatable, Sendable {
    public struct Domain: Equatable, Sendable {
        public var chapter: String
        public var questions: Int
        public init(chapter: String, questions: Int) {
            self.chapter = chapter
            self.questions = questions
        }
    }
    public var questions: Int
    public var minutes: Int
    public var passPercent: Double
    public var domains: [Domain]

    public init(questions: Int, minutes: Int, passPercent: Double, domains: [Domain]) {
        self.questions = questions
        self.minutes = minutes
        self.passPercent = passPercent
        self.domains = domains
    }
}
