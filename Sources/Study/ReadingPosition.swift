/// A place in a lesson that survives re-layout at another width: the source
/// line of the block at the top of the screen.
public struct ReadingPosition: Hashable, Sendable, Comparable {
    public var sourceLine: Int
    public init(sourceLine: Int) { self.sourceLine = sourceLine }
    public static let start = ReadingPosition(sourceLine: 0)
    public static func < (a: ReadingPosition, b: ReadingPosition) -> Bool { a.sourceLine < b.sourceLine }
}
