/// A bulleted or numbered list.
public struct MarkdownList: Equatable, Sendable {
    public var ordered: Bool
    /// The first number of an ordered list.
    public var start: Int
    /// Tight lists have no blank lines between items.
    public var tight: Bool
    public var items: [MarkdownListItem]

    public init(ordered: Bool, start: Int = 1, tight: Bool = true, items: [MarkdownListItem]) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
    }
}

/// One list item: its blocks and, for a task list item, whether it is checked.
public struct MarkdownListItem: Equatable, Sendable {
    public var blocks: [MarkdownBlock]
    /// `nil` for an ordinary item, `false` for `[ ]`, `true` for `[x]`.
    public var task: Bool?
    public var line: Int

    public init(blocks: [MarkdownBlock], task: Bool? = nil, line: Int) {
        self.blocks = blocks
        self.task = task
        self.line = line
    }
}
