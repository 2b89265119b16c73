import Foundation
import Testing
@testable import Quiz

@Suite struct RatingTests {
    @Test func namesRoundTrip() {
        for rating in Rating.allCases { #expect(Rating(name: rating.name) == rating) }
        #expect(Rating(name: "GOOD") == .good)
        #expect(Rating(name: "meh") == nil)
    }

    @Test func newCardIsLearningStepZero() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let card = FSRSCard.new(at: now)
        #expect(card.state == .learning && card.step == 0 && card.due == now && card.stability == nil)
    }
}
