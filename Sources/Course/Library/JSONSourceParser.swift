/// A strict JSON (RFC 8259) parser that records the position of every value.
/// Foundation's decoder reports coding paths, not lines, and content authors
/// need lines.
///
/// It reads UTF-8 bytes; a string without escapes becomes a `String` in one
/// copy. Columns count Unicode scalars, as a line's characters.
public enum JSONSourceParser {
    public static func parse(_ text: String) throws(SourceParseError) -> SourceNode {
        var parser = Parser(Array(text.utf8))
        parser.skipWhitespace()
        let node = try parser.value(depth: 0)
        parser.skipWhitespace()
        if !parser.atEnd { throw parser.error("unexpected text after the JSON value") }
        return node
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var column = 1

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index >= bytes.count }
        var peek: UInt8? { atEnd ? nil : bytes[index] }
        var position: SourcePosition { SourcePosition(line: line, column: column) }

        /// The character at the cursor, for messages.
        var scalar: Unicode.Scalar? {
            guard !atEnd else { return nil }
            var iterator = bytes[index...].makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
            return nil
        }

        func error(_ message: String) -> SourceParseError { SourceParseError(message, at: position) }

        /// One byte; the column counts the first byte of each scalar.
        mutating func advance() {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }

        mutating func skipWhitespace() {
            while let c = peek, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { advance() }
        }

        mutating func expect(_ c: Unicode.Scalar) throws(SourceParseError) {
            guard peek == UInt8(c.value) else {
                throw error("expected '\(c)'" + (scalar.map { ", found '\($0)'" } ?? " before the end of the file"))
            }
            advance()
        }

        mutating func value(depth: Int) throws(SourceParseError) -> SourceNode {
            guard depth < 512 else { throw error("nesting is too deep") }
            let start = position
            guard let c = peek else { throw error("expected a value before the end of the file") }
            switch c {
            case UInt8(ascii: "{"): return SourceNode(try object(depth: depth), at: start)
            case UInt8(ascii: "["): return SourceNode(try array(depth: depth), at: start)
            case UInt8(ascii: "\""): return SourceNode(.string(try string()), at: start)
            case UInt8(ascii: "t"): try literal("true"); return SourceNode(.bool(true), at: start)
            case UInt8(ascii: "f"): try literal("false"); return SourceNode(.bool(false), at: start)
            case UInt8(ascii: "n"): try literal("null"); return SourceNode(.null, at: start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return SourceNode(.number(try number()), at: start)
            default: throw error("unexpected '\(scalar ?? "?")'")
            }
        }

        mutating func literal(_ word: String) throws(SourceParseError) {
            let start = position
            for expected in word.utf8 {
                guard peek == expected else { throw SourceParseError("invalid literal (expected \(word))", at: start) }
                advance()
            }
        }

        mutating func object(depth: Int) throws(SourceParseError) -> SourceNode.Value {
            advance()
            var members: [(key: String, keyPosition: SourcePosition, value: SourceNode)] = []
            skipWhitespace()
            if peek == UInt8(ascii: "}") {
                advance()
                return .object(members)
            }
            while true {
                skipWhitespace()
                let keyPosition = position
                guard peek == UInt8(ascii: "\"") else { throw error("expected a quoted key") }
                let key = try string()
                skipWhitespace()
                try expect(":")
                skipWhitespace()
                members.append((key, keyPosition, try value(depth: depth + 1)))
                skipWhitespace()
                if peek == UInt8(ascii: ",") {
                    advance()
                    continue
                }
                if peek == UInt8(ascii: "}") {
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
            if peek == UInt8(ascii: "]") {
                advance()
                return .array(items)
            }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                if peek == UInt8(ascii: ",") {
                    advance()
                    continue
                }
                if peek == UInt8(ascii: "]") {
                    advance()
                    return .array(items)
                }
                throw error("expected ',' or ']' in a list")
            }
        }

        mutating func string() throws(SourceParseError) -> String {
            advance()
            // Escapes are decoded into `escaped`; until the first one the string is a slice of the input.
            let start = index
            var escaped: [UInt8]?
            while let c = peek {
                switch c {
                case UInt8(ascii: "\""):
                    let text = escaped.map { String(decoding: $0, as: UTF8.self) } ?? String(decoding: bytes[start..<index], as: UTF8.self)
                    advance()
                    return text
                case UInt8(ascii: "\\"):
                    if escaped == nil { escaped = Array(bytes[start..<index]) }
                    advance()
                    guard let e = peek else { break }
                    let escapeStart = scalar
                    advance()
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): escaped?.append(e)
                    case UInt8(ascii: "b"): escaped?.append(0x08)
                    case UInt8(ascii: "f"): escaped?.append(0x0C)
                    case UInt8(ascii: "n"): escaped?.append(0x0A)
                    case UInt8(ascii: "r"): escaped?.append(0x0D)
                    case UInt8(ascii: "t"): escaped?.append(0x09)
                    case UInt8(ascii: "u"): escaped?.append(contentsOf: String(try unicodeEscape()).utf8)
                    default: throw error("invalid escape '\\\(escapeStart ?? "?")'")
                    }
                case 0x0A:
                    throw error("line break inside a string (write \\n)")
                default:
                    if c < 0x20 { throw error("control character inside a string") }
                    escaped?.append(c)
                    advance()
                }
            }
            throw error("unterminated string")
        }

        mutating func hex4() throws(SourceParseError) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                let digit: UInt32
                switch peek {
                case let c? where (0x30...0x39).contains(c): digit = UInt32(c - 0x30)
                case let c? where (0x41...0x46).contains(c): digit = UInt32(c - 0x41 + 10)
                case let c? where (0x61...0x66).contains(c): digit = UInt32(c - 0x61 + 10)
                default: throw error("invalid \\u escape")
                }
                value = value * 16 + digit
                advance()
            }
            return value
        }

        mutating func unicodeEscape() throws(SourceParseError) -> Unicode.Scalar {
            let high = try hex4()
            if (0xD800...0xDBFF).contains(high) {
                guard peek == UInt8(ascii: "\\") else { throw error("unpaired surrogate in \\u escape") }
                advance()
                guard peek == UInt8(ascii: "u") else { throw error("unpaired surrogate in \\u escape") }
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
            let start = index
            while let c = peek, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: "e")
                    || c == UInt8(ascii: "E") || (0x30...0x39).contains(c) {
                advance()
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            guard let x = Double(text), x.isFinite else { throw error("invalid number '\(text)'") }
            return x
        }
    }
}
