import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct DLITutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dli-tutor",
        abstract: "Study the NVIDIA DLI Generative AI course in your terminal.",
        discussion: """
            Run without a command to open the study app. The commands below work \
            in scripts and pipes too.

            Environment:
              DLI_TUTOR_DATA     progress and imported courses (as --data-dir)
              DLI_TUTOR_CONTENT  the folder of courses to read (as --content)
              NO_COLOR           no colours (bold stays); --color=always overrides it
              TERM=dumb          plain text and ASCII; the app needs a real terminal
            """,
        version: "0.1.0",
        subcommands: [
            Courses.self,
            Lessons.self,
            Read.self,
            PracticeCommand.self,
            ExamCommand.self,
            StatsCommand.self,
            PlanCommand.self,
            Calc.self,
            ExportCommand.self,
            ImportProgressCommand.self,
            Import.self,
            Check.self,
            Srs.self,
            Bench.self,
            KeysCommand.self,
        ]
    )

    /// The names of the commands (for "did you mean").
    static var commandNames: [String] {
        configuration.subcommands.map { $0._commandName } + ["help"]
    }

    @OptionGroup var global: GlobalOptions

    /// Draws the first frame and exits: how start-up time is measured (`bench tui`).
    @Flag(name: .customLong("first-frame-exit"), help: .hidden)
    var firstFrameExit = false

    func run() throws {
        // In a pipe or a script there is no screen to draw on: show the commands.
        guard isatty(STDOUT_FILENO) == 1 || firstFrameExit else {
            print(DLITutor.helpMessage())
            return
        }
        try StudyApp.launch(global: global, firstFrameExit: firstFrameExit)
    }
}
