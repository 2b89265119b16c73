import Course
import Foundation
import Testing
@testable import Quiz

/// Templates in the store: a review keeps its variant and named mistake through
/// undo, export and import; an exam keeps the variants it was assembled with
/// through a restart, its submission and its review.
@Suite struct TemplateStoreTests {
    let scheduler = Fixtures.scheduler()

    /// The fixture course with the Elo template in every domain's first lesson.
    func course() -> Course {
        var course = Fixtures.course()
        for domain in Fixtures.domains {
            course.questions.append(TemplateQuestions.elo(id: "\(domain)-elo", lesson: "\(domain)-0", domain: domain))
        }
        return course
    }

    @Test func aReviewKeepsItsVariantAndMistakeThroughUndoExportAndImport() throws {
        let course = course(), store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        let template = try #require(course.questions.first { $0.template != nil })
        var session = PracticeSession(questionIDs: [template.id], questions: course.questions, cards: [:], scheduler: scheduler)
        let variant = try #require(session.currentQuestion?.variant)
        try session.answer(.number(try #require(variant.mistakes[0]), typed: "m"), confidence: .sure)
        guard case .recordReview(let record) = try session.confirm(at: Fixtures.t0.addingTimeInterval(5)) else {
            Issue.record("no review"); return
        }
        try store.recordPractice(record, course: course.id)

        let archive = try store.exportArchive()
        let review = try #require(archive.reviews.first { $0.question == template.id })
        #expect(review.variant == variant && review.mistake == 0)
        let json = try JSONEncoder().encode(archive)
        let decoded = try JSONDecoder().decode(ProgressArchive.self, from: json)
        #expect(decoded == archive)
        let other = try Fixtures.store()
        try other.syncBank(of: course, at: Fixtures.t0)
        _ = try other.importArchive(decoded)
        #expect(try other.exportArchive().reviews == archive.reviews)
        #expect(try other.mistakeCounts(course: course.id).map { [$0.question, "\($0.mistake)", "\($0.count)"] } == [[template.id, "0", "1"]])
        #expect(ReviewLogCSV.render(archive).contains("\"\(variant.logText)\",1\r\n") || ReviewLogCSV.render(archive).contains(",\(variant.logText),1\r\n"))

        // Undo takes the review, its variant and its mistake away.
        try store.undoPractice(record, course: course.id)
        #expect(try store.exportArchive().reviews.isEmpty)
        #expect(try store.mistakeCounts(course: course.id).isEmpty)
    }

    @Test func anExamKeepsItsVariantsThroughARestartAndItsSubmission() throws {
        let course = course(), folder = try Fixtures.folder()
        var generator = SeededGenerator(seed: 3)
        var session = ExamAssembler.assemble(course: Fixtures.course(), lastSeen: [:], seed: 3, at: Fixtures.t0, using: &generator)
        // Put a template in the exam whatever the draw picked: the assembly draws it.
        var drawn: [ExamItem] = []
        for domain in Fixtures.domains {
            let template = try #require(course.questions.first { $0.id == "\(domain)-elo" })
            drawn.append(ExamItem(question: try #require(ExamAssembler.examQuestion(template, draw: 77)), optionOrder: []))
        }
        session = ExamSession(course: course.id, seed: 3, startedAt: Fixtures.t0, deadline: Fixtures.t0.addingTimeInterval(2700),
                              passPercent: 70, items: drawn + session.items.prefix(11))
        let asked = drawn.map(\.question)
        #expect(asked.allSatisfy { $0.variant?.number == 77 && !$0.stem.contains("{") })
        do {
            let store = try ProgressStore(dataDirectory: folder)
            try store.syncBank(of: course, at: Fixtures.t0)
            session.id = try store.createAttempt(session.record)
            let wrong = try #require(asked[0].variant?.mistakes[1])
            try store.save(try session.answer(0, .number(wrong, typed: String(wrong)), confidence: .sure, at: Fixtures.t0.addingTimeInterval(9)),
                           attempt: try #require(session.id))
        }
        // A new process: the attempt resumes with the same numbers.
        let store = try ProgressStore(dataDirectory: folder)
        let record = try #require(try store.openAttempt(course: course.id))
        var resumed = try ExamSession(record: record, course: course)
        #expect(Array(resumed.items.prefix(4)).map(\.question) == asked)
        #expect(resumed.items[0].answer != nil, "\(resumed.items[0])")
        #expect(resumed.items[0].grade?.mistake == 1)
        _ = try resumed.submit(at: Fixtures.t0.addingTimeInterval(60))
        let result = try store.submitExam(resumed, scheduler: scheduler)
        #expect(result.reviews[0].question == asked[0] && result.reviews[0].grade?.mistake == 1)
        let logged = try store.exportArchive().reviews.first { $0.question == asked[0].id }
        #expect(logged?.variant == asked[0].variant && logged?.mistake == 1 && logged?.source == .exam)
    }
}
