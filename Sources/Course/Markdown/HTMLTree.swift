/// A node of an HTML block's tree: an element or a run of raw text (a byte range of
/// the block's source, entities not yet decoded).
enum HTMLNode {
    case element(HTMLElement)
    case text(Range<Int>, line: Int)

    var line: Int {
        switch self {
        case .element(let e): return e.line
        case .text(_, let line): return line
        }
    }

    func isBlankText(in bytes: [UInt8]) -> Bool {
        guard case .text(let range, _) = self else { return false }
        return bytes[range].allSatisfy(ByteClass.isSpace)
    }
}

/// What the tree builder and the converter need to know about an element name,
/// looked up once per element instead of in several sets.
struct HTMLElementInfo: OptionSet {
    let rawValue: UInt16
    /// No content or end tag (`br`, `img`).
    static let void = HTMLElementInfo(rawValue: 1 << 0)
    /// Content never shown (`script`, `style`).
    static let hidden = HTMLElementInfo(rawValue: 1 << 1)
    /// Converted as a block (`p`, `table`, `div`…).
    static let block = HTMLElementInfo(rawValue: 1 << 2)
    /// Starts an HTML block and ends an open `<p>`.
    static let blockTag = HTMLElementInfo(rawValue: 1 << 3)
    /// Still a tag inside `<pre>`.
    static let preInline = HTMLElementInfo(rawValue: 1 << 4)
    /// Closes an open element with an optional end tag (`li`, `tr`, `td`…).
    static let closesOptional = HTMLElementInfo(rawValue: 1 << 5)
    static let pre = HTMLElementInfo(rawValue: 1 << 6)

    private static let table: [String: HTMLElementInfo] = {
        var out: [String: HTMLElementInfo] = [:]
        func add(_ names: some Sequence<String>, _ info: HTMLElementInfo) {
            for name in names { out[name, default: []].insert(info) }
        }
        add(HTMLInline.voidElements, .void)
        add(HTMLInline.hiddenElements, .hidden)
        add(HTMLBlockConverter.blockElements, .block)
        add(HTMLBlockScanner.blockTags, .blockTag)
        add(HTMLTreeBuilder.preInlineTags, .preInline)
        add(["li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot"], .closesOptional)
        add(["pre"], .pre)
        return out
    }()

    static func of(_ name: String) -> HTMLElementInfo { table[name] ?? [] }
}

/// An element with its attributes and children (a class: the tree is built in place).
final class HTMLElement {
    let name: String
    let info: HTMLElementInfo
    let attributes: [String: String]
    let line: Int
    var children: [HTMLNode] = []

    init(name: String, info: HTMLElementInfo? = nil, attributes: [String: String], line: Int) {
        self.name = name
        self.info = info ?? HTMLElementInfo.of(name)
        self.attributes = attributes
        self.line = line
    }
}

/// Builds the element tree of an HTML block, forgiving as browsers are: optional end
/// tags (`</p>`, `</li>`, `</td>`…) are implied, stray end tags ignored, everything
/// still open at the end is closed. Inside `<pre>` only inline tags are tags, so code
/// such as `<float 0.0 to 1.0>` stays text.
enum HTMLTreeBuilder {
    /// Elements nested deeper than this are flattened into their parent.
    static let maximumDepth = 48

    static let preInlineTags: Set<String> = [
        "code", "span", "b", "strong", "em", "i", "br", "a", "kbd", "samp", "u", "mark", "sub", "sup", "small", "del", "s",
    ]

