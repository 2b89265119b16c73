import Foundation
import Testing
@testable import Quiz

/// The recall of stored cards against py-fsrs 6.3.2's `Scheduler.get_card_retrievability`
/// (scripts/golden/fsrs_retrievability.py): cards as the store keeps them
/// (times in integer milliseconds), times on and around whole days.
@Suite struct FSRSRetrievabilityGoldenTests {
    struct Case: Decodable {
        var w20: Double
        var stability: Double?
        var lastReviewMs: Int64?
        var atMs: Int64
        var retrievability: Double
    }

    @Test func storedCardsMatchPyFSRS() throws {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let cases = try decoder.decode([Case].self, from: Data(contentsOf: FSRSGolden.url("fsrs-retrievability.json")))
        #expect(cases.count > 1900)
        var boundaries = 0
        for (index, c) in cases.enumerated() {
            var parameters = FSRSScheduler.defaultParameters
            parameters[20] = c.w20
            let scheduler = try FSRSScheduler(parameters: parameters, enableFuzzing: false)
            let at = StoreTime.date(c.atMs)
            let card = FSRSCard(state: .review, step: nil, stability: c.stability, difficulty: 5,
                                due: c.lastReviewMs.map(StoreTime.date) ?? at, lastReview: c.lastReviewMs.map(StoreTime.date))
            // The forecast's recall of a seen question is this value (then the guessing floor).
            #expect(scheduler.retrievability(of: card, at: at) == c.retrievability, "case \(index)")
            if let last = c.lastReviewMs, (c.atMs - last) % 86_400_000 == 0, c.atMs > last { boundaries += 1 }
        }
        // Exact whole days after the last review, where rounding a difference of doubles would lose a day.
        #expect(boundaries >= 300)
    }
}
