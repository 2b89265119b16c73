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

    /// Loads every course without the advisory checks (see `CourseLoader.load(folder:thorough:parts:)`).
    public static func load(contentFolder: String?, dataDirectory: String?, thorough: Bool = false) -> [Entry] {
        folders(contentFolder: contentFolder, dataDirectory: dataDirectory).map {
            Entry(folder: $0.folder, source: $0.source, load: CourseLoader.load(folder: $0.folder, thorough: thorough))
        }
    }

    /// Every course folder, the bundled ones first, without reading any course.
    public static func folders(contentFolder: String?, dataDirectory: String?) -> [(folder: String, source: Source)] {
        var out: [(folder: String, source: Source)] = []
        if let contentFolder { out += courseFolders(in: contentFolder).map { ($0, .bundled) } }
        if let dataDirectory { out += courseFolders(in: importedFolder(dataDirectory: dataDirectory)).map { ($0, .imported) } }
        return out
    }
}
