import Course

/// What the command line says before the argument parser reads it: a first
/// word that names no command gets a suggestion ("did you mean 'stats'?")
/// instead of a parser error; and the shell form of a calculator call.
enum CommandLineArguments {
    /// The shell command that computes `call`, as `calc NAME` reads it:
    /// `dli-tutor calc lora model=llama-3-8b rank=16`, a value the shell would
    /// split or expand in single quotes (`q='1,0;0,1'`).
    static func shellCommand(for call: CalcCall) -> String {
        (["dli-tutor", "calc", call.name] + call.arguments.map { "\($0.key)=\(shellQuoted($0.value))" }).joined(separator: " ")
    }

    static func shellQuoted(_ value: String) -> String {
        let safe = !value.isEmpty && value.allSatisfy { $0.isLetter || $0.isNumber || "-_.,:/+@%^=".contains($0) }
        return safe ? value : "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// `key=value`, the key a word of letters, digits, `_` or `-` that starts with a letter.
    static func isKeyValue(_ word: String) -> Bool {
        guard let equals = word.firstIndex(of: "="), let first = word.first, first.isLetter else { return false }
        return word[..<equals].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    }

    /// The error for a first word that is no command (`dli-tutor stat`), nil when it is one or an option.
    static func unknownCommand(_ arguments: [String], commands: [String]) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-"), !commands.contains(word) else { return nil }
        var message = "unknown command '\(word)'"
        if let close = closest(to: word, among: commands) { message += " (did you mean '\(close)'?)" }
        return message + "; dli-tutor --help lists the commands"
    }

    /// The candidate nearest to `word` when it is near enough to be a typo: at most
    /// a third of its letters edited (one for short words), or a prefix of it.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(1, word.count / 3)
        let scored = candidates.map { ($0, editDistance(word.lowercased(), $0)) }
        if let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit { return best.0 }
        return candidates.first { $0.hasPrefix(word.lowercased()) && word.count >= 2 }
    }

    /// Levenshtein distance by characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
