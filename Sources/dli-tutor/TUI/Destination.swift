import Course
import Quiz
import Study

/// A place in the app a screen can ask to open; `Navigator` builds its screen.
enum Destination: Equatable {
    case home
    case lessons
    /// The lessons screen with the course list selected (switch course).
    case courses
    /// A lesson, at its reading position or, given a heading anchor, at that
    /// section (from a question: the position is then left as it was).
    case reader(lessonID: String, section: String? = nil)
    /// The calculators, optionally opened on a call; `from` names where the call
    /// came from ("the lesson", "the question"), where Esc goes back to.
    case calculators(CalcCall?, from: String = "the lesson")
    case practice
    /// Cram practice of a lesson or chapter: every question now, past the daily limits.
    case cram(CardFilter)
    /// A drill of the templates a calculator (or a template id) names: fresh variants, round after round.
    case drill(String)
    /// The exam in progress, else the introduction to a new one.
    case exam
    /// The result of a submitted exam (its number).
    case examResults(attempt: Int)
    case stats
    /// The exam date, the study plan day by day and the forecast on the exam day.
    case plan
}
