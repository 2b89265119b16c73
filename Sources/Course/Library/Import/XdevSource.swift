import Foundation

/// The files of an xdev content tree that the importer reads, held in memory
/// (relative path → text), so the conversion itself never touches a disk.
///
/// Layout (the npm package `@xdev-asia/xdev-knowledge-mcp` and its source repository):
/// `content/[LANG/]series/<group>/<series>/index.md`,
/// `content/[LANG/]series/<group>/<series>/chapters/<chapter>/lessons/<lesson>.md`,
/// `data/quizzes/<quiz>.json` and the multi-course index `data/quizzes.json`.
public struct XdevSource: Sendable {
    /// The folder the files were read from, for messages.
    public var root: String
    /// Relative path (`content/series/…`) → file text.
    public var files: [String: String]

    /// Files already read (tests build them in memory).
    public init(root: String = "xdev", files: [String: String]) {
        self.root = root
        self.files = files
    }

    /// How a relative path is shown in diagnostics.
    public func displayPath(_ relativePath: String) -> String {
        root.isEmpty ? relativePath : (root as NSString).appendingPathComponent(relativePath)
    }

    /// One series folder found in the tree.
    public struct Series: Hashable, Sendable {
        /// `content/[LANG/]series/<group>/<series>`.
        public var path: String
        /// The language folder, or nil for the repository's default language.
        public var languageFolder: String?
        /// The `<group>` folder (`luyen-thi`).
        public var group: String
        /// The series folder's name, which the course id is made from.
        public var slug: String
    }

    /// The series folders present, sorted by path (default language first).
    public var series: [Series] {
        var found = Set<Series>()
        for path in files.keys {
            let parts = path.split(separator: "/").map(String.init)
            guard parts.first == "content", let seriesIndex = parts.firstIndex(of: "series"),
                  seriesIndex == 1 || seriesIndex == 2, parts.count > seriesIndex + 3 else { continue }
            let rest = parts[(seriesIndex + 3)...]
            let isManifest = rest.count == 1 && rest.first == "index.md"
            let isLesson = rest.count == 4 && rest.first == "chapters" && rest[rest.startIndex + 2] == "lessons" && path.hasSuffix(".md")
            guard isManifest || isLesson else { continue }
            found.insert(Series(path: parts[0...(seriesIndex + 2)].joined(separator: "/"),
                                languageFolder: seriesIndex == 2 ? parts[1] : nil,
                                group: parts[seriesIndex + 1], slug: parts[seriesIndex + 2]))
        }
        return found.sorted { ($0.languageFolder ?? "", $0.path) < ($1.languageFolder ?? "", $1.path) }
    }

    /// The lesson files of a series, sorted by path.
    public func lessonPaths(of series: Series) -> [String] {
        files.keys.filter { path in
            guard path.hasPrefix(series.path + "/chapters/"), path.hasSuffix(".md") else { return false }
            let rest = path.dropFirst(series.path.count + 1).split(separator: "/")
            return rest.count == 4 && rest[2] == "lessons"
        }.sorted()
    }

    /// Where the quiz files are.
    public static let quizFolder = "data/quizzes"
    /// The index of quizzes of several courses.
    public static let quizIndex = "data/quizzes.json"
}

/// Reads the files of an xdev tree that the importer needs (the edge where
/// the importer touches the disk).
public enum XdevSourceReader {
    /// The series and quiz files under `folder`; a file that cannot be read is a diagnostic.
    public static func read(folder: String) -> (source: XdevSource, diagnostics: [Diagnostic]) {
        var files: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        let fm = FileManager.default
        func list(_ relative: String) -> [String] {
            let names = (try? fm.contentsOfDirectory(atPath: (folder as NSString).appendingPathComponent(relative))) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted()
        }
        func isDirectory(_ relative: String) -> Bool {
            var flag: ObjCBool = false
            return fm.fileExists(atPath: (folder as NSString).appendingPathComponent(relative), isDirectory: &flag) && flag.boolValue
        }
        func load(_ relative: String) {
            let path = (folder as NSString).appendingPathComponent(relative)
            guard let data = fm.contents(atPath: path) else {
                diagnostics.append(Diagnostic(file: path, message: "cannot read the file"))
                return
            }
            files[relative] = String(decoding: data, as: UTF8.self)
        }
        var seriesFolders = isDirectory("content/series") ? ["content/series"] : []
        for name in list("content") where name != "series" && isDirectory("content/\(name)/series") {
            seriesFolders.append("content/\(name)/series")
        }
        for seriesFolder in seriesFolders {
            for group in list(seriesFolder) where isDirectory("\(seriesFolder)/\(group)") {
                for slug in list("\(seriesFolder)/\(group)") where isDirectory("\(seriesFolder)/\(group)/\(slug)") {
                    let series = "\(seriesFolder)/\(group)/\(slug)"
                    if fm.fileExists(atPath: (folder as NSString).appendingPathComponent("\(series)/index.md")) { load("\(series)/index.md") }
                    for chapter in list("\(series)/chapters") where isDirectory("\(series)/chapters/\(chapter)") {
                        for lesson in list("\(series)/chapters/\(chapter)/lessons") where lesson.hasSuffix(".md") {
                            load("\(series)/chapters/\(chapter)/lessons/\(lesson)")
                        }
                    }
                }
            }
        }
        for name in list(XdevSource.quizFolder) where name.hasSuffix(".json") { load("\(XdevSource.quizFolder)/\(name)") }
        if fm.fileExists(atPath: (folder as NSString).appendingPathComponent(XdevSource.quizIndex)) { load(XdevSource.quizIndex) }
        return (XdevSource(root: folder, files: files), diagnostics)
    }
}
