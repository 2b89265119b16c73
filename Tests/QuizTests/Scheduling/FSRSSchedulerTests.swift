import Course
import Foundation
import Testing
@testable import Quiz

@Suite struct FSRSSchedulerTests {
    static let t0 = Date(timeIntervalSince1970: 1_750_000_000)
    static let day = 86_400.0

    func scheduler(
        learning: [TimeInterval] = [60, 600], relearning: [TimeInterval] = [600], maximum: Int = 36_500, fuzz: Bool = false
    ) throws -> FSRSScheduler {
        try FSRSScheduler(learningSteps: learning, relearningSteps: relearning, maximumInterval: maximum, enableFuzzing: fuzz)
    }

    /// Reviews a new card created at t0 with the ratings, `gap` seconds apart.
    func history(_ scheduler: FSRSScheduler, _ ratings: [Rating], gap: TimeInterval = 30) -> FSRSCard {
        var card = FSRSCard.new(at: Self.t0)
        for (index, rating) in ratings.enumerated() {
            card = scheduler.review(card, rating: rating, at: Self.t0 + Double(index) * gap).card
        }
        return card
    }

    // MARK: Steps

    @Test func firstReviewSetsInitialMemory() throws {
        let s = try scheduler()
        let w = FSRSScheduler.defaultParameters
        for rating in Rating.allCases {
            let card = s.review(.new(at: Self.t0), rating: rating, at: Self.t0).card
            #expect(card.stability == w[rating.rawValue - 1])
            let d0 = w[4] - pow(FSRSScheduler.e, w[5] * Double(rating.rawValue - 1)) + 1
            #expect(card.difficulty == min(max(d0, 1), 10))
            #expect(card.lastReview == Self.t0)
        }
    }

