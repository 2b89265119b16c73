/// Keyword, string, comment and number highlighting for the languages lessons use
/// (python, bash, json, yaml, swift); anything else is shown as plain code.
enum SyntaxHighlighter {
    struct Rules {
        var keywords: Set<String>
        var lineComments: [String]
        var blockComment: (open: String, close: String)?
        var quotes: [UInt8]
        /// Python's ''' and """ / Swift's """ strings, which may span lines.
        var tripleQuotes: Bool
        /// `$NAME` and `${…}` are variables (shells).
        var dollarVariables: Bool
        /// Which mapping keys are shown as keywords.
        var keys: KeyStyle
        /// Single-letter string prefixes (`f"…"`, `r'…'`).
        var stringPrefixes: Set<String>

        /// Keywords by length, as bytes, for lookups without building strings.
        var keywordBytes: [[[UInt8]]] = []
        var lineCommentBytes: [[UInt8]] = []
        var blockCommentBytes: (open: [UInt8], close: [UInt8])?

        func prepared() -> Rules {
            var rules = self
            let longest = keywords.map(\.utf8.count).max() ?? 0
            rules.keywordBytes = [[[UInt8]]](repeating: [], count: longest + 1)
            for word in keywords { rules.keywordBytes[word.utf8.count].append(Array(word.utf8)) }
            rules.lineCommentBytes = lineComments.map { Array($0.utf8) }
            rules.blockCommentBytes = blockComment.map { (Array($0.open.utf8), Array($0.close.utf8)) }
            return rules
        }

        func isKeyword(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
            guard range.count < keywordBytes.count else { return false }
            for word in keywordBytes[range.count] where bytes[range].elementsEqual(word) { return true }
            return false
        }
    }

    enum KeyStyle { case none, quoted, lineStart }

    /// Prepared rules per language name, built once.
    private static let table: [String: Rules] = {
        var out: [String: Rules] = [:]
        for name in [
            "python", "py", "python3", "ipython", "pycon", "bash", "sh", "shell", "zsh", "console", "shell-session",
            "json", "jsonc", "json5", "yaml", "yml", "swift",
        ] {
            out[name] = makeRules(for: name)?.prepared()
        }
        return out
    }()

    static func rules(for language: String) -> Rules? { table[language.lowercased()] }

    private static func makeRules(for language: String) -> Rules? {
        switch language {
        case "python", "py", "python3", "ipython", "pycon":
            return Rules(
                keywords: [
                    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
                    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
                    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
                    "yield", "match", "case", "self",
                ],
                lineComments: ["#"], blockComment: nil, quotes: [0x22, 0x27], tripleQuotes: true, dollarVariables: false,
                keys: .none, stringPrefixes: ["f", "r", "b", "u", "rb", "br", "fr", "rf", "F", "R", "B"])
        case "bash", "sh", "shell", "zsh", "console", "shell-session":
            return Rules(
                keywords: [
                    "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "in",
                    "function", "return", "local", "export", "declare", "readonly", "select", "time", "source",
                    "alias", "unset", "set", "shift", "exit", "break", "continue",
                ],
                lineComments: ["#"], blockComment: nil, quotes: [0x22, 0x27], tripleQuotes: false, dollarVariables: true,
                keys: .none, stringPrefixes: [])
        case "json", "jsonc", "json5":
            return Rules(
                keywords: ["true", "false", "null"], lineComments: ["//"], blockComment: ("/*", "*/"), quotes: [0x22],
                tripleQuotes: false, dollarVariables: false, keys: .quoted, stringPrefixes: [])
        case "yaml", "yml":
            return Rules(
                keywords: ["true", "false", "null", "yes", "no", "on", "off", "True", "False", "Null", "~"],
                lineComments: ["#"], blockComment: nil, quotes: [0x22, 0x27], tripleQuotes: false, dollarVariables: false,
                keys: .lineStart, stringPrefixes: [])
        case "swift":
            return Rules(
                keywords: [
                    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
                    "inout", "internal", "let", "open", "operator", "private", "protocol", "public", "static",
                    "struct", "subscript", "typealias", "var", "break", "case", "continue", "default", "defer", "do",
                    "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch", "where", "while",
                    "as", "catch", "false", "is", "nil", "rethrows", "super", "self", "Self", "throw", "throws",
                    "true", "try", "async", "await", "some", "any", "mutating", "nonmutating", "override", "final",
                    "lazy", "weak", "unowned", "required", "convenience", "actor", "nonisolated", "consuming",
                    "borrowing", "sending",
                ],
                lineComments: ["//"], blockComment: ("/*", "*/"), quotes: [0x22], tripleQuotes: true, dollarVariables: false,
                keys: .none, stringPrefixes: [])
        default:
            return nil
        }
    }

