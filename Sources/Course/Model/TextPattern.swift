import Foundation

/// The regular expressions of `"match": "regex"` answers: each must match a
/// whole answer.
public enum TextPattern {
    /// Why `pattern` is not a valid regular expression; nil when it is.
    public static func problem(_ pattern: String) -> String? {
        do {
            _ = try NSRegularExpression(pattern: pattern)
            return nil
        } catch {
            return "'\(pattern)' does not compile"
        }
    }

    /// Whether `text` as a whole matches `pattern` (false for an invalid pattern).
    public static func fullMatch(_ pattern: String, _ text: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: "\\A(?:" + pattern + ")\\z") else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
