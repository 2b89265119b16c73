import Course
import Foundation
import Testing
@testable import Quiz

@Suite struct PracticeQueueTests {
    typealias F = PracticeFixtures

    func build(_ questions: [Question], _ cards: [String: FSRSCard] = [:], options: PracticeQueueOptions = .init(), seed: UInt64 = 1) -> PracticeQueue {
        var generator = SeededGenerator(seed: seed)
        return PracticeQueue.build(questions: questions, cards: cards, at: F.now, scheduler: F.scheduler, options: options, using: &generator)
    }

    @Test func dueReviewsComeFirstThenNewUpToTheDailyLimit() {
        let bank = F.bank(lessons: ["l1", "l2", "l3"], count: 10)
        var cards: [String: FSRSCard] = [:]
        cards["l1-q0"] = F.reviewCard(stability: 5, daysAgo: 6, dueDaysAgo: 1)
        cards["l2-q0"] = F.reviewCard(stability: 5, daysAgo: 6, dueDaysAgo: 1)
        cards["l3-q0"] = F.reviewCard(stability: 30, daysAgo: 2, dueDaysAgo: -28)  // not due yet
        let queue = build(bank, cards)
        #expect(queue.reviewCount == 2)
        #expect(queue.newCount == 20)
        #expect(queue.items.prefix(2).allSatisfy { $0.kind == .review })
        #expect(Set(queue.items.prefix(2).map(\.questionID)) == ["l1-q0", "l2-q0"])
        #expect(!queue.questionIDs.contains("l3-q0"))
        #expect(Set(queue.questionIDs).count == queue.items.count)
    }

    @Test func newCardsIntroducedTodayCountAgainstTheLimit() {
        let bank = F.bank(lessons: ["l1", "l2"], count: 20)
        #expect(build(bank, options: .init(newPerDay: 20, newIntroducedToday: 15)).newCount == 5)
        #expect(build(bank, options: .init(newPerDay: 20, newIntroducedToday: 25)).newCount == 0)
        #expect(build(bank, options: .init(newPerDay: 0)).newCount == 0)
        #expect(build(bank, options: .init(newPerDay: 100)).newCount == 40)
        #expect(build(bank, options: .init(newPerDay: 7, newIntroducedToday: -3)).newCount == 7)
    }

    @Test func anExamPlansShareCapsNewQuestionsPerDomain() {
        let bank = F.bank(lessons: ["a1", "a2", "b1", "c1"], count: 5) { String($0.prefix(1)) }
        let queue = build(bank, options: .init(newPerDay: 20, newPerDomain: ["a": 3, "b": 1]))
        let domains = queue.questionIDs.map { String($0.prefix(1)) }
        #expect(domains.filter { $0 == "a" }.count == 3)
        #expect(domains.filter { $0 == "b" }.count == 1)
        #expect(!domains.contains("c"))
        // The share's questions still come from both lessons of the domain, interleaved.
        #expect(Set(queue.items.filter { $0.lesson.hasPrefix("a") }.map(\.lesson)) == ["a1", "a2"])
        // The daily limit still applies.
        #expect(build(bank, options: .init(newPerDay: 2, newPerDomain: ["a": 3, "b": 1])).newCount == 2)
    }

    @Test func mostForgottenReviewFirst() {
        let bank = [F.question("a", lesson: "l1"), F.question("b", lesson: "l2"), F.question("c", lesson: "l3"), F.question("d", lesson: "l4")]
        let cards = [
            // Due ten days ago but a year's stability: still well remembered.
            "a": F.reviewCard(stability: 365, daysAgo: 375, dueDaysAgo: 10),
            // Due two days ago with a stability of one day: likelier forgotten.
            "b": F.reviewCard(stability: 1, daysAgo: 3, dueDaysAgo: 2),
            "c": F.reviewCard(stability: 10, daysAgo: 15, dueDaysAgo: 5),
            // Same-day learning card: retrievability 1, after every older review.
            "d": FSRSCard(state: .learning, step: 1, stability: 2, difficulty: 5, due: F.now - 60, lastReview: F.now - 660),
        ]
        let queue = build(bank, cards)
        #expect(queue.questionIDs == ["b", "c", "a", "d"])
        let r = queue.questionIDs.map { F.scheduler.retrievability(of: cards[$0]!, at: F.now) }
        #expect(r == r.sorted())
    }

