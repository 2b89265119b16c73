import Course
import Study

/// The app's state and its routing, free of terminal I/O and of the store: a
/// stack of screens, an optional overlay (help, a quit question, an error), the
/// footer status, and the effects loop. The runner feeds it events, saves each
/// `pendingWrite` and reports back with `writeFinished`, and draws what it draws.
struct App {
    /// A screen on the stack and the size it last laid itself out for.
    private struct Entry {
        var screen: any Screen
        var size: Size?
    }

    enum Overlay {
        case help(title: String, entries: [KeyHelp], scroll: Int)
        case confirmQuit(String)
        case error(String)
    }

    private var stack: [Entry]
    private(set) var env: AppEnvironment
    private(set) var size: Size
    private(set) var overlay: Overlay?
    private(set) var status: String?
    /// Set once the app has quit (after saving every screen's pending writes).
    private(set) var isFinished = false
    /// Why saving failed on the way out: the app quits anyway, and the runner
    /// reports it once the terminal is back.
    private(set) var exitError: String?
    /// Effects still to carry out; the first may be a write waiting for the runner.
    private var steps: [Step] = []
    /// Set by `finish`: the writes being carried out are the last ones.
    private var isFinishing = false

    /// Keys that work on every screen that does not use them itself.
    static let globalKeys: [KeyHelp] = [
        KeyHelp(label: "?/F1", help: "help for this screen"),
        KeyHelp(label: "q/Esc", help: "back (on the home screen: asks to quit)"),
        KeyHelp(label: "Q", help: "quit (asks only during an exam)"),
    ]

    init(env: AppEnvironment, size: Size, root: any Screen) {
        self.env = env
        self.size = size
        stack = [Entry(screen: root, size: nil)]
        layOutTop()
    }

    var top: any Screen { stack[stack.count - 1].screen }
    var depth: Int { stack.count }
    var tickInterval: Double? { overlay == nil ? top.tickInterval : nil }

    // MARK: Events

    mutating func resize(to newSize: Size) {
        size = newSize
        layOutTop()
    }

    mutating func handle(_ event: Event) {
        // The runner saves every pending write before it reads the next event.
        guard pendingWrite == nil else { return }
        if case .key = event { status = nil }
        if overlay != nil {
            handleOverlay(event)
            return
        }
        guard size.fits(.minimum) else {
            if event == .key(.char("Q")) || event == .key(.char("q")) { requestQuit() }
            return
        }
        let effect = stack[stack.count - 1].screen.handle(event, env: env)
        if case .ignored = effect {
            if case .key(let key) = event { handleGlobal(key) }
        } else {
            perform(effect)
        }
    }

    private mutating func handleGlobal(_ key: Key) {
        switch key {
        case .char("?"), .function(1):
            overlay = .help(title: "Keys: \(top.title)", entries: top.keyHelp, scroll: 0)
        case .char("q"), .escape:
            if stack.count > 1 { perform(.pop) } else { askToQuit() }
        case .char("Q"):
            requestQuit()
        default:
            break
        }
    }

    private mutating func handleOverlay(_ event: Event) {
        guard case .key(let key) = event, let current = overlay else {
            if case .scroll(let lines) = event, case .help(let title, let entries, let scroll)? = overlay {
                overlay = .help(title: title, entries: entries, scroll: max(0, scroll + lines))
            }
            return
        }
        switch current {
        case .help(let title, let entries, let scroll):
            switch key {
            case .down, .char("j"): overlay = .help(title: title, entries: entries, scroll: scroll + 1)
            case .up, .char("k"): overlay = .help(title: title, entries: entries, scroll: max(0, scroll - 1))
            case .char("Q"): overlay = nil; requestQuit()
            default: overlay = nil
            }
        case .confirmQuit:
            switch key {
            case .char("y"), .char("Y"), .enter, .char("Q"): overlay = nil; finish()
            default: overlay = nil
            }
        case .error:
            overlay = nil
        }
    }

    // MARK: Effects

    /// One step of carrying out effects. Steps run in order; a write pauses them
    /// until the runner has saved it (`writeFinished`).
    private enum Step {
        case effect(Effect)
        /// A write for the runner; when `stops` and it fails, the steps after it are dropped.
        case write(StudyWrite, stops: Bool)
        case pushScreen(any Screen)
        case replaceTop(any Screen)
        case popTop
        /// Another course: its home screen alone on the stack.
        case reset(AppEnvironment, status: String)
        case markFinished
    }

    /// Runs an effect: everything up to the first write at once, the rest after
    /// the runner has saved it.
    mutating func perform(_ effect: Effect) {
        steps.insert(.effect(effect), at: 0)
        runSteps()
    }

    /// The runner saved `pendingWrite` (error nil) or could not (the error): the
    /// steps after it go on, or a failed write stops its batch and says why.
    mutating func writeFinished(_ error: (any Error)?) {
        guard case .write(_, let stops)? = steps.first else { return }
        steps.removeFirst()
        if let error {
            overlay = .error("Could not save your progress: \(error)")
            if stops {
                steps.removeAll()
            } else if isFinishing {
                exitError = "Could not save your progress: \(error)"
            }
        }
        runSteps()
    }

    /// The write the runner must save before anything else happens, if any.
    var pendingWrite: StudyWrite? {
        if case .write(let write, _)? = steps.first { return write }
        return nil
    }