    /// One styled line per line of `code`.
    static func highlight(_ code: String, language: String) -> [StyledLine] {
        let bytes = Array(code.utf8)
        var highlighter = Highlighter(language: language)
        return lines(of: bytes).map { range in
            var line = StyledLine()
            bytes.withUnsafeBufferPointer { highlighter.append(UnsafeBufferPointer(rebasing: $0[range]), to: &line) }
            return line
        }
    }

    /// The byte ranges of the lines of `bytes` (split at line feeds).
    static func lines(of bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0A {
            out.append(start..<i)
            start = i + 1
        }
        out.append(start..<bytes.count)
        return out
    }

    /// Highlights the lines of one code block in order (strings and comments may span lines).
    struct Highlighter {
        let rules: Rules?
        var state = State.normal

        init(language: String) { rules = SyntaxHighlighter.rules(for: language) }

        /// Appends one line of code, styled, to `line`.
        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, to line: inout StyledLine) {
            guard let rules else {
                if !bytes.isEmpty { line.append(String(decoding: bytes, as: UTF8.self), .code) }
                return
            }
            SyntaxHighlighter.highlight(bytes, rules: rules, state: &state, into: &line)
        }
    }

    enum State: Equatable {
        case normal
        case string(quote: [UInt8])
        case blockComment
    }

    private static func highlight(
        _ bytes: UnsafeBufferPointer<UInt8>, rules: Rules, state: inout State, into spans: inout StyledLine
    ) {
        var plainStart = 0
        var i = 0
        let n = bytes.count
        func text(_ a: Int, _ b: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self) }
        func flushPlain(_ upTo: Int) {
            if plainStart < upTo { spans.append(text(plainStart, upTo), .code) }
        }
        func emit(_ a: Int, _ b: Int, _ style: Style) {
            flushPlain(a)
            spans.append(text(a, b), .code.union(style))
            plainStart = b
        }
        func startsWith(_ u: [UInt8], at k: Int) -> Bool {
            guard k + u.count <= n else { return false }
            for j in 0..<u.count where bytes[k + j] != u[j] { return false }
            return true
        }
        func isIdentifier(_ b: UInt8) -> Bool { ByteClass.isLetter(b) || ByteClass.isDigit(b) || b == 0x5F || b >= 0x80 }
        /// Scans a string body from `k` to its closing quote; returns the end index and whether it closed.
        func stringEnd(from k: Int, quote: [UInt8]) -> (Int, Bool) {
            var j = k
            while j < n {
                if bytes[j] == 0x5C, quote != [0x27] || !rules.dollarVariables {
                    j += 2
                    continue
                }
                if startsWith(quote, at: j) { return (j + quote.count, true) }
                j += 1
            }
            return (n, false)
        }

        // Continue a construct left open on the previous line.
        switch state {
        case .string(let quote):
            let (end, closed) = stringEnd(from: 0, quote: quote)
            emit(0, min(end, n), .codeString)
            i = min(end, n)
            if closed { state = .normal }
        case .blockComment:
            if let close = rules.blockComment?.close, let found = HTMLBlockScanner.find(close, in: bytes, from: 0) {
                emit(0, found + close.utf8.count, .codeComment)
                i = found + close.utf8.count
                state = .normal
            } else {
                emit(0, n, .codeComment)
                i = n
            }
        case .normal: break
        }
        if rules.keys == .lineStart && state == .normal && i == 0 {
            // YAML `key:` (after indentation and list dashes).
            var k = 0
            while k < n, bytes[k] == 0x20 || bytes[k] == 0x2D { k += 1 }
            let keyStart = k
            while k < n, bytes[k] != 0x3A, bytes[k] != 0x23, bytes[k] != 0x22, bytes[k] != 0x27, bytes[k] != 0x7B, bytes[k] != 0x5B { k += 1 }
            if k < n, bytes[k] == 0x3A, k > keyStart, k + 1 == n || bytes[k + 1] == 0x20 {
                emit(keyStart, k, .codeKeyword)
                i = k
            }
        }
        while i < n, state == .normal {
            let b = bytes[i]
            if let comment = rules.lineCommentBytes.first(where: { $0[0] == b && startsWith($0, at: i) }),
                comment != [0x23] || i == 0 || bytes[i - 1] == 0x20 || !rules.dollarVariables
            {
                emit(i, n, .codeComment)
                i = n
                break
            }
            if let block = rules.blockComment, let open = rules.blockCommentBytes?.open, open[0] == b, startsWith(open, at: i) {
                if let found = HTMLBlockScanner.find(block.close, in: bytes, from: i + block.open.utf8.count) {
                    emit(i, found + block.close.utf8.count, .codeComment)
                    i = found + block.close.utf8.count
                } else {
                    emit(i, n, .codeComment)
                    i = n
                    state = .blockComment
                }
                continue
            }
            if rules.quotes.contains(b) {
                var quote = [b]
                if rules.tripleQuotes, i + 2 < n, bytes[i + 1] == b, bytes[i + 2] == b { quote = [b, b, b] }
                var start = i
                // A string prefix such as f or rb belongs to the string.
                var p = i
                while p > plainStart, p > 0, ByteClass.isLetter(bytes[p - 1]) { p -= 1 }
                if p < i, rules.stringPrefixes.contains(text(p, i)), p == 0 || !isIdentifier(bytes[p - 1]) { start = p }
                let (end, closed) = stringEnd(from: i + quote.count, quote: quote)
                var style: Style = .codeString
                if rules.keys != .none, quote.count == 1 {
                    var k = end
                    while k < n, bytes[k] == 0x20 { k += 1 }
                    if k < n, bytes[k] == 0x3A { style = .codeKeyword }
                }
                emit(start, end, style)
                i = end
                if !closed && quote.count == 3 { state = .string(quote: quote) }
                continue
            }
            if rules.dollarVariables, b == 0x24, i + 1 < n {
                var k = i + 1
                if bytes[k] == 0x7B {
                    while k < n, bytes[k] != 0x7D { k += 1 }
                    k = min(k + 1, n)
                } else {
                    while k < n, isIdentifier(bytes[k]) || (k == i + 1 && (bytes[k] == 0x40 || bytes[k] == 0x3F || bytes[k] == 0x23)) { k += 1 }
                }
                if k > i + 1 {
                    emit(i, k, .codeKeyword)
                    i = k
                    continue
                }
            }
            if ByteClass.isDigit(b), i == 0 || !isIdentifier(bytes[i - 1]) {
                var k = i + 1
                while k < n {
                    let c = bytes[k]
                    if ByteClass.isDigit(c) || ByteClass.isLetter(c) || c == 0x5F || c == 0x2E {
                        k += 1
                    } else if (c == 0x2B || c == 0x2D), bytes[k - 1] | 0x20 == 0x65, !(bytes[i] == 0x30 && k > i + 1 && bytes[i + 1] | 0x20 == 0x78) {
                        k += 1
                    } else {
                        break
                    }
                }
                emit(i, k, .codeNumber)
                i = k
                continue
            }
            if isIdentifier(b), b < 0x80, i == 0 || !isIdentifier(bytes[i - 1]) {
                var k = i + 1
                while k < n, isIdentifier(bytes[k]) { k += 1 }
                if rules.isKeyword(bytes, i..<k) {
                    emit(i, k, .codeKeyword)
                }
                i = k
                continue
            }
            i += 1
        }
        flushPlain(n)
    }
}
