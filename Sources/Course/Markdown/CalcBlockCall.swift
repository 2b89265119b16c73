/// One call of a ```` ```calc ```` block: its text (continuation lines joined),
/// the source line it starts on, the `#` comment written above it, and the parsed
/// call or the syntax error.
public struct CalcBlockCall: Equatable, Sendable {
    /// The call as written, continuation lines joined.
    public var text: String
    /// The 1-based source line the call starts on.
    public var line: Int
    /// The `#` comment lines just before the call, joined (shown as its caption).
    public var caption: String?
    /// The parsed call, or where and why it does not parse.
    public var parsed: Result<CalcCall, CalcSyntaxError>

    public init(text: String, line: Int, caption: String? = nil) {
        self.text = text
        self.line = line
        self.caption = caption
        do {
            parsed = .success(try CalcCall.parse(text))
        } catch {
            parsed = .failure(error)
        }
    }

    /// Splits a calc block's body into calls: one per line, a trailing `\` continues
    /// the call on the next line, blank lines are skipped, and `#` comment lines
    /// become the caption of the call that follows them.
    public static func calls(in body: String, firstLine: Int) -> [CalcBlockCall] {
        var calls: [CalcBlockCall] = []
        var pending = ""
        var pendingLine = firstLine
        var comments: [String] = []
        var lineNumber = firstLine
        func finish() {
            let caption = comments.joined(separator: " ")
            calls.append(CalcBlockCall(text: pending.trimmingSpaces, line: pendingLine, caption: caption.isEmpty ? nil : caption))
            pending = ""
            comments = []
        }
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { lineNumber += 1 }
            let line = String(raw).trimmingSpaces
            if pending.isEmpty {
                if line.isEmpty { continue }
                if line.hasPrefix("#") {
                    let comment = String(line.drop { $0 == "#" }).trimmingSpaces
                    if !comment.isEmpty { comments.append(comment) }
                    continue
                }
                pendingLine = lineNumber
            }
            if line.hasSuffix("\\") {
                pending += String(line.dropLast()).trimmingSpaces + " "
                continue
            }
            pending += line
            finish()
        }
        if !pending.trimmingSpaces.isEmpty { finish() }
        return calls
    }

    /// A block's body written back: each call on a line, its caption as a `#` comment above it.
    public static func source(_ calls: [CalcBlockCall]) -> String {
        calls.map { call in call.caption.map { "# " + $0 + "\n" + call.text } ?? call.text }.joined(separator: "\n")
    }
}
