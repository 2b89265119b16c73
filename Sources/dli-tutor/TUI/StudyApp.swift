import ArgumentParser
import Course
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Quiz
import Study

/// `dli-tutor` without a command: loads the courses and the learner's data,
/// then runs the full-screen app.
enum StudyApp {
    static func launch(global: GlobalOptions, firstFrameExit: Bool) throws {
        do {
            try Terminal.checkAvailable()
        } catch let error as Terminal.Unavailable {
            throw CommandFailure(error.description)
        }
        // Opening the store (schema checks, migrations, an integrity check if needed) overlaps loading the courses.
        let dataDirectory = DataDirectory.resolve(explicit: global.dataDirectory)
        let integrity = global.integrity
        let opening = Background { try ProgressStore(dataDirectory: dataDirectory, integrity: integrity) }
        let context = CourseContext(global)
        let library = context.entries.compactMap { entry in
            entry.load.course.map { AppEnvironment.LibraryCourse(course: $0, source: entry.source) }
        }
        let store = ProgressStudyStore(store: try opening.value(), scheduler: .standard)
        guard let course = startCourse(in: library, chosen: try? store.chosenCourseID()) else {
            throw CommandFailure(context.contentError?.description ?? "no courses found")
        }
        let env = AppEnvironment(library: library, course: course, store: store, clock: Date.init)
        let status: Int32
        do {
            let trace = ProcessInfo.processInfo.environment["DLI_TUTOR_FRAME_TRACE"].flatMap { $0.isEmpty ? nil : $0 }
            status = try AppRunner.run(env: env, firstFrameExit: firstFrameExit, frameTrace: trace)
        } catch let error as Terminal.Unavailable {
            throw CommandFailure(error.description)
        }
        // Thrown, not exit(): the store is released on the way out and marks a clean shutdown.
        if status != 0 { throw ExitCode(status) }
    }

    /// The course the app opens with: the one chosen last time while it is still
    /// in the library, else the first (the bundled course).
    static func startCourse(in library: [AppEnvironment.LibraryCourse], chosen: String?) -> Course? {
        (library.first { $0.course.id == chosen } ?? library.first)?.course
    }
}

/// Work started on another thread now, its result (or error) collected later.
final class Background<Value: Sendable>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// Waits for the work and returns its value, or throws its error.
    func value() throws -> Value {
        done.wait()
        guard let result else { throw CommandFailure("background work ended without a result") }
        return try result.get()
    }
}
