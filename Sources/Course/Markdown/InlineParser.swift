import Foundation

/// A link reference definition: `[label]: url "title"`.
struct LinkReference: Equatable, Sendable {
    var url: String
    var title: String?

    /// The form labels are matched in: trimmed, inner whitespace collapsed, Unicode
    /// case-folded (`ẞ` matches `SS`).
    static func normalize(_ label: String) -> String {
        let collapsed = label.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
        return collapsed.utf8.allSatisfy { $0 < 0x80 } ? collapsed.lowercased() : collapsed.folding(options: .caseInsensitive, locale: nil)
    }
}

/// Parses the inline content of one paragraph, heading or cell: CommonMark emphasis
/// (delimiter runs, rule of three), code spans, links and images (inline, reference,
/// autolinks and bare `https://` URLs), `$…$`/`$$…$$` math, backslash escapes,
/// entities, line breaks and inline HTML tags of the supported subset.
struct InlineParser {
    var references: [String: LinkReference] = [:]
    /// Tags, comments and declarations stay raw `.html` inlines (`MarkdownOptions.rawHTML`).
    var rawHTML = false

    /// Emphasis, links and HTML elements nested deeper than this are flattened, so a
    /// hostile input cannot build a tree deep enough to exhaust the stack.
    static let maximumDepth = 24

    func parse(_ text: String) -> [MarkdownInline] {
        guard !text.isEmpty else { return [] }
        var scanner = InlineScanner(bytes: Array(text.utf8), references: references, htmlText: false)
        scanner.rawHTML = rawHTML
        return InlineNode.lower(scanner.run())
    }

    /// The text of an HTML element: whitespace collapsed, entities decoded and `$…$`
    /// math recognised, but no Markdown syntax.
    func parseHTMLText(_ bytes: ArraySlice<UInt8>) -> [MarkdownInline] {
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(bytes.count)
        var space = false
        for b in bytes {
            if ByteClass.isSpace(b) {
                space = true
            } else {
                if space { collapsed.append(0x20) }
                space = false
                collapsed.append(b)
            }
        }
        if space { collapsed.append(0x20) }
        guard !collapsed.isEmpty else { return [] }
        if !collapsed.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "$") }) {
            return [.text(String(decoding: collapsed, as: UTF8.self))]
        }
        var scanner = InlineScanner(bytes: collapsed, references: [:], htmlText: true)
        return InlineNode.lower(scanner.run())
    }
}

/// Parse-time inline tree; HTML tags are still loose here and paired when lowered.
enum InlineNode {
    case text(String)
    case done(MarkdownInline)
    case emphasis([InlineNode])
    case strong([InlineNode])
    case strike([InlineNode])
    case link(url: String, title: String?, [InlineNode])
    case image(url: String, title: String?, [InlineNode])
    case open(String, [String: String])
    case close(String)

    /// Converts to the public tree, pairing HTML start and end tags at each level.
    static func lower(_ nodes: [InlineNode], depth: Int = 0) -> [MarkdownInline] {
        var out: [MarkdownInline] = []
        lower(nodes, 0..<nodes.count, pairs: pairTags(nodes), depth: depth, into: &out)
        return out
    }

