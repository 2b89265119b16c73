/// Lays out a `MarkdownDocument` as styled terminal lines of a given width. Pure:
/// the same document, width, theme and calculators give the same lines.
public enum TerminalLayout {
    /// Renders `document` into lines no wider than `width` (at least 1), evaluating
    /// each `calc` call with `evaluate`.
    public static func render(
        _ document: MarkdownDocument, width: Int, theme: Theme = .unicode,
        evaluate: (CalcCall) throws(FormulaError) -> CalcReport = Calculators.evaluate
    ) -> RenderedDocument {
        withoutActuallyEscaping(evaluate) { evaluate in
            var builder = LayoutBuilder(width: max(1, width), theme: theme, evaluate: evaluate)
            builder.blocks(document.blocks, tight: false)
            builder.footnoteList()
            return builder.result()
        }
    }
}

/// The mutable state of one layout: output lines and everything recorded about them,
/// plus the stack of line prefixes (quote bars, list indents) of the open containers.
struct LayoutBuilder {
    struct Prefix {
        var first: StyledLine
        var rest: StyledLine
        var width: Int
        var used = false
    }

    let width: Int
    let theme: Theme
    let evaluate: (CalcCall) throws(FormulaError) -> CalcReport

    var lines: [StyledLine] = []
    var headings: [RenderedHeading] = []
    var anchors: [String: Int] = [:]
    var anchorRegistry = Anchor.Registry()
    var calcs: [RenderedCalc] = []
    var links: [RenderedLink] = []
    var sourceMap: [SourceMapEntry] = []
    var footnotes: [String] = []
    /// Lines the last-resort clip had to cut: each is an overflow of a layout path.
    var safetyClips = 0

    var prefixes: [Prefix] = []
    var indent = 0
    var needsGap = false
    var listDepth = 0
    /// Roles added to all text of the blocks being laid out (inside quotes, callouts).
    var baseStyle: Style = .plain

    /// Inline math up to this wide is kept on one line.
    static let unbreakableMathWidth = 24
    /// An inline code span up to this wide is kept on one line: `(B, out)` never
    /// splits into `(B,` and `out)`.
    static let unbreakableCodeWidth = 30

    /// Narrower than this, containers stop indenting their content.
    static let minimumContentWidth = 8

    init(width: Int, theme: Theme, evaluate: @escaping (CalcCall) throws(FormulaError) -> CalcReport) {
        self.width = width
        self.theme = theme
        self.evaluate = evaluate
    }

    func result() -> RenderedDocument {
        var document = RenderedDocument(
            width: width, lines: lines, headings: headings, anchors: anchors, calcs: calcs, links: links,
            sourceMap: sourceMap)
        document.safetyClips = safetyClips
        return document
    }

    /// Columns left for content inside the open containers.
    var available: Int { max(1, width - indent) }

    // MARK: Output

    /// Appends a line under the current prefixes; clips it as a last resort so no line
    /// is ever wider than `width`. Pass `width` only when it is the content's exact width.
    mutating func emit(
        _ content: StyledLine, width contentWidth: Int? = nil, links lineLinks: [(link: Int, columns: Range<Int>)] = []
    ) {
        if indent == 0 {
            emitPrefixed(content, contentWidth: contentWidth, links: lineLinks)
        } else {
            var line = prefixLine()
            line.append(contentsOf: content)
            emitPrefixed(line, contentWidth: contentWidth, links: lineLinks)
        }
    }

    /// The prefixes of the open containers for the next line (a line to append content
    /// to and pass to `emitPrefixed`, which avoids copying long lines).
    mutating func prefixLine() -> StyledLine {
        var line = StyledLine()
        for k in prefixes.indices {
            line.append(contentsOf: prefixes[k].used ? prefixes[k].rest : prefixes[k].first)
            prefixes[k].used = true
        }
        return line
    }

