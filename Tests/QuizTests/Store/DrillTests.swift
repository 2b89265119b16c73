import Course
import Foundation
import Testing
@testable import Quiz

/// `practice --drill`: the templates a calculator or an id names, asked round
/// after round with a fresh variant each time; every answer is logged as a
/// drill, and only a card's first review of the day moves its FSRS state.
@Suite struct DrillTests {
    let scheduler = Fixtures.scheduler()

    /// The fixture course with two Elo templates and a LoRA one.
    func course() -> Course {
        var course = Fixtures.course()
        course.questions += [TemplateQuestions.elo(id: "g-elo-1", lesson: "foundations-0", domain: "foundations"),
                             TemplateQuestions.elo(id: "g-elo-2", lesson: "foundations-1", domain: "foundations"),
                             TemplateQuestions.lora(id: "g-lora")]
        course.questions[course.questions.count - 1].lesson = "foundations-0"
        course.questions[course.questions.count - 1].domain = "foundations"
        return course
    }

    @Test func aDrillNamesTemplatesByCalculatorOrById() {
        let course = course()
        #expect(course.drillTemplates("elo").map(\.id) == ["g-elo-1", "g-elo-2"])
        #expect(course.drillTemplates("g-lora").map(\.id) == ["g-lora"])
        #expect(course.drillTemplates("bleu").isEmpty)
        // A fixed question's id is no drill.
        #expect(course.drillTemplates(course.questions[0].id).isEmpty)
        // The LoRA template's truth is an expression: no calculator drills it.
        #expect(course.drillableCalculators == ["elo"])
    }

    @Test func aDrillAsksFreshVariantsAndMovesACardOnceADay() throws {
        let course = course(), store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        let byID = Dictionary(course.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var generator = SeededGenerator(seed: 1)
        let plan = try store.drillPlan(course: course.id, questionsByID: byID, questionIDs: ["g-elo-1"], at: Fixtures.t0,
                                       scheduler: scheduler, using: &generator)
        #expect(plan.queue.questionIDs == ["g-elo-1"])
        var session = PracticeSession(plan: plan, scheduler: scheduler, drill: true)
        let day = Calendar(identifier: .gregorian).startOfDay(for: Fixtures.t0)
        let extra = ExtraPractice(source: .drill, dayStart: day)
        var variants: [Int] = []
        var stored: [FSRSCard] = []
        for round in 0..<4 {
            let asked = try #require(session.currentQuestion)
            let variant = try #require(asked.variant)
            variants.append(variant.number)
            try session.answer(.number(variant.truth, typed: "\(variant.truth)"), confidence: .sure)
            guard case .recordReview(let record) = try session.confirm(at: Fixtures.t0.addingTimeInterval(Double(60 * (round + 1)))) else {
                Issue.record("no review"); return
            }
            try store.recordPractice(record, course: course.id, extra: extra)
            stored.append(try #require(try store.card(course: course.id, question: "g-elo-1")).card)
        }
        // A fresh variant every round, the session never finishes, every answer is logged as a drill.
        #expect(variants == [1, 2, 3, 4])
        #expect(session.phase != .finished)
        #expect(try store.exportArchive().reviews.map(\.source) == [.drill, .drill, .drill, .drill])
        // Only the day's first review moved the card: the later three left it as it was.
        #expect(stored[0].lastReview != nil && stored.dropFirst().allSatisfy { $0 == stored[0] })
        #expect(try store.card(course: course.id, question: "g-elo-1")?.reviewCount == 4)
    }
}
