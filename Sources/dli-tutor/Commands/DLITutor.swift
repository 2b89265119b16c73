import ArgumentParser

struct DLITutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dli-tutor",
        abstract: "Study the NVIDIA DLI Generative AI course in your terminal.",
        discussion: """
            Run without a command to open the study app. The commands below work \
            in scripts and pipes too.
            """,
        version: "0.1.0",
        subcommands: [
            Courses.self,
            Lessons.self,
            Read.self,
            PracticeCommand.self,
            ExamCommand.self,
            StatsCommand.self,
            Calc.self,
            ExportCommand.self,
            ImportProgressCommand.self,
            Import.self,
            Check.self,
            Srs.self,
            Bench.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        print(DLITutor.helpMessage())
    }
}
