import Foundation

/// How far the learner has read a lesson (Codable as `ProgressArchive` writes it).
public struct LessonProgress: Codable, Equatable, Sendable {
    public var course: String
    public var lesson: String
    /// Where the reader was: the line of the lesson body at the top of the screen.
    public var position: Int
    /// The share of the lesson read, 0…100.
    public var percent: Double
    public var completed: Bool
    public var updatedAt: Date
    /// The lines of the lesson that were on screen (absent in exports from before issue 17).
    public var seen: LineRanges?

    public init(course: String, lesson: String, position: Int, percent: Double, completed: Bool, updatedAt: Date,
                seen: LineRanges? = nil) {
        self.course = course
        self.lesson = lesson
        self.position = position
        self.percent = percent
        self.completed = completed
        self.updatedAt = updatedAt
        self.seen = seen
    }
}

/// A place in a lesson the learner marked (Codable as `ProgressArchive` writes it).
public struct Bookmark: Codable, Equatable, Sendable {
    public var course: String
    public var lesson: String
    /// The line of the lesson body.
    public var position: Int
    public var label: String
    public var createdAt: Date

    public init(course: String, lesson: String, position: Int, label: String = "", createdAt: Date) {
        self.course = course
        self.lesson = lesson
        self.position = position
        self.label = label
        self.createdAt = createdAt
    }
}