    /// The tree of `bytes`, and the elements whose required end tag never came
    /// (outermost first; `p`, `li` and the like end by themselves).
    static func build(_ bytes: [UInt8], firstLine: Int) -> (root: HTMLElement, unclosed: [HTMLElement]) {
        let root = HTMLElement(name: "#root", info: [], attributes: [:], line: firstLine)
        var stack: [HTMLElement] = [root]
        var line = firstLine
        var lineCounted = 0
        var lastCommentClose: Int?
        func lineAt(_ index: Int) -> Int {
            while lineCounted < index {
                if bytes[lineCounted] == 0x0A { line += 1 }
                lineCounted += 1
            }
            return line
        }
        var preOpen: Bool { stack.contains { $0.info.contains(.pre) } }
        func addText(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            let number = lineAt(range.lowerBound)
            stack[stack.count - 1].children.append(.text(range, line: number))
        }
        var rawEnd: String?
        var textStart = 0
        var i = 0
        while i < bytes.count {
            if let raw = rawEnd {
                // script/style/textarea: everything up to the end tag is text (or dropped).
                let found = HTMLBlockScanner.find("</" + raw, in: bytes, from: i) ?? bytes.count
                if raw == "textarea" { addText(i..<found) }
                i = found
                textStart = found
                rawEnd = nil
                continue
            }
            guard let lt = bytes[i...].firstIndex(of: UInt8(ascii: "<")) else { break }
            if lastCommentClose == nil, lt + 1 < bytes.count, bytes[lt + 1] == UInt8(ascii: "!") {
                lastCommentClose = HTMLTag.lastCommentClose(in: bytes)
            }
            guard let (tag, end) = HTMLTag.scan(bytes, at: lt, lastCommentClose: lastCommentClose ?? -1) else {
                i = lt + 1
                continue
            }
            let info = HTMLElementInfo.of(tag.name)
            if preOpen && !(info.contains(.pre) && tag.kind == .end) && !info.contains(.preInline) {
                i = lt + 1
                continue
            }
            addText(textStart..<lt)
            i = end
            textStart = end
            let number = lineAt(lt)
            switch tag.kind {
            case .comment: break
            case .end:
                if tag.name == "br" {
                    stack[stack.count - 1].children.append(.element(HTMLElement(name: "br", info: .void, attributes: [:], line: number)))
                } else {
                    popTo(tag.name, stopAt: [], in: &stack)
                }
            case .start:
                if info.contains(.closesOptional) { closeImplied(by: tag.name, stack: &stack) }
                if stack.count > 1, stack[stack.count - 1].name == "p", info.contains(.blockTag) { stack.removeLast() }
                let element = HTMLElement(name: tag.name, info: info, attributes: tag.attributes, line: number)
                let void = info.contains(.void)
                if void || tag.selfClosing || stack.count > maximumDepth {
                    if stack.count <= maximumDepth || void {
                        stack[stack.count - 1].children.append(.element(element))
                    }
                } else {
                    stack[stack.count - 1].children.append(.element(element))
                    stack.append(element)
                    if tag.name == "script" || tag.name == "style" || tag.name == "textarea" { rawEnd = tag.name }
                }
            }
        }
        addText(textStart..<bytes.count)
        let unclosed = stack.dropFirst().filter { HTMLBlockScanner.tagClasses[$0.name]?.contains(.counted) == true }
        return (root, unclosed)
    }

    /// Closes the innermost open `name` unless a boundary element is nearer.
    private static func popTo(_ name: String, stopAt boundaries: Set<String>, in stack: inout [HTMLElement]) {
        guard let index = stack.lastIndex(where: { $0.name == name || boundaries.contains($0.name) }), index > 0,
            stack[index].name == name
        else { return }
        stack.removeSubrange(index...)
    }

    private static let listBoundary: Set<String> = ["ul", "ol"]
    private static let definitionBoundary: Set<String> = ["dl"]
    private static let rowBoundary: Set<String> = ["table", "thead", "tbody", "tfoot"]
    private static let cellBoundary: Set<String> = ["tr", "table"]
    private static let sectionBoundary: Set<String> = ["table"]

    /// Start tags that end an open element whose end tag is optional.
    private static func closeImplied(by name: String, stack: inout [HTMLElement]) {
        switch name {
        case "li": popTo("li", stopAt: listBoundary, in: &stack)
        case "dt", "dd":
            popTo("dt", stopAt: definitionBoundary, in: &stack)
            popTo("dd", stopAt: definitionBoundary, in: &stack)
        case "tr": popTo("tr", stopAt: rowBoundary, in: &stack)
        case "td", "th":
            popTo("td", stopAt: cellBoundary, in: &stack)
            popTo("th", stopAt: cellBoundary, in: &stack)
        case "thead", "tbody", "tfoot":
            popTo("thead", stopAt: sectionBoundary, in: &stack)
            popTo("tbody", stopAt: sectionBoundary, in: &stack)
            popTo("tfoot", stopAt: sectionBoundary, in: &stack)
        default: break
        }
    }
}
