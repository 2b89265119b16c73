import Foundation

/// The arithmetic of a template's `expr`: numbers, the template's variables,
/// `truth` (this draw's key, in a mistake), `+ - * / ^`, parentheses, and
/// `sqrt exp ln log10 min max abs round`. Parsed once; evaluated per draw.
public indirect enum TemplateExpression: Equatable, Sendable {
    case number(Double)
    case name(String)
    case negate(TemplateExpression)
    case binary(Character, TemplateExpression, TemplateExpression)
    case call(String, [TemplateExpression])

    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        /// 1-based column in the expression.
        public var column: Int
        public var message: String
        public var description: String { "column \(column): \(message)" }
    }

    public struct EvaluationError: Error, Equatable, Sendable, CustomStringConvertible {
        public var description: String
    }

    static let functions: [String: ClosedRange<Int>] = [
        "sqrt": 1...1, "exp": 1...1, "ln": 1...1, "log10": 1...1, "abs": 1...1, "round": 1...2, "min": 2...9, "max": 2...9,
    ]

    public static func parse(_ text: String) throws(ParseError) -> TemplateExpression {
        var parser = Parser(chars: Array(text))
        let expression = try parser.sum()
        parser.skipSpaces()
        guard parser.index == parser.chars.count else { throw parser.error("unexpected '\(parser.chars[parser.index])'") }
        return expression
    }

    /// The names the expression reads (variables and `truth`).
    public var names: Set<String> {
        switch self {
        case .number: return []
        case .name(let name): return [name]
        case .negate(let inner): return inner.names
        case .binary(_, let a, let b): return a.names.union(b.names)
        case .call(_, let arguments): return arguments.reduce(into: []) { $0.formUnion($1.names) }
        }
    }

    public func evaluate(_ values: [String: Double]) throws(EvaluationError) -> Double {
        let result: Double
        switch self {
        case .number(let x): result = x
        case .name(let name):
            guard let x = values[name] else { throw EvaluationError(description: "'\(name)' has no value") }
            result = x
        case .negate(let inner): result = -(try inner.evaluate(values))
        case .binary(let op, let a, let b):
            let x = try a.evaluate(values), y = try b.evaluate(values)
            switch op {
            case "+": result = x + y
            case "-": result = x - y
            case "*": result = x * y
            case "/":
                guard y != 0 else { throw EvaluationError(description: "division by zero") }
                result = x / y
            default: result = pow(x, y)
            }
        case .call(let name, let arguments):
            var xs: [Double] = []
            for argument in arguments { xs.append(try argument.evaluate(values)) }
            switch name {
            case "sqrt": result = xs[0].squareRoot()
            case "exp": result = exp(xs[0])
            case "ln": result = log(xs[0])
            case "log10": result = log10(xs[0])
            case "abs": result = abs(xs[0])
            case "min": result = xs.min() ?? 0
            case "max": result = xs.max() ?? 0
            default:
                let factor = pow(10, xs.count > 1 ? xs[1].rounded() : 0)
                result = (xs[0] * factor).rounded(.toNearestOrAwayFromZero) / factor
            }
        }
        guard result.isFinite else { throw EvaluationError(description: "the result is not a finite number") }
        return result
    }

    /// Recursive descent: sum → product → power → unary → atom.
    private struct Parser {
        let chars: [Character]
        var index = 0

        func error(_ message: String) -> ParseError { ParseError(column: index + 1, message: message) }

        mutating func skipSpaces() { while index < chars.count, chars[index].isWhitespace { index += 1 } }

        mutating func peek() -> Character? {
            skipSpaces()
            return index < chars.count ? chars[index] : nil
        }

        mutating func sum() throws(ParseError) -> TemplateExpression {
            var left = try product()
            while let op = peek(), op == "+" || op == "-" {
                index += 1
                left = .binary(op, left, try product())
            }
            return left
        }

        mutating func product() throws(ParseError) -> TemplateExpression {
            var left = try power()
            while let op = peek(), op == "*" || op == "/" {
                index += 1
                left = .binary(op, left, try power())
            }
            return left
        }

        /// `^` binds tighter than unary minus on its left (−2^2 = −4) and is right-associative.
        mutating func power() throws(ParseError) -> TemplateExpression {
            if peek() == "-" {
                index += 1
                return .negate(try power())
            }
            if peek() == "+" {
                index += 1
                return try power()
            }
            let base = try atom()
            if peek() == "^" {
                index += 1
                return .binary("^", base, try power())
            }
            return base
        }

        mutating func atom() throws(ParseError) -> TemplateExpression {
            guard let c = peek() else { throw error("the expression ends too early") }
            if c == "(" {
                index += 1
                let inner = try sum()
                guard peek() == ")" else { throw error("missing ')'") }
                index += 1
                return inner
            }
            if c.isNumber || c == "." {
                let start = index
                while index < chars.count, chars[index].isNumber || chars[index] == "." { index += 1 }
                if index < chars.count, chars[index] == "e" || chars[index] == "E" {
                    var end = index + 1
                    if end < chars.count, chars[end] == "-" || chars[end] == "+" { end += 1 }
                    if end < chars.count, chars[end].isNumber {
                        index = end
                        while index < chars.count, chars[index].isNumber { index += 1 }
                    }
                }
                let text = String(chars[start..<index])
                guard let x = Double(text) else {
                    index = start
                    throw error("'\(text)' is not a number")
                }
                return .number(x)
            }
            if c.isLetter || c == "_" {
                let start = index
                while index < chars.count, chars[index].isLetter || chars[index].isNumber || chars[index] == "_" { index += 1 }
                let name = String(chars[start..<index])
                guard peek() == "(" else { return .name(name) }
                guard let arity = TemplateExpression.functions[name] else {
                    index = start
                    throw error("unknown function '\(name)' (known: \(TemplateExpression.functions.keys.sorted().joined(separator: ", ")))")
                }
                index += 1
                var arguments: [TemplateExpression] = []
                if peek() != ")" {
                    arguments.append(try sum())
                    while peek() == "," {
                        index += 1
                        arguments.append(try sum())
                    }
                }
                guard peek() == ")" else { throw error("missing ')' after the arguments of \(name)") }
                index += 1
                guard arity.contains(arguments.count) else {
                    throw ParseError(column: start + 1, message: "\(name) takes \(arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)") argument(s), found \(arguments.count)")
                }
                return .call(name, arguments)
            }
            throw error("unexpected '\(c)'")
        }
    }
}
