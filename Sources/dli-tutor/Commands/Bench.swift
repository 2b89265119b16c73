import ArgumentParser

/// Benchmarks print figures; the tests assert correctness only.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the speed targets (run a release build: scripts/build-release).",
        subcommands: [
            BenchBLEU.self,
            BenchStore.self,
            BenchLayout.self,
            BenchTUI.self,
            BenchReadiness.self,
        ]
    )
}
