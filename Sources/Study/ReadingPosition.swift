import Course
import Quiz

/// A place in a lesson that survives re-layout at another width: the source
/// line of the block at the top of the screen.
public struct ReadingPosition: Hashable, Sendable, Comparable {
    public var sourceLine: Int
    public init(sourceLine: Int) { self.sourceLine = sourceLine }
    public static let start = ReadingPosition(sourceLine: 0)
    public static func < (a: ReadingPosition, b: ReadingPosition) -> Bool { a.sourceLine < b.sourceLine }

    /// How far into `lesson` the place is, 0…1: the share of the body's lines
    /// above it. Every face shows a place's percentage with this (the reader,
    /// home's "continue reading", the bookmarks list).
    public func share(in lesson: Lesson) -> Double {
        let lines = lesson.bodyLines
        guard lines.count > 0 else { return 0 }
        return Double(min(max(sourceLine, lines.lowerBound), lines.upperBound) - lines.lowerBound) / Double(lines.count)
    }
}

extension Lesson {
    /// The source lines of the body, over which reading shares are measured.
    public var bodyLines: Range<Int> {
        let count = body.reduce(into: 1) { count, character in if character == "\n" { count += 1 } }
        return bodyStartLine..<(bodyStartLine + count)
    }
}

extension LineRanges {
    /// The share of `lesson`'s body lines in the set, 0…1.
    public func share(of lesson: Lesson) -> Double {
        let lines = lesson.bodyLines
        return lines.isEmpty ? 0 : Double(count(within: lines)) / Double(lines.count)
    }
}

extension LessonReading {
    /// The share of a lesson's lines that must have been on screen for it to
    /// count as read (a little under all of it: trailing blank lines, rounding).
    public static let readShare = 0.98
}
