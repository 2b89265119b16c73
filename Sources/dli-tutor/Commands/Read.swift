import ArgumentParser
import Course
import Foundation

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Print a lesson, laid out for the terminal (or as plain text in a pipe).",
        discussion: "ANSI styles are used when standard output is a terminal (without colour under NO_COLOR); plain text otherwise or with --plain. --color=always keeps them in a pipe: dli-tutor read 3 --color=always | less -R."
    )

    @OptionGroup var options: CourseOptions

    @Argument(help: "The lesson: its id or its number in the course (1, 2, …), or the path of a Markdown file.")
    var lesson: String

    @Option(parsing: .unconditional, help: "Line width (default: the terminal's width, else 80).")
    var width: Int?

    @Flag(help: "Plain text without escape sequences.")
    var plain = false

    @OptionGroup var color: ColorOption

    /// What `read` prints.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// The lesson laid out for the terminal.
        case text
        /// The lesson body as HTML, as cmark writes it (raw HTML kept, math for MathJax/KaTeX).
        case html
    }

    @Option(help: "text (laid out for the terminal) or html (the lesson body as HTML, as cmark writes it).")
    var format: Format = .text

    func validate() throws {
        if let width, !TerminalOutput.widths.contains(width) { throw ValidationError("--width must be between 20 and 1000") }
        if plain && color.color == .always { throw ValidationError("--plain and --color=always contradict each other") }
    }

    /// What to read: a Markdown file, or a lesson of a course.
    enum Source {
        case file(String)
        case lesson(Lesson, in: Course)
    }

    func run() throws {
        let source = try self.source()
        if format == .html {
            let body: String
            switch source {
            case .file(let path): body = try Read.fileBody(path).text
            case .lesson(let found, _): body = found.body
            }
            FileHandle.standardOutput.write(Data(HTMLWriter.html(MarkdownParser.parse(body, options: .commonMark)).utf8))
            return
        }
        let output = TerminalOutput.standardOutput(plain: plain, width: width, color: color.color)
        let rendered: RenderedDocument
        switch source {
        case .file(let path): rendered = try Read.renderFile(path, width: output.width, theme: output.theme)
        case .lesson(let found, let course): rendered = LessonLayout.render(found, in: course, width: output.width, theme: output.theme)
        }
        output.write(rendered.lines)
    }

    /// The lesson asked for: a `.md` file that exists, else a lesson id or number of the course.
    func source() throws -> Source {
        if lesson.hasSuffix(".md"), FileManager.default.fileExists(atPath: lesson) { return .file(lesson) }
        let course = try options.load(parts: .lessons).course
        guard let found = Read.find(lesson, in: course) else {
            throw CommandFailure("no lesson '\(lesson)' in \(course.id) (ids or numbers 1–\(course.lessons.count); see: dli-tutor lessons)")
        }
        return .lesson(found, in: course)
    }

    /// Any Markdown file (front matter skipped), e.g. a lesson being written.
    static func renderFile(_ path: String, width: Int, theme: Theme) throws -> RenderedDocument {
        let (body, firstLine) = try fileBody(path)
        return TerminalLayout.render(MarkdownParser.parse(body, firstLine: firstLine), width: width, theme: theme)
    }

    /// A Markdown file's text after its front matter, and the line that text starts on.
    static func fileBody(_ path: String) throws -> (text: String, firstLine: Int) {
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read \(path)") }
        let text = String(decoding: data, as: UTF8.self)
        let split = try? FrontMatter.split(text)
        return (split?.body ?? text, split?.bodyStartLine ?? 1)
    }

    /// A lesson by id, or by its 1-based position in the course.
    static func find(_ key: String, in course: Course) -> Lesson? {
        if let lesson = course.lesson(id: key) { return lesson }
        if let number = Int(key), course.lessons.indices.contains(number - 1) { return course.lessons[number - 1] }
        return nil
    }
}
