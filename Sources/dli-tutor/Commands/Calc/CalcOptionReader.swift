import Course

/// Reads the words after `calc NAME` as a call of the calculator: each of its
/// arguments is an option, `--key value` (the next word is the value, even one
/// that starts with a dash), `--key=value` or `key=value` (the call syntax of
/// lesson calc blocks); a true/false argument is a switch, `--key` or
/// `--no-key`. The calculator's own declaration (`Calculator.arguments`) is the
/// only list of what a command accepts.
struct CalcOptionReader {
    var calculator: any Calculator.Type
    /// Gives the text of a file named by a `givenAsFile` option (`-` for standard input).
    var readFile: (String) throws -> String

    /// The call, and whether every word was `key=value` (errors then name `key=`, not `--key`).
    func call(_ words: [String]) throws(CalcOptionError) -> (call: CalcCall, callSyntax: Bool) {
        var arguments: [(String, String)] = []
        var callSyntax = true
        var rest = words[...]
        while let word = rest.popFirst() {
            let (argument, inline) = try option(in: word)
            callSyntax = callSyntax && !word.hasPrefix("-")
            var value: String
            if let inline {
                value = inline
            } else if argument.isSwitch {
                value = word.hasPrefix("--no-") ? "false" : "true"
            } else {
                guard let next = rest.popFirst() else { throw .needsValue(argument.option) }
                value = next
            }
            if argument.givenAsFile {
                do { value = try readFile(value) } catch { throw .unreadable(argument.option, value) }
            }
            arguments.append((argument.key, value))
        }
        return (CalcCall(name: calculator.name, arguments: arguments), callSyntax && !words.isEmpty)
    }

    /// The argument a word names, and the value written in it (`--k=16`, `k=16`).
    private func option(in word: String) throws(CalcOptionError) -> (CalcArgument, String?) {
        var name = Substring(word), value: String?
        if word.hasPrefix("--") {
            name = name.dropFirst(2)
        } else if !CommandLineArguments.isKeyValue(word) {
            throw word.hasPrefix("-") ? .unknown(word, suggestion: suggestion(for: word)) : .stray(word)
        }
        if let equals = name.firstIndex(of: "=") {
            value = String(name[name.index(after: equals)...])
            name = name[..<equals]
        }
        let key = name.replacingOccurrences(of: "-", with: "_")
        if let argument = calculator.arguments.first(where: { $0.key == key }) { return (argument, value) }
        if value == nil, key.hasPrefix("no_"),
           let argument = calculator.arguments.first(where: { $0.isSwitch && "no_" + $0.key == key }) {
            return (argument, nil)
        }
        throw .unknown(word.hasPrefix("--") ? "--" + name : String(name), suggestion: suggestion(for: String(name)))
    }

    private func suggestion(for word: String) -> String? {
        let bare = word.drop { $0 == "-" }.replacingOccurrences(of: "-", with: "_")
        return CommandLineArguments.closest(to: bare, among: calculator.arguments.map(\.key))
            .flatMap { key in calculator.arguments.first { $0.key == key }?.option }
    }
}

/// Why the words after `calc NAME` are not a call.
enum CalcOptionError: Error, Equatable, CustomStringConvertible {
    case unknown(String, suggestion: String?)
    /// A word that is neither an option nor the value of one.
    case stray(String)
    case needsValue(String)
    case unreadable(String, String)

    var description: String {
        switch self {
        case let .unknown(word, suggestion):
            return "unknown option '\(word)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .stray(let word):
            return "'\(word)' is not an option: write --key value or key=value"
        case .needsValue(let option):
            return "\(option) needs a value"
        case let .unreadable(option, path):
            return "\(option): cannot read the file '\(path)'"
        }
    }
}
