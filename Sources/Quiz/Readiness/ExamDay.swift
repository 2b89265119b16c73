import Foundation

/// A calendar day, `2027-01-15`, read in the learner's calendar (the exam date).
public struct ExamDay: Equatable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// A valid Gregorian date written `YYYY-MM-DD`; the error says what is wrong.
    public init(_ text: String) throws(ExamPlanError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            throw ExamPlanError(message: "'\(text)' is not a date written YYYY-MM-DD")
        }
        guard (1...12).contains(month) else { throw ExamPlanError(message: "'\(text)': there is no month \(month)") }
        guard (1...Self.daysIn(month: month, year: year)).contains(day) else {
            throw ExamPlanError(message: "'\(text)': month \(month) of \(year) has no day \(day)")
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day holding `date` in `calendar`.
    public init(_ date: Date, calendar: Calendar) {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        year = c.year ?? 1970
        month = c.month ?? 1
        day = c.day ?? 1
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// Midnight starting the day in `calendar`.
    public func start(in calendar: Calendar) -> Date {
        let components = DateComponents(year: year, month: month, day: day)
        return calendar.date(from: components).map { calendar.startOfDay(for: $0) } ?? Date(timeIntervalSince1970: 0)
    }

    public static func < (a: ExamDay, b: ExamDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension ExamDay: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            try self.init(try container.decode(String.self))
        } catch let error as ExamPlanError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// An exam plan setting that cannot be used: a date that is not a valid
/// `YYYY-MM-DD` or not after today, an unknown weekday, minutes out of range.
public struct ExamPlanError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
