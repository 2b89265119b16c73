import Foundation
import Testing
@testable import Quiz

/// Review histories produced by py-fsrs 6.3.2 (scripts/golden/fsrs_histories.py).
enum FSRSGolden {
    struct History: Decodable {
        struct Settings: Decodable {
            var parameters: [Double]
            var desiredRetention: Double
            var learningSteps: [Double]
            var relearningSteps: [Double]
            var maximumInterval: Int
            var enableFuzzing: Bool
        }
        struct Card: Decodable {
            var state: String
            var step: Int?
            var stability: Double
            var difficulty: Double
            var due: String
            var lastReview: String
        }
        struct Review: Decodable {
            var time: String
            var rating: String
            var retrievability: Double
            var card: Card
            /// py-fsrs's `random()` draws during this review (fuzzed histories only).
            var draws: [Double]?
        }
        var id: String
        var scheduler: Settings
        var start: String
        var reviews: [Review]
    }

    static func url(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Golden/\(name)", withExtension: nil), "missing golden file \(name)")
    }

    static func histories() throws -> [History] {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let text = try String(contentsOf: url("fsrs-histories.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { try decoder.decode(History.self, from: Data($0.utf8)) }
    }

    static func date(_ text: String) throws -> Date {
        try #require(ISO8601Timestamp.parse(text), "bad time \(text)")
    }
}

/// Replays recorded draws of Python's `random()` (k / 2^53) as `next() = k << 11`.
struct RecordedDraws: RandomNumberGenerator {
    var draws: [Double]
    var used = 0
    mutating func next() -> UInt64 {
        defer { used += 1 }
        return used < draws.count ? UInt64(draws[used] * 0x1p53) << 11 : 0
    }
}

@Suite struct FSRSGoldenTests {
    @Test func everyReviewMatchesPyFSRS() throws {
        let histories = try FSRSGolden.histories()
        var compared = 0
        for history in histories {
            let s = history.scheduler
            let scheduler = try FSRSScheduler(
                parameters: s.parameters, desiredRetention: s.desiredRetention, learningSteps: s.learningSteps,
                relearningSteps: s.relearningSteps, maximumInterval: s.maximumInterval, enableFuzzing: s.enableFuzzing)
            var card = FSRSCard.new(at: try FSRSGolden.date(history.start))
            for (index, review) in history.reviews.enumerated() {
                let time = try FSRSGolden.date(review.time)
                let rating = try #require(Rating(name: review.rating))
                let where_ = "\(history.id) review \(index + 1)"
                #expect(scheduler.retrievability(of: card, at: time) == review.retrievability, "\(where_): retrievability")
                var draws = RecordedDraws(draws: review.draws ?? [])
                card = scheduler.review(card, rating: rating, at: time, using: &draws).card
                #expect(draws.used == draws.draws.count, "\(where_): fuzz draws used")
                let expected = review.card
                #expect(card.state.name == expected.state, "\(where_): state")
                #expect(card.step == expected.step, "\(where_): step")
                // Same formulas, same order, same libm pow: equal to the last bit.
                #expect(card.stability == expected.stability, "\(where_): stability")
                #expect(card.difficulty == expected.difficulty, "\(where_): difficulty")
                #expect(ISO8601Timestamp.format(card.due) == expected.due, "\(where_): due")
                #expect(card.due == (try FSRSGolden.date(expected.due)), "\(where_): due to the second")
                #expect(card.lastReview == time, "\(where_): last review")
                compared += 1
            }
        }
        #expect(compared > 5000)
    }

    /// The histories really exercise what they are meant to.
    @Test func historiesCoverTheRules() throws {
        let histories = try FSRSGolden.histories()
        var counts: [String: Int] = [:]
        for history in histories {
            let s = history.scheduler
            let isDefault = s.parameters == FSRSScheduler.defaultParameters && s.desiredRetention == 0.9
                && s.learningSteps == [60, 600] && s.relearningSteps == [600] && s.maximumInterval == 36500
            if !isDefault { counts["custom", default: 0] += 1 }
            if s.desiredRetention != 0.9 { counts["retention", default: 0] += 1 }
            if s.enableFuzzing { counts["fuzzed", default: 0] += 1 }
            var previous: FSRSGolden.History.Card?
            for review in history.reviews {
                counts[review.rating, default: 0] += 1
                if let previous {
                    let time = try FSRSGolden.date(review.time)
                    let due = try FSRSGolden.date(previous.due), last = try FSRSGolden.date(previous.lastReview)
                    if previous.state == "review" && time < due { counts["early review", default: 0] += 1 }
                    if previous.state == "review" && time.timeIntervalSince(due) > due.timeIntervalSince(last) {
                        counts["late review", default: 0] += 1
                    }
                    if time.timeIntervalSince(last) < 86_400 { counts["same day", default: 0] += 1 }
                    if time.timeIntervalSince(last) > 365 * 86_400 { counts["long gap", default: 0] += 1 }
                    if previous.state == "review" && review.rating == "again" { counts["lapse", default: 0] += 1 }
                    if previous.state == "relearning" { counts["relearning review", default: 0] += 1 }
                }
                if !(review.draws ?? []).isEmpty { counts["fuzz draw", default: 0] += 1 }
                previous = review.card
            }
        }
        #expect(histories.count >= 300)
        for key in ["again", "hard", "good", "easy", "early review", "late review", "same day", "long gap", "lapse",
                    "relearning review", "custom", "fuzz draw"] {
            #expect(counts[key, default: 0] >= 50, "only \(counts[key, default: 0]) × \(key)")
        }
        #expect(counts["retention", default: 0] >= 20)
        #expect(counts["fuzzed", default: 0] >= 20)
    }

    @Test func replayLogMatchesPyFSRS() throws {
        for (name, options) in [("fsrs-replay", nil), ("fsrs-replay-custom", "fsrs-replay-custom.options.json")] as [(String, String?)] {
            var scheduler = try FSRSScheduler(enableFuzzing: false)
            if let options {
                let json = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: FSRSGolden.url(options)))
                let parameters = try #require(json["parameters"]).split(separator: ",").compactMap { Double($0) }
                scheduler = try FSRSScheduler(
                    parameters: parameters, desiredRetention: try #require(Double(json["retention"] ?? "")), enableFuzzing: false)
            }
            let log = try String(contentsOf: FSRSGolden.url("\(name).jsonl"), encoding: .utf8)
            let expected = try String(contentsOf: FSRSGolden.url("\(name).expected.jsonl"), encoding: .utf8)
                .split(separator: "\n").map(String.init)
            let entries = try FSRSReplay.run(log, scheduler: scheduler)
            #expect(entries.count == expected.count)
            for (entry, line) in zip(entries, expected) {
                #expect(entry.json.serialized() == line, "\(name) line \(entry.line)")
            }
        }
    }
}