    /// Appends a line that already starts with `prefixLine()`.
    mutating func emitPrefixed(
        _ line: StyledLine, contentWidth: Int?, links lineLinks: [(link: Int, columns: Range<Int>)] = []
    ) {
        for k in prefixes.indices { prefixes[k].used = true }
        let index = lines.count
        for (link, columns) in lineLinks where link < links.count {
            let shifted = (columns.lowerBound + indent)..<(columns.upperBound + indent)
            links[link].places.append(RenderedLink.Place(line: index, columns: shifted))
        }
        // A caller that knows the exact width spares the measuring; otherwise the line
        // is measured and, as a last resort, cut at the edge.
        if let contentWidth, contentWidth + indent <= width {
            lines.append(line)
        } else {
            let clipped = LayoutBuilder.clip(line, to: width)
            if clipped.text.utf8.count != line.text.utf8.count { safetyClips += 1 }
            lines.append(clipped)
        }
    }

    /// An empty line that keeps the quote bars of open containers.
    mutating func emitBlank() {
        var line = StyledLine()
        for k in prefixes.indices {
            line.append(contentsOf: prefixes[k].used ? prefixes[k].rest : prefixes[k].first)
        }
        line.trimTrailingSpaces()
        lines.append(LayoutBuilder.clip(line, to: width))
    }

    mutating func gap() {
        if needsGap && !lines.isEmpty { emitBlank() }
        needsGap = false
    }

    mutating func push(first: StyledLine, rest: StyledLine) {
        let w = first.width
        if width - indent - w < LayoutBuilder.minimumContentWidth && w > 0 {
            // Too narrow to indent further: keep the content at full width.
            prefixes.append(Prefix(first: StyledLine(), rest: StyledLine(), width: 0))
            return
        }
        prefixes.append(Prefix(first: first, rest: rest, width: w))
        indent += w
    }

    mutating func pop() {
        guard let last = prefixes.popLast() else { return }
        indent -= last.width
    }

    private static let blank = String(repeating: " ", count: 512)

    /// `n` spaces, without building a new string for the common sizes.
    static func spaces(_ n: Int) -> Substring {
        guard n > 0 else { return "" }
        guard n <= 512 else { return Substring(String(repeating: " ", count: n)) }
        return blank.prefix(n)
    }

    static func clip(_ line: StyledLine, to width: Int) -> StyledLine {
        guard line.width > width else { return line }
        var out = StyledLine()
        var used = 0
        for span in line.spans {
            let (text, w) = DisplayWidth.prefix(span.text, fitting: width - used)
            out.append(text, span.style)
            used += w
            if used >= width || text.count < span.text.count { break }
        }
        return out
    }

    // MARK: Blocks

    mutating func blocks(_ blocks: [MarkdownBlock], tight: Bool) {
        for block in blocks {
            if tight { needsGap = false }
            self.block(block)
        }
    }

    mutating func block(_ block: MarkdownBlock) {
        gap()
        sourceMap.append(SourceMapEntry(sourceLine: block.line, line: lines.count))
        switch block.kind {
        case .heading(let level, let content, let id): heading(level: level, content: content, id: id, sourceLine: block.line)
        case .paragraph(let content): paragraph(content)
        case .quote(let children): quote(children)
        case .callout(let kind, let children): callout(kind, children)
        case .list(let list): self.list(list)
        case .code(let language, let text): code(language: language, text: text)
        case .calc(let calls): calc(calls)
        case .math(let source): displayMath(source)
        case .table(let table): self.table(table)
        case .thematicBreak: emit(StyledLine([StyledSpan(String(repeating: theme.rule, count: available), .dim)]))
        case .details(let summary, let children): details(summary: summary, children: children)
        case .figure(let figure): self.figure(figure)
        case .html(let raw): code(language: nil, text: raw)
        }
        needsGap = true
    }

    mutating func paragraph(_ content: [MarkdownInline], style: Style = .plain) {
        emitWrapped(runs(content, style: baseStyle.union(style)))
    }

