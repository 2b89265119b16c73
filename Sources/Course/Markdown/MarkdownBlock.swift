/// A block of a document, with the 1-based source line it starts on.
public struct MarkdownBlock: Equatable, Sendable {
    /// What the block is, with its content.
    public enum Kind: Equatable, Sendable {
        /// `# Title`, a setext heading or `<h2 id="…">`; `id` is an explicit HTML id.
        case heading(level: Int, content: [MarkdownInline], id: String?)
        case paragraph([MarkdownInline])
        case quote([MarkdownBlock])
        /// A block quote whose first word is a bold label such as `**Exam tip:**`.
        case callout(CalloutKind, [MarkdownBlock])
        case list(MarkdownList)
        /// A fenced, indented or `<pre>` code block; `language` is the info string's first word.
        case code(language: String?, text: String)
        /// A ```` ```calc ```` block: one calculator call per entry.
        case calc([CalcBlockCall])
        /// Display math (`$$…$$` on its own), LaTeX source without the dollars.
        case math(String)
        case table(MarkdownTable)
        case thematicBreak
        /// `<details><summary>…</summary>…</details>`.
        case details(summary: [MarkdownInline], blocks: [MarkdownBlock])
        /// `<figure><img alt="…"><figcaption>…</figcaption></figure>` or a lone image.
        case figure(MarkdownFigure)
        /// A CommonMark HTML block as written; only parsed with `MarkdownOptions.rawHTML`.
        case html(String)
    }

    public var kind: Kind
    /// The 1-based source line the block starts on.
    public var line: Int

    public init(_ kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }

    /// The inline runs this block holds directly (not those of nested blocks).
    public var inlineContent: [[MarkdownInline]] {
        switch kind {
        case .heading(_, let content, _), .paragraph(let content): return [content]
        case .details(let summary, _): return [summary]
        case .figure(let figure): return [figure.caption]
        case .table(let table): return table.header + table.rows.flatMap { $0 }
        default: return []
        }
    }

    /// The blocks nested directly inside this one.
    public var children: [MarkdownBlock] {
        switch kind {
        case .quote(let blocks), .callout(_, let blocks), .details(_, let blocks): return blocks
        case .list(let list): return list.items.flatMap(\.blocks)
        default: return []
        }
    }

    /// Calls `body` for every block of the tree, parents before children.
    public static func visit(_ blocks: [MarkdownBlock], _ body: (MarkdownBlock) -> Void) {
        for block in blocks {
            body(block)
            visit(block.children, body)
        }
    }
}

/// The kinds of callout the content format defines (Content/README.md).
public enum CalloutKind: String, Equatable, Sendable, CaseIterable {
    case examTip = "Exam tip"
    case commonMistake = "Common mistake"
    case note = "Note"

    /// The callout a label names (`Exam tip:` → `.examTip`), case-insensitively.
    public init?(label: String) {
        var text = label.trimmingSpaces
        if text.hasSuffix(":") { text.removeLast() }
        guard let kind = CalloutKind.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
            return nil
        }
        self = kind
    }
}

/// An image shown as a captioned placeholder.
public struct MarkdownFigure: Equatable, Sendable {
    public var source: String
    public var alt: String
    public var title: String?
    public var caption: [MarkdownInline]
    public init(source: String, alt: String, title: String? = nil, caption: [MarkdownInline] = []) {
        self.source = source
        self.alt = alt
        self.title = title
        self.caption = caption
    }
}
