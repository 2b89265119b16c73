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
    func readLine() -> String? {
        let line = Swift.readLine(strippingNewline: true)
        if echoesInput, let line { self.line(line) }
        return line
    }
}