    private static func lower(
        _ nodes: [InlineNode], _ range: Range<Int>, pairs: [Int: Int], depth: Int, into out: inout [MarkdownInline]
    ) {
        var i = range.lowerBound
        while i < range.upperBound {
            switch nodes[i] {
            case .text(let s): appendText(s, to: &out)
            case .done(let inline): append(inline, to: &out)
            case .emphasis(let c): out.append(.emphasis(lower(c, depth: depth + 1)))
            case .strong(let c): out.append(.strong(lower(c, depth: depth + 1)))
            case .strike(let c): out.append(.strikethrough(lower(c, depth: depth + 1)))
            case .link(let url, let title, let c): out.append(.link(url: url, title: title, content: lower(c, depth: depth + 1)))
            case .image(let url, let title, let c):
                out.append(.image(url: url, title: title, alt: MarkdownInline.plainText(lower(c, depth: depth + 1))))
            case .close: break
            case .open(let name, let attributes):
                if HTMLInline.voidElements.contains(name) {
                    if let inline = HTMLInline.void(name, attributes) { out.append(inline) }
                } else if let end = pairs[i], end < range.upperBound, depth < InlineParser.maximumDepth {
                    var inner: [MarkdownInline] = []
                    lower(nodes, (i + 1)..<end, pairs: pairs, depth: depth + 1, into: &inner)
                    for inline in HTMLInline.wrap(name, attributes, inner) { append(inline, to: &out) }
                    i = end
                }
            }
            i += 1
        }
    }

    /// Start-tag index → matching end-tag index, pairing each end tag with the
    /// nearest open start tag of the same name.
    private static func pairTags(_ nodes: [InlineNode]) -> [Int: Int] {
        var pairs: [Int: Int] = [:]
        var open: [String: [Int]] = [:]
        for (i, node) in nodes.enumerated() {
            switch node {
            case .open(let name, _) where !HTMLInline.voidElements.contains(name):
                open[name, default: []].append(i)
            case .close(let name):
                if let start = open[name]?.popLast() { pairs[start] = i }
            default: break
            }
        }
        return pairs
    }

    static func appendText(_ s: String, to out: inout [MarkdownInline]) {
        guard !s.isEmpty else { return }
        if case .text(let previous)? = out.last {
            out[out.count - 1] = .text(previous + s)
        } else {
            out.append(.text(s))
        }
    }

    static func append(_ inline: MarkdownInline, to out: inout [MarkdownInline]) {
        if case .text(let s) = inline { appendText(s, to: &out) } else { out.append(inline) }
    }
}

/// The working state of one inline parse: a doubly linked list of nodes with a
/// delimiter stack threaded through it (the CommonMark reference algorithm).
private struct InlineScanner {
    struct Item {
        var node: InlineNode
        /// `*`, `_` or `~` for a delimiter run, 0 otherwise.
        var delimiter: UInt8 = 0
        var count = 0
        var original = 0
        var canOpen = false
        var canClose = false
        var prev = -1
        var next = -1
        var prevDelimiter = -1
        var nextDelimiter = -1
        var depth = 0
    }

    struct Bracket {
        var item: Int
        var image: Bool
        var active = true
        /// The delimiter stack's top when the bracket was pushed.
        var delimiterBottom: Int
        /// Byte index just after `[`.
        var textStart: Int
    }

    let bytes: [UInt8]
    let references: [String: LinkReference]
    var rawHTML = false
    var items: [Item] = []
    var head = -1
    var tail = -1
    var delimiterTail = -1
    var brackets: [Bracket] = []
    var pending: [UInt8] = []
    var position = 0

    // Caches that keep pathological inputs linear.
    var codeSpanMissing: [Int: Int] = [:]
    var rawInline: RawInlineHTML?
    var inlineMathClosers: [Int]?
    var displayMathClosers: [Int]?
    var lastCommentClose: Int?
    /// Nodes that emphasis and links may walk in total before nesting stops.
    var walkBudget: Int

    let special: [Bool]

    init(bytes: [UInt8], references: [String: LinkReference], htmlText: Bool) {
        self.bytes = bytes
        self.references = references
        special = htmlText ? InlineScanner.htmlSpecial : InlineScanner.markdownSpecial
        walkBudget = 32 * bytes.count + 1024
        items.reserveCapacity(16)
    }

    static let markdownSpecial = table("\\`*_~[]!<&$\n:")
    static let htmlSpecial = table("&$")

    static func table(_ characters: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for b in characters.utf8 { table[Int(b)] = true }
        return table
    }

