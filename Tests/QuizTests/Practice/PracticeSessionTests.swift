import Course
import Foundation
import Testing
@testable import Quiz

@Suite struct PracticeSessionTests {
    typealias F = PracticeFixtures
    let bank = [F.question("q1", lesson: "l1"), F.question("q2", lesson: "l2"), F.question("q3", lesson: "l1")]

    func session(_ ids: [String] = ["q1", "q2", "q3"], cards: [String: FSRSCard] = [:]) -> PracticeSession {
        PracticeSession(questionIDs: ids, questions: bank, cards: cards, scheduler: F.scheduler)
    }

    @Test func wrongAnswerIsAgainAndRecordsTheReview() throws {
        var s = session()
        #expect(s.phase == .presenting(questionID: "q1"))
        #expect(s.currentQuestion?.id == "q1")
        let grade = try s.answer(option: 3)
        #expect(grade == .init(questionID: "q1", answer: .option(3), correct: false, rating: .again, confidence: nil, detail: .choice))
        let effect = try s.confirm(at: F.now)
        let expectedCard = F.scheduler.review(.new(at: F.now), rating: .again, at: F.now).card
        #expect(effect == .recordReview(PracticeReviewRecord(
            questionID: "q1", oldCard: nil, newCard: expectedCard, rating: .again, time: F.now, answer: .option(3), correct: false)))
        #expect(s.cards["q1"] == expectedCard)
        #expect(s.phase == .presenting(questionID: "q2"))
        #expect(s.reviews.count == 1)
    }

    @Test func rightAnswerProposesGoodAndMayBecomeHardOrEasy() throws {
        for rating in [Rating.hard, .good, .easy] {
            var s = session()
            #expect(try s.answer(option: 1).rating == .good)
            try s.choose(rating)
            guard case .recordReview(let record) = try s.confirm(at: F.now) else { Issue.record("no record"); return }
            #expect(record.rating == rating && record.correct && record.answer == .option(1))
            #expect(record.newCard == F.scheduler.review(.new(at: F.now), rating: rating, at: F.now).card)
        }
    }

    @Test func ratingsMustFitTheAnswer() throws {
        var s = session()
        try s.answer(option: 0)
        #expect(throws: PracticeSessionError.ratingNotAllowed(.good, correct: false)) { try s.choose(.good) }
        try s.choose(.again)
        var t = session()
        try t.answer(option: 1)
        #expect(throws: PracticeSessionError.ratingNotAllowed(.again, correct: true)) { try t.choose(.again) }
        try t.choose(.easy)
        try t.choose(.good)
        #expect(t.phase == .graded(.init(questionID: "q1", answer: .option(1), correct: true, rating: .good, confidence: nil, detail: .choice)))
    }

    @Test func actionsOutOfPhaseAreErrors() throws {
        var s = session()
        #expect(throws: PracticeSessionError.nothingGraded) { try s.confirm(at: F.now) }
        #expect(throws: PracticeSessionError.nothingGraded) { try s.choose(.good) }
        #expect(throws: PracticeSessionError.optionOutOfRange(4, count: 4)) { try s.answer(option: 4) }
        #expect(throws: PracticeSessionError.optionOutOfRange(-1, count: 4)) { try s.answer(option: -1) }
        #expect(throws: PracticeSessionError.nothingToUndo) { try s.undo() }
        try s.answer(option: 1)
        #expect(throws: PracticeSessionError.noQuestionPresented) { try s.answer(option: 1) }
        var empty = session([])
        #expect(empty.phase == .finished)
        #expect(throws: PracticeSessionError.noQuestionPresented) { try empty.answer(option: 0) }
        #expect(PracticeSessionError.ratingNotAllowed(.again, correct: true).description == "a right answer is rated hard, good or easy, not again")
    }

    @Test func existingCardsAreReviewedFromTheirState() throws {
        let old = F.reviewCard(stability: 4, daysAgo: 6, dueDaysAgo: 2)
        var s = session(cards: ["q1": old])
        try s.answer(option: 1)
        guard case .recordReview(let record) = try s.confirm(at: F.now) else { Issue.record("no record"); return }
        #expect(record.oldCard == old)
        #expect(record.newCard == F.scheduler.review(old, rating: .good, at: F.now).card)
    }

    @Test func undoRestoresTheCardAndAsksAgain() throws {
        let old = F.reviewCard(stability: 4, daysAgo: 6, dueDaysAgo: 2)
        var s = session(cards: ["q1": old])
        let start = s
        try s.answer(option: 1)
        try s.choose(.easy)
        guard case .recordReview(let record) = try s.confirm(at: F.now) else { Issue.record("no record"); return }
        #expect(s.canUndo)
        #expect(try s.undo() == .undoReview(record))
        #expect(s.cards == start.cards && s.queue == start.queue && s.reviews.isEmpty && s.phase == start.phase)
        #expect(!s.canUndo)
        #expect(throws: PracticeSessionError.nothingToUndo) { try s.undo() }
        // Answering again continues as if the first answer never happened.
        try s.answer(option: 0)
        _ = try s.confirm(at: F.now + 5)
        #expect(s.cards["q1"] == F.scheduler.review(old, rating: .again, at: F.now + 5).card)
        #expect(s.phase == .presenting(questionID: "q2"))
    }

    @Test func undoDiscardsAGradedAnswerOfTheNextQuestion() throws {
        var s = session()
        try s.answer(option: 1)
        _ = try s.confirm(at: F.now)
        try s.answer(option: 2)  // q2, graded but not confirmed
        guard case .undoReview(let record) = try s.undo() else { Issue.record("no undo"); return }
        #expect(record.questionID == "q1" && record.oldCard == nil)
        #expect(s.phase == .presenting(questionID: "q1") && s.cards.isEmpty)
        try s.answer(option: 1)
        _ = try s.confirm(at: F.now + 10)
        #expect(s.phase == .presenting(questionID: "q2"))
    }

    @Test func learningCardsComeBackInTheSession() throws {
        var s = session()
        try s.answer(option: 0)                  // q1 wrong: due again in 1 min
        _ = try s.confirm(at: F.now)
        #expect(s.phase == .presenting(questionID: "q2"))
        try s.answer(option: 1)                  // q2 right: step 1, due in 10 min
        _ = try s.confirm(at: F.now + 90)
        #expect(s.phase == .presenting(questionID: "q1"))  // due, so before q3
        try s.answer(option: 1)                  // q1 right: step 1, due in 10 min
        _ = try s.confirm(at: F.now + 120)
        #expect(s.phase == .presenting(questionID: "q3"))
        try s.answer(option: 1)
        try s.choose(.easy)                      // q3 graduates
        _ = try s.confirm(at: F.now + 150)
        // Queue empty: learning cards within 20 min come early, earliest due first.
        #expect(s.phase == .presenting(questionID: "q2"))
        try s.answer(option: 1)
        _ = try s.confirm(at: F.now + 200)       // q2 graduates
        #expect(s.phase == .presenting(questionID: "q1"))
        try s.answer(option: 1)
        _ = try s.confirm(at: F.now + 210)
        #expect(s.phase == .finished)
        #expect(s.cards.values.allSatisfy { $0.state == .review })
        #expect(s.reviews.map(\.questionID) == ["q1", "q2", "q1", "q3", "q2", "q1"])
    }

    @Test func learningCardsBeyondLearnAheadWaitForTheNextSession() throws {
        var s = PracticeSession(questionIDs: ["q1"], questions: bank, cards: [:], scheduler: F.scheduler, learnAhead: 60)
        try s.answer(option: 1)
        _ = try s.confirm(at: F.now)  // due in 10 min, beyond a 1-min learn-ahead
        #expect(s.phase == .finished && s.learning.isEmpty)
    }

    @Test func runsOverABuiltQueue() throws {
        var generator = SeededGenerator(seed: 2)
        let queue = PracticeQueue.build(questions: bank, cards: [:], at: F.now, scheduler: F.scheduler, using: &generator)
        let s = PracticeSession(queue: queue, questions: bank, cards: [:], scheduler: F.scheduler)
        #expect(s.phase == .presenting(questionID: queue.questionIDs[0]))
        #expect(s.queue == Array(queue.questionIDs.dropFirst()))
    }
}
