import Course

/// The app's state and its routing, free of terminal I/O: a stack of screens,
/// an optional overlay (help, a quit question, an error), the footer status,
/// and the effects loop. The backend feeds it events and draws what it draws.
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

    /// Keys that work on every screen that does not use them itself.
    static let globalKeys: [KeyHelp] = [
        KeyHelp(label: "?/F1", help: "help for this screen"),
        KeyHelp(label: "q/Esc", help: "back (quit on the home screen)"),
        KeyHelp(label: "Q", help: "quit"),
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
            if stack.count > 1 { perform(.pop) } else { requestQuit() }
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

    /// Runs an effect; false when a write or a screen failed, which stops a batch.
    @discardableResult
    mutating func perform(_ effect: Effect) -> Bool {
        switch effect {
        case .none, .ignored:
            return true
        case .push(let screen):
            push(screen)
        case .open(let destination):
            guard let screen = build(destination) else { return false }
            push(screen)
        case .replace(let destination):
            guard let screen = build(destination), save(top.pendingWrites) else { return false }
            stack[stack.count - 1] = Entry(screen: screen, size: nil)
            layOutTop()
        case .update(let screen):
            let i = stack.count - 1
            stack[i].screen = screen
            stack[i].screen.refresh(env: env)
            stack[i].size = nil
            layOutTop()
        case .pop:
            guard save(top.pendingWrites) else { return false }
            guard stack.count > 1 else {
                finish()
                return true
            }
            stack.removeLast()
            stack[stack.count - 1].screen.refresh(env: env)
            layOutTop()
        case .quit:
            requestQuit()
        case .save(let write):
            return save([write])
        case .switchCourse(let id):
            guard let entry = env.library.first(where: { $0.course.id == id }) else {
                status = "No course '\(id)'"
                return false
            }
            for entry in stack.reversed() where !save(entry.screen.pendingWrites) { return false }
            var switched = env
            switched.course = entry.course
            guard let home = build(.home, env: switched) else { return false }
            env = switched
            stack = [Entry(screen: home, size: nil)]
            layOutTop()
            status = "Switched to \(entry.course.title)"
        case .message(let text):
            status = text
        case .batch(let effects):
            for effect in effects where !perform(effect) { return false }
        }
        return true
    }

    /// Quits, or asks first when a screen on the stack wants that.
    mutating func requestQuit() {
        if let question = stack.lazy.compactMap(\.screen.quitConfirmation).first {
            if size.fits(.minimum) { overlay = .confirmQuit(question) }
            return
        }
        finish()
    }

    /// Saves what every screen still holds (top first) and marks the app finished.
    /// Called on quit and when a signal asks the app to stop.
    mutating func finish() {
        for entry in stack.reversed() where !save(entry.screen.pendingWrites) {
            if case .error(let message)? = overlay { exitError = message }
        }
        isFinished = true
    }

    private mutating func push(_ screen: any Screen) {
        stack.append(Entry(screen: screen, size: nil))
        layOutTop()
    }

    private mutating func build(_ destination: Destination, env: AppEnvironment? = nil) -> (any Screen)? {
        do {
            return try Navigator.screen(for: destination, env: env ?? self.env)
        } catch {
            overlay = .error("Could not open this screen: \(error)")
            return nil
        }
    }

    private mutating func save(_ writes: [StudyWrite]) -> Bool {
        for write in writes {
            do {
                try env.store.save(write)
            } catch {
                overlay = .error("Could not save your progress: \(error)")
                return false
            }
        }
        return true
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
        let global = top.capturesText ? [("F1", "help")] : [("?", "help"), ("q", stack.count > 1 ? "back" : "quit")]
        let hints = top.keyHelp.compactMap { help in help.footer.map { (help.label, $0) } }
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
