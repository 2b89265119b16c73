import Foundation

/// What loading a course folder produced: the course (nil only when the
/// manifest itself is unusable) and every problem found, located.
public struct CourseLoad: Sendable {
    public var course: Course?
    public var diagnostics: [Diagnostic]
    /// Where each loaded question was written (by id), for later diagnostics.
    public var questionLocations: [String: Diagnostic.Location] = [:]

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// Loads a course folder (Content/README.md): `course.yaml`, `lessons/*.md`,
/// `quiz/*.json`. One bad file never hides the rest: it is reported and skipped.
public enum CourseLoader {
    public static let manifestName = "course.yaml"

    /// How much of a course a command reads: a start reads only what it shows.
    public enum Parts: Sendable {
        /// `course.yaml` alone: the id, title, chapters and exam (lessons and questions empty).
        case manifest
        /// The manifest and the lessons, without the quiz files (questions empty).
        case lessons
        case all
    }

    /// `thorough` adds the checks that only advise and would cost every start
    /// their time: broken internal links (every lesson body parsed) and repeated
    /// question stems. `dli-tutor check`, imports and the tests run them; the app
    /// and the other commands skip them.
    public static func load(folder: String, thorough: Bool = true, parts: Parts = .all) -> CourseLoad {
        let files = FolderFiles(folder: folder)
        return load(files: files, thorough: thorough, parts: parts)
    }

    /// Loading from an abstract file source keeps the parsing testable without a disk.
    public static func load(files: some CourseFileSource, thorough: Bool = true, parts: Parts = .all) -> CourseLoad {
        var diagnostics: [Diagnostic] = []
        let manifestPath = files.displayPath(manifestName)
        guard let manifestText = files.read(manifestName) else {
            diagnostics.append(Diagnostic(file: manifestPath, message: "no \(manifestName) here: not a course folder"))
            return CourseLoad(course: nil, diagnostics: diagnostics)
        }
        var manifestReader = NodeReader(file: manifestPath)
        let manifest = ManifestDecoder.decode(manifestText, reader: &manifestReader)
        diagnostics += manifestReader.diagnostics
        guard var course = manifest else { return CourseLoad(course: nil, diagnostics: diagnostics) }
        course.folder = files.root
        if parts == .manifest { return CourseLoad(course: course, diagnostics: diagnostics) }

        let decoded = decodeEach("lessons", extension: "md", in: files, diagnostics: &diagnostics) { text, file, reader in
            LessonDecoder.decode(text, file: file, reader: &reader).map { [$0] } ?? []
        }
        let lessons = LessonValidator.validate(decoded, chapters: course.chapters)
        course.lessons = lessons.lessons.map { lesson in
            var lesson = lesson
            lesson.title = NumberedTitle.stripping(lesson.title, number: lesson.order)
            return lesson
        }
        course.chapters = course.chapters.map { chapter in
            var chapter = chapter
            chapter.title = NumberedTitle.stripping(chapter.title, number: chapter.number)
            return chapter
        }
        diagnostics += lessons.diagnostics
        let outlines = thorough ? LessonBodyValidator.outlines(of: course.lessons) : [:]
        if thorough { diagnostics += LessonBodyValidator.linkDiagnostics(course.lessons, outlines: outlines) }
        if parts == .lessons { return CourseLoad(course: course, diagnostics: diagnostics) }

        let decodedQuestions = decodeEach("quiz", extension: "json", in: files, diagnostics: &diagnostics) { text, _, reader in
            QuestionDecoder.decodeFile(text, reader: &reader)
        }
        let questions = QuestionValidator.validate(decodedQuestions, in: course, checkStems: thorough)
        course.questions = questions.questions
        diagnostics += questions.diagnostics
        if thorough { diagnostics += LessonBodyValidator.sectionDiagnostics(decodedQuestions, outlines: outlines) }
        var locations: [String: Diagnostic.Location] = [:]
        for item in decodedQuestions where locations[item.question.id] == nil {
            let at = item.positions[""] ?? .start
            locations[item.question.id] = Diagnostic.Location(file: item.file, line: at.line, column: at.column)
        }
        return CourseLoad(course: course, diagnostics: diagnostics, questionLocations: locations)
    }

    /// Decodes each file of `subfolder` with the extension, in name order, each
    /// with a reader of its own (`decode` gets its text and displayed path); a
    /// file that cannot be read is reported and skipped. The files are decoded
    /// in parallel (they share nothing); results and diagnostics keep the order.
    private static func decodeEach<T: Sendable>(_ subfolder: String, extension ext: String, in files: some CourseFileSource,
                                                diagnostics: inout [Diagnostic],
                                                _ decode: @escaping @Sendable (String, String, inout NodeReader) -> [T]) -> [T] {
        let results = ParallelMap.map(files.list(subfolder, extension: ext)) { name -> ([T], [Diagnostic]) in
            let path = subfolder + "/" + name
            var reader = NodeReader(file: files.displayPath(path))
            var decoded: [T] = []
            if let text = files.read(path) {
                decoded = decode(text, files.displayPath(path), &reader)
            } else {
                reader.report("cannot read the file", at: .start)
            }
            return (decoded, reader.diagnostics)
        }
        var decoded: [T] = []
        for (items, problems) in results {
            decoded += items
            diagnostics += problems
        }
        return decoded
    }
}

/// Where a course's files come from: a folder on disk, or memory in tests.
public protocol CourseFileSource: Sendable {
    /// The folder, for `Course.folder` and messages.
    var root: String { get }
    /// The contents of a file relative to the root, or nil.
    func read(_ relativePath: String) -> String?
    /// File names (not paths) in a subfolder with the extension, sorted.
    func list(_ subfolder: String, extension: String) -> [String]
    /// How a relative path is shown in diagnostics.
    func displayPath(_ relativePath: String) -> String
}

public struct FolderFiles: CourseFileSource {
    public let folder: String
    public init(folder: String) { self.folder = folder }

    public var root: String { folder }

    public func read(_ relativePath: String) -> String? {
        guard let data = FileManager.default.contents(atPath: displayPath(relativePath)) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    public func list(_ subfolder: String, extension ext: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: displayPath(subfolder))) ?? []
        return names.filter { $0.hasSuffix("." + ext) && !$0.hasPrefix(".") }.sorted()
    }

    public func displayPath(_ relativePath: String) -> String {
        (folder as NSString).appendingPathComponent(relativePath)
    }
}

/// Files held in memory (tests, importer previews).
public struct MemoryFiles: CourseFileSource {
    public var files: [String: String]
    public var root: String
    public init(_ files: [String: String], root: String = "mem") {
        self.files = files
        self.root = root
    }

    public func read(_ relativePath: String) -> String? { files[relativePath] }

    public func list(_ subfolder: String, extension ext: String) -> [String] {
        files.keys.compactMap { path -> String? in
            guard path.hasPrefix(subfolder + "/"), path.hasSuffix("." + ext) else { return nil }
            let name = String(path.dropFirst(subfolder.count + 1))
            return name.contains("/") ? nil : name
        }.sorted()
    }

    public func displayPath(_ relativePath: String) -> String { root + "/" + relativePath }
}
