import Course
import Quiz

/// Builds the screen for a destination, reading what it needs from the store.
enum Navigator {
    /// The screen for a destination; an error when what it shows cannot be read.
    static func screen(for destination: Destination, env: AppEnvironment) throws -> any Screen {
        switch destination {
        case .home: return try HomeScreen(env: env)
        case .lessons: return try LessonsScreen(env: env)
        case .courses: return try LessonsScreen(env: env, selectingCourses: true)
        case .reader(let lessonID): return try ReaderScreen(lessonID: lessonID, env: env)
        case .calculators(let call): return CalculatorScreen(call: call)
        case .practice: return try PracticeScreen(env: env)
        case .exam:
            if let open = try env.store.openExam(courseID: env.course.id), let id = open.id {
                do {
                    return try ExamScreen(record: open, course: env.course)
                } catch let error as ExamError {
                    // Its answers stay stored; closing it lets a new exam start.
                    try env.store.save(.examClosed(attempt: id, at: env.now))
                    return ExamIntroScreen(env: env, notice: "Exam \(id) could not be resumed (\(error)), so it was closed without a score.")
                }
            }
            return ExamIntroScreen(env: env)
        case .examResults(let attempt): return try ExamResultsScreen(env: env, attempt: attempt)
        case .stats: return try StatsScreen(env: env)
        }
    }
}
