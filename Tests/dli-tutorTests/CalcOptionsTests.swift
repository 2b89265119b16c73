import ArgumentParser
import Course
import Foundation
import Testing
@testable import dli_tutor

/// Each `calc` subcommand's options are its calculator's arguments: one
/// declaration (`Calculator.arguments`) that the form, the unknown-argument
/// check and the command line all follow.
@Suite struct CalcOptionsTests {
    /// The subcommands of `calc` that show a calculator.
    static let commands: [any CalculatorCommand.Type] = Calc.configuration.subcommands.compactMap { $0 as? any CalculatorCommand.Type }

    /// Per subcommand, its long option names and whether each is a flag (no
    /// value), as the command line itself describes them.
    static func options() throws -> [String: [String: Bool]] {
        let result = try Binary.run(["calc", "--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let subcommands = try #require((root["command"] as? [String: Any])?["subcommands"] as? [[String: Any]])
        var out: [String: [String: Bool]] = [:]
        for command in subcommands {
            let name = try #require(command["commandName"] as? String)
            var options: [String: Bool] = [:]
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                let longs = (argument["names"] as? [[String: String]] ?? []).filter { $0["kind"] == "long" }.compactMap { $0["name"] }
                for long in longs { options[long] = argument["kind"] as? String == "flag" }
            }
            // An inverted flag (--effective-order / --no-effective-order) is one option.
            for long in options.keys where long.hasPrefix("no-") && options[String(long.dropFirst(3))] != nil { options[long] = nil }
            out[name] = options
        }
        return out
    }

    static func optionName(_ key: String) -> String { key.replacingOccurrences(of: "_", with: "-") }

    @Test func everyCalculatorHasASubcommand() {
        #expect(Set(Self.commands.map { $0.calculator.name }) == Set(Calculators.names))
        #expect(Self.commands.count == Calculators.all.count)
        #expect(Self.commands.allSatisfy { $0.configuration.commandName == $0.calculator.name })
    }

    @Test func optionsAreTheCalculatorsArguments() throws {
        let names = try Self.options()
        for command in Self.commands {
            let calculator = command.calculator
            let options = Set(try #require(names[calculator.name], "no options listed for calc \(calculator.name)").keys)
            let expected = Set(calculator.keys.map(Self.optionName)).union(command.otherOptions).union(["json", "color", "help", "version"])
            #expect(options == expected, "calc \(calculator.name): options \(options.sorted()) vs arguments \(expected.sorted())")
            #expect(command.fileArguments.isSubset(of: calculator.keys))
            // The form shows declared arguments only.
            #expect(Set(calculator.fields.map(\.key)).isSubset(of: calculator.keys))
        }
    }

    /// Every option given at once, each with a value that starts with a dash:
    /// the call carries each under its calculator key, read as given.
    @Test func everyOptionReachesItsArgumentEvenWithALeadingDash() throws {
        let names = try Self.options()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dli-tutor-calc-options-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in Self.commands {
            let calculator = command.calculator
            let options = try #require(names[calculator.name])
            var arguments: [String] = []
            var expected: [String: [String]] = [:]
            for key in calculator.keys.sorted() {
                let value = "-\(key) value"
                // A flag: the option alone, the argument "true".
                if options[Self.optionName(key)] == true {
                    arguments.append("--" + Self.optionName(key))
                    expected[key] = ["true"]
                    continue
                }
                var given = value
                if command.fileArguments.contains(key) {
                    let file = folder.appendingPathComponent(key)
                    try value.write(to: file, atomically: true, encoding: .utf8)
                    given = file.path
                }
                arguments += ["--" + Self.optionName(key), given]
                expected[key] = [value]
            }
            let call = try call(command, arguments)
            var got: [String: [String]] = [:]
            for argument in call.arguments { got[argument.key, default: []].append(argument.value) }
            #expect(call.name == calculator.name)
            #expect(got == expected, "calc \(calculator.name) \(arguments)")
        }
    }

    func call<Command: CalculatorCommand>(_ command: Command.Type, _ arguments: [String]) throws -> CalcCall {
        try command.parse(arguments).call()
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
    }
}
