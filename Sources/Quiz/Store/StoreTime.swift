import Foundation

/// Times are stored as integer milliseconds since 1970, so every value
/// survives an export and import exactly.
enum StoreTime {
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// A date rounded to what the store keeps.
    static func stored(_ date: Date) -> Date {
        self.date(milliseconds(date))
    }
}
