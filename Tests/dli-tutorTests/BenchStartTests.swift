import Foundation
import Testing

/// `dli-tutor bench start`: one line of figures per command; the tests check the
/// figures are printed, never their values.
@Suite struct BenchStartTests {
    @Test func timesEachCommandAndTheFirstFrame() throws {
        let result = try Binary.run(["bench", "start", "--runs", "1", "--warmup", "0"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        for label in ["exec floor (/bin/true)", "dli-tutor --version", "dli-tutor read FILE.md", "dli-tutor read 1",
                      "dli-tutor lessons --json", "app to its first frame (120x40)"] {
            let line = lines.first { $0.hasPrefix("  " + label) }
            #expect(line?.contains("wall median") == true, "\(label)")
            #expect(line?.contains("cpu median") == true, "\(label)")
        }
        #expect(lines.first { $0.hasPrefix("  dli-tutor --version") }?.contains("peak") == true)
        #expect(lines.first { $0.hasPrefix("  dli-tutor read 1") }?.contains("target < 20 ms") == true)
    }

    @Test func badCountsExitWithStatusTwo() throws {
        for arguments in [["--runs", "0"], ["--warmup=-1"], ["--width", "0"]] {
            let result = try Binary.run(["bench", "start"] + arguments)
            #expect(result.status == 2, "\(arguments)")
        }
    }
}
