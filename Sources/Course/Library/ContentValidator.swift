/// Everything `dli-tutor check` verifies beyond loading: every `calc` call of
/// the lessons evaluates, and the figures content states (quiz checks, lesson
/// claims) are recomputed by the calculators.
public enum ContentValidator {
    public static func validate(_ load: CourseLoad, evaluate: FigureChecker.Evaluate = Calculators.evaluate) -> [Diagnostic] {
        guard let course = load.course else { return load.diagnostics }
        var diagnostics = load.diagnostics
        for question in course.questions {
            if let problem = FigureChecker.problem(with: question, evaluate: evaluate) {
                let at = load.questionLocations[question.id] ?? Diagnostic.Location(file: course.folder, line: 1, column: 1)
                diagnostics.append(Diagnostic(at: at, message: "question '\(question.id)': \(problem)"))
            }
            if question.template != nil {
                let at = load.questionLocations[question.id] ?? Diagnostic.Location(file: course.folder, line: 1, column: 1)
                diagnostics += TemplateChecker.problems(with: question, evaluate: evaluate).map {
                    Diagnostic(at: at, message: "template '\(question.id)': \($0)")
                }
            } else if question.kind == .numeric && question.check == nil {
                let at = load.questionLocations[question.id] ?? Diagnostic.Location(file: course.folder, line: 1, column: 1)
                diagnostics.append(Diagnostic(at: at, message: "question '\(question.id)' is numeric but has no 'check'", severity: .warning))
            }
        }
        for lesson in course.lessons {
            diagnostics += LessonBodyValidator.calcDiagnostics(lesson, evaluate: evaluate)
            for claim in lesson.claims {
                if let problem = FigureChecker.problem(with: claim, in: lesson, evaluate: evaluate) {
                    diagnostics.append(Diagnostic(file: lesson.file, line: claim.line, column: 1, message: problem))
                }
            }
        }
        return diagnostics
    }
}
