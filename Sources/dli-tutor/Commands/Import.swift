import ArgumentParser
import Course
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the courses of an xdev content folder (xdev-knowledge-mcp, xdev.asia) into the data folder.",
        discussion: """
            PATH holds content/[LANG/]series/<group>/<series>/ (index.md, chapters/*/lessons/*.md) and \
            data/quizzes/. Each series and language becomes a course in <data dir>/courses/<id>/ \
            (id xdev-<series>, or xdev-<series>-<lang> for content/<lang>/series), listed by \
            'dli-tutor courses'. Importing again replaces those folders. A broken file is reported \
            and skipped; the exit status is 1 if anything was.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The xdev folder (the npm package or a checkout of its repository).", valueName: "path"))
    var path: String

    @Flag(help: "Print {\"courses\": [{id, title, language, lessons, questions}], \"errors\": [{file, line, message}]}.")
    var json = false

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure("\(path): no such folder")
        }
        let read = XdevSourceReader.read(folder: path)
        let result = XdevImporter.convert(read.source)
        var diagnostics = read.diagnostics + result.diagnostics
        let dataDirectory = DataDirectory.resolve(explicit: global.dataDirectory)
        var installed: [(course: ImportedCourse, folder: String)] = []
        for imported in result.courses {
            // The written files are checked as `check` would (start-ups skip the advisory checks).
            let target = (CourseLibrary.importedFolder(dataDirectory: dataDirectory) as NSString).appendingPathComponent(imported.course.id)
            let problems = ContentValidator.validate(CourseLoader.load(files: MemoryFiles(imported.files, root: target)))
            diagnostics += problems
            if problems.contains(where: { $0.severity == .error }) {
                diagnostics.append(Diagnostic(file: target, message: "course '\(imported.course.id)' not installed: its files do not load cleanly"))
                continue
            }
            do {
                let folder = try CourseInstaller.install(imported.files, courseID: imported.course.id, dataDirectory: dataDirectory)
                installed.append((imported, folder))
            } catch {
                diagnostics.append(Diagnostic(file: error.path, message: "course '\(imported.course.id)' not installed: \(error.message)"))
            }
        }
        let errors = diagnostics.filter { $0.severity == .error }
        if json {
            diagnostics.filter { $0.severity != .error }.forEach { warn("\($0)") }
            print(Import.json(installed.map(\.course), errors: errors).serialized())
        } else {
            diagnostics.forEach { warn("\($0)") }
            for (imported, folder) in installed {
                let course = imported.course
                let open = imported.openQuestions > 0 ? " (+\(imported.openQuestions) open practice questions left in the lesson text)" : ""
                print("\(course.id)  \(course.title)  [\(course.language)]  \(course.lessons.count) lessons, \(course.questions.count) questions\(open)")
                print("  → \(folder)")
            }
            let warnings = diagnostics.count - errors.count
            print("imported \(installed.count) course\(installed.count == 1 ? "" : "s"); \(errors.count) error\(errors.count == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
        if !errors.isEmpty { throw ExitCode(1) }
    }

    static func json(_ courses: [ImportedCourse], errors: [Diagnostic]) -> JSONValue {
        let list: [JSONValue] = courses.map { imported in
            let course = imported.course
            return ["id": .string(course.id), "title": .string(course.title), "language": .string(course.language),
                    "lessons": .integer(course.lessons.count), "questions": .integer(course.questions.count)]
        }
        let problems: [JSONValue] = errors.map { ["file": .string($0.file), "line": .integer($0.line), "message": .string($0.message)] }
        return ["courses": .array(list), "errors": .array(problems)]
    }

    private func warn(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
