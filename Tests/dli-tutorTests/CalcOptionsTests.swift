import ArgumentParser
import Course
import Foundation
import Testing
@testable import dli_tutor

/// Each `calc` subcommand's options are its calculator's arguments: one
/// declaration (`Calculator.arguments`) that the form, the unknown-argument
/// check, the command line and its help all follow.
@Suite struct CalcOptionsTests {
    @Test func everyCalculatorHasASubcommandOfItsName() {
        let names = Calc.configuration.subcommands.compactMap { command in command.configuration.commandName }.filter { $0 != "eval" }
        #expect(names.sorted() == Calculators.names.sorted())
    }

    @Test func everyArgumentHasHelpAndTheHelpListsIt() throws {
        for calculator in Calculators.all {
            let help = try Binary.run(["calc", calculator.name, "--help"])
            #expect(help.status == 0, "\(calculator.name): \(help.stderr)")
            let listing = help.stdout.components(separatedBy: "\n\nUSAGE:").first ?? ""
            for argument in calculator.arguments {
                #expect(argument.help.hasSuffix("."), "calc \(calculator.name) \(argument.option): \(argument.help)")
                let lines = listing.split(separator: "\n")
                let at = try #require(lines.firstIndex { $0.hasPrefix("  " + CalcHelp.synopsis(argument)) },
                                      "calc \(calculator.name) --help does not list \(argument.option)")
                // The help starts beside the option, or under it when the option is long.
                let entry = lines[at...].prefix(2).joined(separator: " ")
                let firstWord = try #require(argument.help.split(separator: " ").first)
                #expect(entry.contains(firstWord), "\(entry)")
            }
        }
    }

    /// The options and usage are laid out at the width the rest of the help takes (`COLUMNS` here), so none is cut.
    @Test func helpFitsANarrowTerminal() throws {
        for calculator in Calculators.all {
            let help = try Binary.run(["calc", calculator.name, "--help"], environment: ["COLUMNS": "60"])
            let long = help.stdout.split(separator: "\n").filter { $0.count >= 60 }
            #expect(long.isEmpty, "calc \(calculator.name): \(long)")
            let usage = help.stdout.components(separatedBy: "USAGE: ").last ?? ""
            for argument in calculator.arguments {
                #expect(usage.contains("[\(CalcHelp.synopsis(argument))]"), "calc \(calculator.name) usage: \(argument.option)")
            }
        }
    }

    /// Every argument given at once, each with a value that starts with a dash:
    /// the argument parser hands the words over as typed, and the call carries
    /// each under its calculator key, read as given.
    @Test func everyOptionReachesItsArgumentEvenWithALeadingDash() throws {
        for calculator in Calculators.all { try reachesItsArguments(calculator) }
    }

    func reachesItsArguments<C: Calculator>(_ calculator: C.Type) throws {
        var words: [String] = [], expected: [String: [String]] = [:]
        for argument in C.arguments {
            if argument.isSwitch {
                words.append(argument.option)
                expected[argument.key] = ["true"]
            } else {
                words += [argument.option, "-\(argument.key) value"]
                expected[argument.key] = [argument.givenAsFile ? "text of -\(argument.key) value" : "-\(argument.key) value"]
            }
        }
        let parsed = try CalcOptions<C>.parse(words + ["--json"])
        #expect(parsed.words == words)
        #expect(parsed.output.json)
        let reader = CalcOptionReader(calculator: C.self, readFile: { "text of " + $0 })
        let call = try reader.call(parsed.words).call
        var got: [String: [String]] = [:]
        for argument in call.arguments { got[argument.key, default: []].append(argument.value) }
        #expect(call.name == C.name)
        #expect(got == expected, "calc \(C.name) \(words)")
    }

    @Test func theReaderTakesEveryFormOfAnOption() throws {
        let bleu = CalcOptionReader(calculator: BLEUCalculator.self, readFile: { _ in "" })
        let (call, callSyntax) = try bleu.call(["--hyp=a b", "ref=c d", "--ref", "--e", "--no-effective-order", "--max-n", "2",
                                                 "smooth_value=0.2"])
        #expect(!callSyntax)
        #expect(call.arguments.map(\.key) == ["hyp", "ref", "ref", "effective_order", "max_n", "smooth_value"])
        #expect(call.arguments.map(\.value) == ["a b", "c d", "--e", "false", "2", "0.2"])
        #expect(try bleu.call(["hyp=a", "ref=b"]).callSyntax)
        #expect(try bleu.call(["--lowercase=false"]).call.arguments.map(\.value) == ["false"])
    }

    @Test func theReaderNamesWhatIsWrong() {
        let elo = CalcOptionReader(calculator: EloCalculator.self, readFile: { _ in throw CocoaError(.fileReadNoSuchFile) })
        #expect(throws: CalcOptionError.unknown("--rx", suggestion: "--ra")) { try elo.call(["--rx", "1"]) }
        #expect(throws: CalcOptionError.unknown("rbb", suggestion: "--rb")) { try elo.call(["rbb=1"]) }
        #expect(throws: CalcOptionError.unknown("-x", suggestion: "--k")) { try elo.call(["-x"]) }
        #expect(throws: CalcOptionError.unknown("--zzzz", suggestion: nil)) { try elo.call(["--zzzz"]) }
        #expect(throws: CalcOptionError.stray("1600")) { try elo.call(["--ra", "1", "1600"]) }
        #expect(throws: CalcOptionError.needsValue("--rb")) { try elo.call(["--ra", "1", "--rb"]) }
        #expect(throws: CalcOptionError.unreadable("--matches", "games.txt")) { try elo.call(["--matches", "games.txt"]) }
        // --no- belongs to switches only.
        #expect(throws: CalcOptionError.unknown("--no-k", suggestion: nil)) { try elo.call(["--no-k"]) }
    }

    @Test func valuesStartingWithADashAndNegativeNumbersInTheSeparateForm() throws {
        let bleu = try Binary.run(["calc", "bleu", "--hyp", "- don't stop", "--ref", "- don't stop now", "--json"])
        #expect(bleu.status == 0, "\(bleu.stderr)")
        #expect(bleu.stdout.contains("\"score\""))
        let same = try Binary.run(["calc", "bleu", "--hyp=- don't stop", "--ref=- don't stop now", "--json"])
        #expect(bleu.stdout == same.stdout)
        // Negative numbers and vectors, and a flag after them still read as a flag.
        let cfg = try Binary.run(["calc", "cfg", "--uncond", "-0.5,1", "--cond", "-0.5,1", "--scale", "-1", "--json"])
        #expect(cfg.status == 0, "\(cfg.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(cfg.stdout.utf8)) as? [String: Any])
        #expect(object["scale"] as? Double == -1)
        #expect(object["guided"] as? [Double] == [-0.5, 1])
        let rouge = try Binary.run(["calc", "rouge", "--hyp", "-a b", "--ref", "-a c", "--stem", "--json"])
        #expect(rouge.status == 0, "\(rouge.stderr)")
        // A missing value is still an error, not the next option taken as text.
        let missing = try Binary.run(["calc", "elo", "--ra"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "dli-tutor: calc elo: --ra needs a value\n")
    }

    /// Mistakes on the command line are one line that names the option as typed.
    @Test func mistakesNameTheOption() throws {
        let cases: [([String], String)] = [
            (["calc", "elo", "--ra", "1600", "--rb", "1400", "--ra", "1500"], "calc elo: --ra: given more than once (it takes one value)"),
            (["calc", "elo", "--rating", "1600"], "calc elo: unknown option '--rating'"),
            (["calc", "rouge", "--ref", "x"], "calc rouge: missing option --hyp"),
            (["calc", "rouge", "ref=x"], "calc rouge: missing argument 'hyp'"),
            (["calc", "cosine", "--a", "1,2", "3,4"], "calc cosine: '3,4' is not an option: write --key value or key=value"),
        ]
        for (arguments, message) in cases {
            let result = try Binary.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("dli-tutor: " + message), "\(arguments): \(result.stderr)")
        }
    }
}
