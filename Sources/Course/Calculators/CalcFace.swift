/// Where a calculator's texts are read, which decides how they name its
/// arguments: a lesson's calc block and the app's form write `score=1`;
/// `dli-tutor calc elo` takes options, so its texts say `--score 1`.
/// Calculators write mentions in the call form; a face rewrites them.
public enum CalcFace: Sendable {
    case call
    case options

    /// `text` with each mention of one of `arguments` in this face's form:
    /// `score=` → `--score`, `method=qlora` → `--method qlora`, `'rank'` →
    /// `'--rank'`, and with `bare` a lone argument name too. Other `x=y` text
    /// (`t=500` when `t` is no argument) is kept.
    public func mentions(in text: String, arguments: Set<String>, bare: Bool = false) -> String {
        guard self == .options, !arguments.isEmpty else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { $0.isLetter }) {
            out += rest[..<start]
            rest = rest[start...]
            let word = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            let after = rest[word.endIndex...]
            let before = out.last
            let startsMention = before == nil || before == " " || before == "(" || before == "/" || before == "'"
            if startsMention, arguments.contains(String(word)) {
                let option = "--" + word.replacingOccurrences(of: "_", with: "-")
                if after.first == "=" {
                    let value = after.dropFirst().prefix { !$0.isWhitespace && !",;)".contains($0) }
                    out += value.isEmpty ? option : option + " " + value
                    rest = after.dropFirst().dropFirst(value.count)
                    continue
                }
                if (before == "'" && after.first == "'") || (bare && !(after.first.map { $0.isLetter || $0.isNumber } ?? false)) {
                    out += option
                    rest = after
                    continue
                }
            }
            out += word
            rest = after
        }
        return out + rest
    }
}

extension CalcReport {
    /// The report with the argument mentions of its texts in `face`'s form.
    public func written(for face: CalcFace, arguments: Set<String>) -> CalcReport {
        guard face == .options else { return self }
        var report = self
        report.headline = face.mentions(in: headline, arguments: arguments)
        report.meaning = meaning.map { face.mentions(in: $0, arguments: arguments) }
        report.steps = steps.map { step in
            var step = step
            step.label = face.mentions(in: step.label, arguments: arguments)
            step.value = face.mentions(in: step.value, arguments: arguments)
            return step
        }
        return report
    }
}

extension FormulaError {
    /// The message in `face`'s form (`--rank: must be positive` on the command line).
    public func description(for face: CalcFace, arguments: Set<String>) -> String {
        guard face == .options else { return description }
        switch self {
        case .invalidArgument(let key, let reason) where arguments.contains(key):
            return "--\(key.replacingOccurrences(of: "_", with: "-")): " + face.mentions(in: reason, arguments: arguments)
        case .missingArgument(let key):
            return "missing option " + face.mentions(in: key, arguments: arguments, bare: true)
        default:
            return face.mentions(in: description, arguments: arguments)
        }
    }
}
