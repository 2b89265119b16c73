import ArgumentParser
import Course

/// The options of a command that works on one course: `--course` beside the
/// global options (content and data folders).
struct CourseOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Option(help: "The course id (default: the bundled course).")
    var course: String?

    /// The courses found with these options and the one `--course` names, with
    /// the parts the command needs (`read` and `lessons` never parse the quiz files).
    func load(parts: CourseLoader.Parts = .all) throws -> (context: CourseContext, course: Course) {
        let context = CourseContext(global)
        return (context, try context.course(course, parts: parts))
    }
}
