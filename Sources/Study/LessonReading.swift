import Foundation
import Quiz

/// Where a learner is in one lesson and how much of it they have read.
public struct LessonReading: Equatable, Sendable {
    /// The top of the screen when the learner left.
    public var position: ReadingPosition
    /// The share of the lesson's lines that were on screen, 0…1.
    public var share: Double
    /// The lesson's source lines that were on screen.
    public var seen: LineRanges
    public var completed: Bool
    public var bookmarks: [ReadingPosition]
    /// When the learner last left the lesson (nil: never opened, only bookmarked).
    public var lastRead: Date?

    public init(position: ReadingPosition, share: Double, seen: LineRanges = LineRanges(), completed: Bool,
                bookmarks: [ReadingPosition], lastRead: Date? = nil) {
        self.position = position
        self.share = share
        self.seen = seen
        self.completed = completed
        self.bookmarks = bookmarks
        self.lastRead = lastRead
    }

    public static let unread = LessonReading(position: .start, share: 0, completed: false, bookmarks: [])
}
