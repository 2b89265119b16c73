import ArgumentParser
import Course

/// The `--json` flag and `--color` option every `calc` subcommand takes.
struct CalcOutputOptions: ParsableArguments {
    @Flag(help: "Print one JSON object instead of the steps.")
    var json = false

    @OptionGroup var color: ColorOption
}

extension CalcCall {
    /// A call from command-line options; options left out (`nil`) are not passed,
    /// so the calculator applies its own defaults.
    static func fromOptions(_ name: String, _ options: [(String, String?)]) -> CalcCall {
        CalcCall(name: name, arguments: options.compactMap { key, value in value.map { (key, $0) } })
    }
}
