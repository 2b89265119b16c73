import Course
import Quiz
import Study

/// Builds the screen for a destination, reading what it needs from the store.
enum Navigator {
    /// A screen and the writes to save before it shows.
    struct Built {
        var screen: any Screen
        var writes: [StudyWrite] = []
    }

    /// The screen for a destination; an error when what it shows cannot be read.
    static func screen(for destination: Destination, env: AppEnvironment) throws -> Built {
        switch destination {
        case .home: return Built(screen: try HomeScreen(env: env))
        case .lessons: return Built(screen: try LessonsScreen(env: env))
        case .courses: return Built(screen: try LessonsScreen(env: env, selectingCourses: true))
        case .reader(let lessonID, let section): return Built(screen: try ReaderScreen(lessonID: lessonID, section: section, env: env))
        case .calculators(let call, let origin): return Built(screen: CalculatorScreen(call: call, from: origin))
        case .practice: return Built(screen: try PracticeScreen(env: env))
        case .cram(let filter): return Built(screen: try PracticeScreen(env: env, filter: filter, mode: .cram))
        case .drill(let name): return Built(screen: try PracticeScreen(env: env, mode: .drill(name)))
        case .exam:
            switch ExamResumption(open: try env.store.openExam(courseID: env.course.id), course: env.course, now: env.now) {
            case .none: return Built(screen: try ExamIntroScreen(env: env))
            case .resume(let session):
                let marking = try env.store.settings().confidenceMarking
                return Built(screen: ExamScreen(session: session, course: env.course, now: env.now, confidenceMarking: marking))
            case .close(let write, let notice): return Built(screen: try ExamIntroScreen(env: env, notice: notice), writes: [write])
            }
        case .examResults(let attempt): return Built(screen: try ExamResultsScreen(env: env, attempt: attempt))
        case .stats: return Built(screen: try StatsScreen(env: env))
        case .plan: return Built(screen: try PlanScreen(env: env))
        }
    }
}
