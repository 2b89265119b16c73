import Course
import Foundation

/// The courses a command works on: bundled content plus imported courses in
/// the data folder, resolved from the global options.
struct CourseContext {
    var contentFolder: String?
    var contentError: ContentLocator.NotFound?
    var dataDirectory: String
    var entries: [CourseLibrary.Entry]

    init(_ global: GlobalOptions) {
        dataDirectory = DataDirectory.resolve(explicit: global.dataDirectory)
        do {
            contentFolder = try ContentLocator.locate(explicit: global.contentDirectory)
        } catch {
            contentError = error
        }
        entries = CourseLibrary.load(contentFolder: contentFolder, dataDirectory: dataDirectory)
    }

    /// The course with `id`, or the first bundled course when nil.
    func course(_ id: String?) throws -> Course {
        let loaded = entries.compactMap { entry in entry.load.course.map { (entry, $0) } }
        if loaded.isEmpty {
            throw CommandFailure(contentError?.description ?? "no courses found")
        }
        guard let id else { return loaded[0].1 }
        guard let match = loaded.first(where: { $0.1.id == id }) else {
            throw CommandFailure("no course '\(id)' (available: \(loaded.map(\.1.id).joined(separator: ", ")))")
        }
        return match.1
    }
}
