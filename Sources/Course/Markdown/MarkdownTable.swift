/// A GitHub table or an HTML `<table>`.
public struct MarkdownTable: Equatable, Sendable {
    /// A column's alignment from the delimiter row (`:--`, `:-:`, `--:`) or `align=`.
    public enum Alignment: Equatable, Sendable { case none, left, center, right }

    public var alignments: [Alignment]
    /// Header cells; empty for an HTML table without `<th>` cells.
    public var header: [[MarkdownInline]]
    public var rows: [[[MarkdownInline]]]

    public init(alignments: [Alignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }

    /// The number of columns: the widest of the header and every row.
    public var columnCount: Int {
        max(header.count, rows.map(\.count).max() ?? 0)
    }
}
