import ArgumentParser
import Course
import Foundation

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Print a lesson, laid out for the terminal (or as plain text in a pipe).",
        discussion: "ANSI styles are used when standard output is a terminal (without colour under NO_COLOR); plain text otherwise or with --plain."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The lesson: its id or its number in the course (1, 2, …), or the path of a Markdown file.")
    var lesson: String

    @Option(help: "The course id (default: the bundled course).")
    var course: String?

    @Option(parsing: .unconditional, help: "Line width (default: the terminal's width, else 80).")
    var width: Int?

    @Flag(help: "Plain text without escape sequences.")
    var plain = false

    /// The widths `--width` accepts; `COLUMNS` and the terminal are held to the same range.
    static let widths = 20...1000

    func validate() throws {
        if let width, !Read.widths.contains(width) { throw ValidationError("--width must be between 20 and 1000") }
    }

    func run() throws {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        let mode: ANSI.Mode = plain ? .plain : ANSI.mode(isTerminal: isTerminal, environment: ProcessInfo.processInfo.environment)
        let theme: Theme = ProcessInfo.processInfo.environment["TERM"] == "dumb" ? .ascii : .unicode
        let width = self.width ?? Read.terminalWidth(isTerminal: isTerminal)
        let rendered: RenderedDocument
        if lesson.hasSuffix(".md"), FileManager.default.fileExists(atPath: lesson) {
            rendered = try Read.renderFile(lesson, width: width, theme: theme)
        } else {
            let course = try CourseContext(global).course(self.course, parts: .lessons)
            guard let found = Read.find(lesson, in: course) else {
                throw CommandFailure("no lesson '\(lesson)' in \(course.id) (ids or numbers 1–\(course.lessons.count); see: dli-tutor lessons)")
            }
            rendered = LessonLayout.render(found, in: course, width: width, theme: theme)
        }
        var out = ANSI.render(rendered.lines, mode: mode).joined(separator: "\n")
        out += "\n"
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    /// Any Markdown file (front matter skipped), e.g. a lesson being written.
    static func renderFile(_ path: String, width: Int, theme: Theme) throws -> RenderedDocument {
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read \(path)") }
        let text = String(decoding: data, as: UTF8.self)
        let split = try? FrontMatter.split(text)
        let document = MarkdownParser.parse(split?.body ?? text, firstLine: split?.bodyStartLine ?? 1)
        return TerminalLayout.render(document, width: width, theme: theme)
    }

    /// A lesson by id, or by its 1-based position in the course.
    static func find(_ key: String, in course: Course) -> Lesson? {
        if let lesson = course.lesson(id: key) { return lesson }
        if let number = Int(key), course.lessons.indices.contains(number - 1) { return course.lessons[number - 1] }
        return nil
    }

    static func terminalWidth(isTerminal: Bool) -> Int {
        var size = winsize()
        if isTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= widths.lowerBound {
            return min(Int(size.ws_col), widths.upperBound)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), widths.contains(columns) { return columns }
        return 80
    }
}
