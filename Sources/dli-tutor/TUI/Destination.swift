import Course

/// A place in the app a screen can ask to open; `Navigator` builds its screen.
enum Destination: Equatable {
    case home
    case lessons
    /// The lessons screen with the course list selected (switch course).
    case courses
    case reader(lessonID: String)
    /// The calculators, optionally opened on a call (from a lesson's calc block).
    case calculators(CalcCall?)
    case practice
    case exam
    case stats
}

/// Builds the screen for a destination, reading what it needs from the store.
enum Navigator {
    /// The screen, or nil when this build has no screen for the destination.
    static func screen(for destination: Destination, env: AppEnvironment) throws -> (any Screen)? {
        switch destination {
        case .home: return try HomeScreen(env: env)
        case .lessons: return try LessonsScreen(env: env)
        case .courses: return try LessonsScreen(env: env, selectingCourses: true)
        case .reader(let lessonID): return try ReaderScreen(lessonID: lessonID, env: env)
        case .calculators(let call): return CalculatorScreen(call: call)
        // Practice, mock exam and stats screens plug in here.
        case .practice, .exam, .stats: return nil
        }
    }

    /// What the footer says when a destination has no screen yet.
    static func unavailable(_ destination: Destination) -> String {
        switch destination {
        case .practice: return "Practice is not part of this build yet"
        case .exam: return "The mock exam is not part of this build yet"
        case .stats: return "Stats are not part of this build yet"
        default: return "Not available"
        }
    }
}
