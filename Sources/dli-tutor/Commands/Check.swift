import ArgumentParser
import Course

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a course folder and print every problem as file:line:column.",
        discussion: "Without PATH, checks the bundled courses. Exits with status 1 if anything is reported."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "A course folder, or a folder of courses.")
    var path: String?

    func run() throws {
        let folders: [String]
        if let path {
            folders = CourseLibrary.courseFolders(in: path)
            if folders.isEmpty { throw CommandFailure("\(path): no \(CourseLoader.manifestName) here or in its subfolders") }
        } else {
            let context = CourseContext(global)
            guard let content = context.contentFolder else { throw CommandFailure(context.contentError?.description ?? "no content") }
            folders = CourseLibrary.courseFolders(in: content)
        }
        var problems = 0
        for folder in folders {
            let load = CourseLoader.load(folder: folder)
            let diagnostics = ContentValidator.validate(load)
            diagnostics.forEach { print($0) }
            problems += diagnostics.count
            if let course = load.course {
                print("\(course.id): \(course.lessons.count) lessons, \(course.questions.count) questions, \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s")")
            }
        }
        if problems > 0 { throw ExitCode(1) }
    }
}
