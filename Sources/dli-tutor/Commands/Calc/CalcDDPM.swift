import ArgumentParser
import Course

/// `dli-tutor calc ddpm --schedule cosine --t 500 [--x0 1,-0.5 --eps 0.3,0.8]`.
struct CalcDDPM: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ddpm", abstract: DDPMCalculator.summary)

    @Option(help: ArgumentHelp("Noise schedule (default linear).", valueName: "linear|cosine"))
    var schedule: String?
    @Option(help: "Number of timesteps T (default 1000).")
    var steps: String?
    @Option(name: .customLong("beta-start"), help: "Linear schedule's β₁ (default 1e-4).")
    var betaStart: String?
    @Option(name: .customLong("beta-end"), help: "Linear schedule's β_T (default 0.02).")
    var betaEnd: String?
    @Option(help: "Timestep t, 1…T.")
    var t: String
    @Option(parsing: .unconditional, help: ArgumentHelp("Clean sample x₀.", valueName: "x,y,…"))
    var x0: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Noise ε.", valueName: "x,y,…"))
    var eps: String?
    @OptionGroup var output: CalcOutputOptions

    func run() throws {
        try CalcOutput.print(.fromOptions("ddpm", [
            ("schedule", schedule), ("steps", steps), ("beta_start", betaStart), ("beta_end", betaEnd),
            ("t", t), ("x0", x0), ("eps", eps),
        ]), output)
    }
}