    @Test func equalRetrievabilityGoesByEarliestDue() {
        let bank = (0..<4).map { F.question("q\($0)", lesson: "l\($0)") }
        var cards: [String: FSRSCard] = [:]
        for (index, minutes) in [5.0, 30, 1, 12].enumerated() {
            cards["q\(index)"] = FSRSCard(state: .relearning, step: 0, stability: 1, difficulty: 7,
                                          due: F.now - minutes * 60, lastReview: F.now - 3600)
        }
        #expect(build(bank, cards).questionIDs == ["q1", "q3", "q0", "q2"])
    }

    @Test func newQuestionsInterleaveLessonsRoundRobin() {
        let bank = F.bank(lessons: ["l1", "l2", "l3"], count: 5)
        let queue = build(bank, options: .init(newPerDay: 15))
        let lessons = queue.items.map(\.lesson)
        #expect(lessons.count == 15)
        #expect(zip(lessons, lessons.dropFirst()).allSatisfy { $0 != $1 })
        #expect(Array(lessons.prefix(3)) == ["l1", "l2", "l3"])
        // A small limit still samples every lesson.
        #expect(Set(build(bank, options: .init(newPerDay: 3)).items.map(\.lesson)) == ["l1", "l2", "l3"])
    }

    @Test func reviewsAreInterleavedWhenAvoidable() {
        let bank = F.bank(lessons: ["l1", "l2"], count: 3)
        var cards: [String: FSRSCard] = [:]
        // l1's reviews are the most forgotten; interleaving still alternates lessons.
        for i in 0..<3 {
            cards["l1-q\(i)"] = F.reviewCard(stability: 1, daysAgo: 10 + Double(i), dueDaysAgo: 9)
            cards["l2-q\(i)"] = F.reviewCard(stability: 50, daysAgo: 60 + Double(i), dueDaysAgo: 10)
        }
        let queue = build(bank, cards)
        #expect(queue.items.map(\.lesson) == ["l1", "l2", "l1", "l2", "l1", "l2"])
        // Within a lesson the priority order stays.
        let l1 = queue.items.filter { $0.lesson == "l1" }.map(\.questionID)
        #expect(l1 == ["l1-q2", "l1-q1", "l1-q0"])
    }

    @Test func firstNewQuestionAvoidsTheLastReviewsLesson() {
        let bank = [F.question("r", lesson: "l1"), F.question("n1", lesson: "l1"), F.question("n2", lesson: "l2")]
        let queue = build(bank, ["r": F.reviewCard(stability: 3, daysAgo: 5, dueDaysAgo: 2)])
        #expect(queue.questionIDs == ["r", "n2", "n1"])
    }

    @Test func filtersByLessonAndDomain() {
        let bank = F.bank(lessons: ["l1", "l2", "l3"], count: 4) { $0 == "l3" ? "d2" : "d1" }
        let cards = ["l2-q0": F.reviewCard(stability: 3, daysAgo: 5, dueDaysAgo: 2)]
        let byLesson = build(bank, cards, options: .init(lessons: ["l1"]))
        #expect(byLesson.items.allSatisfy { $0.lesson == "l1" } && byLesson.items.count == 4 && byLesson.reviewCount == 0)
        let byDomain = build(bank, cards, options: .init(domains: ["d2"]))
        #expect(byDomain.items.allSatisfy { $0.lesson == "l3" } && byDomain.items.count == 4)
        let both = build(bank, cards, options: .init(lessons: ["l1", "l2"], domains: ["d1"]))
        #expect(both.reviewCount == 1 && both.newCount == 7)
        #expect(build(bank, cards, options: .init(lessons: ["l1"], domains: ["d2"])).items.isEmpty)
    }

    @Test func deterministicForASeed() {
        let bank = F.bank(lessons: ["l1", "l2", "l3"], count: 8)
        var cards: [String: FSRSCard] = [:]
        for i in 0..<4 { cards["l1-q\(i)"] = F.reviewCard(stability: 4, daysAgo: 6, dueDaysAgo: 2) }
        #expect(build(bank, cards, seed: 5) == build(bank, cards, seed: 5))
        let orders = Set((1...10).map { build(bank, cards, seed: $0).questionIDs })
        #expect(orders.count > 1)
    }

    @Test func unknownCardsIgnoredAndUnreviewedCardsAreNew() {
        let bank = [F.question("a", lesson: "l1"), F.question("a", lesson: "l1"), F.question("b", lesson: "l2")]
        let cards = ["gone": F.reviewCard(stability: 1, daysAgo: 9, dueDaysAgo: 8), "b": FSRSCard.new(at: F.now - 10 * F.day)]
        let queue = build(bank, cards)
        #expect(queue.items.map(\.kind) == [.new, .new])
        #expect(Set(queue.questionIDs) == ["a", "b"])
    }
}

