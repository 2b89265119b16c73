import ArgumentParser
import Course

struct Lessons: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "Show a course's outline: chapters and lessons with reading times.")

    @OptionGroup var options: CourseOptions

    @Flag(help: "Print a JSON list of {course, id, chapter, order, title, minutes}.")
    var json = false

    func run() throws {
        let course = try options.load(parts: .lessons).course
        if json {
            let list: [JSONValue] = course.lessons.map { lesson in
                ["course": .string(course.id), "id": .string(lesson.id), "chapter": .string(lesson.chapter),
                 "order": .integer(lesson.order), "title": .string(lesson.title), "minutes": .integer(lesson.minutes)]
            }
            print(JSONValue.array(list).serialized())
            return
        }
        print(course.title)
        for chapter in course.chapters {
            print("\n\(chapter.number). \(chapter.title)")
            for lesson in course.lessons(inChapter: chapter.id) {
                print("   \(String(lesson.order).leftPadded(to: 2))  \(lesson.title)  (\(lesson.minutes) min)")
            }
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