    mutating func run() -> [InlineNode] {
        let n = bytes.count
        let special = self.special
        while position < n {
            let b = bytes[position]
            if !special[Int(b)] {
                var j = position + 1
                while j < n, !special[Int(bytes[j])] { j += 1 }
                pending.append(contentsOf: bytes[position..<j])
                position = j
                continue
            }
            switch b {
            case UInt8(ascii: "\\"): backslash()
            case UInt8(ascii: "`"): codeSpan()
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"): delimiterRun()
            case UInt8(ascii: "["):
                flush()
                let item = append(.text("["))
                brackets.append(Bracket(item: item, image: false, delimiterBottom: delimiterTail, textStart: position + 1))
                position += 1
            case UInt8(ascii: "!"):
                if position + 1 < n, bytes[position + 1] == UInt8(ascii: "[") {
                    flush()
                    let item = append(.text("!["))
                    brackets.append(Bracket(item: item, image: true, delimiterBottom: delimiterTail, textStart: position + 2))
                    position += 2
                } else {
                    literal()
                }
            case UInt8(ascii: "]"): closeBracket()
            case UInt8(ascii: "<"): angle()
            case UInt8(ascii: "&"):
                if let (value, next) = HTMLEntities.reference(in: bytes, at: position) {
                    pending.append(contentsOf: value.utf8)
                    position = next
                } else {
                    literal()
                }
            case UInt8(ascii: "$"): math()
            case UInt8(ascii: "\n"): lineBreak()
            case UInt8(ascii: ":"): bareURL()
            default: literal()
            }
        }
        flush()
        processEmphasis(bottom: -1)
        return collect(from: head, to: -1)
    }

    // MARK: List operations

    @discardableResult
    mutating func append(_ node: InlineNode, depth: Int = 0) -> Int {
        var item = Item(node: node)
        item.prev = tail
        item.depth = depth
        items.append(item)
        let index = items.count - 1
        if tail >= 0 { items[tail].next = index } else { head = index }
        tail = index
        return index
    }

    mutating func flush() {
        guard !pending.isEmpty else { return }
        append(.text(String(decoding: pending, as: UTF8.self)))
        pending.removeAll(keepingCapacity: true)
    }

    mutating func literal() {
        pending.append(bytes[position])
        position += 1
    }

    mutating func unlink(_ index: Int) {
        let item = items[index]
        if item.prev >= 0 { items[item.prev].next = item.next } else { head = item.next }
        if item.next >= 0 { items[item.next].prev = item.prev } else { tail = item.prev }
    }

    mutating func removeDelimiter(_ index: Int) {
        let item = items[index]
        if item.prevDelimiter >= 0 { items[item.prevDelimiter].nextDelimiter = item.nextDelimiter }
        if item.nextDelimiter >= 0 {
            items[item.nextDelimiter].prevDelimiter = item.prevDelimiter
        } else {
            delimiterTail = item.prevDelimiter
        }
        items[index].prevDelimiter = -1
        items[index].nextDelimiter = -1
    }

    /// The nodes from `start` up to (not including) `end`, delimiters as their text.
    func collect(from start: Int, to end: Int) -> [InlineNode] {
        var out: [InlineNode] = []
        var i = start
        while i >= 0 && i != end {
            let item = items[i]
            if item.delimiter != 0 {
                if item.count > 0 {
                    out.append(.text(String(repeating: Character(Unicode.Scalar(item.delimiter)), count: item.count)))
                }
            } else {
                out.append(item.node)
            }
            i = item.next
        }
        return out
    }

    /// The deepest node from `start` up to `end`, or a depth past the limit once the
    /// walking budget is spent (which keeps hostile inputs linear).
    mutating func nestingDepth(from start: Int, to end: Int) -> Int {
        var depth = 0
        var i = start
        while i >= 0 && i != end {
            walkBudget -= 1
            if walkBudget < 0 { return InlineParser.maximumDepth }
            depth = max(depth, items[i].depth)
            i = items[i].next
        }
        return depth
    }

