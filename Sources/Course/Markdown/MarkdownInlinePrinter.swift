/// One paragraph's inline content as Markdown. Text is escaped only where Markdown
/// would read it otherwise: `*` and backticks always, `_` unless inside a word,
/// brackets before `(` and inside link text, `<` before a tag or autolink, `&`
/// before a character reference, `$` and `~` when two of them could pair up as math
/// or strikethrough, and the characters that start a block at the start of a line.
struct MarkdownInlinePrinter {
    var text = ""
    let escapesDollars: Bool
    let escapesTildes: Bool
    /// Inside link text and image descriptions every bracket is escaped.
    var inBrackets = false
    /// In a table cell `|` is escaped and line breaks are `<br>` or spaces.
    var inTableCell = false
    /// Emphasis that is all of its parent's content is written with `_`, so `*_a_*` does not read as `**a**`.
    var underscore = false

    init(_ inlines: [MarkdownInline]) {
        var texts: [String] = []
        var hasMath = false
        var hasStrikethrough = false
        func collect(_ inlines: [MarkdownInline]) {
            for inline in inlines {
                switch inline {
                case .text(let s): texts.append(s)
                case .image(_, _, let alt): texts.append(alt)
                case .math: hasMath = true
                case .strikethrough(let c):
                    hasStrikethrough = true
                    collect(c)
                case .emphasis(let c), .strong(let c), .link(_, _, let c): collect(c)
                default: texts.append("\u{1}")
                }
            }
        }
        collect(inlines)
        // Node boundaries count as text: a neighbour might be anything.
        let joined = Array(texts.joined(separator: "\u{1}").unicodeScalars)
        escapesDollars = (hasMath && joined.contains("$")) || MarkdownInlinePrinter.couldPair(joined, "$")
        escapesTildes = (hasStrikethrough && joined.contains("~")) || MarkdownInlinePrinter.couldPair(joined, "~")
    }

    /// Whether some `mark` could open (a non-space after it) before one that could close
    /// (a non-space before it; for `$` not a backslash, and no digit after it).
    static func couldPair(_ scalars: [Unicode.Scalar], _ mark: Unicode.Scalar) -> Bool {
        var sawOpener = false
        for (i, c) in scalars.enumerated() where c == mark {
            let before = i > 0 ? scalars[i - 1] : nil
            let after = i + 1 < scalars.count ? scalars[i + 1] : nil
            if sawOpener, let before, !ByteClass.isWhitespace(before) {
                if mark != "$" { return true }
                if before != "\\", before != "$", !(after.map { $0.properties.numericType != nil } ?? false) { return true }
            }
            if let after, !ByteClass.isWhitespace(after) { sawOpener = true }
        }
        return false
    }

    var atLineStart: Bool { !inTableCell && (text.isEmpty || text.utf8.last == 0x0A) }

    mutating func inlines(_ inlines: [MarkdownInline]) {
        for inline in inlines { self.inline(inline) }
    }

    mutating func inline(_ inline: MarkdownInline) {
        switch inline {
        case .text(let s): append(s)
        case .emphasis(let children): delimited(underscore ? "_" : "*", children)
        case .strong(let children): delimited(underscore ? "__" : "**", children)
        case .strikethrough(let children): delimited("~~", children)
        case .code(let s): codeSpan(s)
        case .math(let source, let display): text += display ? "$$" + source + "$$" : "$" + source + "$"
        case .link(let url, let title, let content):
            if let address = MarkdownInlinePrinter.autolink(url, content) {
                text += "<" + address + ">"
                return
            }
            // `!` right before the link would make it an image.
            if text.hasSuffix("!") && !text.hasSuffix("\\!") { text.insert("\\", at: text.index(before: text.endIndex)) }
            bracketed("[", url: url, title: title) { $0.inlines(content) }
        case .image(let url, let title, let alt):
            bracketed("![", url: url, title: title) { $0.append(alt) }
        case .softBreak:
            trimTrailingSpaces()
            text += inTableCell ? " " : "\n"
        case .hardBreak:
            trimTrailingSpaces()
            text += inTableCell ? "<br>" : "\\\n"
        case .html(let raw):
            text += raw
        }
    }

