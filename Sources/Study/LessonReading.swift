/// Where a learner is in one lesson.
public struct LessonReading: Equatable, Sendable {
    /// The top of the screen when the learner left.
    public var position: ReadingPosition
    /// The furthest share of the lesson seen, 0…1.
    public var furthest: Double
    public var completed: Bool
    public var bookmarks: [ReadingPosition]

    public init(position: ReadingPosition, furthest: Double, completed: Bool, bookmarks: [ReadingPosition]) {
        self.position = position
        self.furthest = furthest
        self.completed = completed
        self.bookmarks = bookmarks
    }

    public static let unread = LessonReading(position: .start, furthest: 0, completed: false, bookmarks: [])
}
