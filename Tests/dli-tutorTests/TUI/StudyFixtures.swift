import Course
import Foundation
import Quiz
@testable import dli_tutor

/// A clock the tests move by hand.
final class TestClock: @unchecked Sendable {
    var now: Date
    init(_ now: Date = Fixtures.now) { self.now = now }
    func advance(_ seconds: TimeInterval) { now = now.addingTimeInterval(seconds) }
}

/// The fixture course with a question bank for practice and exams: six
/// questions in two lessons and two domains (one with code, one with wide and
/// combining characters), and a 4-question, 10-minute exam.
enum StudyFixtures {
    static let questions: [Question] = [
        Question(id: "s-001", lesson: "l01-attention", domain: "basics", difficulty: .easy, kind: .code,
                 stem: "What does this code print?\n\n```python\nimport torch\nx = torch.ones(2, 3)\nprint(x.sum(dim=0).shape)\n```",
                 options: ["`torch.Size([3])`", "`torch.Size([2])`", "`torch.Size([2, 3])`", "`torch.Size([])`"],
                 answer: 0, explanation: "Summing over `dim=0` removes the first axis:\n\n```python\ntorch.Size([3])\n```\n\nThe other shapes keep or drop the wrong axis."),
        Question(id: "s-002", lesson: "l01-attention", domain: "basics", difficulty: .medium, kind: .concept,
                 stem: "What are attention scores divided by before the softmax?",
                 options: ["the square root of d_k", "the sequence length", "the number of heads", "nothing"],
                 answer: 0, explanation: "The key width d_k sets the scale of the dot products; dividing by its square root keeps the softmax out of saturation."),
        Question(id: "s-003", lesson: "l01-attention", domain: "basics", difficulty: .medium, kind: .concept,
                 stem: "Tiếng Việt: cơ chế chú ý (注意力) so sánh gì với gì?",
                 options: ["mỗi truy vấn với mỗi khóa", "mỗi khóa với mỗi giá trị", "chỉ các token kề nhau", "không gì cả"],
                 answer: 0, explanation: "Mỗi truy vấn (query) được so với mỗi khóa (key); 注意力 weights then mix the values."),
        Question(id: "s-004", lesson: "l02-ddpm", domain: "diffusion", difficulty: .easy, kind: .concept,
                 stem: "Does the forward process add or remove noise?",
                 options: ["remove", "add", "neither", "both"],
                 answer: 1, explanation: "The forward process adds noise; the model learns to remove it."),
        Question(id: "s-005", lesson: "l02-ddpm", domain: "diffusion", difficulty: .medium, kind: .concept,
                 stem: "What does the DDPM network predict in the usual parameterisation?",
                 options: ["the clean image", "the noise that was added", "the timestep", "the variance schedule"],
                 answer: 1, explanation: "It predicts ε, the noise added at step t; the clean image follows from the closed form."),
        Question(id: "s-006", lesson: "l02-ddpm", domain: "diffusion", difficulty: .hard, kind: .concept,
                 stem: "With a linear schedule, is ᾱ_t larger at t = 100 or at t = 900?",
                 options: ["t = 900", "t = 100", "they are equal", "it depends on the image"],
                 answer: 1, explanation: "ᾱ_t is a product of factors below one, so it shrinks as t grows: larger at t = 100."),
    ]

    static var course: Course {
        var course = Fixtures.course
        course.questions = questions
        course.exam = ExamBlueprint(questions: 4, minutes: 10, passPercent: 70,
                                    domains: [.init(chapter: "basics", questions: 2), .init(chapter: "diffusion", questions: 2)])
        return course
    }

    /// The course without any question.
    static var emptyCourse: Course {
        var course = Fixtures.course
        course.questions = []
        return course
    }

    static func environment(store: MemoryStudyStore, clock: TestClock, course: Course = StudyFixtures.course) -> AppEnvironment {
        AppEnvironment(library: [AppEnvironment.LibraryCourse(course: course, source: .bundled)], course: course, store: store,
                       clock: { clock.now }, calendar: Fixtures.utc, seed: { 7 })
    }

