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
            Calc.self,
            Bench.self,
            Courses.self,
            Lessons.self,
            Read.self,
            Check.self,
            Srs.self,
            Import.self,
            PracticeCommand.self,
            ExamCommand.self,
            StatsCommand.self,
            ExportCommand.self,
            ImportProgressCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        print(DLITutor.helpMessage())
    }
}
