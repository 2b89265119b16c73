import Course
import Quiz
import Foundation
import Glibc

/// `dli-tutor` without a command: loads the courses and the learner's data,
/// then runs the full-screen app.
enum StudyApp {
    static func launch(global: GlobalOptions, firstFrameExit: Bool) throws {
        let context = CourseContext(global)
        let library = context.entries.compactMap { entry in
            entry.load.course.map { AppEnvironment.LibraryCourse(course: $0, source: entry.source) }
        }
        guard let course = library.first?.course else {
            throw CommandFailure(context.contentError?.description ?? "no courses found")
        }
        let store = ProgressStudyStore(store: try context.openStore(), scheduler: try FSRSScheduler())
        let env = AppEnvironment(library: library, course: course, store: store, clock: Date.init)
        let status: Int32
        do {
            let trace = ProcessInfo.processInfo.environment["DLI_TUTOR_FRAME_TRACE"].flatMap { $0.isEmpty ? nil : $0 }
            status = try AppRunner.run(env: env, firstFrameExit: firstFrameExit, frameTrace: trace)
        } catch let error as Terminal.Unavailable {
            throw CommandFailure(error.description)
        }
        if status != 0 { exit(status) }
    }
}
