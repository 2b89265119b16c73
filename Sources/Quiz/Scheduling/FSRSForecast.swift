import Foundation

/// What the cards predict for the coming days: how many reviews fall due each
/// day and the mean retrievability if nothing is reviewed (for the stats screen).
public struct FSRSForecast: Equatable, Sendable {
    /// One calendar day of the forecast.
    public struct Day: Equatable, Sendable {
        /// Midnight starting the day, in the forecast's time zone.
        public var start: Date
        /// Reviews due that day; day 0 also counts every overdue card.
        public var dueCount: Int
        /// Mean retrievability of the reviewed cards at the start of the day
        /// (at `now` for day 0) if none is reviewed before; nil without reviewed cards.
        public var predictedRetention: Double?
    }

    public var days: [Day]

    /// Forecasts `dayCount` days starting with today (the day holding `now` in
    /// `timeZone`). Cards never reviewed are new, not due, and left out.
    public static func make(
        cards: [FSRSCard], from now: Date, dayCount: Int = 30, scheduler: FSRSScheduler,
        timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current
    ) -> FSRSForecast {
        let reviewed = cards.filter { $0.lastReview != nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let today = calendar.startOfDay(for: now)
        let count = max(0, dayCount)
        let starts = (0...count).map { calendar.date(byAdding: .day, value: $0, to: today) ?? today }
        var dueCounts = Array(repeating: 0, count: count)
        for card in reviewed {
            // The first day that ends after the due time; overdue cards land on day 0.
            if let end = starts.indices.dropFirst().first(where: { card.due < starts[$0] }) { dueCounts[end - 1] += 1 }
        }
        let days = (0..<count).map { index in
            Day(start: starts[index], dueCount: dueCounts[index],
                predictedRetention: predictedRetention(of: reviewed, at: index == 0 ? now : starts[index], scheduler: scheduler))
        }
        return FSRSForecast(days: days)
    }

    /// The mean retrievability of the reviewed cards at `time`; nil if none was reviewed.
    public static func predictedRetention(of cards: [FSRSCard], at time: Date, scheduler: FSRSScheduler) -> Double? {
        let reviewed = cards.filter { $0.lastReview != nil }
        guard !reviewed.isEmpty else { return nil }
        return reviewed.reduce(0) { $0 + scheduler.retrievability(of: $1, at: time) } / Double(reviewed.count)
    }
}