    private mutating func runSteps() {
        while let step = steps.first {
            if case .write = step { return }
            steps.removeFirst()
            switch step {
            case .effect(let effect): steps.insert(contentsOf: expand(effect), at: 0)
            case .write: break
            case .pushScreen(let screen):
                stack.append(Entry(screen: screen, size: nil))
                layOutTop()
            case .replaceTop(let screen):
                stack[stack.count - 1] = Entry(screen: screen, size: nil)
                layOutTop()
            case .popTop:
                guard stack.count > 1 else {
                    finish()
                    return
                }
                stack.removeLast()
                stack[stack.count - 1].screen.refresh(env: env)
                layOutTop()
            case .reset(let switched, let message):
                env = switched
                guard let home = build(.home) else { return }
                stack = [Entry(screen: home.screen, size: nil)]
                layOutTop()
                status = message
            case .markFinished:
                isFinished = true
            }
        }
    }

    /// The steps of one effect, computed when the steps before it are done (so a
    /// destination is built after the writes that came before it in a batch).
    private mutating func expand(_ effect: Effect) -> [Step] {
        switch effect {
        case .none, .ignored:
            return []
        case .push(let screen):
            return [.pushScreen(screen)]
        case .open(let destination):
            guard let built = build(destination) else { return [] }
            return built.writes.map { .write($0, stops: true) } + [.pushScreen(built.screen)]
        case .replace(let destination):
            guard let built = build(destination) else { return [] }
            return (built.writes + top.pendingWrites).map { .write($0, stops: true) } + [.replaceTop(built.screen)]
        case .update(var screen):
            screen.refresh(env: env)
            return [.replaceTop(screen)]
        case .pop:
            return top.pendingWrites.map { .write($0, stops: true) } + [.popTop]
        case .quit:
            requestQuit()
            return []
        case .save(let write):
            return [.write(write, stops: true)]
        case .switchCourse(let id):
            guard let entry = env.library.first(where: { $0.course.id == id }) else {
                status = "No course '\(id)'"
                return []
            }
            var switched = env
            switched.course = entry.course
            let held = stack.reversed().flatMap(\.screen.pendingWrites)
            return (held + [.courseOpened(entry.course, at: env.now), .courseChosen(courseID: id)]).map { .write($0, stops: true) }
                + [.reset(switched, status: "Switched to \(entry.course.title)")]
        case .message(let text):
            status = text
            return []
        case .batch(let effects):
            return effects.map { .effect($0) }
        }
    }

    /// `q` or Esc on the home screen: a key pressed once too often should not
    /// end the app, so it asks (`Q` quits at once).
    private mutating func askToQuit() {
        let question = stack.lazy.compactMap(\.screen.quitConfirmation).first ?? "Leave dli-tutor? Your progress is saved."
        overlay = .confirmQuit(question)
    }

    /// Quits, or asks first when a screen on the stack wants that.
    mutating func requestQuit() {
        if let question = stack.lazy.compactMap(\.screen.quitConfirmation).first {
            if size.fits(.minimum) { overlay = .confirmQuit(question) }
            return
        }
        finish()
    }

    /// Saves what every screen still holds (top first; a failed write does not
    /// stop the others) and then marks the app finished. Called on quit and when
    /// a signal asks the app to stop; the runner carries out the writes.
    mutating func finish() {
        isFinishing = true
        steps = stack.reversed().flatMap(\.screen.pendingWrites).map { .write($0, stops: false) } + [.markFinished]
        runSteps()
    }

    private mutating func build(_ destination: Destination) -> Navigator.Built? {
        do {
            return try Navigator.screen(for: destination, env: env)
        } catch {
            overlay = .error("Could not open this screen: \(error)")
            return nil
        }
    }

    /// Lets the top screen lay itself out for the current size if it has not yet.
    private mutating func layOutTop() {
        let i = stack.count - 1
        guard stack[i].size != size, size.fits(.minimum) else { return }
        stack[i].screen.resize(to: size, env: env)
        stack[i].size = size
    }

    // MARK: Drawing

    func draw(into frame: inout Frame) {
        frame.clear()
        guard size.fits(.minimum) else {
            TooSmall.draw(into: &frame, needed: .minimum)
            return
        }
        let (body, footer) = frame.bounds.splitBottom(1)
        top.draw(into: &frame, area: body, env: env)
        let hints = top.keyHelp.compactMap { help in help.footer.map { (help.label, $0) } }
        let leave = stack.count > 1 ? "back" : "quit"
        // While a field has the keys, q is typed: Esc leaves (unless the screen binds Esc itself).
        let global = top.capturesText
            ? [("F1", "help")] + (hints.contains { $0.0.contains("Esc") } ? [] : [("Esc", leave)])
            : [("?", "help"), ("q", leave)]
        Chrome.footer(&frame, in: footer, hints: hints, global: global, status: status)
        switch overlay {
        case .help(let title, let entries, let scroll)?:
            frame.cursor = nil
            HelpOverlay.draw(into: &frame, title: title, sections: [("This screen", entries), ("Everywhere", App.globalKeys)], scroll: scroll)
        case .confirmQuit(let question)?:
            frame.cursor = nil
            Dialog.draw(into: &frame, title: "Quit?", lines: [question, "", "y/Enter quit · any other key stays"])
        case .error(let message)?:
            frame.cursor = nil
            Dialog.draw(into: &frame, title: "Problem", lines: [message, "", "Press any key"], style: Palette.error)
        case nil:
            break
        }
    }
}
