import ArgumentParser

/// Benchmarks print figures; the tests assert correctness only.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the speed targets (run a release build: scripts/build-release).",
        subcommands: [
            BenchBLEU.self,
            BenchStore.self,
            BenchLayout.self,
            BenchTUI.self,
            BenchStart.self,
            BenchReadiness.self,
        ]
    )
}
