import Foundation
import Testing
@testable import Quiz

@Suite struct FSRSForecastTests {
    typealias F = PracticeFixtures

    @Test func countsReviewsDuePerDay() throws {
        let start = Date(timeIntervalSince1970: 1_767_052_800)  // 2025-12-30T00:00:00Z
        let now = start + 10 * 3600
        func card(dueIn seconds: TimeInterval) -> FSRSCard {
            FSRSCard(state: .review, step: nil, stability: 10, difficulty: 5, due: now + seconds, lastReview: now - 5 * F.day)
        }
        let cards = [
            card(dueIn: -3 * F.day),          // overdue: today
            card(dueIn: 3600),                 // later today
            card(dueIn: 14 * 3600 - 1),        // 23:59:59 today
            card(dueIn: 14 * 3600),            // midnight: tomorrow
            card(dueIn: 5 * F.day),
            card(dueIn: 29 * F.day),
            card(dueIn: 31 * F.day),           // beyond the forecast
            FSRSCard.new(at: now - F.day),     // new cards are not reviews
        ]
        let forecast = FSRSForecast.make(cards: cards, from: now, scheduler: F.scheduler)
        #expect(forecast.days.count == 30)
        #expect(forecast.days[0].start == start && forecast.days[1].start == start + F.day)
        var expected = Array(repeating: 0, count: 30)
        expected[0] = 3
        expected[1] = 1
        expected[5] = 1
        expected[29] = 1
        #expect(forecast.days.map(\.dueCount) == expected)

        // In UTC+2 the 23:59:59 UTC card falls due at 01:59:59 the next local day.
        let plusTwo = try #require(TimeZone(secondsFromGMT: 7200))
        let local = FSRSForecast.make(cards: cards, from: now, dayCount: 3, scheduler: F.scheduler, timeZone: plusTwo)
        #expect(local.days[0].start == start - 7200)
        #expect(local.days.map(\.dueCount) == [2, 2, 0])
        #expect(FSRSForecast.make(cards: cards, from: now, dayCount: 0, scheduler: F.scheduler).days.isEmpty)
    }

    @Test func predictedRetentionFallsWithoutReviews() throws {
        let cards = [F.reviewCard(stability: 2, daysAgo: 1, dueDaysAgo: -1), F.reviewCard(stability: 40, daysAgo: 10, dueDaysAgo: -30)]
        let forecast = FSRSForecast.make(cards: cards, from: F.now, scheduler: F.scheduler)
        let retention = forecast.days.compactMap(\.predictedRetention)
        #expect(retention.count == 30)
        #expect(zip(retention, retention.dropFirst()).allSatisfy { $0 >= $1 })
        let mean = cards.map { F.scheduler.retrievability(of: $0, at: F.now) }.reduce(0, +) / 2
        #expect(FSRSForecast.predictedRetention(of: cards, at: F.now, scheduler: F.scheduler) == mean)
        #expect(FSRSForecast.predictedRetention(of: [.new(at: F.now)], at: F.now, scheduler: F.scheduler) == nil)
    }
}