    // MARK: Constructs

    mutating func backslash() {
        let next = position + 1
        if next < bytes.count, ByteClass.isASCIIPunctuation(bytes[next]) {
            pending.append(bytes[next])
            position += 2
        } else if next < bytes.count, bytes[next] == UInt8(ascii: "\n") {
            flush()
            append(.done(.hardBreak))
            position += 2
            skipLeadingSpaces()
        } else {
            literal()
        }
    }

    mutating func lineBreak() {
        var spaces = 0
        while let last = pending.last, last == UInt8(ascii: " ") {
            pending.removeLast()
            spaces += 1
        }
        flush()
        append(.done(spaces >= 2 ? .hardBreak : .softBreak))
        position += 1
        skipLeadingSpaces()
    }

    mutating func skipLeadingSpaces() {
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
    }

    mutating func codeSpan() {
        let start = position
        var run = 0
        while position < bytes.count, bytes[position] == UInt8(ascii: "`") {
            run += 1
            position += 1
        }
        if let missingFrom = codeSpanMissing[run], missingFrom <= position {
            pending.append(contentsOf: bytes[start..<position])
            return
        }
        var j = position
        while j < bytes.count {
            if bytes[j] == UInt8(ascii: "`") {
                var k = j
                while k < bytes.count, bytes[k] == UInt8(ascii: "`") { k += 1 }
                if k - j == run {
                    var content = Array(bytes[position..<j])
                    for idx in content.indices where content[idx] == UInt8(ascii: "\n") { content[idx] = UInt8(ascii: " ") }
                    if content.count >= 2, content.first == UInt8(ascii: " "), content.last == UInt8(ascii: " "),
                        content.contains(where: { $0 != UInt8(ascii: " ") })
                    {
                        content = Array(content[1..<(content.count - 1)])
                    }
                    flush()
                    append(.done(.code(String(decoding: content, as: UTF8.self))))
                    position = k
                    return
                }
                j = k
            } else {
                j += 1
            }
        }
        codeSpanMissing[run] = position
        pending.append(contentsOf: bytes[start..<position])
    }

    mutating func delimiterRun() {
        let char = bytes[position]
        let start = position
        while position < bytes.count, bytes[position] == char { position += 1 }
        let count = position - start
        if char == UInt8(ascii: "~") && count > 2 {
            pending.append(contentsOf: bytes[start..<position])
            return
        }
        let before = ByteClass.scalar(in: bytes, before: start)
        let after = ByteClass.scalar(in: bytes, at: position)
        let beforeSpace = ByteClass.isWhitespace(before)
        let afterSpace = ByteClass.isWhitespace(after)
        let beforePunct = ByteClass.isPunctuation(before)
        let afterPunct = ByteClass.isPunctuation(after)
        let leftFlanking = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
        let rightFlanking = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
        var canOpen = leftFlanking
        var canClose = rightFlanking
        if char == UInt8(ascii: "_") {
            canOpen = leftFlanking && (!rightFlanking || beforePunct)
            canClose = rightFlanking && (!leftFlanking || afterPunct)
        }
        flush()
        let index = append(.text(""))
        items[index].delimiter = char
        items[index].count = count
        items[index].original = count
        items[index].canOpen = canOpen
        items[index].canClose = canClose
        items[index].prevDelimiter = delimiterTail
        if delimiterTail >= 0 { items[delimiterTail].nextDelimiter = index }
        delimiterTail = index
    }