    /// `[…](url "title")` or `![…](…)`, every bracket inside escaped.
    mutating func bracketed(_ open: String, url: String, title: String?, _ content: (inout MarkdownInlinePrinter) -> Void) {
        text += open
        let outer = inBrackets
        inBrackets = true
        content(&self)
        inBrackets = outer
        text += "](" + MarkdownInlinePrinter.destination(url) + MarkdownInlinePrinter.title(title) + ")"
    }

    /// A table cell's content on one line.
    static func cell(_ inlines: [MarkdownInline]) -> String {
        var printer = MarkdownInlinePrinter(inlines)
        printer.inTableCell = true
        printer.inlines(inlines)
        return printer.text
    }

    mutating func trimTrailingSpaces() {
        while text.utf8.last == 0x20 { text.removeLast() }
    }

    /// Emphasis around its content; spaces at the content's ends move outside, where
    /// the delimiters can still open and close.
    mutating func delimited(_ mark: String, _ children: [MarkdownInline]) {
        var content = children
        var leading = false
        var trailing = false
        if case .text(let s)? = content.first, s.first == " " {
            leading = true
            let rest = String(s.drop { $0 == " " })
            if rest.isEmpty { content.removeFirst() } else { content[0] = .text(rest) }
        }
        if case .text(let s)? = content.last, s.last == " " {
            trailing = true
            var rest = s
            while rest.last == " " { rest.removeLast() }
            if rest.isEmpty { content.removeLast() } else { content[content.count - 1] = .text(rest) }
        }
        if leading, !atLineStart, text.utf8.last != 0x20 { text += " " }
        if !content.isEmpty {
            text += mark
            // `*_a_*`, `**_a_**`, `**__a__**`: the same delimiter twice would merge (`***a***` is right as it is).
            if content.count == 1, !mark.hasPrefix("_") {
                switch content[0] {
                case .emphasis: underscore = true
                case .strong: underscore = mark == "**"
                default: break
                }
            }
            for child in content {
                inline(child)
                underscore = false
            }
            text += mark
        }
        if trailing { text += " " }
    }

    mutating func codeSpan(_ code: String) {
        guard !code.isEmpty else { return }
        // A table row is split at every `|`, code spans included; `\|` keeps it in the cell.
        let code = inTableCell ? code.replacingOccurrences(of: "|", with: "\\|") : code
        var longest = 0
        var run = 0
        for c in code.utf8 {
            run = c == UInt8(ascii: "`") ? run + 1 : 0
            longest = max(longest, run)
        }
        let ticks = String(repeating: "`", count: longest + 1)
        let padded = code.first == "`" || code.last == "`" || (code.first == " " && code.last == " " && code.contains { $0 != " " })
        let pad = padded ? " " : ""
        text += ticks + pad + code + pad + ticks
    }

    /// `<url>` for a link whose text is its own address.
    static func autolink(_ url: String, _ content: [MarkdownInline]) -> String? {
        guard content.count == 1, case .text(let shown) = content[0],
            !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0 == "<" || $0 == ">" })
        else { return nil }
        if url.hasPrefix("mailto:"), shown == url.dropFirst(7), shown.contains("@") { return shown }
        guard shown == url, let colon = url.firstIndex(of: ":"), url.distance(from: url.startIndex, to: colon) >= 2,
            url[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }), url.first?.isLetter == true
        else { return nil }
        return url
    }

    static func destination(_ url: String) -> String {
        var depth = 0
        var balanced = true
        for c in url.unicodeScalars {
            if c == "(" { depth += 1 }
            if c == ")" {
                depth -= 1
                if depth < 0 { balanced = false }
            }
        }
        let angled = url.isEmpty || !balanced || depth != 0
            || url.unicodeScalars.contains { $0.value <= 0x20 || $0 == "<" || $0 == ">" }
        var out = ""
        let scalars = Array(url.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            if c == "\\" || (angled && (c == "<" || c == ">")) || (c == "&" && isReference(scalars, at: i)) { out += "\\" }
            out.unicodeScalars.append(c)
        }
        return angled ? "<" + out + ">" : out
    }

    static func title(_ title: String?) -> String {
        guard let title else { return "" }
        var out = " \""
        let scalars = Array(title.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            if c == "\\" || c == "\"" || (c == "&" && isReference(scalars, at: i)) { out += "\\" }
            out.unicodeScalars.append(c)
        }
        return out + "\""
    }

    static func isReference(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        var bytes: [UInt8] = []
        var k = i
        while k < scalars.count, k - i < 40, scalars[k].isASCII {
            bytes.append(UInt8(scalars[k].value))
            if scalars[k] == ";" { break }
            k += 1
        }
        return HTMLEntities.reference(in: bytes, at: 0) != nil
    }
}

