/// A strict JSON (RFC 8259) parser that records the position of every value.
/// Foundation's decoder reports coding paths, not lines, and content authors
/// need lines.
public enum JSONSourceParser {
    public static func parse(_ text: String) throws(SourceParseError) -> SourceNode {
        var parser = Parser(Array(text.unicodeScalars))
        parser.skipWhitespace()
        let node = try parser.value(depth: 0)
        parser.skipWhitespace()
        if !parser.atEnd { throw parser.error("unexpected text after the JSON value") }
        return node
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        var column = 1

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var atEnd: Bool { index >= scalars.count }
        var peek: Unicode.Scalar? { atEnd ? nil : scalars[index] }
        var position: SourcePosition { SourcePosition(line: line, column: column) }

        func error(_ message: String) -> SourceParseError { SourceParseError(message, at: position) }

        mutating func advance() {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }

        mutating func skipWhitespace() {
            while let c = peek, c == " " || c == "\t" || c == "\n" || c == "\r" { advance() }
        }

        mutating func expect(_ c: Unicode.Scalar) throws(SourceParseError) {
            guard peek == c else {
                throw error("expected '\(c)'" + (peek.map { ", found '\($0)'" } ?? " before the end of the file"))
            }
            advance()
        }

        mutating func value(depth: Int) throws(SourceParseError) -> SourceNode {
            guard depth < 512 else { throw error("nesting is too deep") }
            let start = position
            guard let c = peek else { throw error("expected a value before the end of the file") }
            switch c {
            case "{": return SourceNode(try object(depth: depth), at: start)
            case "[": return SourceNode(try array(depth: depth), at: start)
            case "\"": return SourceNode(.string(try string()), at: start)
            case "t": try literal("true"); return SourceNode(.bool(true), at: start)
            case "f": try literal("false"); return SourceNode(.bool(false), at: start)
            case "n": try literal("null"); return SourceNode(.null, at: start)
            case "-", "0"..."9": return SourceNode(.number(try number()), at: start)
            default: throw error("unexpected '\(c)'")
            }
        }

        mutating func literal(_ word: String) throws(SourceParseError) {
            let start = position
            for expected in word.unicodeScalars {
                guard peek == expected else { throw SourceParseError("invalid literal (expected \(word))", at: start) }
                advance()
            }
        }

        mutating func object(depth: Int) throws(SourceParseError) -> SourceNode.Value {
            advance()
            var members: [(key: String, keyPosition: SourcePosition, value: SourceNode)] = []
            skipWhitespace()
            if peek == "}" {
                advance()
                return .object(members)
            }
            while true {
                skipWhitespace()
                let keyPosition = position
                guard peek == "\"" else { throw error("expected a quoted key") }
                let key = try string()
                skipWhitespace()
                try expect(":")
                skipWhitespace()
                members.append((key, keyPosition, try value(depth: depth + 1)))
                skipWhitespace()
                if peek == "," {
                    advance()
                    continue
                }
                if peek == "}" {
                    advance()
                    return .object(members)
                }
                throw error("expected ',' or '}' in an object")
            }
        }

        mutating func array(depth: Int) throws(SourceParseError) -> SourceNode.Value {
            advance()
            var items: [SourceNode] = []
            skipWhitespace()
            if peek == "]" {
                advance()
                return .array(items)
            }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                if peek == "," {
                    advance()
                    continue
                }
                if peek == "]" {
                    advance()
                    return .array(items)
                }
                throw error("expected ',' or ']' in a list")
            }
        }

        mutating func string() throws(SourceParseError) -> String {
            advance()
            var out = String.UnicodeScalarView()
            while let c = peek {
                switch c {
                case "\"":
                    advance()
                    return String(out)
                case "\\":
                    advance()
                    guard let e = peek else { break }
                    advance()
                    switch e {
                    case "\"": out.append("\"")
                    case "\\": out.append("\\")
                    case "/": out.append("/")
                    case "b": out.append("\u{08}")
                    case "f": out.append("\u{0C}")
                    case "n": out.append("\n")
                    case "r": out.append("\r")
                    case "t": out.append("\t")
                    case "u": out.append(try unicodeEscape())
                    default: throw error("invalid escape '\\\(e)'")
                    }
                case "\n":
                    throw error("line break inside a string (write \\n)")
                default:
                    if c.value < 0x20 { throw error("control character inside a string") }
                    out.append(c)
                    advance()
                }
            }
            throw error("unterminated string")
        }

        mutating func hex4() throws(SourceParseError) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let c = peek, c.isASCII, let digit = UInt32(String(c), radix: 16) else {
                    throw error("invalid \\u escape")
                }
                value = value * 16 + digit
                advance()
            }
            return value
        }

        mutating func unicodeEscape() throws(SourceParseError) -> Unicode.Scalar {
            let high = try hex4()
            if (0xD800...0xDBFF).contains(high) {
                guard peek == "\\" else { throw error("unpaired surrogate in \\u escape") }
                advance()
                guard peek == "u" else { throw error("unpaired surrogate in \\u escape") }
                advance()
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low),
                      let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                else { throw error("invalid surrogate pair in \\u escape") }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else { throw error("invalid \\u escape") }
            return scalar
        }

        mutating func number() throws(SourceParseError) -> Double {
            var text = ""
            while let c = peek, c == "-" || c == "+" || c == "." || c == "e" || c == "E" || ("0"..."9").contains(c) {
                text.unicodeScalars.append(c)
                advance()
            }
            guard let x = Double(text), x.isFinite else { throw error("invalid number '\(text)'") }
            return x
        }
    }
}
