import Foundation

/// How long the learner takes per answer: the median gap between consecutive
/// practice answers, from their latest answers. A gap over five minutes is a
/// break, not an answer, and one under two seconds a script or a slip; both
/// are left out. With fewer than five gaps left the learner's pace is not
/// known yet and 20 s is assumed.
public struct AnswerPace: Equatable, Sendable {
    public static let assumedSeconds = 20.0
    /// Answers whose gaps are measured.
    public static let window = 200
    public static let longestGap: TimeInterval = 300
    public static let shortestGap: TimeInterval = 2
    public static let fewestGaps = 5

    /// Seconds per answer.
    public var seconds: Double
    /// Gaps the median was taken over (0: assumed).
    public var gaps: Int

    /// The pace from practice answer times (any order).
    public init(times: [Date]) {
        let sorted = times.sorted()
        let gaps = zip(sorted.dropFirst(), sorted).map { $0.timeIntervalSince($1) }.filter { $0 >= Self.shortestGap && $0 <= Self.longestGap }.sorted()
        guard gaps.count >= Self.fewestGaps else {
            self.seconds = Self.assumedSeconds
            self.gaps = 0
            return
        }
        let middle = gaps.count / 2
        seconds = gaps.count % 2 == 1 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2
        self.gaps = gaps.count
    }
}
