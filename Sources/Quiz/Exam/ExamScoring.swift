import Foundation

/// The marking rules of a mock exam, shared by a submitted session's
/// `ExamResult`, the stored history's `ExamAttemptSummary` and the app's stats.
public enum ExamScoring {
    /// Right answers as a percentage of the questions (0 for an exam without any).
    public static func percent(correct: Int, of total: Int) -> Double {
        total == 0 ? 0 : 100 * Double(correct) / Double(total)
    }

    /// An exam passes when it has questions and reaches the pass mark.
    public static func passed(percent: Double, total: Int, passPercent: Double) -> Bool {
        total > 0 && percent >= passPercent
    }

    /// From the start to the submission, at most the time allowed.
    public static func timeUsed(startedAt: Date, deadline: Date?, submittedAt: Date) -> TimeInterval {
        max(0, min(submittedAt, deadline ?? submittedAt).timeIntervalSince(startedAt))
    }
}