    mutating func emitWrapped(_ runs: [TextRun]) {
        for wrapped in TextWrapper.wrap(runs, width: available) {
            emit(wrapped.line, width: wrapped.exactWidth, links: wrapped.links)
        }
    }

    mutating func heading(level: Int, content: [MarkdownInline], id: String?, sourceLine: Int) {
        let style = Style.heading(level)
        let first = lines.count
        let wrapped = TextWrapper.wrap(runs(content, style: baseStyle.union(style)), width: available)
        for line in wrapped { emit(line.line, width: line.exactWidth, links: line.links) }
        let textWidth = wrapped.map(\.width).max() ?? 0
        if level == 1 {
            emit(StyledLine([StyledSpan(String(repeating: theme.heavyRule, count: available), style)]))
        } else if level == 2 {
            emit(StyledLine([StyledSpan(String(repeating: theme.rule, count: max(1, min(textWidth, available))), style)]))
        }
        let text = MarkdownInline.plainText(content).trimmingSpaces
        let anchor = anchorRegistry.unique(Anchor.slug(text))
        headings.append(RenderedHeading(level: level, text: text, anchor: anchor, id: id, line: first, sourceLine: sourceLine))
        if anchors[anchor] == nil { anchors[anchor] = first }
        if let id, !id.isEmpty, anchors[id] == nil { anchors[id] = first }
    }

    mutating func quote(_ children: [MarkdownBlock]) {
        let bar = StyledLine([StyledSpan(theme.quoteBar + " ", .quote)])
        push(first: bar, rest: bar)
        let saved = baseStyle
        baseStyle.insert(.quote)
        needsGap = false
        blocks(children, tight: false)
        baseStyle = saved
        pop()
    }

    static func calloutStyle(_ kind: CalloutKind) -> Style {
        switch kind {
        case .examTip: return .calloutTip
        case .commonMistake: return .calloutMistake
        case .note: return .calloutNote
        }
    }

    mutating func callout(_ kind: CalloutKind, _ children: [MarkdownBlock]) {
        let style = LayoutBuilder.calloutStyle(kind)
        let bar = StyledLine([StyledSpan(theme.calloutBar + " ", style)])
        push(first: bar, rest: bar)
        needsGap = false
        for (k, child) in children.enumerated() {
            if k == 0, case .paragraph(let content) = child.kind, case .strong(let label)? = content.first {
                // The label keeps its words; the mark and the callout role set it apart.
                gap()
                sourceMap.append(SourceMapEntry(sourceLine: child.line, line: lines.count))
                var labelled = [TextRun((theme.calloutMarks[kind] ?? "") + " ", style.union(.strong))]
                labelled += runs(label, style: style.union(.strong))
                labelled += runs(Array(content.dropFirst()), style: baseStyle)
                emitWrapped(labelled)
                needsGap = true
            } else {
                block(child)
            }
        }
        pop()
    }

    mutating func list(_ list: MarkdownList) {
        listDepth += 1
        defer { listDepth -= 1 }
        // An HTML `start` may be any integer: beyond nine digits (CommonMark's limit)
        // it is clamped, so counting on from it cannot overflow.
        let start = min(max(list.start, -999_999_999), 999_999_999)
        let lastNumber = start + max(0, list.items.count - 1)
        let numberWidth = list.ordered ? max(String(start).count, String(lastNumber).count) + 1 : 0
        for (k, item) in list.items.enumerated() {
            if k > 0 && !list.tight { emitBlank() }
            var marker: String
            if list.ordered {
                let number = "\(start + k)."
                marker = String(repeating: " ", count: max(0, numberWidth - DisplayWidth.of(number))) + number
            } else {
                marker = theme.bullets[(listDepth - 1) % max(1, theme.bullets.count)]
            }
            var markerStyle: Style = .accent
            if let done = item.task {
                marker += " " + (done ? theme.taskDone : theme.taskOpen)
                markerStyle = done ? .good : .accent
            }
            marker += " "
            let markerWidth = DisplayWidth.of(marker)
            push(
                first: StyledLine([StyledSpan(marker, baseStyle.union(markerStyle))]),
                rest: StyledLine([StyledSpan(String(repeating: " ", count: markerWidth))]))
            needsGap = false
            if item.blocks.isEmpty {
                emit(StyledLine())
            } else {
                blocks(item.blocks, tight: list.tight)
            }
            pop()
            needsGap = false
        }
    }

