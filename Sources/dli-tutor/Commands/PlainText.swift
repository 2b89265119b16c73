import Course
import Foundation

/// How plain mode prints course text. The Markdown engine is not in the
/// package yet, so Markdown is printed as written (trimmed); this is the one
/// place to switch to `TerminalLayout` when it lands.
enum PlainText {
    static func markdown(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `a) text`, … for options in the order shown.
    static func options(_ options: [String], marks: [Int: String] = [:]) -> [String] {
        options.enumerated().map { index, option in
            let mark = marks[index].map { "  " + $0 } ?? ""
            return "  \(letter(index))) \(markdown(option))\(mark)"
        }
    }

    static func letter(_ index: Int) -> String {
        index >= 0 && index < 26 ? String(UnicodeScalar(UInt8(97 + index))) : String(index + 1)
    }

    /// `42:05`, `1:02:03`.
    static func duration(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        let hours = total / 3600, minutes = total / 60 % 60, secs = total % 60
        let mmss = String(format: "%02d:%02d", minutes, secs)
        return hours > 0 ? "\(hours):\(mmss)" : (minutes < 10 ? String(mmss.dropFirst()) : mmss)
    }

    /// A local date and time, `2025-06-15 17:06`.
    static func dateTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    static func percent(_ value: Double) -> String {
        String(format: "%.0f%%", value)
    }
}
