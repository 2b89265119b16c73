@testable import Course

/// The normalisation the CommonMark spec's test runner (`test/normalize.py`) applies
/// to both the expected and the produced HTML before comparing them: whitespace runs
/// collapse to one space outside `<pre>`, whitespace around block-level tags goes,
/// `<br />` becomes `<br>`, attributes are sorted (names lower-cased, values
/// re-escaped), and character references become characters except `<`, `>`, `&`
/// and `"`. Tags and text are otherwise kept, so two outputs that differ in content
/// never normalise to the same text.
struct SpecHTMLNormalizer {
    private enum Last { case startTag, endTag, data, other }

    private var output = ""
    private var last = Last.startTag
    private var lastTag = ""
    private var inPre = false

    static func normalize(_ html: String) -> String {
        var normalizer = SpecHTMLNormalizer()
        normalizer.feed(Array(html.unicodeScalars))
        return normalizer.output
    }

    /// The block-level tags of normalize.py.
    static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button", "object",
        "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div", "section", "dl",
        "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption", "th", "figure", "thead",
        "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style",
    ]

    private mutating func feed(_ s: [Unicode.Scalar]) {
        var i = 0
        var dataStart = 0
        func flushData(_ end: Int, _ me: inout SpecHTMLNormalizer) {
            if end > dataStart { me.data(String(String.UnicodeScalarView(s[dataStart..<end]))) }
        }
        while i < s.count {
            if s[i] == "<", let (token, end) = SpecHTMLNormalizer.markup(s, at: i) {
                flushData(i, &self)
                handle(token)
                i = end
                dataStart = i
            } else if s[i] == "&" {
                flushData(i, &self)
                if let (text, end) = SpecHTMLNormalizer.reference(s, at: i) {
                    output += text
                    last = .other
                    i = end
                    dataStart = i
                } else {
                    // A lone `&` starts the next run of text.
                    dataStart = i
                    i += 1
                }
            } else {
                i += 1
            }
        }
        flushData(s.count, &self)
    }

    private enum Token {
        case start(String, [(String, String?)], selfClosing: Bool)
        case end(String)
        case verbatim(String)
    }

    private mutating func handle(_ token: Token) {
        switch token {
        case .verbatim(let text):
            output += text
            last = .other
        case .end(let name):
            if name == "pre" {
                inPre = false
            } else if SpecHTMLNormalizer.blockTags.contains(name) {
                trimOutputEnd()
            }
            output += "</" + name + ">"
            lastTag = name
            last = .endTag
        case .start(let name, let attributes, let selfClosing):
            if name == "pre" { inPre = true }
            if SpecHTMLNormalizer.blockTags.contains(name) { trimOutputEnd() }
            output += "<" + name
            let sorted = attributes.sorted { a, b in a.0 != b.0 ? a.0 < b.0 : (a.1 ?? "") < (b.1 ?? "") }
            for (key, value) in sorted {
                output += " " + key
                if let value { output += "=\"" + SpecHTMLNormalizer.escape(value) + "\"" }
            }
            output += ">"
            lastTag = name
            last = selfClosing ? .endTag : .startTag
        }
    }

    private mutating func data(_ text: String) {
        var data = text
        let afterTag = last == .startTag || last == .endTag
        let afterBlockTag = afterTag && SpecHTMLNormalizer.blockTags.contains(lastTag)
        if afterTag && lastTag == "br" { data = String(data.drop { $0 == "\n" }) }
        if !inPre { data = SpecHTMLNormalizer.collapseWhitespace(data) }
        if afterBlockTag && !inPre {
            data = String(data.drop(while: SpecHTMLNormalizer.isSpace))
            if last == .endTag { while let l = data.last, SpecHTMLNormalizer.isSpace(l) { data.removeLast() } }
        }
        output += data
        last = .data
    }

    private mutating func trimOutputEnd() {
        while let l = output.last, SpecHTMLNormalizer.isSpace(l) { output.removeLast() }
    }

    /// Python's `\s` and `str.strip()`: Unicode white space plus the separators U+001C…U+001F.
    static func isSpace(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { $0.properties.isWhitespace || (0x1C...0x1F).contains($0.value) }
    }

    static func collapseWhitespace(_ text: String) -> String {
        var out = ""
        var space = false
        for c in text {
            if isSpace(c) {
                space = true
            } else {
                if space { out += " " }
                space = false
                out.append(c)
            }
        }
        if space { out += " " }
        return out
    }

    static func escape(_ value: String) -> String {
        var out = ""
        for c in value {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#x27;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A character reference's text (`<`, `>`, `&` and `"` as entities), or nil.
    static func reference(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var bytes: [UInt8] = []
        var k = start
        while k < s.count, k - start < 40, s[k].isASCII {
            bytes.append(UInt8(s[k].value))
            if s[k] == ";" { break }
            k += 1
        }
        guard let (value, next) = HTMLEntities.reference(in: bytes, at: 0) else { return nil }
        let text: String
        switch value {
        case "<": text = "&lt;"
        case ">": text = "&gt;"
        case "&": text = "&amp;"
        case "\"": text = "&quot;"
        default: text = value
        }
        return (text, start + next)
    }

    /// A comment, declaration, processing instruction, CDATA section or tag at `start`.
    private static func markup(_ s: [Unicode.Scalar], at start: Int) -> (Token, Int)? {
        func find(_ needle: String, from: Int) -> Int? {
            let n = Array(needle.unicodeScalars)
            var i = from
            while i + n.count <= s.count {
                if Array(s[i..<(i + n.count)]) == n { return i }
                i += 1
            }
            return nil
        }
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(s[range])) }
        guard start + 1 < s.count else { return nil }
        let next = s[start + 1]
        if next == "!" || next == "?" {
            let close: String
            if text(start..<min(s.count, start + 4)) == "<!--" {
                close = "-->"
            } else if text(start..<min(s.count, start + 9)) == "<![CDATA[" {
                close = "]]>"
            } else {
                close = ">"
            }
            guard let end = find(close, from: start + 2) else { return nil }
            return (.verbatim(text(start..<(end + close.unicodeScalars.count))), end + close.unicodeScalars.count)
        }
        var i = start + 1
        let isEnd = next == "/"
        if isEnd { i += 1 }
        guard i < s.count, s[i].properties.isAlphabetic, s[i].isASCII else { return nil }
        let nameStart = i
        while i < s.count, !isSpace(Character(s[i])), s[i] != "/", s[i] != ">" { i += 1 }
        let name = text(nameStart..<i).lowercased()
        var attributes: [(String, String?)] = []
        var selfClosing = false
        while i < s.count {
            while i < s.count, isSpace(Character(s[i])) { i += 1 }
            guard i < s.count else { return nil }
            if s[i] == ">" {
                return (isEnd ? .end(name) : .start(name, attributes, selfClosing: selfClosing), i + 1)
            }
            if s[i] == "/" {
                selfClosing = true
                i += 1
                continue
            }
            let keyStart = i
            while i < s.count, !isSpace(Character(s[i])), s[i] != "=", s[i] != ">", s[i] != "/" { i += 1 }
            let key = text(keyStart..<i).lowercased()
            var j = i
            while j < s.count, isSpace(Character(s[j])) { j += 1 }
            guard j < s.count, s[j] == "=" else {
                attributes.append((key, nil))
                continue
            }
            j += 1
            while j < s.count, isSpace(Character(s[j])) { j += 1 }
            guard j < s.count else { return nil }
            var value: String
            if s[j] == "\"" || s[j] == "'" {
                let quote = s[j]
                var k = j + 1
                while k < s.count, s[k] != quote { k += 1 }
                guard k < s.count else { return nil }
                value = text((j + 1)..<k)
                i = k + 1
            } else {
                var k = j
                while k < s.count, !isSpace(Character(s[k])), s[k] != ">" { k += 1 }
                value = text(j..<k)
                i = k
            }
            value = HTMLEntities.decode(value)
            attributes.append((key, value))
        }
        return nil
    }
}
