/// Turns an HTML block (the subset the upstream course writes: headings with ids,
/// paragraphs, lists, tables, code, quotes, details, figures) into Markdown blocks.
/// Unknown tags are dropped and their text kept; Markdown written between tags on
/// lines of its own is parsed as Markdown.
struct HTMLBlockConverter {
    let bytes: [UInt8]
    let firstLine: Int
    let inline: InlineParser
    let depth: Int

    /// The blocks of an HTML block, and a problem for the outermost element it never closes.
    static func convert(_ lines: ArraySlice<SourceLine>, inline: InlineParser, depth: Int) -> ([MarkdownBlock], [MarkdownProblem]) {
        guard let first = lines.first else { return ([], []) }
        let bytes = SourceLine.joinedBytes(lines)
        let converter = HTMLBlockConverter(bytes: bytes, firstLine: first.number, inline: inline, depth: depth)
        let (root, unclosed) = HTMLTreeBuilder.build(bytes, firstLine: first.number)
        let problems = unclosed.prefix(1).map { MarkdownProblem(line: $0.line, message: "<\($0.name)> opened here is never closed") }
        return (converter.blocks(root.children, markdownText: true), problems)
    }

    // MARK: Blocks

    static let blockElements: Set<String> = [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "pre", "ul", "ol", "li", "table", "blockquote", "details",
        "summary", "figure", "hr", "div", "section", "article", "main", "header", "footer", "aside", "nav",
        "center", "body", "html", "dl", "dt", "dd", "form", "fieldset", "caption", "figcaption", "address",
        "thead", "tbody", "tfoot", "tr", "td", "th", "hgroup", "search", "menu", "dialog", "legend",
    ]

    func isBlock(_ node: HTMLNode) -> Bool {
        guard case .element(let element) = node else { return false }
        return !element.info.isDisjoint(with: [.hidden, .block])
    }

    /// Blocks for a list of sibling nodes; runs of inline content become paragraphs.
    func blocks(_ nodes: [HTMLNode], markdownText: Bool) -> [MarkdownBlock] {
        var out: [MarkdownBlock] = []
        var run: [HTMLNode] = []
        func flush() {
            defer { run.removeAll() }
            guard !run.isEmpty else { return }
            if markdownText, run.allSatisfy({ if case .text = $0 { return true } else { return false } }) {
                out.append(contentsOf: markdown(run))
                return
            }
            let content = HTMLBlockConverter.trim(inlines(run))
            guard !content.isEmpty else { return }
            out.append(BlockParser.paragraphBlock(content, line: run[0].line))
        }
        for node in nodes {
            if isBlock(node), case .element(let element) = node {
                flush()
                out.append(contentsOf: block(element))
            } else {
                run.append(node)
            }
        }
        flush()
        return out
    }

    /// Plain text between block tags, parsed as Markdown.
    func markdown(_ run: [HTMLNode]) -> [MarkdownBlock] {
        var lines: [SourceLine] = []
        for node in run {
            guard case .text(let range, let line) = node else { continue }
            let slice = bytes[range]
            var number = line
            var start = slice.startIndex
            for i in slice.indices where slice[i] == 0x0A {
                lines.append(SourceLine(bytes: slice[start..<i], number: number))
                number += 1
                start = i + 1
            }
            lines.append(SourceLine(bytes: slice[start..<slice.endIndex], number: number))
        }
        guard lines.contains(where: { !$0.isBlank }) else { return [] }
        if depth >= BlockParser.maximumDepth {
            let text = lines.map(\.string).joined(separator: "\n")
            return [MarkdownBlock(.paragraph(inline.parse(text.trimmingSpaces)), line: lines[0].number)]
        }
        return MarkdownParser.parseFragment(lines[...], inline: inline, depth: depth + 1)
    }

