import Course
import Foundation
import Testing
@testable import Quiz

/// Confident errors, re-asks, overrides and recall cards in the practice engine.
@Suite struct ConfidenceSessionTests {
    let scheduler = FSRSScheduler.standard
    let now = Date(timeIntervalSince1970: 1_750_000_000)

    func questions(_ count: Int) -> [Question] {
        (1...count).map {
            Question(id: "q\($0)", lesson: "l", domain: "d", difficulty: .easy, stem: "Q\($0)?", options: ["right", "wrong"],
                     answer: 0, explanation: "The first.")
        }
    }

    func session(_ count: Int) -> PracticeSession {
        let all = questions(count)
        return PracticeSession(questionIDs: all.map(\.id), questions: all, cards: [:], scheduler: scheduler)
    }

    @Test func aConfidentErrorComesBackFiveCardsLater() throws {
        var s = session(8)
        try s.answer(.option(1), confidence: .sure)
        guard case .graded(let grade) = s.phase else { Issue.record("not graded"); return }
        #expect(grade.isConfidentError && grade.rating == .again)
        _ = try s.confirm(at: now)
        var order: [String] = []
        var time = now
        while case .presenting(let id) = s.phase, order.count < 10 {
            order.append(id)
            time = time.addingTimeInterval(1)
            try s.answer(.option(0), confidence: .sure)
            _ = try s.confirm(at: time)
        }
        // q2…q5 (four cards), then q1 again: at least five cards after the first answer.
        #expect(Array(order.prefix(5)) == ["q2", "q3", "q4", "q5", "q1"], "\(order)")
        #expect(s.reviews.filter(\.reask).map(\.questionID) == ["q1"])
        #expect(s.reviews.first?.reask == false)
    }

    @Test func withFewerCardsLeftTheReaskIsLast() throws {
        var s = session(3)
        try s.answer(.option(1), confidence: .sure)
        _ = try s.confirm(at: now)
        #expect(s.queue == ["q3", "q1"] && s.reasks == ["q1"])
        #expect(s.phase == .presenting(questionID: "q2"))
    }

    @Test func notSureWrongIsNoConfidentErrorAndAReaskIsNeverReasked() throws {
        var s = session(3)
        try s.answer(.option(1), confidence: .unsure)
        _ = try s.confirm(at: now)
        #expect(s.reasks.isEmpty && s.learning.map(\.questionID) == ["q1"])

        var t = session(2)
        try t.answer(.option(1), confidence: .sure)
        _ = try t.confirm(at: now)
        try t.answer(.option(0), confidence: .sure)
        _ = try t.confirm(at: now.addingTimeInterval(1))
        #expect(t.phase == .presenting(questionID: "q1") && t.presentingReask)
        try t.answer(.option(1), confidence: .sure)
        guard case .graded(let grade) = t.phase else { Issue.record("not graded"); return }
        #expect(grade.isReask && !grade.isConfidentError)
        _ = try t.confirm(at: now.addingTimeInterval(2))
        #expect(t.reasks.isEmpty)
    }

    @Test func undoPutsTheReaskBack() throws {
        var s = session(3)
        try s.answer(.option(1), confidence: .sure)
        _ = try s.confirm(at: now)
        guard case .undoReview(let record) = try s.undo() else { Issue.record("no undo"); return }
        #expect(record.answer == .option(1) && record.confidence == .sure)
        #expect(s.reasks.isEmpty && s.queue == ["q2", "q3"] && s.phase == .presenting(questionID: "q1"))
    }

    @Test func aTypedAnswerCanBeOverriddenAsRight() throws {
        let typed = Question(id: "t", lesson: "l", domain: "d", difficulty: .easy, stem: "Name it.", options: [], answer: 0,
                             explanation: "GELU.", response: .text(TextKey(accept: ["GELU"])))
        var s = PracticeSession(questionIDs: ["t"], questions: [typed], cards: [:], scheduler: scheduler)
        try s.answer(.text("gelu activation"), confidence: .unsure)
        #expect(throws: PracticeSessionError.ratingNotAllowed(.good, correct: false)) { try s.choose(.good) }
        try s.overrideAsRight()
        guard case .graded(let grade) = s.phase else { Issue.record("not graded"); return }
        #expect(grade.correct && grade.overridden && grade.rating == .hard)
        guard case .recordReview(let record) = try s.confirm(at: now) else { Issue.record("no record"); return }
        #expect(record.overridden && record.correct && record.answer == .text("gelu activation"))
        // A pick-one answer is not typed: nothing to override.
        var p = session(1)
        try p.answer(.option(1), confidence: nil)
        #expect(throws: PracticeSessionError.self) { try p.overrideAsRight() }
    }

    @Test func aRecallCardIsRevealedAndRatedByTheLearner() throws {
        let card = Question(id: "r", lesson: "l", domain: "d", difficulty: .easy, stem: "What is ε?", options: [], answer: 0,
                            explanation: "Noise.", response: .recall(back: "The noise."))
        var s = PracticeSession(questionIDs: ["r"], questions: [card], cards: [:], scheduler: scheduler)
        #expect(throws: PracticeSessionError.self) { try s.answer(.text("noise"), confidence: .sure) }
        let grade = try s.reveal()
        #expect(grade.rating == .good && grade.confidence == nil && s.allowedRatings == Rating.allCases)
        try s.choose(.again)
        guard case .recordReview(let record) = try s.confirm(at: now) else { Issue.record("no record"); return }
        #expect(!record.correct && record.rating == .again && record.answer == .recalled)
    }
}