@Suite struct LessonInterleavingTests {
    /// Whether some order of the lessons has no equal neighbours (and does not start with `previous`).
    func feasible(_ lessons: [String], after previous: String?) -> Bool {
        func search(_ rest: [String], _ last: String?) -> Bool {
            if rest.isEmpty { return true }
            for (i, lesson) in rest.enumerated() where lesson != last && !rest[..<i].contains(lesson) {
                var next = rest
                next.remove(at: i)
                if search(next, lesson) { return true }
            }
            return false
        }
        return search(lessons, previous)
    }

    @Test func avoidsNeighboursWheneverPossible() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<400 {
            let n = Int.random(in: 0...8, using: &generator)
            let lessons = (0..<n).map { _ in ["a", "b", "c"].randomElement(using: &generator)! }
            let previous = Bool.random(using: &generator) ? "a" : nil
            let items = Array(lessons.enumerated())
            let arranged = LessonInterleaving.arrange(items, after: previous, lesson: \.element)
            #expect(arranged.map(\.offset).sorted() == Array(0..<n))
            // Each lesson keeps its own order.
            for lesson in ["a", "b", "c"] {
                let offsets = arranged.filter { $0.element == lesson }.map(\.offset)
                #expect(offsets == offsets.sorted())
            }
            let sequence = (previous.map { [$0] } ?? []) + arranged.map(\.element)
            let clashes = zip(sequence, sequence.dropFirst()).filter { $0 == $1 }.count
            if feasible(lessons, after: previous) {
                #expect(clashes == 0, "\(lessons) after \(previous ?? "-") → \(arranged.map(\.element))")
            }
        }
    }

    /// The arrangement as first written, with lessons looked up by name at every step.
    func reference<Item>(_ items: [Item], after previous: String?, lesson: (Item) -> String) -> [Item] {
        var queues: [String: [Int]] = [:]
        var lessons: [String] = []
        for (index, item) in items.enumerated() {
            let name = lesson(item)
            if queues[name] == nil { lessons.append(name) }
            queues[name, default: []].append(index)
        }
        var heads = Dictionary(uniqueKeysWithValues: lessons.map { ($0, 0) })
        var remaining = items.count
        var last = previous
        var result: [Item] = []
        func count(_ name: String) -> Int { (queues[name]?.count ?? 0) - (heads[name] ?? 0) }
        func headIndex(_ name: String) -> Int? {
            guard let queue = queues[name], let head = heads[name], head < queue.count else { return nil }
            return queue[head]
        }
        func feasibleAfterTaking(_ taken: String) -> Bool {
            let n = remaining - 1
            for name in lessons {
                let c = count(name) - (name == taken ? 1 : 0)
                if c > (n + 1) / 2 { return false }
                if name == taken && c > n / 2 { return false }
            }
            return true
        }
        while remaining > 0 {
            let candidates = lessons.compactMap { name in headIndex(name).map { (name, $0) } }.sorted { $0.1 < $1.1 }
            let others = candidates.filter { $0.0 != last }
            let choice = others.first { feasibleAfterTaking($0.0) } ?? others.first ?? candidates[0]
            result.append(items[choice.1])
            heads[choice.0, default: 0] += 1
            remaining -= 1
            last = choice.0
        }
        return result
    }

    @Test func numberedLessonsGiveTheSameOrderAsNamedOnes() {
        var generator = SeededGenerator(seed: 29)
        let names = (0..<12).map { "lesson-\($0)" }
        for _ in 0..<300 {
            let n = Int.random(in: 0...300, using: &generator)
            let pool = names.prefix(Int.random(in: 1...12, using: &generator))
            // Skewed draws, so that some inputs cannot avoid neighbours.
            let lessons = (0..<n).map { _ in pool[min(pool.count - 1, Int.random(in: 0..<(pool.count * 2), using: &generator) / 2)] }
            let previous = [nil, "lesson-0", "lesson-3", "elsewhere"].randomElement(using: &generator)!
            let items = Array(lessons.enumerated())
            #expect(LessonInterleaving.arrange(items, after: previous, lesson: \.element).map(\.offset)
                    == reference(items, after: previous, lesson: \.element).map(\.offset))
        }
    }

    @Test func keepsAnAlreadyInterleavedOrder() {
        let lessons = ["a", "b", "a", "c", "b", "a"]
        #expect(LessonInterleaving.arrange(lessons, lesson: { $0 }) == lessons)
        #expect(LessonInterleaving.arrange(["a", "a", "a"], lesson: { $0 }) == ["a", "a", "a"])
        #expect(LessonInterleaving.arrange(["a", "a", "b"], lesson: { $0 }) == ["a", "b", "a"])
    }
}
