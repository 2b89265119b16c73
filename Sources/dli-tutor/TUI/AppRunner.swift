import Course
import Foundation

/// The imperative shell around `App`: starts the terminal, feeds it events,
/// draws after each batch, sends timer ticks, and stops on quit or a signal
/// (saving first). The terminal is restored on every way out.
enum AppRunner {
    /// Runs until the learner quits; returns the exit status (128 + signal after a
    /// signal, 1 when what the screens held could not be saved on the way out).
    /// With `frameTrace`, the time from each batch of input to its frame on the
    /// terminal is written there (one number of milliseconds a line) on the way out.
    static func run(env: AppEnvironment, firstFrameExit: Bool = false, frameTrace: String? = nil) throws -> Int32 {
        try env.store.save(.courseOpened(env.course, at: env.now))
        let home = try HomeScreen(env: env)
        let terminal = try Terminal.start()
        var timings: [Double] = []
        defer {
            terminal.stop()
            if let frameTrace {
                let text = timings.map { String(format: "%.3f", $0) }.joined(separator: "\n") + "\n"
                try? text.write(toFile: frameTrace, atomically: true, encoding: .utf8)
            }
        }
        var app = App(env: env, size: terminal.size, root: home)
        carryOutWrites(of: &app)
        var frame = Frame(size: terminal.size)
        func redraw() {
            if frame.size != app.size { frame = Frame(size: app.size) }
            app.draw(into: &frame)
            terminal.present(frame)
        }
        redraw()
        if firstFrameExit { return 0 }

        /// While the terminal is up stderr is captured and replayed once it is restored.
        func exitStatus(_ status: Int32) -> Int32 {
            guard let message = app.exitError else { return status }
            FileHandle.standardError.write(Data("dli-tutor: \(message)\n".utf8))
            return status == 0 ? 1 : status
        }

        var nextTick: Date?
        while !app.isFinished {
            if let interval = app.tickInterval {
                nextTick = nextTick ?? env.now.addingTimeInterval(interval)
            } else {
                nextTick = nil
            }
            let timeout = nextTick.map { max(0, $0.timeIntervalSince(env.now)) }
            let inputs = terminal.nextInputs(timeout: timeout)
            let received = DispatchTime.now().uptimeNanoseconds
            for input in inputs {
                switch input {
                case .event(let event): app.handle(event)
                case .resize(let size): app.resize(to: size)
                case .signal(let signal):
                    app.finish()
                    carryOutWrites(of: &app)
                    return exitStatus(128 + signal)
                }
                carryOutWrites(of: &app)
                if app.isFinished { break }
            }
            if let due = nextTick, env.now >= due, !app.isFinished {
                app.handle(.tick(env.now))
                carryOutWrites(of: &app)
                nextTick = nil
            }
            if !app.isFinished {
                redraw()
                if !inputs.isEmpty { timings.append(Double(DispatchTime.now().uptimeNanoseconds - received) / 1e6) }
            }
        }
        return exitStatus(0)
    }

    /// Saves, in order, every write the app waits for, telling it how each went
    /// (a failed write stops the rest of its batch). The only place the app's
    /// writes reach the store.
    static func carryOutWrites(of app: inout App) {
        while let write = app.pendingWrite {
            do {
                try app.env.store.save(write)
                app.writeFinished(nil)
            } catch {
                app.writeFinished(error)
            }
        }
    }
}
