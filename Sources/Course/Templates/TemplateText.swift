import Foundation

/// Placeholders in a template's texts: `{name}` is a variable's value, `{{` and
/// `}}` are literal braces, and `{=calc:field|digits}` is a value computed for
/// this draw (`{=ddpm steps=1000 t={t}:alpha_bar|4}`). In a calculator call a
/// value is quoted when it holds spaces or quotes, so a sentence can be a `hyp=`.
public enum TemplateText {
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The names `text` reads (its `{name}` placeholders, inside computed ones too).
    public static func names(in text: String) throws(Problem) -> [String] {
        var names: [String] = []
        _ = try substitute(text, inCall: false) { name in
            names.append(name)
            return "0"
        } compute: { _ in "0" }
        return names
    }

    /// `text` with every placeholder replaced. `value` gives a variable's text;
    /// `compute` evaluates an already substituted `calc:field|digits`.
    public static func substitute(_ text: String, inCall: Bool, value: (String) throws -> String?,
                                  compute: (String) throws -> String) throws(Problem) -> String {
        let chars = Array(text)
        var out = ""
        var index = 0
        while index < chars.count {
            let c = chars[index]
            if c == "{", index + 1 < chars.count, chars[index + 1] == "{" {
                out.append("{")
                index += 2
                continue
            }
            if c == "}", index + 1 < chars.count, chars[index + 1] == "}" {
                out.append("}")
                index += 2
                continue
            }
            guard c == "{" else {
                if c == "}" { throw Problem(description: "a lone '}' at column \(index + 1) (write }} for a brace)") }
                out.append(c)
                index += 1
                continue
            }
            // Find the matching close brace (a computed placeholder nests {name}).
            var depth = 0, end = index
            while end < chars.count {
                if chars[end] == "{" { depth += 1 }
                if chars[end] == "}" { depth -= 1; if depth == 0 { break } }
                end += 1
            }
            guard end < chars.count else { throw Problem(description: "a '{' at column \(index + 1) is never closed (write {{ for a brace)") }
            let inside = String(chars[(index + 1)..<end])
            if inside.hasPrefix("=") {
                let call = try substitute(String(inside.dropFirst()), inCall: true, value: value, compute: compute)
                do {
                    out += try compute(call)
                } catch {
                    throw Problem(description: "{=\(inside.dropFirst())}: \(error)")
                }
            } else {
                let name = inside.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                    throw Problem(description: "'{\(inside)}' is not a placeholder (write {{ and }} for braces)")
                }
                let found: String?
                do { found = try value(name) } catch { throw Problem(description: "{\(name)}: \(error)") }
                guard let found else { throw Problem(description: "unknown name '\(name)' in {\(name)}") }
                out += inCall ? CalcCall.quoteIfNeeded(found) : found
            }
            index = end + 1
        }
        return out
    }
}
