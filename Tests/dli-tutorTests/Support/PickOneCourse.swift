import Foundation

/// A copy of the bundled course whose bank keeps only its pick-one questions.
/// End-to-end tests of exam and practice mechanics answer by letter (`a`, `b`, …)
/// and use bare command words, which a typed number or text question would read
/// or refuse; they run on this copy with `--content`, while the forms themselves
/// are driven by their own tests and the bundled bank by `TwentyMockExamsTests`.
enum PickOneCourse {
    /// The content folder holding the copy (pass it as `--content`), made once per
    /// test run; a folder that does not exist if the copy could not be made, so
    /// every test using it fails on the missing course.
    static let content: String = (try? copy(of: BundledCourse.folder) { ($0["response"] as? String ?? "choice") == "choice" })
        ?? "/nonexistent/pick-one-course-copy"

    /// The copied course folder.
    static var folder: String { (content as NSString).appendingPathComponent(BundledCourse.id) }

    /// A new content folder under the temporary folder holding a copy of the course
    /// in `folder` whose quiz files keep only the questions `keep` accepts.
    static func copy(of folder: String, keeping keep: ([String: Any]) -> Bool) throws -> String {
        let content = (NSTemporaryDirectory() as NSString).appendingPathComponent("content-\(UUID().uuidString)")
        let course = (content as NSString).appendingPathComponent(BundledCourse.id)
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: folder, toPath: course)
        let quiz = (course as NSString).appendingPathComponent("quiz")
        for name in try FileManager.default.contentsOfDirectory(atPath: quiz) {
            let url = URL(fileURLWithPath: (quiz as NSString).appendingPathComponent(name))
            guard var object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any],
                  let questions = object["questions"] as? [[String: Any]] else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path])
            }
            object["questions"] = questions.filter(keep)
            try JSONSerialization.data(withJSONObject: object).write(to: url)
        }
        return content
    }
}
