import Foundation

/// The interval-capping rule while an exam date is set: a card whose next
/// review falls on or after the exam day, and whose last review came before
/// the final-review window (the `ExamPlan.finalReviewDays` days before the
/// exam), is due on a day of the window instead — the first, second or third
/// by its position in the bank (position mod 3), so these reviews spread over
/// the window. So every exam question answered before the window is answered
/// again in the last days before the exam; a card reviewed inside the window
/// keeps its interval. The stored memory state is untouched: the rule changes
/// when practice asks a card, read when the practice queue and the plan's
/// simulation are built, and ends with the exam day (or when the date is cleared).
public struct ExamWindow: Equatable, Sendable {
    /// Midnight starting the exam day.
    public var examStart: Date
    /// Midnights starting the window's days, earliest first.
    public var days: [Date]

    /// The window of `plan` in `calendar`; nil once the exam day has begun at `now`.
    public init?(plan: ExamPlan, calendar: Calendar, now: Date) {
        let exam = plan.examDay.start(in: calendar)
        guard now < exam else { return nil }
        examStart = exam
        days = (1...ExamPlan.finalReviewDays).reversed().map { calendar.date(byAdding: .day, value: -$0, to: exam) ?? exam }
    }

    /// Midnight starting the window.
    public var start: Date { days.first ?? examStart }

    /// When practice asks `card` (the question at `position` in the bank).
    public func due(of card: FSRSCard, position: Int) -> Date {
        guard let last = card.lastReview, last < start, card.due >= examStart, !days.isEmpty else { return card.due }
        return days[((position % days.count) + days.count) % days.count]
    }
}
