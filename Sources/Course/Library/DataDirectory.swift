import Foundation

/// The learner's data folder: `--data-dir`, `$DLI_TUTOR_DATA`,
/// `$XDG_DATA_HOME/dli-tutor`, else `~/.local/share/dli-tutor`.
public enum DataDirectory {
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit { return explicit }
        if let env = environment["DLI_TUTOR_DATA"], !env.isEmpty { return env }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return (xdg as NSString).appendingPathComponent("dli-tutor") }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/dli-tutor")
    }

    /// The progress database inside a data folder.
    public static func databasePath(in folder: String) -> String {
        (folder as NSString).appendingPathComponent("progress.sqlite")
    }
}
