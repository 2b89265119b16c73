import CNcurses
import Course
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only code that talks to curses: it sets the terminal up, blits frames
/// (only the cells that changed), turns keys, the mouse wheel, resizes and
/// signals into events, and always puts the terminal back the way it found it.
final class Terminal {
    /// Why the full-screen app cannot run here.
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// What the event loop receives.
    enum Input: Equatable {
        case event(Event)
        case resize(Size)
        case signal(Int32)
    }

    /// What the terminal can show: no colour (or `NO_COLOR`), 8 colours, 16 or more.
    enum ColorMode { case none, eight, sixteen }

    nonisolated(unsafe) private static var active = false
    private var colorMode = ColorMode.none
    private var pairs: [UInt16: Int16] = [:]
    private var previous: Frame?
    private(set) var size: Size

    /// Checks the environment and starts curses (alternate screen, no echo, keypad, mouse wheel).
    static func start(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Terminal {
        try checkAvailable(environment: environment)
        let term = environment["TERM"] ?? ""
        selectUTF8Locale()
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              newterm(nil, output, input) != nil
        else {
            throw Unavailable(description: "cannot use this terminal (TERM=\(term))")
        }
        active = true
        SignalPipe.install()
        SignalPipe.emergencyRestore = {
            Terminal.restoreNow()
        }
        StderrCapture.begin()
        let terminal = Terminal(size: Size(width: Int(dt_cols()), height: Int(dt_lines())))
        terminal.configure(noColor: !(environment["NO_COLOR"] ?? "").isEmpty)
        return terminal
    }

    private init(size: Size) { self.size = size }

    /// Fails, before anything is loaded or opened, where the full-screen app
    /// cannot run: a dumb or unknown terminal, or no terminal at all.
    static func checkAvailable(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            throw Unavailable(description: "this terminal (TERM=\(term.isEmpty ? "unset" : term)) cannot show the full-screen app; the commands still work (dli-tutor --help)")
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Unavailable(description: "the study app needs a terminal; run a command instead (dli-tutor --help)")
        }
    }

    deinit { stop() }

    /// C/POSIX locales make curses print `?` for every non-ASCII character; fall
    /// back to a UTF-8 locale so Vietnamese, CJK and box drawing come out.
    private static func selectUTF8Locale() {
        setlocale(LC_ALL, "")
        func isUTF8() -> Bool {
            let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased()
            return codeset == "UTF-8" || codeset == "UTF8"
        }
        if isUTF8() { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if isUTF8() { return }
        }
    }

