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
        let (starts, dueCounts) = dueCounts(dueDates: reviewed.map(\.due), from: now, dayCount: dayCount, timeZone: timeZone)
        let days = (0..<dueCounts.count).map { index in
            Day(start: starts[index], dueCount: dueCounts[index],
                predictedRetention: predictedRetention(of: reviewed, at: index == 0 ? now : starts[index], scheduler: scheduler))
        }
        return FSRSForecast(days: days)
    }

    /// The midnights starting each of `dayCount` days from today (plus the one
    /// ending the last), and how many of `dueDates` (of reviewed cards) fall on
    /// each day, overdue ones on day 0: the forecast without the retention, for
    /// callers with many cards that only need the counts.
    public static func dueCounts(
        dueDates: [Date], from now: Date, dayCount: Int = 30, timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current
    ) -> (starts: [Date], counts: [Int]) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let today = calendar.startOfDay(for: now)
        let count = max(0, dayCount)
        let starts = (0...count).map { calendar.date(byAdding: .day, value: $0, to: today) ?? today }
        var dueCounts = Array(repeating: 0, count: count)
        for due in dueDates {
            // The first day that ends after the due time; overdue cards land on day 0.
            if let end = starts.indices.dropFirst().first(where: { due < starts[$0] }) { dueCounts[end - 1] += 1 }
        }
        return (starts, dueCounts)
    }

    /// The mean retrievability of the reviewed cards at `time`; nil if none was reviewed.
    public static func predictedRetention(of cards: [FSRSCard], at time: Date, scheduler: FSRSScheduler) -> Double? {
        let reviewed = cards.filter { $0.lastReview != nil }
        guard !reviewed.isEmpty else { return nil }
        return reviewed.reduce(0) { $0 + scheduler.retrievability(of: $1, at: time) } / Double(reviewed.count)
    }
}
