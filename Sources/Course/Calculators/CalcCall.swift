/// A calculator invocation such as `bleu hyp="the cat" ref="a cat" smooth=none`:
/// the text form used in lesson `calc` blocks, quiz checks and the calculator screen.
public struct CalcCall: Equatable, Sendable {
    public var name: String
    /// Arguments in the order written; a key may repeat (`ref=… ref=…`).
    public var arguments: [(key: String, value: String)]

    public init(name: String, arguments: [(key: String, value: String)] = []) {
        self.name = name
        self.arguments = arguments.map { (CalcCall.normalizedKey($0.key), $0.value) }
    }

    public static func == (lhs: CalcCall, rhs: CalcCall) -> Bool {
        lhs.name == rhs.name && lhs.arguments.count == rhs.arguments.count
            && zip(lhs.arguments, rhs.arguments).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    /// `smooth-value` and `smooth_value` name the same argument.
    public static func normalizedKey(_ key: String) -> String {
        key.replacingOccurrences(of: "-", with: "_").lowercased()
    }

    /// Parses one call. Errors carry the column (1-based) where the problem is.
    public static func parse(_ text: String) throws(CalcSyntaxError) -> CalcCall {
        var scanner = CallScanner(text)
        scanner.skipSpaces()
        let name = scanner.word()
        guard !name.isEmpty else {
            throw CalcSyntaxError(column: scanner.column, message: "expected a calculator name")
        }
        var arguments: [(key: String, value: String)] = []
        while true {
            scanner.skipSpaces()
            if scanner.atEnd { break }
            let keyColumn = scanner.column
            let key = scanner.word()
            guard !key.isEmpty else {
                throw CalcSyntaxError(column: keyColumn, message: "expected key=value, found '\(scanner.peek.map(String.init) ?? "")'")
            }
            guard scanner.consume("=") else {
                throw CalcSyntaxError(column: scanner.column, message: "expected '=' after '\(key)'")
            }
            let value = try scanner.value()
            arguments.append((key, value))
        }
        return CalcCall(name: name.lowercased(), arguments: arguments)
    }

    /// The call written back as text, quoting values where needed.
    public var text: String {
        var parts = [name]
        for (key, value) in arguments {
            parts.append("\(key)=\(CalcCall.quoteIfNeeded(value))")
        }
        return parts.joined(separator: " ")
    }

    static func quoteIfNeeded(_ value: String) -> String {
        let plain = !value.isEmpty && value.unicodeScalars.allSatisfy {
            !($0 == " " || $0 == "\"" || $0 == "'" || $0 == "\\" || $0 == "\n" || $0 == "\t")
        }
        if plain { return value }
        var out = "\""
        for ch in value {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(ch)
            }
        }
        return out + "\""
    }
}

private struct CallScanner {
    private let characters: [Character]
    private var index = 0

    init(_ text: String) { characters = Array(text) }

    var atEnd: Bool { index >= characters.count }
    var peek: Character? { atEnd ? nil : characters[index] }
    var column: Int { index + 1 }

    mutating func skipSpaces() {
        while let c = peek, c == " " || c == "\t" { index += 1 }
    }

    mutating func consume(_ c: Character) -> Bool {
        guard peek == c else { return false }
        index += 1
        return true
    }

    /// A name or key: letters, digits, `_`, `-`, `.`.
    mutating func word() -> String {
        var out = ""
        while let c = peek, c.isLetter || c.isNumber || c == "_" || c == "-" || c == "." {
            out.append(c)
            index += 1
        }
        return out
    }

    mutating func value() throws(CalcSyntaxError) -> String {
        guard let quote = peek, quote == "\"" || quote == "'" else {
            var out = ""
            while let c = peek, c != " ", c != "\t" {
                out.append(c)
                index += 1
            }
            return out
        }
        let start = column
        index += 1
        var out = ""
        while let c = peek {
            index += 1
            if c == quote { return out }
            if c == "\\" && quote == "\"" {
                guard let next = peek else { break }
                index += 1
                switch next {
                case "n": out.append("\n")
                case "t": out.append("\t")
                default: out.append(next)
                }
            } else {
                out.append(c)
            }
        }
        throw CalcSyntaxError(column: start, message: "unterminated quoted value")
    }
}
