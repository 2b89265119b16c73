/// Keeps `**` balanced when a prefix (a question label, an option letter) is
/// cut from the start of converted Markdown.
enum MarkdownEmphasis {
    /// `open` is a `**` matched before the prefix, `close` one matched right after it.
    ///
    /// - `**A)** text` (both): the bold held only the prefix → `text`;
    /// - `**A) text**` (open only): the bold goes on → `**text**`;
    /// - `A) **text**` (close only): that `**` opened the text's own bold → `**text**`.
    static func rebalance(open: Substring?, close: Substring?, rest: String) -> String {
        switch (open, close) {
        case (let open?, nil): return String(open) + rest
        case (nil, let close?): return String(close) + rest
        default: return rest
        }
    }
}