    @Test func againAndGoodWalkTheLearningSteps() throws {
        let s = try scheduler()
        let again = history(s, [.again])
        #expect(again.state == .learning && again.step == 0 && again.due == Self.t0 + 60)
        let good = history(s, [.good])
        #expect(good.state == .learning && good.step == 1 && good.due == Self.t0 + 600)
        let graduated = history(s, [.good, .good])
        #expect(graduated.state == .review && graduated.step == nil)
        let days = s.intervalDays(stability: try #require(graduated.stability))
        #expect(graduated.due == Self.t0 + 30 + Double(days) * Self.day)
        // Again from step 1 goes back to step 0.
        let back = history(s, [.good, .again])
        #expect(back.state == .learning && back.step == 0 && back.due == Self.t0 + 30 + 60)
    }

    @Test func hardOnStepZeroWithTwoStepsWaitsTheirMean() throws {
        let card = history(try scheduler(), [.hard])
        #expect(card.state == .learning && card.step == 0 && card.due == Self.t0 + 330)
    }

    @Test func hardOnStepZeroWithOneStepWaitsOneAndAHalfSteps() throws {
        let card = history(try scheduler(learning: [60]), [.hard])
        #expect(card.state == .learning && card.step == 0 && card.due == Self.t0 + 90)
        let relearning = history(try scheduler(), [.easy])
        let lapsed = try scheduler().review(relearning, rating: .again, at: Self.t0 + 5 * Self.day).card
        let hard = try scheduler().review(lapsed, rating: .hard, at: Self.t0 + 5 * Self.day + 60).card
        #expect(hard.state == .relearning && hard.step == 0 && hard.due == Self.t0 + 5 * Self.day + 60 + 900)
    }

    @Test func hardOnLaterStepRepeatsThatStep() throws {
        let card = history(try scheduler(learning: [60, 600, 3600]), [.good, .good, .hard])
        #expect(card.state == .learning && card.step == 2 && card.due == Self.t0 + 60 + 3600)
    }

    @Test func goodWithOneStepGraduates() throws {
        let card = history(try scheduler(learning: [60]), [.good])
        #expect(card.state == .review && card.step == nil)
    }

    @Test func easyGraduatesFromAnyStep() throws {
        for ratings: [Rating] in [[.easy], [.good, .easy], [.again, .hard, .easy]] {
            let card = history(try scheduler(), ratings)
            #expect(card.state == .review && card.step == nil, "\(ratings)")
            #expect(card.due >= Self.t0 + Self.day)
        }
    }

    @Test func noLearningStepsGoStraightToReview() throws {
        for rating in Rating.allCases {
            let card = history(try scheduler(learning: []), [rating])
            #expect(card.state == .review && card.step == nil)
        }
    }

    @Test func stepBeyondTheStepsGraduatesUnlessAgain() throws {
        let s = try scheduler()
        let card = FSRSCard(state: .learning, step: 5, stability: 3, difficulty: 5, due: Self.t0, lastReview: Self.t0 - 60)
        #expect(s.review(card, rating: .hard, at: Self.t0).card.state == .review)
        let again = s.review(card, rating: .again, at: Self.t0).card
        #expect(again.state == .learning && again.step == 0 && again.due == Self.t0 + 60)
    }

    @Test func againInReviewRelearnsThenGoodGraduates() throws {
        let s = try scheduler()
        let review = history(s, [.good, .good])
        let lapseTime = review.due + Self.day
        let lapsed = s.review(review, rating: .again, at: lapseTime).card
        #expect(lapsed.state == .relearning && lapsed.step == 0 && lapsed.due == lapseTime + 600)
        #expect(try #require(lapsed.stability) < (try #require(review.stability)))
        #expect(try #require(lapsed.difficulty) > (try #require(review.difficulty)))
        let again = s.review(lapsed, rating: .again, at: lapseTime + 700).card
        #expect(again.state == .relearning && again.step == 0 && again.due == lapseTime + 700 + 600)
        let relearned = s.review(again, rating: .good, at: lapseTime + 1400).card
        #expect(relearned.state == .review && relearned.step == nil)
    }

    @Test func againInReviewWithoutRelearningStepsStaysInReview() throws {
        let s = try scheduler(relearning: [])
        let review = history(s, [.easy])
        let lapsed = s.review(review, rating: .again, at: review.due).card
        #expect(lapsed.state == .review && lapsed.step == nil)
        #expect(lapsed.due == review.due + Double(s.intervalDays(stability: try #require(lapsed.stability))) * Self.day)
    }

    @Test func damagedCardsAreReviewedWithoutTrapping() throws {
        let s = try scheduler(fuzz: true)
        let damaged = [
            FSRSCard(state: .review, step: nil, stability: nil, difficulty: nil, due: Self.t0, lastReview: nil),
            FSRSCard(state: .relearning, step: -3, stability: 0, difficulty: 5, due: Self.t0, lastReview: Self.t0 - Self.day),
            FSRSCard(state: .review, step: nil, stability: .nan, difficulty: .nan, due: Self.t0, lastReview: Self.t0 - 9 * Self.day),
            FSRSCard(state: .learning, step: nil, stability: 1e300, difficulty: 50, due: Self.t0, lastReview: Self.t0 - 1e12),
        ]
        for card in damaged {
            for rating in Rating.allCases {
                let next = s.review(card, rating: rating, at: Self.t0).card
                #expect(next.due >= Self.t0 && next.lastReview == Self.t0)
                #expect(next.due <= Self.t0 + Double(s.maximumInterval + 1) * Self.day)
            }
        }
        // A card never reviewed starts from the initial memory whatever its state says.
        #expect(s.review(damaged[0], rating: .good, at: Self.t0).card.stability == FSRSScheduler.defaultParameters[2])
    }

    @Test func reviewLogRecordsTheReview() throws {
        let s = try scheduler()
        let card = history(s, [.easy])
        let time = card.due + 3 * Self.day
        let review = s.review(card, rating: .hard, at: time)
        #expect(review.log.rating == .hard && review.log.time == time && review.log.previousState == .review)
        #expect(review.log.elapsedDays == Int((time.timeIntervalSince(Self.t0) / Self.day).rounded(.down)))
        #expect(review.log.retrievability == s.retrievability(of: card, at: time))
        let first = s.review(.new(at: Self.t0), rating: .good, at: Self.t0).log
        #expect(first.elapsedDays == nil && first.retrievability == 0)
    }

    @Test func cardsAndReviewsAreCodable() throws {
        let review = try scheduler().review(history(try scheduler(), [.good]), rating: .good, at: Self.t0 + 900)
        let data = try JSONEncoder().encode(review)
        #expect(try JSONDecoder().decode(FSRSReview.self, from: data) == review)
    }

    // MARK: Retrievability, rounding, clamps

    @Test func retrievabilityCountsWholeDays() throws {
        let s = try scheduler()
        let card = FSRSCard(state: .review, step: nil, stability: 10, difficulty: 5, due: Self.t0, lastReview: Self.t0)
        #expect(s.retrievability(of: .new(at: Self.t0), at: Self.t0) == 0)
        #expect(s.retrievability(of: card, at: Self.t0 + 0.9 * Self.day) == 1)
        #expect(s.retrievability(of: card, at: Self.t0 + 1.2 * Self.day) == s.retrievability(of: card, at: Self.t0 + 1.9 * Self.day))
        // By construction of FACTOR, R = 0.9 when elapsed days equal stability.
        #expect(abs(s.retrievability(of: card, at: Self.t0 + 10 * Self.day) - 0.9) < 1e-12)
        #expect(s.retrievability(of: card, at: Self.t0 - 3 * Self.day) == 1)
    }

    @Test func intervalsRoundHalfToEvenLikePython() throws {
        let s = try scheduler()
        // With retention 0.9 the interval is the stability itself, so x.5 lands exactly on a half.
        #expect(s.intervalDays(stability: 2.5) == 2)
        #expect(s.intervalDays(stability: 3.5) == 4)
        #expect(s.intervalDays(stability: 4.5) == 4)
        #expect(s.intervalDays(stability: 100.5) == 100)
        #expect(s.intervalDays(stability: 0.001) == 1)
    }

    @Test func intervalsMatchPyFSRS() throws {
        struct Case: Decodable { var stability: Double; var desiredRetention: Double; var maximumInterval: Int; var days: Int }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let cases = try decoder.decode([Case].self, from: Data(contentsOf: FSRSGolden.url("fsrs-intervals.json")))
        #expect(cases.count > 50)
        for c in cases {
            let s = try FSRSScheduler(desiredRetention: c.desiredRetention, maximumInterval: c.maximumInterval)
            #expect(s.intervalDays(stability: c.stability) == c.days, "\(c)")
        }
    }

    @Test func maximumIntervalClampsTheDueDate() throws {
        let s = try scheduler(maximum: 365)
        let strong = FSRSCard(state: .review, step: nil, stability: 5000, difficulty: 1, due: Self.t0, lastReview: Self.t0 - 400 * Self.day)
        let card = s.review(strong, rating: .easy, at: Self.t0).card
        #expect(card.due == Self.t0 + 365 * Self.day)
        #expect(try scheduler().review(strong, rating: .easy, at: Self.t0).card.due > Self.t0 + 365 * Self.day)
        let fuzzed = try scheduler(maximum: 365, fuzz: true)
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            #expect(fuzzed.review(strong, rating: .easy, at: Self.t0, using: &generator).card.due <= Self.t0 + 365 * Self.day)
        }
    }

