import Course
import Foundation
import Testing
@testable import Quiz

@Suite struct ExamAssemblerTests {
    let course = Fixtures.course()

    func assemble(seed: UInt64, lastSeen: [String: Date] = [:], course: Course? = nil, at time: Date = Fixtures.t0) -> ExamSession {
        var generator = SeededGenerator(seed: seed)
        return ExamAssembler.assemble(course: course ?? self.course, lastSeen: lastSeen, seed: seed, at: time, using: &generator)
    }

    @Test func followsTheBlueprint() {
        let exam = assemble(seed: 1)
        #expect(exam.items.count == 15)
        #expect(Set(exam.items.map(\.question.id)).count == 15)
        for domain in course.exam.domains {
            #expect(exam.items.count { $0.question.domain == domain.chapter } == domain.questions)
        }
        #expect(exam.deadline == Fixtures.t0.addingTimeInterval(45 * 60))
        #expect(exam.passPercent == 70)
        #expect(exam.seed == 1 && exam.startedAt == Fixtures.t0 && exam.position == 0 && !exam.isSubmitted)
    }

    @Test func theSeedMakesItReproducible() {
        #expect(assemble(seed: 42) == assemble(seed: 42))
        #expect(assemble(seed: 42).items.map(\.question.id) != assemble(seed: 43).items.map(\.question.id))
    }

    @Test func optionsAreShuffledAndTheKeyFollows() {
        var moved = 0
        for seed in 0..<20 as Range<UInt64> {
            for item in assemble(seed: seed).items {
                #expect(item.optionOrder.sorted() == [0, 1, 2, 3])
                #expect(item.options[item.correctOption] == item.question.options[item.question.answer])
                if item.optionOrder != [0, 1, 2, 3] { moved += 1 }
            }
        }
        // 300 shuffles of 4 options: the identity comes up about 1 in 24 times.
        #expect(moved > 250)
    }

    @Test func noQuestionRepeatsWhileUnusedOnesRemain() {
        // 10 questions per domain; the blueprint takes 2/5/4/4 per exam.
        var lastSeen: [String: Date] = [:]
        var history: [[String]] = []
        for round in 0..<3 {
            let time = Fixtures.t0.addingTimeInterval(Double(round) * 3600)
            let exam = assemble(seed: UInt64(100 + round), lastSeen: lastSeen, at: time)
            let ids = exam.items.map(\.question.id)
            history.append(ids)
            for id in ids { lastSeen[id] = time }
        }
        #expect(Set(history[0]).isDisjoint(with: history[1]))
        let usedBefore = Set(history[0] + history[1])
        for domain in Fixtures.domains {
            let pool = course.questions.filter { $0.domain == domain }.map(\.id)
            let unused = Set(pool).subtracting(usedBefore)
            let third = Set(history[2].filter { id in pool.contains(id) })
            let wanted = course.exam.domains.first { $0.chapter == domain }?.questions ?? 0
            if unused.count >= wanted {
                // Foundations (2 of 10 per exam) still has unused questions: no repeat.
                #expect(third.isSubset(of: unused))
            } else {
                // Every unused question is taken, the rest are the least recently
                // seen: from the first exam, never the second.
                #expect(unused.isSubset(of: third))
                #expect(third.subtracting(unused).isSubset(of: Set(history[0])))
            }
            #expect(third.count == wanted)
        }
    }

    @Test func aDomainRunningOutTopsUpWithTheLeastRecentlySeen() {
        let pool = course.questions.filter { $0.domain == "diffusion" }
        var lastSeen: [String: Date] = [:]
        for (index, question) in pool.enumerated() where index < 8 { lastSeen[question.id] = Fixtures.t0.addingTimeInterval(Double(index)) }
        var generator = SeededGenerator(seed: 9)
        let drawn = ExamAssembler.draw(5, from: pool, lastSeen: lastSeen, using: &generator).map(\.id)
        // The 2 unseen, then the 3 seen longest ago.
        #expect(Set(drawn) == Set([pool[8].id, pool[9].id, pool[0].id, pool[1].id, pool[2].id]))
    }

    @Test func aSmallDomainGivesWhatItHas() {
        let small = Fixtures.course(perDomain: 3)
        let exam = assemble(seed: 5, course: small)
        #expect(exam.items.count == 2 + 3 + 3 + 3)
    }

    @Test func aRetakeHoldsOnlyTheMissedQuestions() throws {
        var exam = assemble(seed: 7)
        exam.id = 4
        for position in 0..<15 {
            let item = exam.items[position]
            // Right on even positions, wrong on odd ones below 10, blank from 10 on.
            if position >= 10 { continue }
            let option = position.isMultiple(of: 2) ? item.correctOption : (item.correctOption + 1) % 4
            _ = try exam.answer(position, option: option, at: Fixtures.t0.addingTimeInterval(60))
        }
        #expect(throws: ExamError.notSubmitted) {
            var generator = SeededGenerator(seed: 1)
            _ = try ExamAssembler.retake(of: exam, blueprint: course.exam, timed: false, seed: 1, at: Fixtures.t0, using: &generator)
        }
        _ = try exam.submit(at: Fixtures.t0.addingTimeInterval(600))
        let missed = Set(exam.items.enumerated().filter { $0.offset >= 10 || !$0.offset.isMultiple(of: 2) }.map(\.element.question.id))
        let later = Fixtures.t0.addingTimeInterval(7200)
        var generator = SeededGenerator(seed: 11)
        let untimed = try ExamAssembler.retake(of: exam, blueprint: course.exam, timed: false, seed: 11, at: later, using: &generator)
        #expect(Set(untimed.items.map(\.question.id)) == missed)
        #expect(untimed.items.count == 10 && untimed.deadline == nil && untimed.retakeOf == 4)
        #expect(untimed.items.allSatisfy { !$0.isAnswered && !$0.flagged })
        let timed = try ExamAssembler.retake(of: exam, blueprint: course.exam, timed: true, seed: 12, at: later, using: &generator)
        // 45 minutes for 15 questions: 3 minutes each.
        #expect(timed.deadline == later.addingTimeInterval(10 * 180))
    }

    @Test func aPerfectExamHasNothingToRetake() throws {
        var exam = assemble(seed: 3)
        for position in exam.items.indices {
            _ = try exam.answer(position, option: exam.items[position].correctOption, at: Fixtures.t0)
        }
        _ = try exam.submit(at: Fixtures.t0)
        var generator = SeededGenerator(seed: 1)
        #expect(throws: ExamError.nothingToRetake) {
            _ = try ExamAssembler.retake(of: exam, blueprint: course.exam, timed: true, seed: 1, at: Fixtures.t0, using: &generator)
        }
    }
}
