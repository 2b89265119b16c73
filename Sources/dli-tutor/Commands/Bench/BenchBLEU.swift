import ArgumentParser
import Course
import Foundation

/// `dli-tutor bench bleu`: times corpus BLEU (reading the files included) and,
/// optionally, a reference command that prints its score, on the same files.
struct BenchBLEU: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bleu",
        abstract: "Time corpus BLEU on files; compare with a reference command's time and score.",
        discussion: """
            The reference command runs through /bin/sh -c and must print the score, either \
            as a JSON object with a "score" member or as the last number of its output.
            Example: --reference-cmd 'sacrebleu ref.txt -i hyp.txt -b -w 16'
            """)

    @Option(help: ArgumentHelp("Hypotheses, one segment per line.", valueName: "file"))
    var hypFile: String

    @Option(help: ArgumentHelp("References, one segment per line (repeat for several).", valueName: "file"))
    var refFile: [String] = []

    @Option(help: ArgumentHelp("13a (default), intl, char or none.", valueName: "name"))
    var tokenize: String = "13a"

    @Option(help: ArgumentHelp("A shell command that computes the same score (e.g. sacrebleu).", valueName: "command"))
    var referenceCmd: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Runs of each; the best time counts.", valueName: "n"))
    var runs: Int = 3

    func validate() throws {
        guard !refFile.isEmpty else { throw ValidationError("bench bleu: missing --ref-file") }
        guard runs >= 1 else { throw ValidationError("bench bleu: --runs must be at least 1") }
    }

    func run() throws {
        let options: BLEUOptions
        do {
            options = try BLEUCalculator.options(CalcCall(name: "bleu", arguments: [("tokenize", tokenize)]))
        } catch {
            throw ValidationError("bench bleu: \(error)")
        }
        var best = Duration.seconds(Int64.max)
        var result: BLEUResult?
        var bytes = 0, segments = 0
        for _ in 0..<runs {
            let start = ContinuousClock.now
            let hypotheses = try LineFile.read(hypFile, option: "--hyp-file", command: "bench bleu")
            let references = try refFile.map { try LineFile.read($0, option: "--ref-file", command: "bench bleu") }
            do {
                result = try BLEU.corpus(hypotheses: hypotheses, references: references, options: options)
            } catch {
                throw ValidationError("bench bleu: \(error)")
            }
            best = min(best, ContinuousClock.now - start)
            segments = hypotheses.count
        }
        guard let result else { return }
        for path in [hypFile] + refFile {
            bytes += (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        }
        let seconds = best.seconds
        print("segments      \(CalcFormat.integer(segments)) (\(CalcFormat.bytes(Double(bytes))) read)")
        print("dli-tutor     BLEU \(result.score)  best of \(runs): \(String(format: "%.3f", seconds)) s  (\(CalcFormat.bytes(Double(bytes) / seconds))/s, \(ProcessInfo.processInfo.activeProcessorCount) cores)")
        guard let referenceCmd else { return }
        var referenceBest = Double.infinity
        var referenceScore: Double?
        for _ in 0..<runs {
            let (output, elapsed) = try Self.runShell(referenceCmd)
            referenceBest = min(referenceBest, elapsed)
            referenceScore = Self.score(in: output)
        }
        print("reference     BLEU \(referenceScore.map { "\($0)" } ?? "?")  best of \(runs): \(String(format: "%.3f", referenceBest)) s (whole process)")
        print("speed-up      \(String(format: "%.1f", referenceBest / seconds))×")
        if referenceScore == result.score {
            print("scores        identical")
        } else {
            print("scores        DIFFER")
            throw ExitCode.failure
        }
    }

    /// Runs `/bin/sh -c command`; returns its standard output and wall time in seconds.
    static func runShell(_ command: String) throws -> (String, Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardOutput = pipe
        let start = ContinuousClock.now
        do {
            try process.run()
        } catch {
            throw ValidationError("bench bleu: cannot run the reference command: \(error)")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = (ContinuousClock.now - start).seconds
        guard process.terminationStatus == 0 else {
            throw ValidationError("bench bleu: the reference command failed with status \(process.terminationStatus)")
        }
        return (String(decoding: data, as: UTF8.self), elapsed)
    }

    /// A JSON object's "score", or the last number in the text.
    static func score(in output: String) -> Double? {
        if let data = output.data(using: .utf8),
           let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
           let score = object["score"] as? Double
        {
            return score
        }
        return output.split(whereSeparator: { $0.isWhitespace }).reversed().lazy.compactMap { Double($0) }.first
    }
}
