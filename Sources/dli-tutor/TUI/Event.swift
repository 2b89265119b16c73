import Foundation

/// What the app loop hands to a screen.
enum Event: Equatable, Sendable {
    case key(Key)
    /// Mouse wheel: positive scrolls the content down (towards the end).
    case scroll(lines: Int)
    /// The timer, for screens that ask for one (an exam countdown).
    case tick(Date)
}

/// A key press, already decoded from the terminal's escape sequences.
enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character (`q`, `Q`, `?`, `é`, `中`).
    case char(Character)
    /// Control plus a letter, e.g. `.ctrl("d")` for Ctrl-D.
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)

    /// How help and the footer write the key.
    var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-\(c.uppercased())"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .function(let n): return "F\(n)"
        }
    }
}
