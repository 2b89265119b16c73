import Course
import Foundation

/// A two-lesson course for the study layer's tests: four questions in two
/// chapters and a two-question exam.
enum StudyCourse {
    /// 2026-03-10 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_773_144_000)

    static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    static func question(_ id: String, lesson: String, domain: String, answer: Int = 0) -> Question {
        Question(id: id, lesson: lesson, domain: domain, difficulty: .easy, kind: .concept, stem: "Question \(id)?",
                 options: ["first", "second", "third"], answer: answer, explanation: "The first option is right; the others are not.")
    }

    static var course: Course {
        Course(
            id: "study-course", title: "Study course",
            chapters: [Chapter(id: "one", number: 1, title: "One", weight: 50), Chapter(id: "two", number: 2, title: "Two", weight: 50)],
            exam: ExamBlueprint(questions: 2, minutes: 5, passPercent: 70,
                                domains: [.init(chapter: "one", questions: 1), .init(chapter: "two", questions: 1)]),
            lessons: [
                Lesson(id: "a", title: "Alpha", chapter: "one", order: 1, minutes: 5, body: "# Alpha\n\nText."),
                Lesson(id: "b", title: "Beta", chapter: "two", order: 2, minutes: 5, body: "# Beta\n\nText."),
            ],
            questions: [
                question("a-1", lesson: "a", domain: "one"), question("a-2", lesson: "a", domain: "one"),
                question("b-1", lesson: "b", domain: "two"), question("b-2", lesson: "b", domain: "two"),
            ])
    }
}
