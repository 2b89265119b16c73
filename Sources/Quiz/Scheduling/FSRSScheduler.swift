import Course
import Foundation

/// The FSRS-6 spaced-repetition scheduler, rule for rule as py-fsrs 6.3.2
/// (`fsrs.Scheduler`) computes it: the same formulas in the same order with the
/// same `pow` calls, Python's half-to-even `round`, and the same step rules, so
/// that without fuzz every state, step, stability, difficulty and due time
/// matches py-fsrs. Pure: the review time is an argument and fuzz draws come
/// from a generator.
public struct FSRSScheduler: Equatable, Sendable {
    /// py-fsrs 6.x's default w0…w20.
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
    /// py-fsrs's lower bound for each parameter.
    public static let parameterLowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ]
    /// py-fsrs's upper bound for each parameter.
    public static let parameterUpperBounds: [Double] = [
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]
    /// Stability never drops below this many days.
    public static let minimumStability = 0.001
    /// The longest maximum interval accepted (10,000 years), so that due dates stay representable.
    public static let maximumIntervalLimit = 3_650_000
    /// Difficulty stays within 1…10.
    public static let difficultyRange = 1.0...10.0
    /// Python's `math.e`; py-fsrs writes `math.e ** x`, which is C `pow(e, x)`, not `exp(x)`.
    static let e = 2.718281828459045
    static let secondsPerDay = 86_400.0

    /// w0…w20.
    public let parameters: [Double]
    /// The probability of recall at which reviews are scheduled.
    public let desiredRetention: Double
    /// Learning steps in seconds (default 1 min, 10 min).
    public let learningSteps: [TimeInterval]
    /// Relearning steps in seconds (default 10 min).
    public let relearningSteps: [TimeInterval]
    /// The longest interval in days.
    public let maximumInterval: Int
    /// Whether review intervals of 3 days or more get py-fsrs's random fuzz.
    public let enableFuzzing: Bool
    /// The forgetting curve's exponent, −w20.
    public let decay: Double
    /// Chosen so that retrievability is 0.9 when elapsed days equal stability.
    public let factor: Double

    /// A scheduler with py-fsrs's defaults for every setting left out (fuzzing on, as in py-fsrs).
    public init(
        parameters: [Double] = FSRSScheduler.defaultParameters,
        desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36_500,
        enableFuzzing: Bool = true
    ) throws(FSRSSchedulerError) {
        guard parameters.count == Self.defaultParameters.count else {
            throw .wrongParameterCount(parameters.count)
        }
        for (index, w) in parameters.enumerated() {
            guard w.isFinite else { throw .parameterNotFinite(index: index) }
            let lower = Self.parameterLowerBounds[index], upper = Self.parameterUpperBounds[index]
            guard w >= lower, w <= upper else {
                throw .parameterOutOfBounds(index: index, value: w, lower: lower, upper: upper)
            }
        }
        guard desiredRetention > 0, desiredRetention < 1 else { throw .retentionOutOfRange(desiredRetention) }
        for step in learningSteps where !(step.isFinite && step > 0) { throw .invalidStep(kind: "learning", seconds: step) }
        for step in relearningSteps where !(step.isFinite && step > 0) { throw .invalidStep(kind: "relearning", seconds: step) }
        guard (1...Self.maximumIntervalLimit).contains(maximumInterval) else { throw .invalidMaximumInterval(maximumInterval) }

        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.enableFuzzing = enableFuzzing
        decay = -parameters[20]
        factor = pow(0.9, 1 / decay) - 1
    }

    // MARK: Reviewing

    /// Reviews `card` with `rating` at `time`. When fuzzing is on, the draw comes
    /// from a generator seeded by the card and the time, so the same review always
    /// gets the same interval (undo and redo agree).
    public func review(_ card: FSRSCard, rating: Rating, at time: Date) -> FSRSReview {
        var generator = SeededGenerator(seed: Self.fuzzSeed(card, time))
        return review(card, rating: rating, at: time, using: &generator)
    }

    /// Reviews `card` with `rating` at `time`, drawing fuzz (if enabled and the
    /// card lands in review with 3 days or more) from `generator`: one
    /// `nextUnitInterval()` per fuzzed review, as py-fsrs calls `random()`.
    public func review<G: RandomNumberGenerator>(
        _ card: FSRSCard, rating: Rating, at time: Date, using generator: inout G
    ) -> FSRSReview {
        let elapsedDays = card.lastReview.map { Self.wholeDays(from: $0, to: time) }
        let retrievabilityBefore = retrievability(of: card, at: time)
        var next = card

        // Memory: stability first (it uses the old difficulty), then difficulty.
        if let stability = card.stability, let difficulty = card.difficulty {
            if let days = elapsedDays, days < 1 {
                next.stability = shortTermStability(stability, rating: rating)
            } else {
                next.stability = nextStability(
                    difficulty: difficulty, stability: stability, retrievability: retrievabilityBefore, rating: rating)
            }
            next.difficulty = nextDifficulty(difficulty, rating: rating)
        } else {
            next.stability = initialStability(rating)
            next.difficulty = clampDifficulty(initialDifficulty(rating))
        }
        let stability = next.stability ?? Self.minimumStability

        // Schedule.
        let interval: TimeInterval
        switch card.state {
        case .learning, .relearning:
            let steps = card.state == .learning ? learningSteps : relearningSteps
            let step = max(0, card.step ?? 0)
            if let (newStep, seconds) = stepSchedule(step: step, rating: rating, steps: steps) {
                next.step = newStep
                interval = seconds
            } else {
                next.state = .review
                next.step = nil
                interval = Double(intervalDays(stability: stability)) * Self.secondsPerDay
            }
        case .review:
            if rating == .again, let first = relearningSteps.first {
                next.state = .relearning
                next.step = 0
                interval = first
            } else {
                next.step = nil
                interval = Double(intervalDays(stability: stability)) * Self.secondsPerDay
            }
        }

        var scheduled = interval
        if enableFuzzing, next.state == .review {
            // py-fsrs draws only for intervals it fuzzes (3 days or more).
            let days = Int(interval / Self.secondsPerDay)
            if Double(days) >= 2.5 {
                scheduled = Double(fuzzedIntervalDays(days, draw: generator.nextUnitInterval())) * Self.secondsPerDay
            }
        }
        next.due = time.addingTimeInterval(scheduled)
        next.lastReview = time
        let log = FSRSReviewLog(
            rating: rating, time: time, elapsedDays: elapsedDays,
            retrievability: retrievabilityBefore, previousState: card.state)
        return FSRSReview(card: next, log: log)
    }

    /// The next step and its length while (re)learning, or nil when the card graduates to review.
    private func stepSchedule(step: Int, rating: Rating, steps: [TimeInterval]) -> (step: Int, seconds: TimeInterval)? {
        // A card can hold a step past the end if the steps were shortened since.
        if steps.isEmpty || (step >= steps.count && rating != .again) { return nil }
        switch rating {
        case .again:
            return (0, steps[0])
        case .hard:
            if step == 0 && steps.count == 1 { return (0, steps[0] * 1.5) }
            if step == 0 { return (0, (steps[0] + steps[1]) / 2) }
            return (step, steps[step])
        case .good:
            return step + 1 == steps.count ? nil : (step + 1, steps[step + 1])
        case .easy:
            return nil
        }
    }

    // MARK: Retrievability and intervals

    /// The predicted probability of recalling `card` at `time`, from whole days
    /// since its last review as py-fsrs counts them; 0 for a card never reviewed.
    public func retrievability(of card: FSRSCard, at time: Date) -> Double {
        guard let last = card.lastReview, let stability = card.stability else { return 0 }
        let days = max(0, Self.wholeDays(from: last, to: time))
        return pow(1 + factor * Double(days) / stability, decay)
    }

    /// The forgetting curve read at the exact time elapsed (fractional days): the
    /// probability of recalling `card` at `time`, for figures shown to the learner.
    /// A card answered an hour ago is not at 100% as whole days would have it.
    /// Scheduling uses `retrievability`, which counts whole days as py-fsrs does.
    public func recallProbability(of card: FSRSCard, at time: Date) -> Double {
        guard let last = card.lastReview, let stability = card.stability, stability > 0 else { return 0 }
        let days = max(0, time.timeIntervalSince(last) / 86_400)
        return pow(1 + factor * days / stability, decay)
    }

    /// The review interval for a stability: days until retrievability falls to the
    /// desired retention, rounded half to even (Python's `round`), within 1…maximumInterval.
    public func intervalDays(stability: Double) -> Int {
        let days = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
        let rounded = days.rounded(.toNearestOrEven)
        if rounded.isNaN { return 1 }
        return Int(min(max(rounded, 1), Double(maximumInterval)))
    }

    /// py-fsrs's fuzz range for an interval of 3 days or more: ±(1 + 15 % of the
    /// part in 2.5–7 d + 10 % of 7–20 d + 5 % above 20 d), rounded, at least 2 days,
    /// at most the maximum interval.
    public func fuzzRange(intervalDays days: Int) -> ClosedRange<Int> {
        let ranges: [(start: Double, end: Double, factor: Double)] = [
            (2.5, 7, 0.15), (7, 20, 0.1), (20, .infinity, 0.05),
        ]
        var delta = 1.0
        for range in ranges {
            delta += range.factor * max(min(Double(days), range.end) - range.start, 0)
        }
        var lower = Int((Double(days) - delta).rounded(.toNearestOrEven))
        var upper = Int((Double(days) + delta).rounded(.toNearestOrEven))
        lower = max(2, lower)
        upper = min(upper, maximumInterval)
        lower = min(lower, upper)
        return lower...upper
    }

    /// The fuzzed interval for `draw` in [0, 1), exactly as py-fsrs computes it
    /// (which can round up to one day past the top of `fuzzRange`, never past the maximum).
    public func fuzzedIntervalDays(_ days: Int, draw: Double) -> Int {
        if Double(days) < 2.5 { return days }
        let range = fuzzRange(intervalDays: days)
        let fuzzed = draw * Double(range.upperBound - range.lowerBound + 1) + Double(range.lowerBound)
        return min(Int(fuzzed.rounded(.toNearestOrEven)), maximumInterval)
    }

    // MARK: The FSRS-6 formulas

    private func w(_ index: Int) -> Double { parameters[index] }

    private func initialStability(_ rating: Rating) -> Double {
        max(w(rating.rawValue - 1), Self.minimumStability)
    }

    private func initialDifficulty(_ rating: Rating) -> Double {
        w(4) - pow(Self.e, w(5) * Double(rating.rawValue - 1)) + 1
    }

    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }

    private func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let delta = -(w(6) * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        // Mean reversion towards the (unclamped) initial difficulty of Easy.
        return clampDifficulty(w(7) * initialDifficulty(.easy) + (1 - w(7)) * damped)
    }

    /// Same-day reviews (elapsed days < 1).
    private func shortTermStability(_ stability: Double, rating: Rating) -> Double {
        var increase = pow(Self.e, w(17) * (Double(rating.rawValue - 3) + w(18))) * pow(stability, -w(19))
        if rating != .again { increase = max(increase, 1.0) }
        return max(stability * increase, Self.minimumStability)
    }

    private func nextStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let next: Double
        if rating == .again {
            let longTerm = w(11) * pow(difficulty, -w(12)) * (pow(stability + 1, w(13)) - 1)
                * pow(Self.e, (1 - retrievability) * w(14))
            let shortTerm = stability / pow(Self.e, w(17) * w(18))
            next = min(longTerm, shortTerm)
        } else {
            let hardPenalty = rating == .hard ? w(15) : 1
            let easyBonus = rating == .easy ? w(16) : 1
            next = stability * (1 + pow(Self.e, w(8)) * (11 - difficulty) * pow(stability, -w(9))
                * (pow(Self.e, (1 - retrievability) * w(10)) - 1) * hardPenalty * easyBonus)
        }
        return max(next, Self.minimumStability)
    }

    // MARK: Time

    /// Whole days from `start` to `end`, rounded down like Python's `timedelta.days`.
    /// Python subtracts exact microseconds; a difference of two `Date`s can fall
    /// a hair short of a whole day (a stored time 7 days after another comes out
    /// as 6.9999999999 days), so it is rounded to the microsecond first and
    /// divided in integers.
    static func wholeDays(from start: Date, to end: Date) -> Int {
        let perDay: Int64 = 86_400_000_000, limit = 100_000_000  // days: far beyond any interval, within Int64 microseconds
        let microseconds = (end.timeIntervalSince(start) * 1_000_000).rounded()
        guard microseconds.isFinite else { return 0 }
        guard abs(microseconds) < Double(limit) * Double(perDay) else { return microseconds > 0 ? limit : -limit }
        let value = Int64(microseconds)
        return Int(value / perDay - (value % perDay < 0 ? 1 : 0))
    }

    /// A seed that depends only on the card and the review time.
    private static func fuzzSeed(_ card: FSRSCard, _ time: Date) -> UInt64 {
        var hash = FNV1a.offsetBasis
        for value in [time.timeIntervalSince1970, card.due.timeIntervalSince1970,
                      card.lastReview?.timeIntervalSince1970 ?? -1, card.stability ?? -1] {
            hash = FNV1a.mix(hash, value.bitPattern)
        }
        return hash
    }
}