    mutating func details(summary: [MarkdownInline], children: [MarkdownBlock]) {
        var head = [TextRun(theme.detailsMarker + " ", baseStyle.union(.accent))]
        head += runs(summary.isEmpty ? [.text("Details")] : summary, style: baseStyle.union(.strong))
        emitWrapped(head)
        let pad = StyledLine([StyledSpan("  ")])
        push(first: pad, rest: pad)
        needsGap = true
        blocks(children, tight: false)
        pop()
    }

    mutating func figure(_ figure: MarkdownFigure) {
        let box = theme.panel
        let label = figure.alt.isEmpty ? "image" : "image: " + figure.alt
        let inner = max(1, available - 4)
        let wrapped = TextWrapper.wrap([TextRun(theme.imageMarker + " " + label, .dim)], width: inner)
        let contentWidth = wrapped.map(\.width).max() ?? 0
        if available >= 5 {
            emit(StyledLine([StyledSpan(box.topLeft + String(repeating: box.horizontal, count: contentWidth + 2) + box.topRight, .frame)]))
            for w in wrapped {
                var line = StyledLine([StyledSpan(box.vertical + " ", .frame)])
                line.append(contentsOf: w.line)
                line.append(String(repeating: " ", count: contentWidth - w.width) + " ")
                line.append(box.vertical, .frame)
                emit(line)
            }
            emit(StyledLine([StyledSpan(box.bottomLeft + String(repeating: box.horizontal, count: contentWidth + 2) + box.bottomRight, .frame)]))
        } else {
            for w in wrapped { emit(w.line) }
        }
        let caption = MarkdownInline.plainText(figure.caption).trimmingSpaces
        if !figure.caption.isEmpty && caption != figure.alt.trimmingSpaces {
            emitWrapped(runs(figure.caption, style: baseStyle.union([.emphasis, .dim])))
        }
    }

    mutating func displayMath(_ source: String) {
        let rows = MathRenderer.display(source)
        let rowWidth = rows.map { DisplayWidth.of($0) }.max() ?? 0
        let pad = available - rowWidth >= 4 ? 2 : 0
        if rowWidth + pad <= available {
            for row in rows {
                emit(StyledLine([StyledSpan(String(repeating: " ", count: pad)), StyledSpan(row, baseStyle.union(.math))]))
            }
        } else {
            emitWrapped(LayoutBuilder.mathRuns(MathRenderer.inline(source), style: baseStyle.union(.math), link: nil))
        }
    }

    /// Inline math as text runs: math up to `unbreakableMathWidth` stays on one line;
    /// longer math breaks, as TeX does, only beside a relation, an operator or a comma,
    /// and never inside brackets: `(1 − αₜ₋₁)` and `w ε` are never split.
    static func mathRuns(_ text: String, style: Style, link: Int?) -> [TextRun] {
        func unbreakable(_ piece: String) -> TextRun {
            var run = TextRun(piece, style, link: link)
            run.keepTogether = true
            return run
        }
        guard DisplayWidth.of(text) > unbreakableMathWidth else { return [unbreakable(text)] }
        let chars = Array(text)
        var runs: [TextRun] = []
        var piece = ""
        var depth = 0
        for (k, c) in chars.enumerated() {
            switch c {
            case "(", "[", "{", "⟨": depth += 1
            case ")", "]", "}", "⟩": depth = max(0, depth - 1)
            default: break
            }
            let besideOperator = k > 0 && k + 1 < chars.count
                && (mathBreakAfter.contains(chars[k - 1]) || mathBreakBefore.contains(chars[k + 1]))
            if c == " " && depth == 0 && besideOperator {
                if !piece.isEmpty { runs.append(unbreakable(piece)) }
                runs.append(TextRun(" ", style, link: link))
                piece = ""
            } else {
                piece.append(c)
            }
        }
        if !piece.isEmpty { runs.append(unbreakable(piece)) }
        return runs
    }

