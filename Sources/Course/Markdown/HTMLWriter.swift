/// Writes a document as HTML the way cmark does for CommonMark (and cmark-gfm for
/// strikethrough and task lists; tables as markdown-it writes them, with a `style`
/// for the alignment). The lesson extensions get markup of their own: math as
/// `<span class="math inline">\(…\)</span>` for MathJax or KaTeX, `calc` blocks as
/// code, callouts as quotes, `<details>` and captioned figures as those elements.
public enum HTMLWriter {
    public static func html(_ document: MarkdownDocument) -> String {
        var writer = HTMLOutput()
        writer.blocks(document.blocks, tight: false)
        return writer.text
    }
}

/// The HTML being written, with cmark's rule that a block starts on a new line.
struct HTMLOutput {
    var text = ""
    /// HTML inside Markdown that the lesson reading converts back (`MarkdownPrinter`):
    /// URLs as they are, math as `$…$`, other `$` as `&#36;`, breaks on one line.
    var forMarkdown = false

    /// Starts a new line unless the output is empty or already at one.
    mutating func newline() {
        if let last = text.utf8.last, last != 0x0A { text += "\n" }
    }

    // MARK: Blocks

    mutating func blocks(_ blocks: [MarkdownBlock], tight: Bool) {
        for block in blocks { self.block(block, tight: tight) }
    }

    mutating func block(_ block: MarkdownBlock, tight: Bool) {
        switch block.kind {
        case .heading(let level, let content, let id):
            newline()
            text += "<h\(level)"
            if let id { text += " id=\"" + HTMLOutput.escaped(id) + "\"" }
            text += ">"
            inlines(content)
            text += "</h\(level)>\n"
        case .paragraph(let content):
            if tight {
                inlines(content)
            } else {
                newline()
                text += "<p>"
                inlines(content)
                text += "</p>\n"
            }
        case .quote(let children), .callout(_, let children):
            newline()
            text += "<blockquote>\n"
            blocks(children, tight: false)
            newline()
            text += "</blockquote>\n"
        case .list(let list):
            self.list(list)
        case .code(let language, let body):
            code(language: language, body)
        case .calc(let calls):
            code(language: "calc", CalcBlockCall.source(calls))
        case .math(let source):
            newline()
            text += "<div class=\"math display\">\\[" + HTMLOutput.escaped(source) + "\\]</div>\n"
        case .table(let table):
            self.table(table)
        case .thematicBreak:
            newline()
            text += "<hr />\n"
        case .details(let summary, let children):
            newline()
            text += "<details>\n<summary>"
            inlines(summary)
            text += "</summary>\n"
            blocks(children, tight: false)
            newline()
            text += "</details>\n"
        case .figure(let figure):
            newline()
            if figure.caption.isEmpty {
                text += "<p>"
                image(url: figure.source, title: figure.title, alt: figure.alt)
                text += "</p>\n"
            } else {
                text += "<figure>\n"
                image(url: figure.source, title: figure.title, alt: figure.alt)
                text += "\n<figcaption>"
                inlines(figure.caption)
                text += "</figcaption>\n</figure>\n"
            }
        case .html(let raw):
            newline()
            text += raw
            newline()
        }
    }

    mutating func list(_ list: MarkdownList) {
        newline()
        if !list.ordered {
            text += "<ul>\n"
        } else if list.start == 1 {
            text += "<ol>\n"
        } else {
            text += "<ol start=\"\(list.start)\">\n"
        }
        for item in list.items {
            newline()
            text += "<li>"
            if let checked = item.task {
                text += checked ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> " : "<input type=\"checkbox\" disabled=\"\" /> "
            }
            blocks(item.blocks, tight: list.tight)
            text += "</li>\n"
        }
        newline()
        text += list.ordered ? "</ol>\n" : "</ul>\n"
    }

    mutating func code(language: String?, _ body: String) {
        newline()
        text += "<pre><code"
        if let language, !language.isEmpty { text += " class=\"language-" + HTMLOutput.escaped(language) + "\"" }
        text += ">"
        text += HTMLOutput.escaped(body)
        if !body.isEmpty { text += "\n" }
        text += "</code></pre>\n"
    }

