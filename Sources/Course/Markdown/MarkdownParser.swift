/// Parses lesson Markdown into a `MarkdownDocument`. Never fails: whatever is not
/// valid syntax is kept as text. Linear in the input (bounded nesting, cached scans).
public enum MarkdownParser {
    /// Parses `text`; block line numbers start at `firstLine` (the body's line in its file).
    public static func parse(_ text: String, firstLine: Int = 1, options: MarkdownOptions = .lesson) -> MarkdownDocument {
        let (storage, lines) = SourceLine.split(text, firstLine: firstLine)
        let closes = HTMLBlockScanner.EndTagIndex(lines)
        var references: [String: LinkReference] = [:]
        if containsReferenceMarker(storage) {
            var collector = BlockParser(inline: InlineParser(rawHTML: options.rawHTML), endTags: closes, collectOnly: true)
            _ = collector.parse(lines[...], depth: 0)
            references = collector.definitions
        }
        var parser = BlockParser(
            inline: InlineParser(references: references, rawHTML: options.rawHTML), endTags: closes, collectOnly: false)
        let blocks = parser.parse(lines[...], depth: 0)
        return MarkdownDocument(blocks: blocks, problems: parser.problems)
    }

    /// Parses a fragment with the given link references (markdown inside HTML blocks).
    static func parseFragment(_ lines: ArraySlice<SourceLine>, inline: InlineParser, depth: Int) -> [MarkdownBlock] {
        let closes = HTMLBlockScanner.EndTagIndex(Array(lines))
        var parser = BlockParser(inline: inline, endTags: closes, collectOnly: false)
        return parser.parse(lines, depth: depth)
    }

    private static func containsReferenceMarker(_ bytes: [UInt8]) -> Bool {
        guard bytes.count > 1 else { return false }
        for i in 1..<bytes.count where bytes[i] == UInt8(ascii: ":") && bytes[i - 1] == UInt8(ascii: "]") { return true }
        return false
    }
}

/// The block structure pass: containers (quotes, lists) are parsed by collecting
/// their lines, removing the container prefix and parsing those lines recursively.
struct BlockParser {
    var inline: InlineParser
    /// Where end tags are, for deciding whether an HTML block goes on past a blank line.
    let endTags: HTMLBlockScanner.EndTagIndex
    /// The first pass only gathers link reference definitions.
    let collectOnly: Bool
    var definitions: [String: LinkReference] = [:]
    /// A lazy line no paragraph took: the container that took it in ends before it.
    var rejectedLazyLine: Int?
    /// Unclosed HTML elements of the lesson reading.
    var problems: [MarkdownProblem] = []

    /// Quotes and lists nested deeper than this are read as text.
    static let maximumDepth = 32

    init(inline: InlineParser, endTags: HTMLBlockScanner.EndTagIndex, collectOnly: Bool) {
        self.inline = inline
        self.endTags = endTags
        self.collectOnly = collectOnly
    }

