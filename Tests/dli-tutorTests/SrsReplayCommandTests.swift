import Foundation
import Testing

/// `dli-tutor srs replay` through the real binary against py-fsrs 6.3.2's output
/// (Tests/QuizTests/Golden, made by scripts/golden/fsrs_histories.py).
@Suite struct SrsReplayCommandTests {
    static let golden = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("QuizTests/Golden")

    func lines(_ name: String) throws -> [String] {
        try String(contentsOf: Self.golden.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func replaysTheGoldenLogLikePyFSRS() throws {
        let result = try Binary.run(["srs", "replay", Self.golden.appendingPathComponent("fsrs-replay.jsonl").path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let output = result.stdout.split(separator: "\n").map(String.init)
        let expected = try lines("fsrs-replay.expected.jsonl")
        #expect(output.count == expected.count)
        for (index, (got, want)) in zip(output, expected).enumerated() {
            #expect(got == want, "line \(index + 1)")
        }
    }

    @Test func customParametersAndRetention() throws {
        let options = try JSONDecoder().decode(
            [String: String].self, from: Data(contentsOf: Self.golden.appendingPathComponent("fsrs-replay-custom.options.json")))
        let log = Self.golden.appendingPathComponent("fsrs-replay-custom.jsonl").path
        let result = try Binary.run([
            "srs", "replay", "--parameters", try #require(options["parameters"]), "--retention", try #require(options["retention"]), log,
        ])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").map(String.init) == (try lines("fsrs-replay-custom.expected.jsonl")))
        // The defaults give a different schedule for the same log.
        let defaults = try Binary.run(["srs", "replay", log])
        #expect(defaults.status == 0 && defaults.stdout != result.stdout)
    }

    @Test func readsStandardInput() throws {
        let log = """
            {"card": 7, "time": "2025-12-29T10:36:43Z", "rating": "good"}

            {"card": 7, "time": "2025-12-29T10:46:43Z", "rating": "good"}
            """
        let result = try Binary.run(["srs", "replay", "-"], stdin: log)
        #expect(result.status == 0)
        let output = result.stdout.split(separator: "\n")
        #expect(output.count == 2)
        #expect(output.first == #"{"card": 7, "state": "learning", "step": 1, "stability": 2.3065, "difficulty": 2.118103970459016, "due": "2025-12-29T10:46:43Z"}"#)
        #expect(output.last?.hasPrefix(#"{"card": 7, "state": "review", "step": null, "#) == true)
    }

    @Test func badLineNamesTheLineAndExitsTwo() throws {
        let cases: [(String, String)] = [
            (#"{"card": "a", "time": "2025-01-01T00:00:00Z", "rating": "meh"}"#, "stdin:2: \"rating\" must be again, hard, good or easy, found 'meh'"),
            (#"{"card": "a", "time": "yesterday", "rating": "good"}"#, "stdin:2: \"time\" must be an ISO-8601 time"),
            (#"{"card": "a", "rating": "good"}"#, "stdin:2: missing \"time\""),
            (#"{"card": [1], "time": "2025-01-01T00:00:00Z", "rating": "good"}"#, "stdin:2: \"card\" must be a string or an integer"),
            (#"{"card": "a", "time": "2024-01-01T00:00:00Z", "rating": "good"}"#, "stdin:2: review time 2024-01-01T00:00:00Z is before this card's previous review on line 1"),
            (#"{"card": "a" "time"}"#, "stdin:2:14: expected"),
            ("[1, 2]", "stdin:2: expected an object"),
        ]
        for (line, message) in cases {
            let log = #"{"card": "a", "time": "2025-01-01T00:00:00Z", "rating": "good"}"# + "\n" + line + "\n"
            let result = try Binary.run(["srs", "replay", "-"], stdin: log)
            #expect(result.status == 2, "\(line)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("dli-tutor: " + message), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func badOptionsExitTwoAndMissingFileExitsOne() throws {
        let log = Self.golden.appendingPathComponent("fsrs-replay.jsonl").path
        for arguments in [["--retention", "1.5"], ["--retention", "x"], ["--parameters", "1,2,3"], ["--parameters", "0.2,abc"]] {
            let result = try Binary.run(["srs", "replay"] + arguments + [log])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("dli-tutor: "))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        let missing = try Binary.run(["srs", "replay", "/nonexistent/log.jsonl"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "dli-tutor: srs replay: cannot read /nonexistent/log.jsonl: no such file\n")
    }
}
