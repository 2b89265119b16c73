import ArgumentParser
import Course

struct Courses: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "courses",
        abstract: "List the bundled and imported courses.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print a JSON list of {id, title, language, lessons, questions, source}.")
    var json = false

    func run() throws {
        let context = CourseContext(global)
        let loaded = context.entries.compactMap { entry in entry.load.course.map { (entry, $0) } }
        if loaded.isEmpty, let error = context.contentError { throw CommandFailure(error.description) }
        if json {
            let list: [JSONValue] = loaded.map { entry, course in
                ["id": .string(course.id), "title": .string(course.title), "language": .string(course.language),
                 "lessons": .integer(course.lessons.count), "questions": .integer(course.questions.count),
                 "source": .string(entry.source.rawValue)]
            }
            print(JSONValue.array(list).serialized())
            return
        }
        for (entry, course) in loaded {
            print("\(course.id)  \(course.title)  [\(course.language), \(entry.source.rawValue)]  \(course.lessons.count) lessons, \(course.questions.count) questions")
        }
    }
}