    // MARK: Validation

    @Test func invalidSettingsThrowTypedErrors() throws {
        var w = FSRSScheduler.defaultParameters
        #expect(throws: FSRSSchedulerError.wrongParameterCount(20)) { try FSRSScheduler(parameters: Array(w.dropLast())) }
        #expect(throws: FSRSSchedulerError.wrongParameterCount(0)) { try FSRSScheduler(parameters: []) }
        w[3] = .nan
        #expect(throws: FSRSSchedulerError.parameterNotFinite(index: 3)) { try FSRSScheduler(parameters: w) }
        w[3] = .infinity
        #expect(throws: FSRSSchedulerError.parameterNotFinite(index: 3)) { try FSRSScheduler(parameters: w) }
        w = FSRSScheduler.defaultParameters
        w[20] = 0
        #expect(throws: FSRSSchedulerError.parameterOutOfBounds(index: 20, value: 0, lower: 0.1, upper: 0.8)) {
            try FSRSScheduler(parameters: w)
        }
        for retention in [0.0, 1.0, -0.5, 1.5, .nan] {
            #expect(throws: FSRSSchedulerError.self) { try FSRSScheduler(desiredRetention: retention) }
        }
        #expect(throws: FSRSSchedulerError.invalidStep(kind: "learning", seconds: 0)) { try FSRSScheduler(learningSteps: [60, 0]) }
        #expect(throws: FSRSSchedulerError.invalidStep(kind: "relearning", seconds: -5)) { try FSRSScheduler(relearningSteps: [-5]) }
        #expect(throws: FSRSSchedulerError.invalidMaximumInterval(0)) { try FSRSScheduler(maximumInterval: 0) }
        #expect(throws: FSRSSchedulerError.invalidMaximumInterval(Int.max)) { try FSRSScheduler(maximumInterval: Int.max) }
        #expect(FSRSSchedulerError.wrongParameterCount(20).description == "FSRS-6 needs 21 parameters (w0…w20), got 20")
        #expect(FSRSSchedulerError.retentionOutOfRange(1).description == "desired retention must be strictly between 0 and 1, got 1.0")
        #expect(FSRSSchedulerError.parameterOutOfBounds(index: 20, value: 0, lower: 0.1, upper: 0.8).description
            == "parameter w20 = 0.0 is outside its range [0.1, 0.8]")
        // The edges of the ranges are allowed.
        _ = try FSRSScheduler(parameters: FSRSScheduler.parameterLowerBounds, desiredRetention: 0.01)
        _ = try FSRSScheduler(parameters: FSRSScheduler.parameterUpperBounds, desiredRetention: 0.99)
    }

    // MARK: Fuzz

    @Test func fuzzMatchesPyFSRS() throws {
        struct Case: Decodable { var maximumInterval: Int; var days: Int; var draw: Double; var fuzzed: Int }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let cases = try decoder.decode([Case].self, from: Data(contentsOf: FSRSGolden.url("fsrs-fuzz.json")))
        #expect(cases.count > 200)
        for c in cases {
            let s = try FSRSScheduler(maximumInterval: c.maximumInterval)
            #expect(s.fuzzedIntervalDays(c.days, draw: c.draw) == c.fuzzed, "\(c)")
        }
    }

    @Test func fuzzRangesFollowPyFSRS() throws {
        let s = try scheduler()
        #expect(s.fuzzRange(intervalDays: 3) == 2...4)   // delta 1.075
        #expect(s.fuzzRange(intervalDays: 7) == 5...9)   // delta 1.675
        #expect(s.fuzzRange(intervalDays: 20) == 17...23) // delta 2.975
        #expect(s.fuzzRange(intervalDays: 100) == 93...107) // delta 1 + 0.675 + 1.3 + 4 = 6.975
        #expect(try scheduler(maximum: 100).fuzzRange(intervalDays: 100) == 93...100)
        #expect(s.fuzzedIntervalDays(2, draw: 0.99) == 2)
    }

    @Test func fuzzedReviewsStayInRangeAndAreReproducible() throws {
        let s = try scheduler(fuzz: true)
        let plain = try scheduler()
        let start = FSRSCard(state: .review, step: nil, stability: 40, difficulty: 5, due: Self.t0, lastReview: Self.t0 - 40 * Self.day)
        var generator = SeededGenerator(seed: 42)
        var seen = Set<Int>()
        for _ in 0..<2000 {
            let unfuzzed = plain.review(start, rating: .good, at: Self.t0).card
            let days = Int(unfuzzed.due.timeIntervalSince(Self.t0) / Self.day)
            let card = s.review(start, rating: .good, at: Self.t0, using: &generator).card
            let fuzzedDays = card.due.timeIntervalSince(Self.t0) / Self.day
            #expect(fuzzedDays == fuzzedDays.rounded())
            let range = s.fuzzRange(intervalDays: days)
            // py-fsrs rounds draw × (width + 1) + lower, which can reach one past the top.
            #expect(fuzzedDays >= Double(range.lowerBound) && fuzzedDays <= Double(range.upperBound + 1))
            #expect(card.stability == unfuzzed.stability && card.difficulty == unfuzzed.difficulty)
            seen.insert(Int(fuzzedDays))
        }
        #expect(seen.count >= 5)
        // Same seed, same intervals.
        var a = SeededGenerator(seed: 9), b = SeededGenerator(seed: 9)
        for _ in 0..<20 {
            #expect(s.review(start, rating: .good, at: Self.t0, using: &a) == s.review(start, rating: .good, at: Self.t0, using: &b))
        }
        // Without a generator the fuzz is a function of the card and the time.
        #expect(s.review(start, rating: .easy, at: Self.t0) == s.review(start, rating: .easy, at: Self.t0))
    }

    @Test func learningStepsAndShortIntervalsAreNotFuzzed() throws {
        let s = try scheduler(fuzz: true)
        var generator = SeededGenerator(seed: 1)
        for _ in 0..<50 {
            let card = s.review(.new(at: Self.t0), rating: .good, at: Self.t0, using: &generator).card
            #expect(card.due == Self.t0 + 600)
            // Easy on a new card: 8 days unfuzzed, fuzzed within 6…11.
            let easy = s.review(.new(at: Self.t0), rating: .easy, at: Self.t0, using: &generator).card
            #expect((6...11).contains(Int(easy.due.timeIntervalSince(Self.t0) / Self.day)))
        }
        let weak = FSRSCard(state: .review, step: nil, stability: 1, difficulty: 9, due: Self.t0, lastReview: Self.t0 - Self.day)
        var counting = CountingGenerator()
        let card = s.review(weak, rating: .hard, at: Self.t0, using: &counting).card
        #expect(card.due.timeIntervalSince(Self.t0) < 3 * Self.day)
        #expect(counting.calls == 0)
    }
}

struct CountingGenerator: RandomNumberGenerator {
    var calls = 0
    mutating func next() -> UInt64 {
        calls += 1
        return 0
    }
}
