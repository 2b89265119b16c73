import Foundation

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
