import Foundation

/// Finds the bundled content folder: `--content`, `$DLI_TUTOR_CONTENT`, the
/// install prefix (`<prefix>/share/dli-tutor/Content`), then the folders above
/// the executable (so `swift run` in a checkout just works).
public enum ContentLocator {
    public struct NotFound: Error, CustomStringConvertible {
        public var searched: [String]
        public var description: String {
            "no course content found; looked in:\n" + searched.map { "  " + $0 }.joined(separator: "\n")
                + "\nPass --content DIR or set DLI_TUTOR_CONTENT."
        }
    }

    /// The candidate folders in the order they are tried.
    public static func candidates(explicit: String?, environment: [String: String], executablePath: String) -> [String] {
        if let explicit { return [explicit] }
        var out: [String] = []
        if let env = environment["DLI_TUTOR_CONTENT"], !env.isEmpty { out.append(env) }
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        let binDir = executable.deletingLastPathComponent()
        out.append(binDir.deletingLastPathComponent().appendingPathComponent("share/dli-tutor/Content").path)
        var dir = binDir
        while dir.path != "/" {
            out.append(dir.appendingPathComponent("Content").path)
            dir.deleteLastPathComponent()
        }
        return out
    }

    /// The first candidate that holds at least one course folder.
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                              executablePath: String = CommandLine.arguments[0]) throws(NotFound) -> String {
        let searched = candidates(explicit: explicit, environment: environment, executablePath: executablePath)
        for folder in searched where containsCourse(folder) { return folder }
        throw NotFound(searched: searched)
    }

    /// A content folder is a course itself or holds course folders.
    static func containsCourse(_ folder: String) -> Bool {
        !CourseLibrary.courseFolders(in: folder).isEmpty
    }
}

/// The courses a learner can open: the bundled ones and those imported into
/// the data folder.
public enum CourseLibrary {
    public enum Source: String, Sendable { case bundled, imported }

    public struct Entry: Sendable {
        public var folder: String
        public var source: Source
        public var load: CourseLoad
    }

    /// Course folders directly in `folder` (or `folder` itself when it is one), sorted.
    public static func courseFolders(in folder: String) -> [String] {
        let fm = FileManager.default
        if fm.fileExists(atPath: (folder as NSString).appendingPathComponent(CourseLoader.manifestName)) { return [folder] }
        // Hidden folders are an import in progress (or one that was interrupted).
        let names = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }
        return names.sorted().map { (folder as NSString).appendingPathComponent($0) }.filter {
            fm.fileExists(atPath: ($0 as NSString).appendingPathComponent(CourseLoader.manifestName))
        }
    }

    /// Where imported courses live inside the data folder.
    public static func importedFolder(dataDirectory: String) -> String {
        (dataDirectory as NSString).appendingPathComponent("courses")
    }

    /// Loads every course without the link check (see `CourseLoader.load(folder:checkLinks:)`).
    public static func load(contentFolder: String?, dataDirectory: String?, checkLinks: Bool = false) -> [Entry] {
        var entries: [Entry] = []
        if let contentFolder {
            entries += courseFolders(in: contentFolder).map { Entry(folder: $0, source: .bundled, load: CourseLoader.load(folder: $0, checkLinks: checkLinks)) }
        }
        if let dataDirectory {
            entries += courseFolders(in: importedFolder(dataDirectory: dataDirectory)).map {
                Entry(folder: $0, source: .imported, load: CourseLoader.load(folder: $0, checkLinks: checkLinks))
            }
        }
        return entries
    }
}
