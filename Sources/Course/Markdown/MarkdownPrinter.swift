/// Writes a document back as Markdown, as swift-markdown's `format()` does: `#`
/// headings, `*`/`**` emphasis, `-` and `1.` lists, fenced code, `|` tables, with
/// text escaped where Markdown would misread it. Reading what it prints gives the
/// same document (`parse(print(doc)) == doc`, line numbers aside) for documents read
/// from Markdown. What Markdown cannot say is written as the HTML the lesson reading
/// converts back: `<details>`, captioned figures and headings with ids.
///
/// Documents made from HTML print as close as Markdown allows: spaces inside
/// emphasis move outside it, a table without header cells gets its first row as the
/// header, an ordered list starts at 1 when its start is no Markdown list number.
public enum MarkdownPrinter {
    public static func markdown(_ document: MarkdownDocument) -> String { markdown(document.blocks) }

    public static func markdown(_ blocks: [MarkdownBlock]) -> String {
        MarkdownBlockPrinter().blocks(blocks, tight: false)
    }

    /// Inline content as one paragraph's Markdown.
    public static func markdown(inlines: [MarkdownInline]) -> String {
        var printer = MarkdownInlinePrinter(inlines)
        printer.inlines(inlines)
        return printer.text
    }
}

/// The block structure: blocks separated by blank lines, containers prefixed.
struct MarkdownBlockPrinter {
    func blocks(_ blocks: [MarkdownBlock], tight: Bool) -> String {
        var parts: [String] = []
        var previous: MarkdownBlock.Kind?
        for block in blocks {
            let text = self.block(block.kind, after: previous)
            if !text.isEmpty { parts.append(text) }
            previous = block.kind
        }
        return parts.joined(separator: tight ? "\n" : "\n\n")
    }

    func block(_ kind: MarkdownBlock.Kind, after previous: MarkdownBlock.Kind?) -> String {
        switch kind {
        case .heading(let level, let content, let id):
            return heading(level: level, content, id: id)
        case .paragraph(let content):
            return MarkdownPrinter.markdown(inlines: content)
        case .quote(let children), .callout(_, let children):
            return MarkdownBlockPrinter.prefixed(blocks(children, tight: false), first: "> ", rest: "> ", blank: ">")
        case .list(let list):
            var alternate = false
            if case .list(let before)? = previous, before.ordered == list.ordered { alternate = true }
            return self.list(list, alternate: alternate)
        case .code(let language, let text):
            return MarkdownBlockPrinter.fenced(language ?? "", text)
        case .calc(let calls):
            return MarkdownBlockPrinter.fenced("calc", CalcBlockCall.source(calls))
        case .math(let source):
            if source.contains("\n") || source.contains("$") { return MarkdownBlockPrinter.fenced("math", source) }
            return "$$" + source + "$$"
        case .table(let table):
            return self.table(table)
        case .thematicBreak:
            // Not `---`: under a paragraph line that would be a setext heading.
            return "***"
        case .details(let summary, let children):
            let inner = blocks(children, tight: false)
            return "<details>\n<summary>" + MarkdownBlockPrinter.html(summary) + "</summary>\n\n" + (inner.isEmpty ? "" : inner + "\n\n")
                + "</details>"
        case .figure(let figure):
            guard !figure.caption.isEmpty else {
                return MarkdownPrinter.markdown(inlines: [.image(url: figure.source, title: figure.title, alt: figure.alt)])
            }
            var output = HTMLOutput(forMarkdown: true)
            output.image(url: figure.source, title: figure.title, alt: figure.alt)
            return "<figure>\n" + output.text + "\n<figcaption>" + MarkdownBlockPrinter.html(figure.caption) + "</figcaption>\n</figure>"
        case .html(let raw):
            return raw
        }
    }

    func heading(level: Int, _ content: [MarkdownInline], id: String?) -> String {
        if let id {
            return "<h\(level) id=\"" + HTMLOutput.escaped(id) + "\">" + MarkdownBlockPrinter.html(content) + "</h\(level)>"
        }
        if level <= 2, MarkdownBlockPrinter.containsSoftBreak(content) {
            let text = MarkdownPrinter.markdown(inlines: content)
            return text + "\n" + (level == 1 ? "===" : "---")
        }
        var text = MarkdownPrinter.markdown(inlines: content.map { $0 == .softBreak || $0 == .hardBreak ? .text(" ") : $0 })
        // A closing sequence of `#`s would be dropped: escape it.
        if text.hasSuffix("#") {
            let run = text.reversed().prefix { $0 == "#" }.count
            text.insert("\\", at: text.index(text.endIndex, offsetBy: -run))
        }
        return String(repeating: "#", count: level) + (text.isEmpty ? "" : " " + text)
    }

    func list(_ list: MarkdownList, alternate: Bool) -> String {
        // A Markdown list number has at most nine digits.
        var number = (0...999_999_999).contains(list.start) ? list.start : 1
        var items: [String] = []
        for item in list.items {
            let marker: String
            if list.ordered {
                marker = "\(number)" + (alternate ? ")" : ".") + " "
                number += 1
            } else {
                marker = alternate ? "* " : "- "
            }
            var content = blocks(item.blocks, tight: list.tight)
            if let checked = item.task { content = (checked ? "[x] " : "[ ] ") + content }
            let pad = String(repeating: " ", count: marker.count)
            items.append(MarkdownBlockPrinter.prefixed(content, first: marker, rest: pad, blank: ""))
        }
        return items.joined(separator: list.tight ? "\n" : "\n\n")
    }

    func table(_ table: MarkdownTable) -> String {
        let columns = table.columnCount
        guard columns > 0 else { return "" }
        var header = table.header
        var rows = table.rows
        if header.isEmpty, !rows.isEmpty { header = rows.removeFirst() }
        func row(_ cells: [[MarkdownInline]]) -> String {
            let texts = (0..<columns).map { k in k < cells.count ? MarkdownInlinePrinter.cell(cells[k]) : "" }
            return "| " + texts.joined(separator: " | ") + " |"
        }
        let delimiter = (0..<columns).map { k -> String in
            switch k < table.alignments.count ? table.alignments[k] : .none {
            case .none: return "---"
            case .left: return ":--"
            case .center: return ":-:"
            case .right: return "--:"
            }
        }
        return ([row(header), "| " + delimiter.joined(separator: " | ") + " |"] + rows.map(row)).joined(separator: "\n")
    }

    static func containsSoftBreak(_ inlines: [MarkdownInline]) -> Bool {
        var found = false
        MarkdownInline.visit(inlines) { if $0 == .softBreak { found = true } }
        return found
    }

    /// A fence longer than any run of backticks in the text.
    static func fenced(_ info: String, _ text: String) -> String {
        var longest = 0
        var run = 0
        for c in text.utf8 {
            run = c == UInt8(ascii: "`") ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + info + "\n" + (text.isEmpty ? "" : text + "\n") + fence
    }

    /// `text` with `first` before its first line and `rest` before the others (`blank` on empty lines).
    static func prefixed(_ text: String, first: String, rest: String, blank: String) -> String {
        var out = ""
        for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if k > 0 { out += "\n" }
            if k == 0 {
                out += line.isEmpty ? String(first.reversed().drop { $0 == " " }.reversed()) : first + line
            } else {
                out += line.isEmpty ? blank : rest + line
            }
        }
        return out
    }

    /// Inline content written as the HTML the lesson reading converts back.
    static func html(_ inlines: [MarkdownInline]) -> String {
        var output = HTMLOutput(forMarkdown: true)
        output.inlines(inlines)
        return output.text
    }
}