    /// The CommonMark `process emphasis` procedure over delimiters above `bottom`.
    mutating func processEmphasis(bottom: Int) {
        var openersBottom: [Int: Int] = [:]
        var closer = bottom >= 0 ? items[bottom].nextDelimiter : firstDelimiter()
        while closer >= 0 {
            let c = items[closer]
            guard c.canClose else {
                closer = c.nextDelimiter
                continue
            }
            let key = Int(c.delimiter) * 8 + (c.original % 3) * 2 + (c.canOpen ? 1 : 0)
            let stop = openersBottom[key] ?? bottom
            var opener = c.prevDelimiter
            var found = false
            while opener >= 0 && opener != bottom && opener != stop {
                let o = items[opener]
                if o.delimiter == c.delimiter && o.canOpen {
                    let oddMatch = (o.canClose || c.canOpen) && (o.original + c.original) % 3 == 0
                        && !(o.original % 3 == 0 && c.original % 3 == 0)
                    let tildeMismatch = c.delimiter == UInt8(ascii: "~") && o.count != c.count
                    if !oddMatch && !tildeMismatch {
                        found = true
                        break
                    }
                }
                opener = o.prevDelimiter
            }
            guard found else {
                openersBottom[key] = c.prevDelimiter
                let next = c.nextDelimiter
                if !c.canOpen { removeDelimiter(closer) }
                closer = next
                continue
            }
            let use = c.delimiter == UInt8(ascii: "~") ? c.count : (c.count >= 2 && items[opener].count >= 2 ? 2 : 1)
            let firstInside = items[opener].next
            let depth = nestingDepth(from: firstInside, to: closer) + 1
            if depth <= InlineParser.maximumDepth {
                let children = collect(from: firstInside, to: closer)
                let node: InlineNode
                if c.delimiter == UInt8(ascii: "~") {
                    node = .strike(children)
                } else {
                    node = use == 2 ? .strong(children) : .emphasis(children)
                }
                // Replace everything between opener and closer by the new node.
                var item = Item(node: node)
                item.depth = depth
                item.prev = opener
                item.next = closer
                items.append(item)
                let index = items.count - 1
                items[opener].next = index
                items[closer].prev = index
            }
            // Too deep (or the work budget spent): the content stays flat, the delimiters are used up.
            items[opener].nextDelimiter = closer
            items[closer].prevDelimiter = opener
            items[opener].count -= use
            items[closer].count -= use
            if items[opener].count == 0 {
                removeDelimiter(opener)
                unlink(opener)
            }
            if items[closer].count == 0 {
                let next = items[closer].nextDelimiter
                removeDelimiter(closer)
                unlink(closer)
                closer = next
            }
        }
        // Whatever is left above `bottom` is plain text now.
        var d = bottom >= 0 ? items[bottom].nextDelimiter : firstDelimiter()
        while d >= 0 {
            let next = items[d].nextDelimiter
            removeDelimiter(d)
            d = next
        }
    }

    func firstDelimiter() -> Int {
        var d = delimiterTail
        while d >= 0, items[d].prevDelimiter >= 0 { d = items[d].prevDelimiter }
        return d
    }

    mutating func closeBracket() {
        guard let bracket = brackets.last else {
            literal()
            return
        }
        guard bracket.active else {
            brackets.removeLast()
            literal()
            return
        }
        let labelEnd = position
        guard let (url, title, next) = linkTail(after: position + 1, label: bracket.textStart..<labelEnd) else {
            brackets.removeLast()
            literal()
            return
        }
        flush()
        processEmphasis(bottom: bracket.delimiterBottom)
        let firstInside = items[bracket.item].next
        let depth = nestingDepth(from: firstInside, to: -1) + 1
        if depth <= InlineParser.maximumDepth {
            let children = collect(from: firstInside, to: -1)
            items[bracket.item].node = bracket.image ? .image(url: url, title: title, children) : .link(url: url, title: title, children)
            items[bracket.item].depth = depth
            items[bracket.item].next = -1
            tail = bracket.item
        } else {
            // Too deep: the text stays, the link is dropped.
            items[bracket.item].node = .text("")
        }
        delimiterTail = bracket.delimiterBottom
        if delimiterTail >= 0 { items[delimiterTail].nextDelimiter = -1 }
        brackets.removeLast()
        if !bracket.image {
            for k in brackets.indices where !brackets[k].image { brackets[k].active = false }
        }
        position = next
    }

