import ArgumentParser
import Course

/// `--color=auto|always|never` for the commands that print styled text (`read`,
/// `calc`, `stats`): `auto` colours a terminal (attributes only under
/// `NO_COLOR`, nothing in a pipe or under `TERM=dumb`), `always` colours even a
/// pipe (`dli-tutor read 3 --color=always | less -R`), `never` writes plain text.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument, Sendable {
    case auto, always, never

    /// The ANSI mode for standard output.
    func mode(isTerminal: Bool, environment: [String: String]) -> ANSI.Mode {
        switch self {
        case .auto: return ANSI.mode(isTerminal: isTerminal, environment: environment)
        case .always: return .color
        case .never: return .plain
        }
    }
}

struct ColorOption: ParsableArguments {
    @Option(help: ArgumentHelp("Colour: auto (a terminal, not a pipe), always (e.g. into less -R) or never.",
                               valueName: "auto|always|never"))
    var color: ColorChoice = .auto
}
