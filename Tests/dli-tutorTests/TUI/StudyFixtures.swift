import Course
import Foundation
import Quiz
import Study
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
        Question(id: "s-002", lesson: "l01-attention", section: "1-scaled-dot-product-attention", domain: "basics",
                 difficulty: .medium, kind: .concept,
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
                 answer: 1, explanation: "ᾱ_t is a product of factors below one, so it shrinks as t grows: larger at t = 100.",
                 check: QuestionCheck(calc: "ddpm schedule=linear t=100", field: "alpha_bar", digits: 2)),
    ]

    /// One question of each answer form beyond pick-one.
    static let formQuestions: [Question] = [
        Question(id: "f-choices", lesson: "l01-attention", domain: "basics", difficulty: .medium, kind: .concept,
                 stem: "Which of these are inputs of scaled dot-product attention?",
                 options: ["queries", "keys", "the learning rate", "values"], answer: 0,
                 explanation: "Attention takes queries, keys and values; the learning rate belongs to the optimiser.",
                 response: .choices(answers: [0, 1, 3], picks: nil)),
        Question(id: "f-number", lesson: "l01-attention", domain: "basics", difficulty: .medium, kind: .numeric,
                 stem: "Model A is rated 1600 and model B 1400. What is A's expected score against B?",
                 options: [], answer: 0,
                 explanation: "1/(1 + 10^(−200/400)) ≈ 0.76. Using +200 gives B's score, 0.24.",
                 check: QuestionCheck(calc: "elo ra=1600 rb=1400", field: "expected_a", digits: 4),
                 response: .number(NumberKey(value: nil, tolerance: Tolerance(absolute: 0.005)))),
        Question(id: "f-cloze", lesson: "l02-ddpm", domain: "diffusion", difficulty: .medium, kind: .code,
                 stem: "Fill the blank so `alpha_bar` holds the cumulative products of `alphas`:\n\n```python\nalpha_bar = ____\n```",
                 options: [], answer: 0,
                 explanation: "`torch.cumprod(alphas, dim=0)` multiplies the alphas up to each step; a sum would add them.",
                 response: .text(TextKey(accept: ["torch.cumprod(alphas, dim=0)", "alphas.cumprod(dim=0)"], match: .code))),
        Question(id: "f-recall", lesson: "l02-ddpm", domain: "diffusion", difficulty: .easy, kind: .concept,
                 stem: "What does the DDPM network predict in the usual parameterisation?", options: [], answer: 0,
                 explanation: "Predicting ε keeps the target at unit variance at every step.",
                 response: .recall(back: "The noise **ε** added at step t.")),
    ]

    /// The study course with one question of each form only (choices, number, code cloze, recall).
    static var formsCourse: Course { course(with: formQuestions, diffusionInExam: 1) }

    static var course: Course { course(with: questions, diffusionInExam: 2) }

    /// The fixture course with `questions` and a 10-minute exam of two basics
    /// questions and `diffusion` diffusion ones.
    static func course(with questions: [Question], diffusionInExam diffusion: Int) -> Course {
        var course = Fixtures.course
        course.questions = questions
        course.exam = ExamBlueprint(questions: 2 + diffusion, minutes: 10, passPercent: 70,
                                    domains: [.init(chapter: "basics", questions: 2), .init(chapter: "diffusion", questions: diffusion)])
        return course
    }

    /// The course without any question.
    static var emptyCourse: Course {
        var course = Fixtures.course
        course.questions = []
        return course
    }

    static func environment(store: RecordingStudyStore, clock: TestClock, course: Course = StudyFixtures.course) -> AppEnvironment {
        store.open(course)
        return AppEnvironment(library: [AppEnvironment.LibraryCourse(course: course, source: .bundled)], course: course, store: store,
                       clock: { clock.now }, calendar: Fixtures.utc, seed: { 7 })
    }

    /// The app on the home screen of the study course.
    static func app(size: Size = Size(width: 80, height: 24), store: RecordingStudyStore = RecordingStudyStore(),
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

    /// A learner some weeks in: four exams (one a retake, one run out of time), a
    /// five-day streak after months of bursts of practice, every card state.
    static func activeStore(now: Date = Fixtures.now) -> RecordingStudyStore {
        var history = LearnerHistory(course: course, now: now)
        for back in stride(from: 199, through: 5, by: -1) where back % 9 < 4 {
            history.practiseDay(daysAgo: Double(back) + 0.2, count: (back * 7) % 13, wrongEvery: 3)
        }
        for back in stride(from: 4, through: 0, by: -1) {
            history.practiseDay(daysAgo: Double(back) + 0.1, count: 3 + back * 2, confidence: true)
        }
        let all = questions.map(\.id)
        history.exam(1, daysAgo: 40, questions: ["s-001", "s-002", "s-004", "s-005"], right: ["s-001", "s-004"])
        history.exam(2, daysAgo: 25, questions: ["s-002", "s-003", "s-005", "s-006"], right: ["s-002", "s-005", "s-006"],
                     autoSubmitted: true, minutes: 10)
        history.exam(3, daysAgo: 15, questions: ["s-003"], right: [], retakeOf: 2)
        history.exam(4, daysAgo: 3, questions: ["s-001", "s-003", "s-004", "s-006"], right: Set(all))
        return RecordingStudyStore(courses: [course], history: history.archive())
    }
}