extension MarkdownInlinePrinter {
    /// Text, escaped where Markdown would read it otherwise.
    mutating func append(_ s: String) {
        let scalars = Array(s.unicodeScalars)
        var escapeAt = -1
        for i in scalars.indices {
            let c = scalars[i]
            var escape = false
            if atLineStart {
                // The reader drops a line's leading spaces; a block could start after them.
                if c == " " { continue }
                escape = MarkdownInlinePrinter.startsBlock(scalars, at: i)
                if let delimiter = MarkdownInlinePrinter.listNumberDelimiter(scalars, at: i) { escapeAt = delimiter }
            }
            if escape || i == escapeAt || needsEscape(scalars, at: i) { text += "\\" }
            if c.value < 0x20 || (0x7F...0x9F).contains(c.value) {
                // A line break or tab in text (from `&#10;`) is written as the reference it came from.
                text += "&#\(c.value);"
            } else {
                text.unicodeScalars.append(c)
            }
        }
    }

    func needsEscape(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        let after: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
        switch s[i] {
        case "\\": return after.map { $0.isASCII && ByteClass.isASCIIPunctuation(UInt8($0.value)) } ?? true
        case "`", "*": return true
        case "_": return !(MarkdownInlinePrinter.isWordCharacter(before) && MarkdownInlinePrinter.isWordCharacter(after))
        case "~": return escapesTildes
        case "$": return escapesDollars
        case "[": return inBrackets
        case "]": return inBrackets || after == "("
        case "<": return after.map { ($0.isASCII && ByteClass.isLetter(UInt8($0.value))) || $0 == "/" || $0 == "!" || $0 == "?" } ?? false
        case "&": return MarkdownInlinePrinter.isReference(s, at: i)
        case "|": return inTableCell
        case ":":
            // `https://…` in text would become a link.
            guard after == "/", i + 2 < s.count, s[i + 2] == "/" else { return false }
            let scheme = String(String.UnicodeScalarView(s[max(0, i - 5)..<i])).lowercased()
            return scheme.hasSuffix("http") || scheme.hasSuffix("https")
        default: return false
        }
    }

    /// Whether the character at the start of a line would start a block (a heading,
    /// quote, list item, thematic break, setext underline, fence, table row, math
    /// block or link reference definition), so that it needs a backslash.
    static func startsBlock(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }
        func endOrSpace(_ k: Int) -> Bool { at(k) == nil || at(k) == " " }
        switch s[i] {
        case "#":
            var k = i
            while at(k) == "#" { k += 1 }
            return k - i <= 6 && endOrSpace(k)
        case ">", "|", "[", "~": return true
        case "-": return endOrSpace(i + 1) || at(i + 1) == "-"
        case "+": return endOrSpace(i + 1)
        case "=": return endOrSpace(i + 1) || at(i + 1) == "="
        case "$": return at(i + 1) == "$"
        case ":": return at(i + 1) == "-"
        default: return false
        }
    }

    /// The index of the `.` or `)` of an ordered list marker at the start of a line.
    static func listNumberDelimiter(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        var k = i
        while k < s.count, k - i < 10, s[k].isASCII, ByteClass.isDigit(UInt8(s[k].value)) { k += 1 }
        guard k > i, k - i <= 9, k < s.count, s[k] == "." || s[k] == ")", k + 1 == s.count || s[k + 1] == " " else { return nil }
        return k
    }

    static func isWordCharacter(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
