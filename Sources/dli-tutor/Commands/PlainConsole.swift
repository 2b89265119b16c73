import Foundation

/// Standard input and output for plain mode: whole lines in, text out,
/// flushed at every prompt so that a program driving us through pipes sees
/// each question before it answers.
struct PlainConsole {
    func line(_ text: String = "") {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    func prompt(_ text: String = "> ") {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Whether input comes from a script or pipe rather than a terminal.
    let echoesInput = isatty(STDIN_FILENO) == 0

    /// The next line without its newline; nil at end of input. Input that does
    /// not come from a terminal is echoed after the prompt, so that a transcript
    /// of a scripted run reads like a session.
    /// A line of only control keys is not taken (an Up arrow must not confirm a
    /// rating the way Enter does): the prompt is shown again.
    func readLine() -> String? {
        while let raw = Swift.readLine(strippingNewline: true) {
            let line = Self.cleaned(raw)
            if echoesInput { self.line(line) }
            if !line.isEmpty || raw.isEmpty { return line }
            self.line("Arrow and control keys do nothing here: type an answer or a command (help).")
            prompt()
        }
        return nil
    }

    /// A typed line without terminal control sequences (arrow keys arrive as
    /// `ESC [ A` in a line-buffered terminal) or other control characters, so
    /// they are neither echoed raw nor taken as an answer.
    static func cleaned(_ line: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = line.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" {
                // ESC [ parameters final, or ESC O x, or ESC x.
                guard let next = scalars.next() else { break }
                if next == "[" {
                    while let c = scalars.next(), !(0x40...0x7E).contains(c.value) {}
                } else if next == "O" {
                    _ = scalars.next()
                }
                continue
            }
            if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F { continue }
            out.append(scalar)
        }
        return String(out)
    }
}
