import Course
import Foundation
import Quiz

/// The courses a command works on: bundled content plus imported courses in
/// the data folder, resolved from the global options. Only the folders are
/// listed up front; a course is read when a command asks for it, and only the
/// parts it asks for (`read` and `lessons` never parse the quiz files).
struct CourseContext {
    var contentFolder: String?
    var contentError: ContentLocator.NotFound?
    var dataDirectory: String
    var integrity: ProgressStore.IntegrityCheck
    /// Course folders, the bundled ones first.
    var folders: [(folder: String, source: CourseLibrary.Source)]

    init(_ global: GlobalOptions) {
        dataDirectory = DataDirectory.resolve(explicit: global.dataDirectory)
        integrity = global.integrity
        do {
            contentFolder = try ContentLocator.locate(explicit: global.contentDirectory)
        } catch {
            contentError = error
        }
        folders = CourseLibrary.folders(contentFolder: contentFolder, dataDirectory: dataDirectory)
    }

    /// Every course, read in full (the course list and the app).
    var entries: [CourseLibrary.Entry] {
        CourseLibrary.load(contentFolder: contentFolder, dataDirectory: dataDirectory)
    }

    /// The course with `id`, or the first bundled course when nil. Only the
    /// manifests are read to find it; then that course's `parts`.
    func course(_ id: String?, parts: CourseLoader.Parts = .all) throws -> Course {
        var known: [String] = []
        for (folder, _) in folders {
            if let id {
                guard let manifest = CourseLoader.load(folder: folder, thorough: false, parts: .manifest).course else { continue }
                known.append(manifest.id)
                guard manifest.id == id else { continue }
            }
            if let course = CourseLoader.load(folder: folder, thorough: false, parts: parts).course { return course }
        }
        guard let id, !known.isEmpty else { throw CommandFailure(contentError?.description ?? "no courses found") }
        throw CommandFailure("no course '\(id)' (available: \(known.joined(separator: ", ")))")
    }
}
