extension StringProtocol {
    /// The text with each run of characters `isSpace` accepts written as one
    /// space, and none at either end.
    func collapsingSpaces(where isSpace: (Character) -> Bool) -> String {
        var out = ""
        var pendingSpace = false
        for ch in self {
            if isSpace(ch) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            }
        }
        return out
    }
}
