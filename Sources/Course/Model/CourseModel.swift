/// A course: its manifest, lessons and question bank, as loaded from a folder.
public struct Course: Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var language: String
    public var description: String
    public var chapters: [Chapter]
    public var exam: ExamBlueprint
    /// Sorted by `order`.
    public var lessons: [Lesson]
    public var questions: [Question]
    /// The folder the course was loaded from.
    public var folder: String

    public init(
        id: String, title: String, language: String = "en", description: String = "",
        chapters: [Chapter], exam: ExamBlueprint, lessons: [Lesson] = [], questions: [Question] = [],
        folder: String = ""
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.description = description
        self.chapters = chapters
        self.exam = exam
        self.lessons = lessons
        self.questions = questions
        self.folder = folder
    }

    public func lesson(id: String) -> Lesson? { lessons.first { $0.id == id } }
    public func chapter(id: String) -> Chapter? { chapters.first { $0.id == id } }
    public func lessons(inChapter chapterID: String) -> [Lesson] { lessons.filter { $0.chapter == chapterID } }
}

public struct Chapter: Equatable, Sendable, Identifiable {
    /// Also the quiz domain of the chapter's questions.
    public var id: String
    public var number: Int
    public var title: String
    /// Share of the exam in percent.
    public var weight: Double

    public init(id: String, number: Int, title: String, weight: Double) {
        self.id = id
        self.number = number
        self.title = title
        self.weight = weight
    }
}

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

/// One lesson: front matter plus the Markdown body.
public struct Lesson: Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var chapter: String
    public var order: Int
    public var minutes: Int
    public var objectives: [String]
    public var tags: [String]
    public var claims: [LessonClaim]
    /// Markdown (with the HTML subset the importer keeps).
    public var body: String
    /// The file it was loaded from, and the line the body starts on (for diagnostics).
    public var file: String
    public var bodyStartLine: Int

    public init(
        id: String, title: String, chapter: String, order: Int, minutes: Int = 0,
        objectives: [String] = [], tags: [String] = [], claims: [LessonClaim] = [],
        body: String, file: String = "", bodyStartLine: Int = 1
    ) {
        self.id = id
        self.title = title
        self.chapter = chapter
        self.order = order
        self.minutes = minutes
        self.objectives = objectives
        self.tags = tags
        self.claims = claims
        self.body = body
        self.file = file
        self.bodyStartLine = bodyStartLine
    }
}

/// A figure stated in lesson prose, recomputed by a test (see Content/README.md).
public struct LessonClaim: Equatable, Sendable {
    public var text: String
    public var calc: String
    public var field: String
    public var digits: Int?
    public var scale: Double?
    /// The line of the lesson file where the claim is written, for diagnostics.
    public var line: Int

    public init(text: String, calc: String, field: String, digits: Int? = nil, scale: Double? = nil, line: Int = 1) {
        self.text = text
        self.calc = calc
        self.field = field
        self.digits = digits
        self.scale = scale
        self.line = line
    }
}
