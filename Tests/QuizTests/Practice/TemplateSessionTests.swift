import Course
import Foundation
import Testing
@testable import Quiz

/// Templates in a practice session: a new variant at every presentation, the
/// variant and mistake kept with the review, the same variant after an undo,
/// and a drill that never runs out.
@Suite struct TemplateSessionTests {
    let scheduler = FSRSScheduler.standard
    let now = Date(timeIntervalSince1970: 1_750_000_000)

    func truth(_ session: PracticeSession) throws -> Double {
        try #require(session.currentQuestion?.variant?.truth)
    }

    @Test func eachPresentationDrawsTheNextVariantAfterEarlierOnes() throws {
        let elo = TemplateQuestions.elo()
        var session = PracticeSession(questionIDs: [elo.id], questions: [elo], cards: [:], scheduler: scheduler,
                                      draws: [elo.id: 6], drill: true)
        var seen: [Int] = []
        var time = now
        for _ in 0..<4 {
            let asked = try #require(session.currentQuestion)
            #expect(asked.displayID == "\(elo.id)#\(asked.variant?.number ?? 0)")
            #expect(!asked.stem.contains("{"), "the stem is filled: \(asked.stem)")
            seen.append(try #require(asked.variant?.number))
            try session.answer(.number(try truth(session), typed: "x"), confidence: nil)
            time = time.addingTimeInterval(60)
            _ = try session.confirm(at: time)
        }
        #expect(seen == [7, 8, 9, 10], "variant n + 1 after n draws, one per presentation")
        #expect(session.draws[elo.id] == 11, "a drill presents the template again at once")
    }

    @Test func theReviewKeepsTheVariantAndTheNamedMistake() throws {
        let elo = TemplateQuestions.elo()
        var session = PracticeSession(questionIDs: [elo.id], questions: [elo], cards: [:], scheduler: scheduler)
        let variant = try #require(session.currentQuestion?.variant)
        let grade = try session.answer(.number(try #require(variant.mistakes[0]), typed: "m"), confidence: .sure)
        #expect(!grade.correct && grade.mistake == 0)
        guard case .recordReview(let record) = try session.confirm(at: now) else { Issue.record("no review"); return }
        #expect(record.variant == variant && record.mistake == 0)
    }

    @Test func anOverrideClearsTheMistake() throws {
        let elo = TemplateQuestions.elo()
        var session = PracticeSession(questionIDs: [elo.id], questions: [elo], cards: [:], scheduler: scheduler)
        let variant = try #require(session.currentQuestion?.variant)
        try session.answer(.number(try #require(variant.mistakes[1]), typed: "m"), confidence: nil)
        try session.overrideAsRight()
        guard case .recordReview(let record) = try session.confirm(at: now) else { Issue.record("no review"); return }
        #expect(record.correct && record.overridden && record.mistake == nil)
    }

    @Test func undoAsksTheSameVariantAgain() throws {
        let elo = TemplateQuestions.elo(), other = TemplateQuestions.elo(id: "g-2")
        var session = PracticeSession(questionIDs: [elo.id, other.id], questions: [elo, other], cards: [:], scheduler: scheduler)
        let first = try #require(session.currentQuestion)
        try session.answer(.number(try truth(session), typed: "x"), confidence: nil)
        _ = try session.confirm(at: now)
        #expect(session.currentQuestion?.id == other.id)
        _ = try session.undo()
        #expect(session.currentQuestion == first, "the numbers the learner saw come back")
        #expect(session.draws[elo.id] == 1)
    }

    @Test func aConfidentErrorIsReaskedWithAFreshVariant() throws {
        let questions = [TemplateQuestions.elo()] + (1...5).map { TemplateQuestions.elo(id: "g\($0)") }
        var session = PracticeSession(questionIDs: questions.map(\.id), questions: questions, cards: [:], scheduler: scheduler)
        let first = try #require(session.currentQuestion?.variant)
        try session.answer(.number(first.truth + 0.3, typed: "x"), confidence: .sure)
        var time = now
        _ = try session.confirm(at: time)
        while session.currentQuestion?.id != questions[0].id {
            try session.answer(.number(try truth(session), typed: "x"), confidence: .sure)
            time = time.addingTimeInterval(5)
            _ = try session.confirm(at: time)
        }
        #expect(session.presentingReask)
        #expect(session.currentQuestion?.variant?.number == 2, "the re-ask is the next draw")
    }

    @Test func aTemplateThatCannotBeDrawnIsPassedOver() throws {
        var broken = TemplateQuestions.elo(id: "broken")
        broken.template?.truth = .calc(call: "elo ra={ra} rb={rb}", field: "no_such_field", scale: nil)
        let fine = TemplateQuestions.elo(id: "fine")
        let session = PracticeSession(questionIDs: [broken.id, fine.id], questions: [broken, fine], cards: [:], scheduler: scheduler)
        #expect(session.currentQuestion?.id == "fine")
        #expect(session.drawFailures["broken"]?.contains("no_such_field") == true)
    }
}
