/// Which rows of a list or a text to show: the first visible row such that the
/// rows that must be seen stay in view, moving the window as little as possible.
enum ScrollWindow {
    /// The first row to show so that rows `range` stay in view (its start wins
    /// when the range is taller than the window).
    static func top(keeping range: Range<Int>, visible height: Int, count: Int, currentTop: Int) -> Int {
        guard height > 0, count > height else { return 0 }
        var top = currentTop
        if range.upperBound > top + height { top = range.upperBound - height }
        if range.lowerBound < top { top = range.lowerBound }
        return min(max(0, top), count - height)
    }

    /// The first row to show so that row `selected` stays in view.
    static func top(keeping selected: Int, visible height: Int, count: Int, currentTop: Int) -> Int {
        top(keeping: selected..<(selected + 1), visible: height, count: count, currentTop: currentTop)
    }

    /// The first visible row moved by `lines` (negative: up), kept within 0…`limit`.
    static func moved(_ top: Int, by lines: Int, limit: Int) -> Int {
        min(max(0, top + lines), max(0, limit))
    }
}