    /// Relations and binary operators, before which long inline math may break.
    static let mathBreakBefore: Set<Character> = [
        "=", "+", "−", "±", "∓", "·", "×", "÷", "<", ">", "≤", "≥", "≈", "≠", "∼", "≃", "≅", "≡", "∝",
        "→", "←", "↔", "⇒", "⇐", "⇔", "⟹", "⟺", "↦", "∈", "∉", "⊂", "⊆", "⊃", "⊇", "≪", "≫", "∣",
    ]
    /// The same, and punctuation, after which it may break.
    static let mathBreakAfter: Set<Character> = mathBreakBefore.union([",", ";", ":"])

    /// The list of link URLs under the document (footnote link style).
    mutating func footnoteList() {
        guard !footnotes.isEmpty else { return }
        prefixes.removeAll()
        indent = 0
        needsGap = true
        gap()
        emit(StyledLine([StyledSpan(String(repeating: theme.rule, count: min(width, 20)), .dim)]))
        let numberWidth = String(footnotes.count).count + 2
        for (k, url) in footnotes.enumerated() {
            let marker = "[\(k + 1)]"
            let padded = marker + String(repeating: " ", count: max(1, numberWidth - marker.count + 1))
            push(first: StyledLine([StyledSpan(padded, .dim)]), rest: StyledLine([StyledSpan(String(repeating: " ", count: padded.count))]))
            emitWrapped([TextRun(url, .dim)])
            pop()
        }
    }

    // MARK: Inlines

    /// Inline content as text runs, registering its links.
    mutating func runs(_ inlines: [MarkdownInline], style: Style, link: Int? = nil) -> [TextRun] {
        var out: [TextRun] = []
        for inline in inlines {
            switch inline {
            case .text(let s): out.append(TextRun(s, style, link: link))
            case .emphasis(let c): out += runs(c, style: style.union(.emphasis), link: link)
            case .strong(let c): out += runs(c, style: style.union(.strong), link: link)
            case .strikethrough(let c): out += runs(c, style: style.union(.strikethrough), link: link)
            case .code(let s):
                var run = TextRun(s, style.union(.code), link: link)
                run.keepTogether = DisplayWidth.of(s) <= LayoutBuilder.unbreakableCodeWidth
                out.append(run)
            case .math(let source, _):
                out += LayoutBuilder.mathRuns(MathRenderer.inline(source), style: style.union(.math), link: link)
            case .softBreak: out.append(TextRun(" ", style, link: link))
            case .hardBreak: out.append(.lineBreak)
            case .image(_, _, let alt):
                out.append(TextRun("[" + theme.imageMarker + " " + (alt.isEmpty ? "image" : alt) + "]", style.union(.dim), link: link))
            case .html(let raw): out.append(TextRun(raw, style.union(.dim), link: link))
            case .link(let url, _, let content):
                guard link == nil else {
                    out += runs(content, style: style, link: link)
                    continue
                }
                let index = links.count
                let text = MarkdownInline.plainText(content)
                links.append(RenderedLink(url: url, text: text, places: []))
                out += runs(content, style: style.union(.link), link: index)
                let isInternal = links[index].isInternal
                let showsURL = !isInternal && !url.isEmpty && text != url && "mailto:" + text != url
                if showsURL {
                    switch theme.linkStyle {
                    case .inline:
                        out.append(TextRun(" (" + url + ")", style.subtracting([.strong, .emphasis]).union(.dim)))
                    case .footnotes:
                        footnotes.append(url)
                        links[index].footnote = footnotes.count
                        out.append(TextRun("[\(footnotes.count)]", style.subtracting([.strong, .emphasis]).union(.dim), link: index))
                    }
                }
            }
        }
        return out
    }
}