    /// What follows `]`: `(url "title")`, `[ref]`, `[]` or nothing (a shortcut reference).
    func linkTail(after start: Int, label: Range<Int>) -> (String, String?, Int)? {
        if start < bytes.count, bytes[start] == UInt8(ascii: "(") {
            if let inline = inlineDestination(from: start + 1) { return inline }
        }
        if start < bytes.count, bytes[start] == UInt8(ascii: "[") {
            var j = start + 1
            while j < bytes.count, j - start < 1000, bytes[j] != UInt8(ascii: "]"), bytes[j] != UInt8(ascii: "[") {
                if bytes[j] == UInt8(ascii: "\\"), j + 1 < bytes.count, ByteClass.isASCIIPunctuation(bytes[j + 1]) { j += 1 }
                j += 1
            }
            if j < bytes.count, bytes[j] == UInt8(ascii: "]") {
                let text = j == start + 1 ? label : (start + 1)..<j
                let key = LinkReference.normalize(String(decoding: bytes[text], as: UTF8.self))
                if let ref = references[key] { return (ref.url, ref.title, j + 1) }
                if j > start + 1 { return nil }
            }
        }
        guard !references.isEmpty, label.count < 1000 else { return nil }
        let key = LinkReference.normalize(String(decoding: bytes[label], as: UTF8.self))
        if let ref = references[key] { return (ref.url, ref.title, start) }
        return nil
    }

    func inlineDestination(from start: Int) -> (String, String?, Int)? {
        var i = start
        skipWhitespace(&i)
        let urlRange: Range<Int>
        if i < bytes.count, bytes[i] == UInt8(ascii: "<") {
            i += 1
            let urlStart = i
            while i < bytes.count, bytes[i] != UInt8(ascii: ">") {
                if bytes[i] == UInt8(ascii: "\n") || bytes[i] == UInt8(ascii: "<") { return nil }
                if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count, ByteClass.isASCIIPunctuation(bytes[i + 1]) { i += 1 }
                i += 1
            }
            guard i < bytes.count else { return nil }
            urlRange = urlStart..<i
            i += 1
        } else {
            let urlStart = i
            var depth = 0
            while i < bytes.count {
                let b = bytes[i]
                if b <= 0x20 { break }
                if b == UInt8(ascii: "(") {
                    depth += 1
                    if depth > 32 { return nil }
                } else if b == UInt8(ascii: ")") {
                    if depth == 0 { break }
                    depth -= 1
                } else if b == UInt8(ascii: "\\"), i + 1 < bytes.count, ByteClass.isASCIIPunctuation(bytes[i + 1]) {
                    i += 1
                }
                i += 1
            }
            guard depth == 0 else { return nil }
            urlRange = urlStart..<i
        }
        let afterURL = i
        skipWhitespace(&i)
        var title: String?
        if i > afterURL, i < bytes.count, let close = titleCloser(bytes[i]) {
            var j = i + 1
            while j < bytes.count, bytes[j] != close {
                if bytes[j] == UInt8(ascii: "\\"), j + 1 < bytes.count, ByteClass.isASCIIPunctuation(bytes[j + 1]) { j += 1 }
                j += 1
            }
            guard j < bytes.count else { return nil }
            title = MarkdownText.unescaped(bytes[(i + 1)..<j])
            i = j + 1
            skipWhitespace(&i)
        }
        guard i < bytes.count, bytes[i] == UInt8(ascii: ")") else { return nil }
        return (MarkdownText.unescaped(bytes[urlRange]), title, i + 1)
    }

