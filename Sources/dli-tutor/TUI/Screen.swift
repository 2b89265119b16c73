import Study

/// A screen of the study app, as a value: it owns its state, turns an event into
/// a new state plus an `Effect`, and draws itself into a `Frame`. It never
/// touches the terminal, the clock or the disk; what it needs to read comes
/// from the `AppEnvironment`, and what must be written is returned as an effect.
protocol Screen {
    /// Shown in the help overlay's title and the quit question.
    var title: String { get }
    /// The keys of the current mode (generated from the screen's key table).
    var keyHelp: [KeyHelp] { get }
    /// True while a text field has the focus: printable keys are typed, so the
    /// footer shows F1 for help instead of `?` and `q`.
    var capturesText: Bool { get }
    /// Asked before quitting the app while this screen is on the stack (an exam
    /// in progress); nil quits without asking.
    var quitConfirmation: String? { get }
    /// How often the screen wants a `.tick` event, in seconds; nil for never.
    var tickInterval: Double? { get }
    /// What must be saved when the screen goes away (back, next lesson, quit,
    /// a signal): the app writes these before the screen leaves the stack.
    var pendingWrites: [StudyWrite] { get }

    /// Called before the first draw and whenever the terminal size changes.
    mutating func resize(to size: Size, env: AppEnvironment)
    /// Called when the screen comes back to the top of the stack, to re-read
    /// what other screens may have changed (progress, bookmarks).
    mutating func refresh(env: AppEnvironment)
    /// The screen's reaction to an event. Return `.ignored` for keys the screen
    /// does not use so the app applies its global keys (`q`, Esc, `?`, `Q`).
    mutating func handle(_ event: Event, env: AppEnvironment) -> Effect
    /// Draws the screen into `area` (the whole frame but the footer line).
    func draw(into frame: inout Frame, area: Rect, env: AppEnvironment)
}

extension Screen {
    var capturesText: Bool { false }
    var quitConfirmation: String? { nil }
    var tickInterval: Double? { nil }
    var pendingWrites: [StudyWrite] { [] }
    mutating func resize(to size: Size, env: AppEnvironment) {}
    mutating func refresh(env: AppEnvironment) {}
}

/// What a screen asks the app loop to do after an event. Effects in a `.batch`
/// run in order and stop at the first failed write, so a screen that saves and
/// then moves on never moves on without its write.
indirect enum Effect {
    /// The event was used; redraw.
    case none
    /// The screen did not use the event: apply the global keys.
    case ignored
    /// Push a screen built by the screen itself.
    case push(any Screen)
    /// Push the screen for a destination (built by `Navigator`).
    case open(Destination)
    /// Replace the top screen with the screen for a destination (next lesson).
    case replace(Destination)
    /// Replace the top screen with its next state, then refresh it. A screen whose
    /// step must be saved first leaves itself unchanged and returns
    /// `.batch([.save(write), .update(next)])`, so a failed write keeps it where it was.
    case update(any Screen)
    /// Go back one screen (quits when the stack would be empty).
    case pop
    /// Quit the app, asking first if a screen on the stack says so.
    case quit
    /// Write to the learner's store before anything after it runs.
    case save(StudyWrite)
    /// Make another course the current one and go back to its home screen.
    case switchCourse(String)
    /// A short status line shown in the footer until the next key.
    case message(String)
    case batch([Effect])
}