    private func configure(noColor: Bool) {
        cbreak()
        noecho()
        nonl()
        _ = dt_keypad(1)
        intrflush(dt_stdscr(), false)
        set_escdelay(25)
        curs_set(0)
        mousemask(dt_wheel_up_mask() | dt_wheel_down_mask(), nil)
        mouseinterval(0)
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            colorMode = dt_colors() >= 16 ? .sixteen : .eight
        }
    }

    /// Restores the terminal: leaves the alternate screen, turns echo and line
    /// mode back on, replays captured stderr. Safe to call more than once.
    func stop() {
        Terminal.restoreNow()
        SignalPipe.uninstall()
    }

    private static func restoreNow() {
        guard active else { return }
        active = false
        endwin()
        StderrCapture.end()
    }

    // MARK: Output

    /// Draws `frame`, writing only the cells that differ from the last one drawn.
    func present(_ frame: Frame) {
        let diff = FrameDiff(from: previous, to: frame)
        if previous?.size != frame.size { _ = dt_clearok(1) }
        // Cells curses would measure narrower than the frame does: blanked in the
        // first pass, then each drawn alone with the cursor placed absolutely.
        var placed: [(x: Int, y: Int, style: CellStyle, text: String)] = []
        for run in diff.runs {
            setStyle(run.style)
            if run.isASCII {
                let text = run.cells.joined()
                var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                _ = dt_put(Int32(run.y), Int32(run.x), &wide, Int32(wide.count))
            } else {
                // One call per cell at its own column, so a terminal that
                // disagrees about a character's width cannot shift the rest.
                for (i, cell) in run.cells.enumerated() where !cell.isEmpty {
                    var text = cell
                    if FrameDiff.needsAbsolutePlacement(cell, columns: Terminal.cursesColumns) {
                        placed.append((run.x + i, run.y, run.style, cell))
                        text = "  "
                    }
                    var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                    _ = dt_put(Int32(run.y), Int32(run.x + i), &wide, Int32(wide.count))
                }
            }
        }
        if !placed.isEmpty {
            _ = dt_refresh()
            for cell in placed {
                // Curses believes the cursor ends one column after the glyph, where a
                // terminal that draws it two columns wide does not: put the cursor
                // where curses believes it is, by absolute addressing.
                setStyle(cell.style)
                var wide = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                _ = dt_put(Int32(cell.y), Int32(cell.x), &wide, Int32(wide.count))
                _ = dt_move(Int32(cell.y), Int32(cell.x + 1))
                _ = dt_refresh()
                let position = Array(ANSI.cursorPosition(x: cell.x + 1, y: cell.y).utf8)
                _ = position.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            }
        }
        if let cursor = frame.cursor {
            curs_set(1)
            _ = dt_move(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        _ = dt_refresh()
        previous = frame
    }

    /// The columns curses gives a text (wcswidth, as the C library measures).
    static func cursesColumns(_ text: String) -> Int {
        var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        return Int(dt_wcswidth(&wide, Int32(wide.count)))
    }

    private func setStyle(_ style: CellStyle) {
        let shown = Terminal.resolve(style, in: colorMode)
        let pair = colorMode == .none ? 0 : colorPair(foreground: shown.foreground, background: shown.background)
        var curses = dt_attr_normal()
        if shown.attributes.contains(.bold) { curses |= dt_attr_bold() }
        if shown.attributes.contains(.dim) { curses |= dt_attr_dim() }
        if shown.attributes.contains(.italic) { curses |= dt_attr_italic() }
        if shown.attributes.contains(.underline) { curses |= dt_attr_underline() }
        if shown.attributes.contains(.reverse) { curses |= dt_attr_reverse() }
        _ = dt_set_style(curses, pair)
    }

    /// What a style becomes on a terminal: without colour its monochrome
    /// attributes; with 8 colours a bright foreground is the base colour in bold.
    static func resolve(_ style: CellStyle, in mode: ColorMode) -> (attributes: CellAttributes, foreground: Int?, background: Int?) {
        switch mode {
        case .none:
            return (style.monochrome, nil, nil)
        case .sixteen:
            return (style.attributes, style.foreground.index, style.background.index)
        case .eight:
            var attributes = style.attributes
            var foreground = style.foreground.index
            var background = style.background.index
            if let f = foreground, f >= 8 {
                foreground = f - 8
                attributes.insert(.bold)
            }
            if let b = background, b >= 8 { background = b - 8 }
            return (attributes, foreground, background)
        }
    }

    /// The curses pair for two colours (nil is the terminal default), created on first use.
    private func colorPair(foreground: Int?, background: Int?) -> Int16 {
        if foreground == nil && background == nil { return 0 }
        let key = UInt16((foreground ?? 16) * 17 + (background ?? 16))
        if let pair = pairs[key] { return pair }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < dt_color_pairs() else { return 0 }
        init_pair(next, Int16(foreground ?? -1), Int16(background ?? -1))
        pairs[key] = next
        return next
    }

    // MARK: Input

    /// Waits up to `timeout` seconds (forever when nil) for input, a resize or a
    /// signal, then returns everything that is pending; a hung-up terminal is SIGHUP.
    func nextInputs(timeout: Double?) -> [Input] {
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: SignalPipe.readEnd, events: Int16(POLLIN), revents: 0)]
        let milliseconds = timeout.map { Int32(max(0, min($0 * 1000, 3_600_000))) } ?? -1
        _ = poll(&fds, nfds_t(fds.count), milliseconds)
        var inputs: [Input] = SignalPipe.drain().map { .signal($0) }
        dt_timeout(0)
        var code: wint_t = 0
        while true {
            let status = dt_get_wch(&code)
            if status == dt_err() { break }
            let isKeyCode = status == dt_key_code_yes()
            if isKeyCode && Int32(code) == KEY_RESIZE {
                size = Size(width: Int(dt_cols()), height: Int(dt_lines()))
                previous = nil
                inputs.append(.resize(size))
            } else if isKeyCode && Int32(code) == KEY_MOUSE {
                let buttons = dt_mouse_buttons()
                if buttons & dt_wheel_up_mask() != 0 { inputs.append(.event(.scroll(lines: -3))) }
                if dt_wheel_down_mask() != 0 && buttons & dt_wheel_down_mask() != 0 { inputs.append(.event(.scroll(lines: 3))) }
            } else if let key = KeyDecoder.key(UInt32(code), isKeyCode: isKeyCode) {
                inputs.append(.event(.key(key)))
            }
        }
        // The terminal went away without a SIGHUP reaching us (it is not our
        // controlling terminal): stop as a hang-up would, rather than poll a dead input for ever.
        if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { inputs.append(.signal(SIGHUP)) }
        return inputs
    }
}
