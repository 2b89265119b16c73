import Foundation

/// The learner's exam date and how they mean to study until then (per course).
public struct ExamPlan: Equatable, Sendable {
    /// A day of the week, numbered as `Calendar` does (1 = Sunday … 7 = Saturday).
    public struct Weekday: Hashable, Comparable, Sendable {
        public var number: Int

        public static let names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

        /// `sun`, `monday`, `Tue`…: the first three letters decide.
        public init(_ name: String) throws(ExamPlanError) {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard key.count >= 3, let index = Self.names.firstIndex(of: String(key.prefix(3))),
                  Self.fullNames[index].hasPrefix(key) else {
                throw ExamPlanError(message: "'\(name)' is not a day of the week (sun, mon, tue, wed, thu, fri, sat)")
            }
            number = index + 1
        }

        public init(number: Int) { self.number = number }

        public var name: String { Self.names[(number - 1 + 7) % 7] }

        private static let fullNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

        public static func < (a: Weekday, b: Weekday) -> Bool { a.number < b.number }
    }

    /// Days before the exam whose practice reviews every exam question and
    /// introduces no new one (unless no other day is left): see `ExamWindow`.
    public static let finalReviewDays = 3

    public var examDay: ExamDay
    /// Minutes of practice a day; nil: no limit (new questions are spread evenly).
    public var minutesPerDay: Int?
    /// Days without new questions (reviews still happen), like Anki's easy days.
    public var restDays: Set<Weekday>

    public init(examDay: ExamDay, minutesPerDay: Int? = nil, restDays: Set<Weekday> = []) {
        self.examDay = examDay
        self.minutesPerDay = minutesPerDay
        self.restDays = restDays
    }

    /// Minutes a day a plan may ask for.
    public static let minutesRange = 1...1440

    /// `day` as an exam day seen on `today`: it must come after today.
    public static func examDay(_ day: ExamDay, today: ExamDay) throws(ExamPlanError) -> ExamDay {
        guard day > today else { throw ExamPlanError(message: "the exam date \(day) is not after today (\(today))") }
        return day
    }

    /// Daily minutes from text: empty for no limit, else a whole number in `minutesRange`.
    public static func minutes(_ text: String) throws(ExamPlanError) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return nil }
        guard let minutes = Int(trimmed), minutesRange.contains(minutes) else {
            throw ExamPlanError(message: "'\(trimmed)' is not a number of minutes from \(minutesRange.lowerBound) to \(minutesRange.upperBound)")
        }
        return minutes
    }

    /// `sat,sun`: the rest days in week order, comma-separated.
    public var restDayList: String { restDays.sorted().map(\.name).joined(separator: ",") }

    /// Rest days from `sat,sun` (empty text: none).
    public static func restDays(_ text: String) throws(ExamPlanError) -> Set<Weekday> {
        var days = Set<Weekday>()
        for part in text.split(separator: ",") where !part.trimmingCharacters(in: .whitespaces).isEmpty {
            days.insert(try Weekday(String(part)))
        }
        return days
    }
}
