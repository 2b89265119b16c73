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
