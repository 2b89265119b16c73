import Course
import Foundation
import Testing
@testable import Quiz

@Suite struct ExamSessionTests {
    let course = Fixtures.course()

    func exam(seed: UInt64 = 1) -> ExamSession {
        var generator = SeededGenerator(seed: seed)
        return ExamAssembler.assemble(course: course, lastSeen: [:], seed: seed, at: Fixtures.t0, using: &generator)
    }

    func at(_ seconds: Double) -> Date { Fixtures.t0.addingTimeInterval(seconds) }

    @Test func answersChangeAndClearWithTheirChanges() throws {
        var session = exam()
        let item = session.items[2]
        let change = try session.answer(2, option: 1, at: at(10))
        #expect(change == .answered(position: 2, answer: .option(item.optionOrder[1]), confidence: .sure, at: at(10)))
        #expect(session.items[2].chosenOption == 1 && session.answeredCount == 1)
        _ = try session.answer(2, option: 3, at: at(20))
        #expect(session.items[2].chosen == item.optionOrder[3] && session.items[2].answeredAt == at(20))
        #expect(try session.clearAnswer(2, at: at(30)) == .answered(position: 2, answer: nil, confidence: nil, at: at(30)))
        #expect(session.answeredCount == 0)
        #expect(throws: ExamError.noSuchOption(4, count: 4)) { _ = try session.answer(2, option: 4, at: at(40)) }
        #expect(throws: ExamError.noSuchQuestion(16, count: 15)) { _ = try session.answer(15, option: 0, at: at(40)) }
    }

    @Test func flagsNavigationAndTheSubmissionCheck() throws {
        var session = exam()
        #expect(try session.setFlag(4, true, at: at(5)) == .flagged(position: 4, true))
        _ = try session.setFlag(9, true, at: at(6))
        _ = try session.setFlag(9, false, at: at(7))
        _ = try session.answer(0, option: 0, at: at(8))
        _ = try session.answer(4, option: 0, at: at(9))
        #expect(session.flagged == [4])
        #expect(session.unanswered == Array(1..<15).filter { $0 != 4 })
        #expect(try session.go(to: 14) == .moved(to: 14))
        #expect(session.current == session.items[14])
        #expect(throws: ExamError.noSuchQuestion(0, count: 15)) { _ = try session.go(to: -1) }
    }

    @Test func theDeadlineStopsAnswersAndSubmitsAutomatically() throws {
        var session = exam()
        #expect(abs((session.remainingTime(at: at(600)) ?? 0) - (45 * 60 - 600)) < 1e-6)
        _ = try session.answer(0, option: session.items[0].correctOption, at: at(45 * 60 - 1))
        #expect(session.submitIfTimeIsUp(at: at(45 * 60 - 1)) == nil)
        #expect(throws: ExamError.timeUp) { _ = try session.answer(1, option: 0, at: at(45 * 60)) }
        #expect(throws: ExamError.timeUp) { _ = try session.setFlag(1, true, at: at(45 * 60 + 5)) }
        #expect(session.remainingTime(at: at(50 * 60)) == 0)
        let change = session.submitIfTimeIsUp(at: at(50 * 60))
        #expect(change == .submitted(at: at(50 * 60), automatically: true))
        let result = try #require(session.result())
        #expect(result.correct == 1 && result.submittedAutomatically)
        // Time used stops at the deadline even when noticed later.
        #expect(abs(result.timeUsed - 45 * 60) < 1e-6)
        #expect(throws: ExamError.alreadySubmitted) { _ = try session.answer(1, option: 0, at: at(50 * 60)) }
        #expect(throws: ExamError.alreadySubmitted) { _ = try session.submit(at: at(50 * 60)) }
    }

    @Test func anUntimedExamNeverRunsOut() throws {
        var session = exam()
        session.deadline = nil
        #expect(session.remainingTime(at: at(1e6)) == nil && !session.isTimeUp(at: at(1e6)))
        _ = try session.answer(3, option: 0, at: at(1e6))
        #expect(try session.submit(at: at(1e6 + 1)) == .submitted(at: at(1e6 + 1), automatically: false))
        #expect(abs((session.result()?.timeUsed ?? 0) - (1e6 + 1)) < 1e-6)
    }

    @Test func scoringPassesAtSeventyPercentWithABreakdownByDomain() throws {
        for (right, passes) in [(11, true), (10, false)] {
            var session = exam(seed: 3)
            for position in session.items.indices where position < right {
                _ = try session.answer(position, option: session.items[position].correctOption, at: at(60))
            }
            // One wrong answer; the rest blank.
            if right < 15 {
                let item = session.items[right]
                _ = try session.answer(right, option: (item.correctOption + 1) % 4, at: at(61))
            }
            _ = try session.flagged.isEmpty ? session.setFlag(14, true, at: at(62)) : .moved(to: 0)
            _ = try session.submit(at: at(1234))
            let result = try #require(session.result(domainOrder: Fixtures.domains))
            #expect(result.correct == right && result.total == 15)
            #expect(result.passed == passes)
            #expect(abs(result.percent - 100 * Double(right) / 15) < 1e-12)
            #expect(abs(result.timeUsed - 1234) < 1e-6 && !result.submittedAutomatically)
            #expect(result.domains.map(\.domain) == Fixtures.domains)
            for score in result.domains {
                let items = session.items.enumerated().filter { $0.element.question.domain == score.domain }
                #expect(score.total == items.count)
                #expect(score.correct == items.count { $0.offset < right })
            }
            #expect(result.missed == Array(right..<15))
            let review = result.reviews[right]
            #expect(review.chosenOption == (review.correctOption + 1) % 4 && !review.isCorrect && review.rating == .again)
            #expect(review.options[review.correctOption] == review.question.options[review.question.answer])
            #expect(result.reviews[0].rating == .good && result.reviews[14].flagged)
        }
    }

    @Test func aStoredRecordRebuildsTheSameSession() throws {
        var session = exam(seed: 8)
        session.id = 3
        _ = try session.answer(1, option: 2, at: at(30))
        _ = try session.setFlag(5, true, at: at(31))
        _ = try session.go(to: 5)
        let rebuilt = try ExamSession(record: session.record, course: course)
        #expect(rebuilt == session)

        // Each question is kept as it was asked: a later edit of the bank changes nothing.
        var changed = course
        changed.questions.removeAll { $0.id == session.items[0].question.id }
        let edited = try #require(changed.questions.firstIndex { $0.id == session.items[1].question.id })
        changed.questions[edited].options.removeLast()
        changed.questions[edited].stem = "An edited stem"
        #expect(try ExamSession(record: session.record, course: changed) == session)

        // An attempt stored before snapshots is rebuilt from the course, and refused when it changed.
        var legacy = session.record
        for index in legacy.items.indices { legacy.items[index].snapshot = nil }
        #expect(try ExamSession(record: legacy, course: course) == session)
        #expect(throws: ExamError.questionMissing(session.items[0].question.id)) {
            _ = try ExamSession(record: legacy, course: changed)
        }
        var fewer = course
        let index = try #require(fewer.questions.firstIndex { $0.id == session.items[1].question.id })
        fewer.questions[index].options.removeLast()
        #expect(throws: ExamError.optionsChanged(session.items[1].question.id)) {
            _ = try ExamSession(record: legacy, course: fewer)
        }
    }
}
