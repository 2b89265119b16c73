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
                              executablePath: String = runningExecutable) throws(NotFound) -> String {
        let searched = candidates(explicit: explicit, environment: environment, executablePath: executablePath)
        for folder in searched where containsCourse(folder) { return folder }
        throw NotFound(searched: searched)
    }

    /// Where the running executable lies. Not `argv[0]`: run through `PATH` that
    /// is only the name (`dli-tutor`), which would be looked up in the current folder.
    public static var runningExecutable: String {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return CommandLine.arguments[0]
        #else
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
    }

    /// A content folder is a course itself or holds course folders.
    static func containsCourse(_ folder: String) -> Bool {
        !CourseLibrary.courseFolders(in: folder).isEmpty
    }
}
