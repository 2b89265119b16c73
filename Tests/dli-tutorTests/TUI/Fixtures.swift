import Course
import Foundation
import Study
@testable import dli_tutor

/// A small course written for the screen tests, so that snapshots change only
/// when the screens do (not when the bundled lessons are edited).
enum Fixtures {
    static let manifest = """
        id: fixture-course
        title: Fixture course for screen tests
        language: en
        description: >-
          A two-chapter course used by the snapshot tests of the study app.
        chapters:
          - id: basics
            number: 1
            title: Basics
            weight: 40
          - id: diffusion
            number: 2
            title: Diffusion
            weight: 60
        exam:
          questions: 2
          minutes: 5
          pass_percent: 70
          domains:
            - chapter: basics
              questions: 1
            - chapter: diffusion
              questions: 1
        """

    static func lesson(id: String, title: String, chapter: String, order: Int, minutes: Int, body: String) -> String {
        """
        ---
        id: \(id)
        title: \(title)
        chapter: \(chapter)
        order: \(order)
        minutes: \(minutes)
        ---
        \(body)
        """
    }

    static let attentionBody = """
        # Attention

        ## 1. Scaled dot-product attention

        Attention compares every query with every key. The scores are divided by
        the square root of the key width before the softmax, so that large widths
        do not push the softmax into saturation. Attention weights sum to one.

        ```calc
        attention q="1,0;0,1" k="1,0;0,1" v="1,2;3,4"
        ```

        > **Exam tip:** the scaling uses the key width d_k, not the sequence length.

        ## 2. Unicode check

        Tiếng Việt: chú ý (attention) và mô hình khuếch tán. 中文：注意力机制。
        日本語の注意機構。Box drawing: ┌─┬─┐ │a│b│ └─┴─┘.

        | term | meaning |
        |------|---------|
        | Q    | queries |
        | K    | keys    |

        ## 3. Elo for model arenas

        A rating difference of 200 points gives the stronger model an expected
        score of about 0.76. Attention is not involved here.

        ```calc
        elo ra=1600 rb=1400 k=32 score=1
        ```

        ## 4. Summary

        Attention mixes values by weights; Elo turns wins into ratings.
        """

    static let ddpmBody = """
        # DDPM

        ## 1. The forward process

        Noise is added step by step.

        ```calc
        ddpm schedule=linear t=500
        ```
        """

    static let quiz = """
        {"questions": [
          {"id": "f-001", "lesson": "l01-attention", "domain": "basics", "difficulty": "easy", "kind": "concept",
           "stem": "What are attention scores divided by?", "options": ["the square root of d_k", "the sequence length"],
           "answer": 0, "explanation": "The key width sets the scale of the dot products."},
          {"id": "f-002", "lesson": "l02-ddpm", "domain": "diffusion", "difficulty": "medium", "kind": "concept",
           "stem": "Does the forward process add or remove noise?", "options": ["remove", "add"],
           "answer": 1, "explanation": "The forward process adds noise; the model learns to remove it."}
        ]}
        """

    static var course: Course {
        let files = MemoryFiles([
            "course.yaml": manifest,
            "lessons/01-attention.md": lesson(id: "l01-attention", title: "Attention and arenas", chapter: "basics", order: 1, minutes: 20, body: attentionBody),
            "lessons/02-ddpm.md": lesson(id: "l02-ddpm", title: "DDPM in brief", chapter: "diffusion", order: 2, minutes: 10, body: ddpmBody),
            "quiz/fixture.json": quiz,
        ], root: "fixture")
        let load = CourseLoader.load(files: files)
        guard let course = load.course else { fatalError("fixture course does not load: \(load.diagnostics)") }
        return course
    }

    /// 2026-03-10 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_773_144_000)

    static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    static func environment(store: RecordingStudyStore = RecordingStudyStore(), course: Course = Fixtures.course,
                            library extra: [Course] = []) -> AppEnvironment {
        let library = [AppEnvironment.LibraryCourse(course: course, source: .bundled)]
            + extra.map { AppEnvironment.LibraryCourse(course: $0, source: .imported) }
        store.open(course)
        return AppEnvironment(library: library, course: course, store: store, clock: { Fixtures.now }, calendar: utc)
    }

    /// Draws an app holding `screen` (pushed over the home screen) at `size`.
    static func frame(of app: App) -> Frame {
        var frame = Frame(size: app.size)
        app.draw(into: &frame)
        return frame
    }
}

extension Fixtures {
    /// A learner part-way through: one lesson read, one started, two weeks of
    /// practice of the first question with a four-day streak, the second one
    /// answered three weeks ago and due again, and an exam passed two days ago.
    static func activeStore() -> RecordingStudyStore {
        var history = LearnerHistory(course: course, now: now)
        let (first, second) = (course.questions[0].id, course.questions[1].id)
        history.practise(second, daysAgo: 20, correct: true)
        for (back, count) in [0, 3, 5, 0, 8, 13, 21, 4, 0, 6, 9, 12, 7, 10].reversed().enumerated() where count > 0 {
            for k in 0..<count { history.practise(first, daysAgo: Double(back) + 0.1, minute: k, correct: k != 1) }
        }
        history.exam(1, daysAgo: 2, questions: [first], right: [first])
        history.read("l01-attention", share: 1, completed: true, daysAgo: 1)
        history.read("l02-ddpm", share: 0.4)
        return RecordingStudyStore(courses: [course], history: history.archive())
    }

    /// The app on its home screen at `size`.
    static func app(size: Size, store: RecordingStudyStore = RecordingStudyStore(), library extra: [Course] = []) throws -> App {
        let env = environment(store: store, library: extra)
        return App(env: env, size: size, root: try HomeScreen(env: env))
    }

    /// A second course, as if imported.
    static var importedCourse: Course {
        var course = Fixtures.course
        course.id = "imported-xdev"
        course.title = "Luyện thi NVIDIA DLI (imported)"
        return course
    }
}

extension App {
    /// Sends keys one by one, each followed by the writes it asks for (as the runner does).
    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    /// Types each character of `text` as a key.
    mutating func type(_ text: String) {
        for character in text { send(.key(.char(character))) }
    }

    /// An event and the writes it asks for, carried out as the runner does.
    mutating func send(_ event: Event) {
        handle(event)
        AppRunner.carryOutWrites(of: &self)
    }

    /// An effect and the writes it asks for, carried out as the runner does.
    mutating func apply(_ effect: Effect) {
        perform(effect)
        AppRunner.carryOutWrites(of: &self)
    }

    var frame: Frame { Fixtures.frame(of: self) }
}
