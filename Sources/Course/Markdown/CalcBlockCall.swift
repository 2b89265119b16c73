/// One call of a ```` ```calc ```` block: its text (continuation lines joined),
/// the source line it starts on, and the parsed call or the syntax error.
public struct CalcBlockCall: Equatable, Sendable {
    /// The call as written, continuation lines joined.
    public var text: String
    /// The 1-based source line the call starts on.
    public var line: Int
    /// The parsed call, or where and why it does not parse.
    public var parsed: Result<CalcCall, CalcSyntaxError>

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
        do {
            parsed = .success(try CalcCall.parse(text))
        } catch {
            parsed = .failure(error)
        }
    }

    /// Splits a calc block's body into calls: one per line, a trailing `\` continues
    /// the call on the next line, blank lines and `#` comment lines are skipped.
    public static func calls(in body: String, firstLine: Int) -> [CalcBlockCall] {
        var calls: [CalcBlockCall] = []
        var pending = ""
        var pendingLine = firstLine
        var lineNumber = firstLine
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { lineNumber += 1 }
            let line = String(raw).trimmingSpaces
            if pending.isEmpty {
                if line.isEmpty || line.hasPrefix("#") { continue }
                pendingLine = lineNumber
            }
            if line.hasSuffix("\\") {
                pending += String(line.dropLast()).trimmingSpaces + " "
                continue
            }
            pending += line
            calls.append(CalcBlockCall(text: pending.trimmingSpaces, line: pendingLine))
            pending = ""
        }
        if !pending.trimmingSpaces.isEmpty {
            calls.append(CalcBlockCall(text: pending.trimmingSpaces, line: pendingLine))
        }
        return calls
    }
}
