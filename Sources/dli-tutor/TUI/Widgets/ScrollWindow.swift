/// The first visible row of a list so that the selected row stays in view,
/// moving the window as little as possible.
enum ScrollWindow {
    static func top(keeping selected: Int, visible height: Int, count: Int, currentTop: Int) -> Int {
        guard height > 0, count > height else { return 0 }
        var top = currentTop
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        return min(max(0, top), count - height)
    }

    /// The first visible row moved by `lines` (negative: up), kept within 0…`limit`.
    static func moved(_ top: Int, by lines: Int, limit: Int) -> Int {
        min(max(0, top + lines), max(0, limit))
    }
}
