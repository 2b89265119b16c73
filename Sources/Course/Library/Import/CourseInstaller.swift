import Foundation

/// Writes an imported course into `<data dir>/courses/<id>/`: the files go to
/// a hidden temporary folder beside it first, which then takes the old
/// folder's place (renames on one file system), so a reader sees the old
/// course or the new one, never half of each, and an import that fails
/// leaves the old course as it was.
public enum CourseInstaller {
    /// Why a course could not be written, and where.
    public struct Failure: Error, CustomStringConvertible {
        /// The file or folder concerned.
        public var path: String
        /// What went wrong.
        public var message: String
        /// `path: message`.
        public var description: String { "\(path): \(message)" }
    }

    /// Returns the course folder.
    @discardableResult
    public static func install(_ files: [String: String], courseID: String, dataDirectory: String) throws(Failure) -> String {
        let fm = FileManager.default
        let parent = CourseLibrary.importedFolder(dataDirectory: dataDirectory)
        let target = (parent as NSString).appendingPathComponent(courseID)
        let token = UUID().uuidString.lowercased()
        let temporary = (parent as NSString).appendingPathComponent(".import-\(courseID)-\(token)")
        let retired = (parent as NSString).appendingPathComponent(".replaced-\(courseID)-\(token)")
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
            removeLeftovers(of: courseID, in: parent)
            try fm.createDirectory(atPath: temporary, withIntermediateDirectories: false)
            for (relative, text) in files.sorted(by: { $0.key < $1.key }) {
                guard !relative.hasPrefix("/"), !relative.split(separator: "/").contains("..") else {
                    throw Failure(path: relative, message: "refusing to write outside the course folder")
                }
                let path = (temporary as NSString).appendingPathComponent(relative)
                try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard fm.createFile(atPath: path, contents: Data(text.utf8)) else {
                    throw Failure(path: path, message: "cannot write the file")
                }
            }
        } catch let failure as Failure {
            try? fm.removeItem(atPath: temporary)
            throw failure
        } catch {
            try? fm.removeItem(atPath: temporary)
            throw Failure(path: temporary, message: error.localizedDescription)
        }
        let hadOld = fm.fileExists(atPath: target)
        do {
            if hadOld { try fm.moveItem(atPath: target, toPath: retired) }
        } catch {
            try? fm.removeItem(atPath: temporary)
            throw Failure(path: target, message: "cannot move the previous import aside: \(error.localizedDescription)")
        }
        do {
            try fm.moveItem(atPath: temporary, toPath: target)
        } catch {
            if hadOld { try? fm.moveItem(atPath: retired, toPath: target) }
            try? fm.removeItem(atPath: temporary)
            throw Failure(path: target, message: "cannot put the new import in place: \(error.localizedDescription)")
        }
        if hadOld { try? fm.removeItem(atPath: retired) }
        return target
    }

    /// Temporary folders an interrupted import of the same course left behind.
    private static func removeLeftovers(of courseID: String, in parent: String) {
        let fm = FileManager.default
        let tokenLength = UUID().uuidString.count
        for name in (try? fm.contentsOfDirectory(atPath: parent)) ?? [] {
            let prefix = [".import-\(courseID)-", ".replaced-\(courseID)-"].first { name.hasPrefix($0) }
            guard let prefix, name.count == prefix.count + tokenLength else { continue }
            try? fm.removeItem(atPath: (parent as NSString).appendingPathComponent(name))
        }
    }
}