    func titleCloser(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "\""): return UInt8(ascii: "\"")
        case UInt8(ascii: "'"): return UInt8(ascii: "'")
        case UInt8(ascii: "("): return UInt8(ascii: ")")
        default: return nil
        }
    }

    func skipWhitespace(_ i: inout Int) {
        var newlines = 0
        while i < bytes.count, ByteClass.isSpace(bytes[i]) {
            if bytes[i] == UInt8(ascii: "\n") {
                newlines += 1
                if newlines > 1 { return }
            }
            i += 1
        }
    }

    mutating func angle() {
        if let (url, end) = autolink(at: position) {
            flush()
            let text = url.hasPrefix("mailto:") && !bytesStart(with: "mailto:", at: position + 1) ? String(url.dropFirst(7)) : url
            append(.link(url: url, title: nil, [.text(text)]))
            position = end
            return
        }
        if rawHTML {
            if rawInline == nil { rawInline = RawInlineHTML(bytes: bytes) }
            if let end = rawInline?.end(at: position) {
                flush()
                append(.done(.html(String(decoding: bytes[position..<end], as: UTF8.self))))
                position = end
            } else {
                literal()
            }
            return
        }
        if lastCommentClose == nil { lastCommentClose = HTMLTag.lastCommentClose(in: bytes) }
        if let (tag, end) = HTMLTag.scan(bytes, at: position, lastCommentClose: lastCommentClose ?? -1) {
            flush()
            switch tag.kind {
            case .start: append(.open(tag.name, tag.attributes))
            case .end: append(.close(tag.name))
            case .comment: break
            }
            position = end
            return
        }
        literal()
    }

    func bytesStart(with prefix: String, at i: Int) -> Bool {
        var k = i
        for b in prefix.utf8 {
            guard k < bytes.count, bytes[k] | 0x20 == b | 0x20 else { return false }
            k += 1
        }
        return true
    }

    /// `<scheme:…>` or `<user@host>`.
    func autolink(at start: Int) -> (String, Int)? {
        var i = start + 1
        let schemeStart = i
        while i < bytes.count, i - schemeStart <= 32,
            ByteClass.isLetter(bytes[i]) || (i > schemeStart && (ByteClass.isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "-")))
        {
            i += 1
        }
        if i - schemeStart >= 2, i < bytes.count, bytes[i] == UInt8(ascii: ":") {
            var j = i + 1
            while j < bytes.count, j - start < HTMLTag.maximumLength, bytes[j] > 0x20, bytes[j] != UInt8(ascii: "<"), bytes[j] != UInt8(ascii: ">") { j += 1 }
            if j < bytes.count, bytes[j] == UInt8(ascii: ">") {
                return (String(decoding: bytes[schemeStart..<j], as: UTF8.self), j + 1)
            }
            return nil
        }
        // Email: local@domain.
        var j = start + 1
        var sawAt = false
        var domainChars = 0
        while j < bytes.count, j - start < 300 {
            let b = bytes[j]
            if b == UInt8(ascii: ">") { break }
            if b == UInt8(ascii: "@") {
                if sawAt || j == start + 1 { return nil }
                sawAt = true
            } else if sawAt {
                guard ByteClass.isLetter(b) || ByteClass.isDigit(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") else { return nil }
                domainChars += 1
            } else {
                guard ByteClass.isLetter(b) || ByteClass.isDigit(b) || ".!#$%&'*+/=?^_`{|}~-".utf8.contains(b) else { return nil }
            }
            j += 1
        }
        guard sawAt, domainChars > 0, j < bytes.count, bytes[j] == UInt8(ascii: ">") else { return nil }
        return ("mailto:" + String(decoding: bytes[(start + 1)..<j], as: UTF8.self), j + 1)
    }

    /// A bare `http://` or `https://` URL (GitHub's extended autolinks), noticed at its `:`.
    mutating func bareURL() {
        guard position + 2 < bytes.count, bytes[position + 1] == UInt8(ascii: "/"), bytes[position + 2] == UInt8(ascii: "/") else {
            literal()
            return
        }
        var schemeLength = 0
        if pending.count >= 5, pending.suffix(5).elementsEqual("https".utf8) {
            schemeLength = 5
        } else if pending.count >= 4, pending.suffix(4).elementsEqual("http".utf8) {
            schemeLength = 4
        }
        if schemeLength > 0, pending.count > schemeLength {
            let before = pending[pending.count - schemeLength - 1]
            if !(ByteClass.isSpace(before) || "(*_~\"'".utf8.contains(before)) { schemeLength = 0 }
        }
        guard schemeLength > 0 else {
            literal()
            return
        }
        var end = position + 3
        while end < bytes.count, !ByteClass.isSpace(bytes[end]), bytes[end] != UInt8(ascii: "<") { end += 1 }
        // Trailing punctuation and unbalanced closing parentheses are not part of the URL.
        while end > position + 3 {
            let last = bytes[end - 1]
            if "?!.,:*_~'\";".utf8.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ")") {
                let slice = bytes[(position + 3)..<end]
                let opens = slice.filter { $0 == UInt8(ascii: "(") }.count
                let closes = slice.filter { $0 == UInt8(ascii: ")") }.count
                if closes > opens { end -= 1 } else { break }
            } else {
                break
            }
        }
        guard end > position + 3 else {
            literal()
            return
        }
        let scheme = pending.suffix(schemeLength)
        pending.removeLast(schemeLength)
        flush()
        let url = String(decoding: scheme, as: UTF8.self) + String(decoding: bytes[position..<end], as: UTF8.self)
        append(.link(url: url, title: nil, [.text(url)]))
        position = end
    }

    mutating func math() {
        let n = bytes.count
        if position + 1 < n, bytes[position + 1] == UInt8(ascii: "$") {
            if displayMathClosers == nil { displayMathClosers = findDisplayClosers() }
            let start = position + 2
            let closers = displayMathClosers!
            if let k = firstIndex(in: closers, atLeast: start), let content = mathContent(start..<closers[k]) {
                let close = closers[k]
                flush()
                append(.done(.math(content, display: true)))
                position = close + 2
                return
            }
            pending.append(contentsOf: "$$".utf8)
            position += 2
            return
        }
        let start = position + 1
        guard start < n, !ByteClass.isSpace(bytes[start]) else {
            literal()
            return
        }
        if inlineMathClosers == nil { inlineMathClosers = findInlineClosers() }
        let closers = inlineMathClosers!
        if let k = firstIndex(in: closers, atLeast: start + 1), let content = mathContent(start..<closers[k]) {
            flush()
            append(.done(.math(content, display: false)))
            position = closers[k] + 1
            return
        }
        literal()
    }

    func mathContent(_ range: Range<Int>) -> String? {
        var content = Array(bytes[range])
        for i in content.indices where content[i] == UInt8(ascii: "\n") { content[i] = UInt8(ascii: " ") }
        let text = String(decoding: content, as: UTF8.self)
        return text.trimmingSpaces.isEmpty ? nil : text
    }

    /// `$` positions that may close inline math: not after a space or backslash, not before a digit.
    func findInlineClosers() -> [Int] {
        var out: [Int] = []
        for i in 1..<bytes.count where bytes[i] == UInt8(ascii: "$") {
            let before = bytes[i - 1]
            if ByteClass.isSpace(before) || before == UInt8(ascii: "\\") || before == UInt8(ascii: "$") { continue }
            if i + 1 < bytes.count, ByteClass.isDigit(bytes[i + 1]) || bytes[i + 1] == UInt8(ascii: "$") { continue }
            out.append(i)
        }
        return out
    }

    func findDisplayClosers() -> [Int] {
        var out: [Int] = []
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "$"), bytes[i + 1] == UInt8(ascii: "$"), i == 0 || bytes[i - 1] != UInt8(ascii: "\\") {
                out.append(i)
                i += 2
            } else {
                i += 1
            }
        }
        return out
    }

    func firstIndex(in sorted: [Int], atLeast value: Int) -> Int? {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count ? low : nil
    }
}
