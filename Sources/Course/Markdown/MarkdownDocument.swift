/// A parsed lesson body: CommonMark + GitHub tables + the HTML subset of the
/// upstream course + `$…$` math + `calc` blocks, as a tree of blocks.
public struct MarkdownDocument: Equatable, Sendable {
    public var blocks: [MarkdownBlock]
    /// What the reader read past (it never fails): HTML elements never closed.
    public var problems: [MarkdownProblem]

    public init(blocks: [MarkdownBlock] = [], problems: [MarkdownProblem] = []) {
        self.blocks = blocks
        self.problems = problems
    }

    /// Every heading in document order, nested blocks included, with its level and source line.
    public var headings: [(level: Int, content: [MarkdownInline], id: String?, line: Int)] {
        var out: [(level: Int, content: [MarkdownInline], id: String?, line: Int)] = []
        MarkdownBlock.visit(blocks) { block in
            if case let .heading(level, content, id) = block.kind { out.append((level, content, id, block.line)) }
        }
        return out
    }

    /// Every `calc` call in document order (parsed or not), for checks and diagnostics.
    public var calcCalls: [CalcBlockCall] {
        var out: [CalcBlockCall] = []
        MarkdownBlock.visit(blocks) { block in
            if case let .calc(calls) = block.kind { out.append(contentsOf: calls) }
        }
        return out
    }

    /// Every link destination with the line of the block it is in, for link checks.
    public var links: [(url: String, line: Int)] {
        var out: [(url: String, line: Int)] = []
        MarkdownBlock.visit(blocks) { block in
            for inlines in block.inlineContent {
                MarkdownInline.visit(inlines) { inline in
                    if case let .link(url, _, _) = inline { out.append((url, block.line)) }
                }
            }
        }
        return out
    }
}
