import Course

/// A one-line editable text with a cursor, counted in grapheme clusters so
/// that `é`, `ế` or `中` are one step for the arrow keys and Backspace.
struct TextField: Equatable, Sendable {
    private(set) var text: String
    /// The cursor's position in grapheme clusters, 0…text.count.
    private(set) var cursor: Int

    init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// The keys a text field uses, for help.
    static let keyHelp: [KeyHelp] = [
        KeyHelp(label: "←/→ Home/End", help: "move the cursor (also Ctrl-A/Ctrl-E)"),
        KeyHelp(label: "Backspace/Del", help: "delete before/after the cursor"),
        KeyHelp(label: "Ctrl-U/Ctrl-K", help: "delete to the start/end"),
        KeyHelp(label: "Ctrl-W", help: "delete the word (or list item) before the cursor"),
    ]

    /// Applies an editing key; false when the key is not an editing key.
    mutating func handle(_ key: Key) -> Bool {
        var characters = Array(text)
        switch key {
        case .char(let c):
            insert(String(c))
            return true
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
            text = String(characters)
        case .delete:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
            text = String(characters)
        case .ctrl("u"):
            characters.removeFirst(cursor)
            cursor = 0
            text = String(characters)
        case .ctrl("k"):
            characters.removeLast(characters.count - cursor)
            text = String(characters)
        case .ctrl("w"):
            // Back over separators, then to the previous one: one word, or one item of `a,b,c`.
            let separators: Set<Character> = [" ", ",", ";"]
            var start = cursor
            while start > 0 && separators.contains(characters[start - 1]) { start -= 1 }
            while start > 0 && !separators.contains(characters[start - 1]) { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
            text = String(characters)
        default:
            return false
        }
        return true
    }

    /// Inserts at the cursor. A combining mark joins the character before it,
    /// so the cursor moves by however many clusters the insertion really added.
    mutating func insert(_ inserted: some StringProtocol) {
        let characters = Array(text)
        let before = String(characters[..<cursor]) + inserted
        text = before + String(characters[cursor...])
        cursor = before.count
    }

    /// Replaces the whole text and puts the cursor at its end.
    mutating func set(_ newText: String) {
        text = newText
        cursor = newText.count
    }

    /// Draws the text in `width` columns from (`x`, `y`), scrolled so the cursor
    /// stays visible, and places the terminal cursor there when focused. An empty
    /// field shows `placeholder` dimmed (what leaving it empty means).
    func draw(into frame: inout Frame, x: Int, y: Int, width: Int, style: CellStyle, focused: Bool, placeholder: String? = nil) {
        guard width > 0 else { return }
        frame.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        if text.isEmpty, let placeholder {
            frame.write(placeholder, x: x, y: y, style: style.adding(.dim), maxX: x + width)
        }
        let characters = Array(text)
        let cursorColumn = DisplayWidth.of(String(characters[..<cursor]))
        // Skip whole clusters from the left until the cursor fits.
        var skip = 0, skipped = 0
        while cursorColumn - skipped > width - 1 && skip < characters.count {
            skipped += DisplayWidth.of(characters[skip])
            skip += 1
        }
        frame.write(String(characters[skip...]), x: x, y: y, style: style, maxX: x + width)
        if focused { frame.cursor = Point(x: x + cursorColumn - skipped, y: y) }
    }
}
