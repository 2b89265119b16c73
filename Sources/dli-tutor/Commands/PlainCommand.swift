import Foundation
import Quiz

/// A command typed in plain mode (`practice --plain`, `exam --plain`); answers
/// are read by `PlainLine`.
enum PlainCommand: Equatable {
    case flag, unflag, clear
    case next, previous
    /// A 1-based question number.
    case goto(Int)
    case list, time, submit, quit, help
    /// An empty line.
    case proceed
    case rating(Rating)
    case undo
    /// Mark a typed answer graded wrong as right (`:right`).
    case right
    case unknown(String)

    static func parse(_ line: String) -> PlainCommand {
        let text = line.trimmingCharacters(in: .whitespaces).lowercased()
        if text.isEmpty { return .proceed }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        if words.count == 2, ["goto", "go", "g"].contains(words[0]) {
            // A question number has no sign (and `goto -9223372036854775808` must not reach `number - 1`).
            guard let number = Int(words[1]), number >= 0 else { return .unknown(line) }
            return .goto(number)
        }
        switch text {
        case "flag": return .flag
        case "unflag": return .unflag
        case "clear": return .clear
        case "next", "n": return .next
        case "prev", "previous", "p": return .previous
        case "list", "l": return .list
        case "time", "t": return .time
        case "submit": return .submit
        case "quit", "q", "exit": return .quit
        case "help", "h", "?": return .help
        case "undo", "u": return .undo
        case "right": return .right
        default: return Rating(name: text).map { .rating($0) } ?? .unknown(line)
        }
    }

    /// Whether `text` is a command word (not an empty line, not unknown).
    static func isWord(_ text: String) -> Bool {
        switch parse(text) {
        case .unknown, .proceed: return false
        default: return true
        }
    }
}