    mutating func parse(_ lines: ArraySlice<SourceLine>, depth: Int) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var i = lines.startIndex
        var lastMathClose: Int?
        while i < lines.endIndex {
            let line = lines[i]
            if line.isBlank {
                i += 1
                continue
            }
            if line.lazy {
                rejectedLazyLine = rejectedLazyLine ?? line.number
                break
            }
            let indent = line.indent
            if indent >= 4 {
                i = indentedCode(lines, from: i, into: &blocks)
                continue
            }
            let s = line.dropping(indent)
            let first = s[0] ?? 0
            if (first == UInt8(ascii: "`") || first == UInt8(ascii: "~")), let fence = Fence(s) {
                i = fencedCode(lines, from: i, fence: fence, indent: indent, into: &blocks)
                continue
            }
            // A table header row wins over a heading: `# | 1 | 2` above `--|--|--`.
            if first == UInt8(ascii: "#"), let heading = atxHeading(s), TableHeader(lines, at: i) == nil {
                if !collectOnly {
                    blocks.append(MarkdownBlock(.heading(level: heading.level, content: inline.parse(heading.text), id: nil), line: line.number))
                }
                i += 1
                continue
            }
            if first == UInt8(ascii: ">"), depth < BlockParser.maximumDepth {
                i = quote(lines, from: i, depth: depth, into: &blocks)
                continue
            }
            if first == UInt8(ascii: "<") {
                if inline.rawHTML, let kind = HTMLBlockScanner.rawBlockKind(s, interrupting: false) {
                    i = rawHTML(lines, from: i, kind: kind, into: &blocks)
                    continue
                }
                if !inline.rawHTML, HTMLBlockScanner.startsBlock(s) {
                    i = html(lines, from: i, depth: depth, into: &blocks)
                    continue
                }
            }
            if first == UInt8(ascii: "$"), s[1] == UInt8(ascii: "$") {
                if lastMathClose == nil { lastMathClose = BlockParser.lastMathCloseIndex(lines) }
                if let next = displayMath(lines, from: i, lastClose: lastMathClose ?? -1, into: &blocks) {
                    i = next
                    continue
                }
            }
            if BlockParser.isThematicBreak(s) {
                if !collectOnly { blocks.append(MarkdownBlock(.thematicBreak, line: line.number)) }
                i += 1
                continue
            }
            if depth < BlockParser.maximumDepth, ListMarker(s) != nil {
                i = list(lines, from: i, depth: depth, into: &blocks)
                continue
            }
            if let table = TableHeader(lines, at: i) {
                i = self.table(lines, from: i, header: table, into: &blocks)
                continue
            }
            i = paragraph(lines, from: i, depth: depth, into: &blocks)
        }
        return blocks
    }

    // MARK: Leaf blocks

    func indentedCode(_ lines: ArraySlice<SourceLine>, from start: Int, into blocks: inout [MarkdownBlock]) -> Int {
        var j = start
        var body: [SourceLine] = []
        while j < lines.endIndex, !lines[j].lazy, lines[j].isBlank || lines[j].indent >= 4 {
            body.append(lines[j].dropping(4))
            j += 1
        }
        while let last = body.last, last.isBlank {
            body.removeLast()
            j -= 1
        }
        if !collectOnly {
            blocks.append(MarkdownBlock(.code(language: nil, text: BlockParser.join(body)), line: lines[start].number))
        }
        return j
    }

    struct Fence {
        var char: UInt8
        var length: Int
        var info: String

        init?(_ s: SourceLine) {
            guard let c = s[0], c == UInt8(ascii: "`") || c == UInt8(ascii: "~") else { return nil }
            var n = 0
            while s[n] == c { n += 1 }
            guard n >= 3 else { return nil }
            let rest = s.dropping(n).trimmed
            if c == UInt8(ascii: "`"), rest.contains(UInt8(ascii: "`")) { return nil }
            char = c
            length = n
            info = MarkdownText.unescaped(rest)
        }

        func isClosed(by line: SourceLine) -> Bool {
            guard line.indent < 4 else { return false }
            let s = line.dropping(line.indent)
            var n = 0
            while s[n] == char { n += 1 }
            return n >= length && s.dropping(n).isBlank
        }
    }

    func fencedCode(
        _ lines: ArraySlice<SourceLine>, from start: Int, fence: Fence, indent: Int, into blocks: inout [MarkdownBlock]
    ) -> Int {
        var j = start + 1
        var body: [SourceLine] = []
        while j < lines.endIndex, !lines[j].lazy, !fence.isClosed(by: lines[j]) {
            body.append(lines[j].droppingIndent(upTo: indent))
            j += 1
        }
        let next = min(j + 1, lines.endIndex)
        guard !collectOnly else { return next }
        let language = fence.info.split(separator: " ").first.map { String($0) }
        let text = BlockParser.join(body)
        let number = lines[start].number
        if language?.lowercased() == "calc" {
            blocks.append(MarkdownBlock(.calc(CalcBlockCall.calls(in: text, firstLine: number + 1)), line: number))
        } else if language?.lowercased() == "math" {
            blocks.append(MarkdownBlock(.math(text), line: number))
        } else {
            blocks.append(MarkdownBlock(.code(language: language, text: text), line: number))
        }
        return next
    }

    func atxHeading(_ s: SourceLine) -> (level: Int, text: String)? {
        var level = 0
        while s[level] == UInt8(ascii: "#") { level += 1 }
        guard level >= 1, level <= 6 else { return nil }
        if let after = s[level], after != 0x20 { return nil }
        var content = s.dropping(level).trimmed
        // An optional closing sequence of #s, preceded by a space.
        var k = content.endIndex
        while k > content.startIndex, content[k - 1] == UInt8(ascii: "#") { k -= 1 }
        if k == content.startIndex {
            content = content[k..<k]
        } else if k < content.endIndex, content[k - 1] == 0x20 {
            content = content[content.startIndex..<k]
            while let l = content.last, l == 0x20 { content.removeLast() }
        }
        return (level, String(decoding: content, as: UTF8.self))
    }

    static func isThematicBreak(_ s: SourceLine) -> Bool {
        guard let c = s[0], c == UInt8(ascii: "*") || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") else { return false }
        var n = 0
        for b in s.bytes {
            if b == c {
                n += 1
            } else if b != 0x20 {
                return false
            }
        }
        return n >= 3
    }

    static func lastMathCloseIndex(_ lines: ArraySlice<SourceLine>) -> Int {
        var j = lines.endIndex - 1
        while j >= lines.startIndex {
            let t = lines[j].trimmed
            if t.count >= 2, t.suffix(2).elementsEqual([UInt8(ascii: "$"), UInt8(ascii: "$")]) { return j }
            j -= 1
        }
        return -1
    }

    /// `$$ … $$` over one or more lines; nil when it never closes (then it is text).
    func displayMath(_ lines: ArraySlice<SourceLine>, from start: Int, lastClose: Int, into blocks: inout [MarkdownBlock]) -> Int? {
        let first = lines[start].trimmed.dropFirst(2)
        func endsWithDollars(_ t: ArraySlice<UInt8>) -> Bool {
            t.count >= 2 && t.suffix(2).elementsEqual([UInt8(ascii: "$"), UInt8(ascii: "$")])
                && (t.count < 3 || t[t.endIndex - 3] != UInt8(ascii: "\\"))
        }
        var parts: [ArraySlice<UInt8>] = []
        var j = start
        if endsWithDollars(first) {
            parts.append(first.dropLast(2))
            // `$$a$$ and more` is a paragraph, not a block.
            if parts[0].contains(UInt8(ascii: "$")) { return nil }
        } else {
            guard lastClose > start else { return nil }
            parts.append(first)
            j += 1
            while j < lines.endIndex {
                if lines[j].lazy { return nil }
                let t = lines[j].trimmed
                if endsWithDollars(t) {
                    parts.append(t.dropLast(2))
                    break
                }
                if lines[j].isBlank { return nil }
                parts.append(t)
                j += 1
            }
            guard j < lines.endIndex else { return nil }
        }
        let text = parts.map { String(decoding: $0, as: UTF8.self).trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " ")
        guard !text.isEmpty else { return nil }
        if !collectOnly { blocks.append(MarkdownBlock(.math(text), line: lines[start].number)) }
        return j + 1
    }

    // MARK: Paragraphs

    /// Whether `line` starts a block that ends a paragraph.
    func interruptsParagraph(_ lines: ArraySlice<SourceLine>, at j: Int) -> Bool {
        let line = lines[j]
        if line.isBlank { return true }
        let indent = line.indent
        guard indent < 4 else { return false }
        let s = line.dropping(indent)
        guard let first = s[0] else { return true }
        switch first {
        case UInt8(ascii: "`"), UInt8(ascii: "~"): if Fence(s) != nil { return true }
        case UInt8(ascii: "#"): if atxHeading(s) != nil { return true }
        case UInt8(ascii: ">"): return true
        case UInt8(ascii: "<"):
            if inline.rawHTML ? HTMLBlockScanner.rawBlockKind(s, interrupting: true) != nil : HTMLBlockScanner.startsBlock(s, interrupting: true) {
                return true
            }
        case UInt8(ascii: "$"): if s[1] == UInt8(ascii: "$") { return true }
        default: break
        }
        if BlockParser.isThematicBreak(s) { return true }
        if let marker = ListMarker(s), !marker.emptyItem, !marker.ordered || marker.start == 1 { return true }
        return false
    }

    static func setextLevel(_ line: SourceLine) -> Int? {
        guard line.indent < 4 else { return nil }
        let t = line.trimmed
        guard let c = t.first, c == UInt8(ascii: "=") || c == UInt8(ascii: "-") else { return nil }
        guard t.allSatisfy({ $0 == c }) else { return nil }
        return c == UInt8(ascii: "=") ? 1 : 2
    }

    mutating func paragraph(_ lines: ArraySlice<SourceLine>, from start: Int, depth: Int, into blocks: inout [MarkdownBlock]) -> Int {
        var body: [SourceLine] = [lines[start]]
        var j = start + 1
        var headingLevel: Int?
        while j < lines.endIndex {
            if !lines[j].lazy, let level = BlockParser.setextLevel(lines[j]),
                // Under nothing but link reference definitions, `===` is text.
                LinkReferenceDefinition.leading(body).lineCount < body.count
            {
                headingLevel = level
                j += 1
                break
            }
            if !lines[j].lazy, interruptsParagraph(lines, at: j) || TableHeader(lines, at: j) != nil { break }
            body.append(lines[j])
            j += 1
        }
        // Link reference definitions at the start of the paragraph.
        let (found, lineCount) = LinkReferenceDefinition.leading(body)
        for (label, reference) in found where definitions[label] == nil { definitions[label] = reference }
        body.removeFirst(lineCount)
        guard !body.isEmpty, !collectOnly else { return j }
        let number = body[0].number
        var text = body.map { String(decoding: $0.bytes.drop(while: { $0 == 0x20 }), as: UTF8.self) }.joined(separator: "\n")
        while text.last == " " { text.removeLast() }
        let content = inline.parse(text)
        if let level = headingLevel {
            blocks.append(MarkdownBlock(.heading(level: level, content: content, id: nil), line: number))
        } else {
            blocks.append(BlockParser.paragraphBlock(content, line: number))
        }
        return j
    }

    /// A paragraph, or the display-math or figure block it stands for when that is all it holds.
    static func paragraphBlock(_ content: [MarkdownInline], line: Int) -> MarkdownBlock {
        let meaningful = content.filter {
            switch $0 {
            case .softBreak, .hardBreak: return false
            case .text(let s): return !s.trimmingSpaces.isEmpty
            default: return true
            }
        }
        if meaningful.count == 1 {
            switch meaningful[0] {
            case .math(let source, true): return MarkdownBlock(.math(source), line: line)
            case .image(let url, let title, let alt):
                return MarkdownBlock(.figure(MarkdownFigure(source: url, alt: alt, title: title)), line: line)
            default: break
            }
        }
        return MarkdownBlock(.paragraph(content), line: line)
    }

    // MARK: Containers

    /// Whether a line may continue a paragraph lazily inside a quote or list item.
    func isLazyContinuation(_ lines: ArraySlice<SourceLine>, at j: Int) -> Bool {
        lines[j].lazy
            || (!lines[j].isBlank && !interruptsParagraph(lines, at: j) && ListMarker(lines[j].dropping(min(lines[j].indent, 3))) == nil)
    }

    /// The index in `inner` of the lazy line the last parse rejected, if it is one of these.
    mutating func takeRejectedLazyLine(in inner: [SourceLine]) -> Int? {
        guard let number = rejectedLazyLine else { return nil }
        rejectedLazyLine = nil
        return inner.firstIndex { $0.lazy && $0.number == number }
    }

    mutating func quote(_ lines: ArraySlice<SourceLine>, from start: Int, depth: Int, into blocks: inout [MarkdownBlock]) -> Int {
        var inner: [SourceLine] = []
        var j = start
        var inFence = false
        var previousText = false
        while j < lines.endIndex {
            let line = lines[j]
            let s = line.droppingIndent(upTo: 3)
            if !line.lazy, line.indent < 4, s[0] == UInt8(ascii: ">") {
                var content = s.dropping(1)
                if content[0] == 0x20 { content = content.dropping(1) }
                if Fence(content.dropping(min(content.indent, 3))) != nil { inFence.toggle() }
                // Indented code is not a paragraph a lazy line could continue.
                previousText = !content.isBlank && !inFence && (content.indent < 4 || previousText)
                inner.append(content)
            } else if previousText, !inFence, isLazyContinuation(lines, at: j) {
                inner.append(line.asLazy)
            } else {
                break
            }
            j += 1
        }
        var children = parse(inner[...], depth: depth + 1)
        if let rejected = takeRejectedLazyLine(in: inner) {
            j = start + rejected
            children = parse(inner[..<rejected], depth: depth + 1)
        }
        if !collectOnly {
            let number = lines[start].number
            if let kind = BlockParser.calloutKind(children) {
                blocks.append(MarkdownBlock(.callout(kind, children), line: number))
            } else {
                blocks.append(MarkdownBlock(.quote(children), line: number))
            }
        }
        return j
    }

    /// A quote is a callout when its first paragraph opens with a bold label such as `**Note:**`.
    static func calloutKind(_ blocks: [MarkdownBlock]) -> CalloutKind? {
        guard case .paragraph(let content)? = blocks.first?.kind, case .strong(let label)? = content.first else { return nil }
        let text = MarkdownInline.plainText(label).trimmingSpaces
        var colon = text.hasSuffix(":")
        if !colon, content.count > 1, case .text(let rest) = content[1] { colon = rest.hasPrefix(":") }
        guard colon else { return nil }
        return CalloutKind(label: text)
    }

    struct ListMarker {
        var ordered: Bool
        /// The bullet character, or the `.`/`)` after the number.
        var char: UInt8
        var start: Int
        /// Columns from the line start to the item content.
        var contentOffset: Int
        var emptyItem: Bool

        init?(_ s: SourceLine) {
            guard let first = s[0] else { return nil }
            var width: Int
            if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
                ordered = false
                char = first
                start = 1
                width = 1
            } else if ByteClass.isDigit(first) {
                var n = 0
                var value = 0
                while let d = s[n], ByteClass.isDigit(d), n < 9 {
                    value = value * 10 + Int(d - 0x30)
                    n += 1
                }
                guard let delimiter = s[n], delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")") else { return nil }
                ordered = true
                char = delimiter
                start = value
                width = n + 1
            } else {
                return nil
            }
            guard let after = s[width] else {
                emptyItem = true
                contentOffset = width + 1
                return
            }
            guard after == 0x20 else { return nil }
            let rest = s.dropping(width)
            emptyItem = rest.isBlank
            let spaces = rest.indent
            contentOffset = width + (spaces >= 5 || emptyItem ? 1 : spaces)
        }

        func continues(_ other: ListMarker) -> Bool { ordered == other.ordered && char == other.char }
    }

    mutating func list(_ lines: ArraySlice<SourceLine>, from start: Int, depth: Int, into blocks: inout [MarkdownBlock]) -> Int {
        guard let firstMarker = ListMarker(lines[start].dropping(lines[start].indent)) else { return start + 1 }
        var items: [MarkdownListItem] = []
        var tight = true
        var j = start
        while j < lines.endIndex {
            let line = lines[j]
            guard !line.lazy, line.indent < 4, let marker = ListMarker(line.dropping(line.indent)), marker.continues(firstMarker),
                !BlockParser.isThematicBreak(line.dropping(line.indent))
            else { break }
            let offset = line.indent + marker.contentOffset
            var inner: [SourceLine] = [line.dropping(min(offset, line.count))]
            var k = j + 1
            var inFence = Fence(inner[0].dropping(min(inner[0].indent, 3))) != nil
            var previousText = !inner[0].isBlank && !inFence && inner[0].indent < 4
            while k < lines.endIndex {
                let next = lines[k]
                if next.isBlank {
                    // An item that starts with a blank line ends at the second blank line.
                    if inner.count == 1 && inner[0].isBlank { break }
                    inner.append(next.dropping(next.count))
                    previousText = false
                } else if !next.lazy, next.indent >= offset {
                    let content = next.dropping(offset)
                    if Fence(content.dropping(min(content.indent, 3))) != nil { inFence.toggle() }
                    previousText = !inFence && (content.indent < 4 || previousText)
                    inner.append(content)
                } else if previousText, !inFence, isLazyContinuation(lines, at: k) {
                    inner.append(next.asLazy)
                } else {
                    break
                }
                k += 1
            }
            var task: Bool?
            if let first = inner.first, let state = BlockParser.taskState(first) {
                task = state
                inner[0] = first.dropping(4)
            }
            var children = parse(inner[...], depth: depth + 1)
            if let rejected = takeRejectedLazyLine(in: inner) {
                k = j + rejected
                inner.removeSubrange(rejected...)
                children = parse(inner[...], depth: depth + 1)
            }
            if BlockParser.hasBlankLineBetweenBlocks(inner, children) { tight = false }
            items.append(MarkdownListItem(blocks: children, task: task, line: line.number))
            // Blank lines before the next item of the list make it loose; after the last item they do not.
            var next = k
            while next < lines.endIndex, lines[next].isBlank { next += 1 }
            let blankAfter = next > k || inner.count > 1 && inner.last?.isBlank == true
            j = k
            if next < lines.endIndex, !lines[next].lazy, lines[next].indent < 4,
                let marker = ListMarker(lines[next].dropping(lines[next].indent)), marker.continues(firstMarker)
            {
                if blankAfter { tight = false }
                j = next
            }
        }
        if j == start { return start + 1 }
        if !collectOnly {
            let list = MarkdownList(ordered: firstMarker.ordered, start: firstMarker.start, tight: tight, items: items)
            blocks.append(MarkdownBlock(.list(list), line: lines[start].number))
        }
        return j
    }

    /// Whether a blank line separates two blocks directly inside a list item (CommonMark's
    /// loose item): before one of its blocks, or after a paragraph and before text that
    /// is no block of its own (link reference definitions). Blank lines inside a nested
    /// list, quote or code block do not count.
    static func hasBlankLineBetweenBlocks(_ inner: [SourceLine], _ children: [MarkdownBlock]) -> Bool {
        var starts = Set<Int>()
        for child in children { starts.insert(child.line) }
        var sawContent = false
        // The child the current line belongs to: the last one starting at or before it.
        var container = -1
        var k = 0
        while k < inner.count {
            guard inner[k].isBlank else {
                sawContent = true
                k += 1
                continue
            }
            var next = k + 1
            while next < inner.count, inner[next].isBlank { next += 1 }
            defer { k = next }
            guard sawContent, next < inner.count else { continue }
            if starts.contains(inner[next].number) { return true }
            while container + 1 < children.count, children[container + 1].line <= inner[k].number { container += 1 }
            guard container >= 0 else { return true }
            switch children[container].kind {
            case .paragraph, .heading: return true
            default: continue
            }
        }
        return false
    }

    /// `[ ] ` or `[x] ` at the start of an item.
    static func taskState(_ line: SourceLine) -> Bool? {
        guard line[0] == UInt8(ascii: "["), line[2] == UInt8(ascii: "]"), let mark = line[1] else { return nil }
        guard line[3] == 0x20 || line[3] == nil else { return nil }
        switch mark {
        case 0x20: return false
        case UInt8(ascii: "x"), UInt8(ascii: "X"): return true
        default: return nil
        }
    }

    // MARK: Tables

    struct TableHeader {
        var cells: [String]
        var alignments: [MarkdownTable.Alignment]

        init?(_ lines: ArraySlice<SourceLine>, at i: Int) {
            guard i + 1 < lines.endIndex else { return nil }
            let head = lines[i]
            guard !head.lazy, head.indent < 4, head.bytes.contains(UInt8(ascii: "|")) else { return nil }
            let delimiter = lines[i + 1]
            guard !delimiter.lazy, delimiter.indent < 4, let alignments = TableHeader.alignments(delimiter) else { return nil }
            // `- | -` starts a list item, not a delimiter row.
            if let marker = ListMarker(delimiter.dropping(delimiter.indent)), !marker.ordered, !marker.emptyItem { return nil }
            let cells = TableHeader.cells(head)
            guard cells.count == alignments.count else { return nil }
            self.cells = cells
            self.alignments = alignments
        }

        static func alignments(_ line: SourceLine) -> [MarkdownTable.Alignment]? {
            let t = line.trimmed
            guard t.contains(UInt8(ascii: "-")),
                t.allSatisfy({ $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == 0x20 })
            else { return nil }
            let cells = TableHeader.cells(line)
            var out: [MarkdownTable.Alignment] = []
            for cell in cells {
                let c = cell.trimmingSpaces
                // `---`, `:--`, `--:` or `:-:`: colons only at the ends.
                guard c.contains("-"), c.allSatisfy({ $0 == "-" || $0 == ":" }), c.dropFirst().dropLast().allSatisfy({ $0 == "-" })
                else { return nil }
                switch (c.hasPrefix(":"), c.hasSuffix(":")) {
                case (true, true): out.append(.center)
                case (true, false): out.append(.left)
                case (false, true): out.append(.right)
                default: out.append(.none)
                }
            }
            return out.isEmpty ? nil : out
        }

        /// Splits a row at unescaped pipes; `\|` becomes `|`.
        static func cells(_ line: SourceLine) -> [String] {
            var t = line.trimmed
            if t.first == UInt8(ascii: "|") { t.removeFirst() }
            if t.last == UInt8(ascii: "|"), !(t.count >= 2 && t[t.endIndex - 2] == UInt8(ascii: "\\")) { t.removeLast() }
            var cells: [String] = []
            var current: [UInt8] = []
            var i = t.startIndex
            while i < t.endIndex {
                let b = t[i]
                if b == UInt8(ascii: "\\"), i + 1 < t.endIndex, t[i + 1] == UInt8(ascii: "|") {
                    current.append(UInt8(ascii: "|"))
                    i += 2
                    continue
                }
                if b == UInt8(ascii: "|") {
                    cells.append(String(decoding: current, as: UTF8.self).trimmingSpaces)
                    current.removeAll()
                } else {
                    current.append(b)
                }
                i += 1
            }
            cells.append(String(decoding: current, as: UTF8.self).trimmingSpaces)
            return cells
        }
    }

    func table(_ lines: ArraySlice<SourceLine>, from start: Int, header: TableHeader, into blocks: inout [MarkdownBlock]) -> Int {
        var j = start + 2
        var rows: [[String]] = []
        // A row ends the table when blank, lazy, indented as code or starting another block.
        while j < lines.endIndex, !lines[j].isBlank, !lines[j].lazy, lines[j].indent < 4, !interruptsParagraph(lines, at: j) {
            var cells = TableHeader.cells(lines[j])
            if cells.count > header.cells.count { cells.removeLast(cells.count - header.cells.count) }
            while cells.count < header.cells.count { cells.append("") }
            rows.append(cells)
            j += 1
        }
        if !collectOnly {
            let table = MarkdownTable(
                alignments: header.alignments,
                header: header.cells.map { inline.parse($0) },
                rows: rows.map { $0.map { inline.parse($0) } })
            blocks.append(MarkdownBlock(.table(table), line: lines[start].number))
        }
        return j
    }

    // MARK: HTML

    mutating func html(_ lines: ArraySlice<SourceLine>, from start: Int, depth: Int, into blocks: inout [MarkdownBlock]) -> Int {
        let end = HTMLBlockScanner.blockEnd(lines, from: start, endTags: endTags)
        guard !collectOnly else { return end }
        let (converted, problems) = HTMLBlockConverter.convert(lines[start..<end], inline: inline, depth: depth)
        blocks.append(contentsOf: converted)
        self.problems += problems
        return end
    }

    /// A CommonMark HTML block (`MarkdownOptions.rawHTML`), kept as written.
    func rawHTML(_ lines: ArraySlice<SourceLine>, from start: Int, kind: HTMLBlockScanner.RawBlockKind, into blocks: inout [MarkdownBlock]) -> Int {
        let end = HTMLBlockScanner.rawBlockEnd(lines, from: start, kind: kind)
        if !collectOnly { blocks.append(MarkdownBlock(.html(BlockParser.join(Array(lines[start..<end]))), line: lines[start].number)) }
        return end
    }

    static func join(_ lines: [SourceLine]) -> String {
        String(decoding: SourceLine.joinedBytes(lines), as: UTF8.self)
    }
}
