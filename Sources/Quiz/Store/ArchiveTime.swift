import Foundation

/// UTC timestamps with milliseconds (`2025-03-01T09:30:00.250Z`), exact for
/// the store's millisecond times in both directions.
enum ArchiveTime {
    static func format(_ date: Date) -> String {
        ISO8601Timestamp.format(milliseconds: StoreTime.milliseconds(date))
    }

    /// Parses exactly the format `format` writes; nil otherwise.
    static func parse(_ text: String) -> Date? {
        ISO8601Timestamp.parseMilliseconds(text).map(StoreTime.date)
    }
}
