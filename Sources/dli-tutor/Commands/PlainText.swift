import Course
import Foundation

/// How plain mode prints course text: Markdown laid out by the same engine as
/// the reader, as plain text (no escape sequences) for pipes and screen readers.
enum PlainText {
    static let width = 80

    static func markdown(_ text: String, width: Int = PlainText.width) -> String {
        let rendered = TerminalLayout.render(MarkdownParser.parse(text), width: width, theme: .unicode)
        var lines = rendered.lines.map { String($0.text.reversed().drop(while: { $0 == " " }).reversed()) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    /// `a) text`, … for options in the order shown; long options wrap under their text.
    static func options(_ options: [String], marks: [Int: String] = [:]) -> [String] {
        options.enumerated().map { index, option in
            let mark = marks[index].map { "  " + $0 } ?? ""
            let lines = markdown(option, width: width - 5).split(separator: "\n", omittingEmptySubsequences: false)
            let body = lines.enumerated().map { $0.offset == 0 ? String($0.element) : "     " + $0.element }
            return "  \(letter(index))) " + body.joined(separator: "\n") + mark
        }
    }

    /// `a`, `b`, … for an option (its number past `z`).
    static func letter(_ index: Int) -> String {
        Question.optionLetter(index).map { $0.lowercased() } ?? String(index + 1)
    }
}
