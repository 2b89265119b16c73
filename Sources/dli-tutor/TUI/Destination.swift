import Course
import Quiz
import Study

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
    /// The exam in progress, else the introduction to a new one.
    case exam
    /// The result of a submitted exam (its number).
    case examResults(attempt: Int)
    case stats
    /// The exam date, the study plan day by day and the forecast on the exam day.
    case plan
}