    mutating func table(_ table: MarkdownTable) {
        newline()
        text += "<table>\n"
        if !table.header.isEmpty {
            text += "<thead>\n"
            row(table.header, cell: "th", alignments: table.alignments)
            text += "</thead>\n"
        }
        if !table.rows.isEmpty {
            text += "<tbody>\n"
            for cells in table.rows { row(cells, cell: "td", alignments: table.alignments) }
            text += "</tbody>\n"
        }
        text += "</table>\n"
    }

    mutating func row(_ cells: [[MarkdownInline]], cell: String, alignments: [MarkdownTable.Alignment]) {
        text += "<tr>\n"
        for (k, content) in cells.enumerated() {
            text += "<" + cell
            switch k < alignments.count ? alignments[k] : .none {
            case .none: break
            case .left: text += " style=\"text-align:left\""
            case .center: text += " style=\"text-align:center\""
            case .right: text += " style=\"text-align:right\""
            }
            text += ">"
            inlines(content)
            text += "</" + cell + ">\n"
        }
        text += "</tr>\n"
    }

    // MARK: Inlines

    mutating func inlines(_ inlines: [MarkdownInline]) {
        for inline in inlines { self.inline(inline) }
    }

    mutating func inline(_ inline: MarkdownInline) {
        switch inline {
        case .text(let s):
            let escaped = HTMLOutput.escaped(s)
            text += forMarkdown ? escaped.replacingOccurrences(of: "$", with: "&#36;") : escaped
        case .emphasis(let children): wrap("em", children)
        case .strong(let children): wrap("strong", children)
        case .strikethrough(let children): wrap("del", children)
        case .code(let s): text += "<code>" + HTMLOutput.escaped(s) + "</code>"
        case .math(let source, let display) where forMarkdown:
            text += (display ? "$$" : "$") + HTMLOutput.escaped(source) + (display ? "$$" : "$")
        case .math(let source, let display):
            text += display
                ? "<span class=\"math display\">\\[" + HTMLOutput.escaped(source) + "\\]</span>"
                : "<span class=\"math inline\">\\(" + HTMLOutput.escaped(source) + "\\)</span>"
        case .link(let url, let title, let content):
            text += "<a href=\"" + self.url(url) + "\""
            if let title { text += " title=\"" + HTMLOutput.escaped(title) + "\"" }
            text += ">"
            inlines(content)
            text += "</a>"
        case .image(let url, let title, let alt): image(url: url, title: title, alt: alt)
        case .softBreak: text += forMarkdown ? " " : "\n"
        case .hardBreak: text += forMarkdown ? "<br />" : "<br />\n"
        case .html(let raw): text += raw
        }
    }

    mutating func wrap(_ tag: String, _ children: [MarkdownInline]) {
        text += "<" + tag + ">"
        inlines(children)
        text += "</" + tag + ">"
    }

    mutating func image(url: String, title: String?, alt: String) {
        text += "<img src=\"" + self.url(url) + "\" alt=\"" + HTMLOutput.escaped(alt) + "\""
        if let title { text += " title=\"" + HTMLOutput.escaped(title) + "\"" }
        text += " />"
    }

    // MARK: Escaping

    func url(_ url: String) -> String { forMarkdown ? HTMLOutput.escaped(url) : HTMLOutput.escapedURL(url) }

    /// Text and attribute values: `&`, `<`, `>` and `"` as entities.
    static func escaped(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return s }
        return ScalarEscapes.html.apply(s)
    }

    /// A URL as cmark writes it into `href` and `src`: bytes outside letters, digits and
    /// ``-_.+!*(),%#@?=;:/$`` percent-encoded, `&` and `'` as entities.
    static func escapedURL(_ url: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(url.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for b in url.utf8 {
            if b < 0x80, urlSafe[Int(b)] {
                out.append(b)
            } else if b == UInt8(ascii: "&") {
                out.append(contentsOf: "&amp;".utf8)
            } else if b == UInt8(ascii: "'") {
                out.append(contentsOf: "&#x27;".utf8)
            } else {
                out.append(contentsOf: [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let urlSafe: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for b in "-_.+!*(),%#@?=;:/$".utf8 { table[Int(b)] = true }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(b)] = true }
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(b)] = true }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(b)] = true }
        return table
    }()
}