    /// The app on the home screen of the study course.
    static func app(size: Size = Size(width: 80, height: 24), store: MemoryStudyStore = MemoryStudyStore(),
                    clock: TestClock = TestClock(), course: Course = StudyFixtures.course) throws -> App {
        let env = environment(store: store, clock: clock, course: course)
        return App(env: env, size: size, root: try HomeScreen(env: env))
    }

    /// The question on screen in practice or an exam (by its stem's first line).
    static func question(on app: App) -> Question? {
        if let practice = app.top as? PracticeScreen { return practice.session.currentQuestion }
        if let exam = app.top as? ExamScreen { return exam.session.current?.question }
        return nil
    }

    /// The key that answers the question on screen rightly (or wrongly), as the letter shown.
    static func letter(for app: App, right: Bool) -> Key {
        if let exam = app.top as? ExamScreen, let item = exam.session.current {
            let shown = right ? item.correctOption : (item.correctOption + 1) % item.options.count
            return .char(Character(PlainText.letter(shown)))
        }
        let question = question(on: app)
        let answer = question?.answer ?? 0
        let index = right ? answer : (answer + 1) % max(1, question?.options.count ?? 1)
        return .char(Character(PlainText.letter(index)))
    }

    /// Study stats of a learner some weeks in: exams, domains, lessons, a year of reviews, a forecast.
    static func stats(now: Date = Fixtures.now) -> StudyStats {
        let calendar = Fixtures.utc
        var stats = StudyStats.empty(course: course, now: now, calendar: calendar)
        let day = 86_400.0
        // (attempt, days ago, right in basics of 2, right in diffusion of 4); exam 3 retakes exam 2's two misses.
        stats.exams = [(1, 40.0, 1, 1), (2, 25.0, 1, 3), (3, 15.0, 1, 1), (4, 3.0, 2, 4)].map { id, ago, basics, diffusion in
            let retake = id == 3
            return StudyStats.Exam(attempt: id, retakeOf: retake ? 2 : nil, finishedAt: now.addingTimeInterval(-ago * day),
                                   correct: basics + diffusion, total: retake ? 2 : 6, passPercent: 70, timeUsed: 400,
                                   autoSubmitted: id == 2,
                                   domains: [StudyStats.DomainScore(domain: "basics", correct: basics, total: retake ? 1 : 2),
                                             StudyStats.DomainScore(domain: "diffusion", correct: diffusion, total: retake ? 1 : 4)])
        }
        stats.domains[0].accuracy = ProgressStats.Accuracy(id: "basics", cards: 3, seen: 3, reviews: 14, correct: 11)
        stats.domains[1].accuracy = ProgressStats.Accuracy(id: "diffusion", cards: 3, seen: 2, reviews: 9, correct: 5)
        stats.lessons[0].accuracy = ProgressStats.Accuracy(id: "l01-attention", cards: 3, seen: 3, reviews: 14, correct: 11)
        stats.lessons[1].accuracy = ProgressStats.Accuracy(id: "l02-ddpm", cards: 3, seen: 2, reviews: 9, correct: 5)
        stats.cards.new = 1
        stats.cards.learning = 1
        stats.cards.review = 3
        stats.cards.relearning = 1
        // A study pattern: bursts of reviews with gaps, a 5-day streak ending today.
        for index in stats.reviewsPerDay.indices {
            let back = stats.reviewsPerDay.count - 1 - index
            if back < 5 { stats.reviewsPerDay[index].count = 3 + back * 2 }
            else if back % 9 < 4 && back < 200 { stats.reviewsPerDay[index].count = (back * 7) % 13 }
        }
        for index in stats.forecast.indices { stats.forecast[index].count = [4, 0, 2, 1, 0, 3, 0, 0, 1, 0][index % 10] }
        stats.predictedRetention = 0.874
        return stats
    }
}
