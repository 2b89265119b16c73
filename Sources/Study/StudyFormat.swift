import Course
import Foundation

/// How every face of the app writes times, dates and percentages.
public enum StudyFormat {
    /// A countdown or a time used: `4:05`, `42:05`, `1:02:03`.
    public static func clock(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        let hours = total / 3600, minutes = total / 60 % 60, secs = total % 60
        let mmss = String(format: "%02d:%02d", minutes, secs)
        return hours > 0 ? "\(hours):\(mmss)" : (minutes < 10 ? String(mmss.dropFirst()) : mmss)
    }

    /// A local date and time, `2025-06-15 17:06`.
    public static func dateTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// How long until `date`: "now", "in 12 min", "in 3 h", "in 2 days".
    public static func until(_ date: Date, from now: Date) -> String {
        let seconds = date.timeIntervalSince(now)
        if seconds < 60 { return "now" }
        return "in " + span(seconds)
    }

    /// A span of time in its largest whole unit: "45 s", "12 min", "3 h", "2 days".
    public static func span(_ seconds: TimeInterval) -> String {
        let s = max(0, seconds)
        if s < 60 { return "\(Int(s)) s" }
        if s < 3600 { return "\(Int((s / 60).rounded())) min" }
        if s < 86_400 { return "\(Int((s / 3600).rounded())) h" }
        let days = Int((s / 86_400).rounded())
        return days == 1 ? "1 day" : "\(days) days"
    }

    /// A short interval for the rating keys: "1m", "10m", "3h", "4d", "2mo", "1y".
    public static func interval(_ seconds: TimeInterval) -> String {
        let s = max(0, seconds)
        switch s {
        case ..<3600: return "\(max(1, Int((s / 60).rounded())))m"
        case ..<86_400: return "\(Int((s / 3600).rounded()))h"
        case ..<(30 * 86_400): return "\(Int((s / 86_400).rounded()))d"
        case ..<(365 * 86_400): return "\(Int((s / (30 * 86_400)).rounded()))mo"
        default: return String(format: "%.1fy", s / (365 * 86_400))
        }
    }

    /// A whole percentage, `67%`.
    public static func percent(_ value: Double) -> String {
        String(format: "%.0f%%", value)
    }

    /// What predicted retention is, with its figures: "Recall now 93% · in a week
    /// 71% (FSRS: the average chance of recalling each answered question)".
    public static func recall(now: Double?, inAWeek: Double?) -> String {
        guard let now else { return "Recall: — (nothing answered yet)" }
        let week = inAWeek.map { " · in a week \(percent(100 * $0))" } ?? ""
        return "Recall now \(percent(100 * now))\(week) (FSRS: the average chance of recalling each answered question)"
    }

    /// `2026-03-10` in the calendar's time zone.
    public static func day(_ date: Date, calendar: Calendar) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// `03-10` in the calendar's time zone.
    public static func shortDay(_ date: Date, calendar: Calendar) -> String {
        let c = calendar.dateComponents([.month, .day], from: date)
        return String(format: "%02d-%02d", c.month ?? 0, c.day ?? 0)
    }

    /// `1 question`, `3 questions`.
    public static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    /// Question numbers (1-based) from 0-based positions: `2, 5, 9`.
    public static func numbers(_ positions: [Int]) -> String {
        positions.map { String($0 + 1) }.joined(separator: ", ")
    }
}
