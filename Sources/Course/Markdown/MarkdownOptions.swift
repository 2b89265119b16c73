/// How `MarkdownParser` reads a document.
public struct MarkdownOptions: Equatable, Sendable {
    /// Keep HTML as written, as CommonMark does: its seven kinds of HTML block become
    /// `.html` blocks and tags, comments and declarations in text `.html` inlines.
    /// Without it (the lessons' reading) the HTML subset of the upstream course is
    /// converted into headings, lists, tables, details, figures and emphasis.
    public var rawHTML: Bool

    public init(rawHTML: Bool = false) { self.rawHTML = rawHTML }

    /// Lessons: HTML converted into the document's own blocks.
    public static let lesson = MarkdownOptions()
    /// CommonMark's reading of HTML, for `HTMLWriter` (`dli-tutor read --format html`).
    public static let commonMark = MarkdownOptions(rawHTML: true)
}
