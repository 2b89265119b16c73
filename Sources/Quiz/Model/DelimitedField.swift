import Foundation

/// A field of delimiter-separated text (CSV, Anki's tab-separated notes),
/// quoted when it holds the separator, a quote or a line break, quotes doubled
/// (RFC 4180).
enum DelimitedField {
    static func quoted(_ text: String, separator: Character) -> String {
        guard text.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
