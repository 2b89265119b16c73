import ArgumentParser
import Course
import Foundation

/// `dli-tutor calc elo --ra 1600 --rb 1400 [--k 32] [--score 1]`, or `--matches FILE`.
struct CalcElo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "elo", abstract: EloCalculator.summary,
        discussion: "A matches file has one game per line, 'PLAYER_A PLAYER_B SCORE' with SCORE 1, 0.5 or 0 for A; '#' starts a comment. Use '-' to read standard input.")

    @Option(parsing: .unconditional, help: "Rating of A.")
    var ra: String?
    @Option(parsing: .unconditional, help: "Rating of B.")
    var rb: String?
    @Option(parsing: .unconditional, help: "K factor (default 32).")
    var k: String?
    @Option(help: ArgumentHelp("A's result: 1 win, 0.5 draw, 0 loss (default 1).", valueName: "1|0.5|0"))
    var score: String?
    @Option(help: ArgumentHelp("Build a leaderboard from the games in this file.", valueName: "file"))
    var matches: String?
    @Option(parsing: .unconditional, help: "Start rating of every player in a leaderboard (default 1000).")
    var start: String?
    @OptionGroup var output: CalcOutputOptions

    func run() throws {
        let games = try matches.map(Self.read)
        try CalcOutput.print(.fromOptions("elo", [
            ("ra", ra), ("rb", rb), ("k", k), ("score", score), ("matches", games), ("start", start),
        ]), output)
    }

    static func read(_ path: String) throws -> String {
        if path == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("calc elo: cannot read matches file '\(path)'")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
