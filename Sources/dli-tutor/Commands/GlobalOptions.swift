import ArgumentParser

/// Options every command accepts: where the course content and the learner's data live.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("content"), help: ArgumentHelp("Folder that holds the courses (default: the bundled Content).", valueName: "dir"))
    var contentDirectory: String?

    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Folder for progress and imported courses (default: $XDG_DATA_HOME/dli-tutor).", valueName: "dir"))
    var dataDirectory: String?

    @Flag(name: .customLong("check-db"), help: "Verify the whole progress database before using it (otherwise only after an unclean shutdown).")
    var checkDatabase = false
}