    func block(_ element: HTMLElement) -> [MarkdownBlock] {
        let line = element.line
        switch element.name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = Int(element.name.dropFirst()) ?? 1
            return [MarkdownBlock(.heading(level: level, content: HTMLBlockConverter.trim(inlines(element.children)), id: element.attributes["id"]), line: line)]
        case "p":
            let content = HTMLBlockConverter.trim(inlines(element.children))
            return content.isEmpty ? [] : [BlockParser.paragraphBlock(content, line: line)]
        case "pre":
            return [code(element)]
        case "ul", "ol":
            return [list(element)]
        case "blockquote":
            let children = blocks(element.children, markdownText: true)
            if let kind = BlockParser.calloutKind(children) { return [MarkdownBlock(.callout(kind, children), line: line)] }
            return [MarkdownBlock(.quote(children), line: line)]
        case "table":
            return table(element).map { [MarkdownBlock(.table($0), line: line)] } ?? []
        case "details":
            var summary: [MarkdownInline] = []
            var rest: [HTMLNode] = []
            for child in element.children {
                if case .element(let e) = child, e.name == "summary", summary.isEmpty {
                    summary = HTMLBlockConverter.trim(inlines(e.children))
                } else {
                    rest.append(child)
                }
            }
            return [MarkdownBlock(.details(summary: summary, blocks: blocks(rest, markdownText: true)), line: line)]
        case "summary", "dt", "caption":
            let content = HTMLBlockConverter.trim(inlines(element.children))
            return content.isEmpty ? [] : [MarkdownBlock(.paragraph([.strong(content)]), line: line)]
        case "figure":
            return figure(element)
        case "hr":
            return [MarkdownBlock(.thematicBreak, line: line)]
        case "figcaption":
            let content = HTMLBlockConverter.trim(inlines(element.children))
            return content.isEmpty ? [] : [MarkdownBlock(.paragraph([.emphasis(content)]), line: line)]
        default:
            if element.info.contains(.hidden) { return [] }
            return blocks(element.children, markdownText: true)
        }
    }

    func code(_ pre: HTMLElement) -> MarkdownBlock {
        var language = HTMLBlockConverter.language(pre.attributes["class"])
        var text: [UInt8] = []
        func collect(_ nodes: [HTMLNode]) {
            for node in nodes {
                switch node {
                case .text(let range, _): text.append(contentsOf: bytes[range])
                case .element(let e):
                    if e.name == "code", language == nil { language = HTMLBlockConverter.language(e.attributes["class"]) }
                    if e.name == "br" { text.append(0x0A) }
                    collect(e.children)
                }
            }
        }
        collect(pre.children)
        var body = HTMLEntities.decode(String(decoding: text, as: UTF8.self))
        if body.hasPrefix("\n") { body.removeFirst() }
        if body.hasSuffix("\n") { body.removeLast() }
        if language?.lowercased() == "calc" {
            return MarkdownBlock(.calc(CalcBlockCall.calls(in: body, firstLine: pre.line)), line: pre.line)
        }
        return MarkdownBlock(.code(language: language, text: body), line: pre.line)
    }

    /// `language-python` or `lang-python` in a class list.
    static func language(_ classes: String?) -> String? {
        guard let classes else { return nil }
        for word in classes.split(separator: " ") {
            if word.hasPrefix("language-") { return String(word.dropFirst(9)) }
            if word.hasPrefix("lang-") { return String(word.dropFirst(5)) }
        }
        return nil
    }

    func list(_ element: HTMLElement) -> MarkdownBlock {
        var items: [MarkdownListItem] = []
        var tight = true
        var stray: [HTMLNode] = []
        func flushStray() {
            let loose = blocks(stray, markdownText: false)
            if !loose.isEmpty { items.append(MarkdownListItem(blocks: loose, line: stray[0].line)) }
            stray.removeAll()
        }
        for child in element.children {
            guard case .element(let li) = child, li.name == "li" else {
                stray.append(child)
                continue
            }
            flushStray()
            var children = li.children
            var task: Bool?
            if case .element(let input)? = children.first(where: { !$0.isBlankText(in: bytes) }), input.name == "input",
                input.attributes["type"]?.lowercased() == "checkbox"
            {
                task = input.attributes["checked"] != nil
                if let index = children.firstIndex(where: { if case .element(let e) = $0 { return e === input } else { return false } }) {
                    children.remove(at: index)
                }
            }
            let content = blocks(children, markdownText: false)
            if content.count > 1 || children.contains(where: { if case .element(let e) = $0 { return e.name == "p" } else { return false } }) {
                tight = false
            }
            items.append(MarkdownListItem(blocks: content, task: task, line: li.line))
        }
        flushStray()
        let ordered = element.name == "ol"
        let start = Int(element.attributes["start"] ?? "") ?? 1
        return MarkdownBlock(.list(MarkdownList(ordered: ordered, start: start, tight: tight, items: items)), line: element.line)
    }

    func table(_ element: HTMLElement) -> MarkdownTable? {
        var headerRow: [HTMLElement]?
        var rows: [[HTMLElement]] = []
        func cells(_ tr: HTMLElement) -> [HTMLElement] {
            tr.children.compactMap { if case .element(let e) = $0, e.name == "td" || e.name == "th" { return e } else { return nil } }
        }
        func walk(_ nodes: [HTMLNode], inHead: Bool) {
            for node in nodes {
                guard case .element(let e) = node else { continue }
                switch e.name {
                case "thead": walk(e.children, inHead: true)
                case "tbody", "tfoot": walk(e.children, inHead: false)
                case "tr":
                    let row = cells(e)
                    if headerRow == nil, rows.isEmpty, inHead || (!row.isEmpty && row.allSatisfy { $0.name == "th" }) {
                        headerRow = row
                    } else {
                        rows.append(row)
                    }
                default: break
                }
            }
        }
        walk(element.children, inHead: false)
        let header = headerRow ?? []
        guard !header.isEmpty || !rows.isEmpty else { return nil }
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        let alignmentSource = header.isEmpty ? (rows.first ?? []) : header
        var alignments: [MarkdownTable.Alignment] = alignmentSource.map { HTMLBlockConverter.alignment($0) }
        while alignments.count < columns { alignments.append(.none) }
        func pad(_ row: [[MarkdownInline]]) -> [[MarkdownInline]] {
            row + Array(repeating: [], count: max(0, columns - row.count))
        }
        return MarkdownTable(
            alignments: alignments,
            header: header.isEmpty ? [] : pad(header.map { cellContent($0) }),
            rows: rows.map { pad($0.map { cellContent($0) }) })
    }

    static func alignment(_ cell: HTMLElement) -> MarkdownTable.Alignment {
        let value = (cell.attributes["align"] ?? cell.attributes["style"] ?? "").lowercased()
        if value.contains("center") { return .center }
        if value.contains("right") { return .right }
        if value.contains("left") { return .left }
        return .none
    }

    /// A cell's content as inlines; blocks inside the cell are separated by line breaks.
    func cellContent(_ cell: HTMLElement) -> [MarkdownInline] {
        HTMLBlockConverter.trim(inlines(cell.children))
    }

    func figure(_ element: HTMLElement) -> [MarkdownBlock] {
        var image: HTMLElement?
        var caption: [MarkdownInline] = []
        var other: [HTMLNode] = []
        func find(_ nodes: [HTMLNode]) {
            for node in nodes {
                guard case .element(let e) = node else {
                    other.append(node)
                    continue
                }
                if e.name == "img", image == nil {
                    image = e
                } else if e.name == "figcaption" {
                    caption = HTMLBlockConverter.trim(inlines(e.children))
                } else if e.name == "a" || e.name == "picture" || e.name == "span" {
                    find(e.children)
                } else {
                    other.append(node)
                }
            }
        }
        find(element.children)
        var out: [MarkdownBlock] = []
        if let image {
            let figure = MarkdownFigure(
                source: image.attributes["src"] ?? "", alt: image.attributes["alt"] ?? "", title: image.attributes["title"], caption: caption)
            out.append(MarkdownBlock(.figure(figure), line: image.line))
        }
        out.append(contentsOf: blocks(other, markdownText: true))
        if image == nil, !caption.isEmpty {
            out.append(MarkdownBlock(.paragraph([.emphasis(caption)]), line: element.line))
        }
        return out
    }

    // MARK: Inlines

    func inlines(_ nodes: [HTMLNode], depth: Int = 0) -> [MarkdownInline] {
        var out: [MarkdownInline] = []
        for node in nodes {
            switch node {
            case .text(let range, _):
                for inline in inline.parseHTMLText(bytes[range]) { InlineNode.append(inline, to: &out) }
            case .element(let e):
                if e.info.contains(.void) {
                    if let v = HTMLInline.void(e.name, e.attributes) { out.append(v) }
                    continue
                }
                if e.info.contains(.pre) {
                    if case .code(_, let text) = code(e).kind {
                        HTMLBlockConverter.breakIfNeeded(&out)
                        out.append(.code(text))
                        out.append(.hardBreak)
                    }
                    continue
                }
                let children = depth < InlineParser.maximumDepth ? inlines(e.children, depth: depth + 1) : []
                if e.info.contains(.block) && e.name != "td" && e.name != "th" {
                    // A block inside inline content (a <p> or <ul> in a table cell): its own line.
                    HTMLBlockConverter.breakIfNeeded(&out)
                    if e.name == "li" { out.append(.text("• ")) }
                    for inline in HTMLBlockConverter.trim(children) { InlineNode.append(inline, to: &out) }
                    out.append(.hardBreak)
                } else {
                    for inline in HTMLInline.wrap(e.name, e.attributes, children) { InlineNode.append(inline, to: &out) }
                }
            }
        }
        return out
    }

    static func breakIfNeeded(_ out: inout [MarkdownInline]) {
        if let last = out.last, last != .hardBreak, !(last == .text(" ")) {
            out.append(.hardBreak)
        }
    }

    /// Drops leading and trailing spaces and breaks.
    static func trim(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        var out = inlines
        while let first = out.first {
            switch first {
            case .softBreak, .hardBreak: out.removeFirst()
            case .text(let s):
                let t = String(s.drop(while: { $0 == " " }))
                if t.isEmpty { out.removeFirst() } else { out[0] = .text(t); return trimEnd(out) }
            default: return trimEnd(out)
            }
        }
        return out
    }

    private static func trimEnd(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        var out = inlines
        while let last = out.last {
            switch last {
            case .softBreak, .hardBreak: out.removeLast()
            case .text(let s):
                var t = s
                while t.last == " " { t.removeLast() }
                if t.isEmpty { out.removeLast() } else { out[out.count - 1] = .text(t); return out }
            default: return out
            }
        }
        return out
    }
}
