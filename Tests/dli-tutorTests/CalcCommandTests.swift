import Course
import Foundation
import Testing
@testable import dli_tutor

/// `dli-tutor calc NAME …` run as a user would: JSON shapes and exit statuses.
@Suite struct CalcCommandTests {
    func json(_ arguments: [String], stdin: String? = nil) throws -> [String: Any] {
        let result = try Binary.run(arguments + ["--json"], stdin: stdin)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 1, "one JSON object on one line")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any], "not an object: \(result.stdout)")
    }

    func expectUsageError(_ arguments: [String], mentioning text: String? = nil) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == 2, "\(arguments) exited \(result.status)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("dli-tutor: "), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        if let text { #expect(result.stderr.contains(text), "\(result.stderr)") }
    }

    @Test func eloJSONShape() throws {
        let object = try json(["calc", "elo", "--ra", "1600", "--rb", "1400", "--k", "32", "--score", "1"])
        for key in ["expected_a", "expected_b", "new_ra", "new_rb"] { #expect(object[key] is Double, "\(key)") }
        let expected = try #require(object["expected_a"] as? Double)
        #expect(abs(expected - 1 / (1 + pow(10, -200.0 / 400))) < 1e-15)
        let newRA = try #require(object["new_ra"] as? Double)
        #expect(abs(newRA - (1600 + 32 * (1 - expected))) < 1e-9)
        // Without --score and --k: defaults (A wins, K = 32).
        let defaults = try json(["calc", "elo", "--ra", "1600", "--rb", "1400"])
        #expect(defaults["new_ra"] as? Double == newRA)
    }

    @Test func eloLeaderboardFromFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dli-tutor-matches-\(UUID().uuidString).txt")
        try "# arena\nalpha beta 1\nbeta gamma 0.5\ngamma alpha 0\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let object = try json(["calc", "elo", "--matches", file.path])
        let board = try #require(object["leaderboard"] as? [[String: Any]])
        #expect(board.map { $0["name"] as? String } == ["alpha", "beta", "gamma"])
        #expect(board.map { $0["rank"] as? Int } == [1, 2, 3])
        #expect(object["games"] as? Int == 3)
        // Standard input works too.
        let piped = try json(["calc", "elo", "--matches", "-", "--start", "1500"], stdin: "a b 1\n")
        let first = try #require((piped["leaderboard"] as? [[String: Any]])?.first)
        #expect(first["rating"] as? Double == 1516)
        try expectUsageError(["calc", "elo", "--matches", "/nonexistent/matches.txt"], mentioning: "cannot read")
    }

    /// Defect 8: `calc NAME key=value…` runs as in a lesson calc block (the form the
    /// app's calculator shows), and the steps say `score=` there but `--score` after options.
    @Test func theCallSyntaxWorksOnTheCommandLineAndTextsFollowTheForm() throws {
        let options = try json(["calc", "lora", "--model", "llama-3-8b", "--rank", "16"])
        let words = try json(["calc", "lora", "model=llama-3-8b", "rank=16", "--json"])
        #expect(words["trainable_params"] as? Int == 41_943_040)
        #expect(words["trainable_params"] as? Int == options["trainable_params"] as? Int)
        let matrix = try json(["calc", "attention", "q=1,0;0,1", "k=1,0;0,1", "v=1,2;3,4", "mask=causal", "--json"])
        #expect(matrix["d_k"] as? Int == 2)
        let spaced = try Binary.run(["calc", "bleu", "hyp=the cat sat on the mat", "ref=the cat is on the mat", "smooth=none"])
        #expect(spaced.status == 0 && spaced.stdout.contains("ref tokens"))
        let elo = try Binary.run(["calc", "elo", "--ra", "1600", "--rb", "1400"])
        #expect(elo.stdout.contains("assumed, give --score"))
        let eloWords = try Binary.run(["calc", "elo", "ra=1600", "rb=1400"])
        #expect(eloWords.stdout.contains("assumed, give score="))
        try expectUsageError(["calc", "lora", "model=llama-3-8b", "d_in=3", "rank=2"], mentioning: "d_in: cannot be combined with model=")
        try expectUsageError(["calc", "lora", "--model", "llama-3-8b", "--d-in", "3", "--rank", "2"],
                             mentioning: "--d-in: cannot be combined with --model")
        // The shell command the app's calculator shows reads back to the same call.
        let call = try CalcCall.parse(#"attention q="1,0;0,1" k="1,0;0,1" v="1,2;3,4""#)
        let shown = CommandLineArguments.shellCommand(for: call)
        #expect(shown == "dli-tutor calc attention q='1,0;0,1' k='1,0;0,1' v='1,2;3,4'")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", shown.replacingOccurrences(of: "dli-tutor", with: Binary.url.path) + " --json"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0 && output.contains("\"d_k\": 2"), "\(output)")
    }

    @Test func loraJSONShape() throws {
        let object = try json(["calc", "lora", "--model", "llama-3-8b", "--rank", "16"])
        #expect(object["trainable_params"] as? Int == 41_943_040)
        #expect(object["frozen_params"] as? Int == 8_030_261_248)
        #expect(object["ratio"] is Double && object["scaling"] is Double)
        let bytes = try #require(object["adapter_bytes"] as? [String: Any])
        #expect(bytes["fp32"] as? Int == 167_772_160 && bytes["fp16"] as? Int == 83_886_080 && bytes["bf16"] as? Int == 83_886_080)
        let attention = try json(["calc", "lora", "--model", "llama-3-8b", "--rank", "16", "--targets", "q_proj,k_proj,v_proj,o_proj", "--alpha", "32"])
        #expect(attention["trainable_params"] as? Int == 13_631_488)
        #expect(attention["scaling"] as? Double == 2)
        let shapes = try json(["calc", "lora", "--d-in", "4096", "--d-out", "4096", "--layers", "32", "--modules", "4", "--rank", "16"])
        #expect(shapes["trainable_params"] as? Int == 16_777_216)
    }

    @Test func loraListsModels() throws {
        let text = try Binary.run(["calc", "lora", "--list-models"])
        #expect(text.status == 0)
        for name in ["llama-3-8b", "llama-3-70b", "llama-2-7b", "mistral-7b", "8,030,261,248", "k_proj 4096→1024"] {
            #expect(text.stdout.contains(name), "\(name)")
        }
        let result = try Binary.run(["calc", "lora", "--list-models", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 4)
        #expect(list.contains { $0["name"] as? String == "llama-3-8b" && $0["parameters"] as? Int == 8_030_261_248 })
    }

    @Test func otherCalculatorsPrintJSON() throws {
        let cases: [([String], [String])] = [
            (["cosine", "--a", "1,2,3", "--b", "-2,4,5"], ["cosine", "dot", "norm_a", "norm_b"]),
            (["perplexity", "--probs", "0.5,0.25"], ["perplexity", "cross_entropy_nats", "cross_entropy_bits"]),
            (["perplexity", "--ce", "2", "--unit", "bits"], ["perplexity"]),
            (["sampling", "--logits", "-1,2,0.5", "--temperature", "0.7", "--top-k", "2", "--top-p", "0.9", "--tokens", "a,b,c"],
             ["probabilities", "kept", "renormalized", "kept_count"]),
            (["vram", "--model", "llama-3-8b", "--method", "qlora", "--rank", "16"],
             ["weights_bytes", "gradients_bytes", "optimizer_bytes", "total_bytes", "total_gb"]),
            (["cfg", "--uncond", "-0.1,0.2", "--cond", "0.3,-0.1", "--scale", "7.5"], ["guided", "scale"]),
            (["ddpm", "--schedule", "cosine", "--t", "500", "--x0", "1,-0.5", "--eps", "0.3,0.8"],
             ["beta", "alpha", "alpha_bar", "sqrt_alpha_bar", "sqrt_one_minus_alpha_bar", "snr", "x_t"]),
            (["attention", "--q", "1,0;0,1", "--k", "1,0;0,1", "--v", "1,2;3,4", "--mask", "causal"], ["scores", "weights", "output", "d_k"]),
            (["chunks", "--tokens", "10000", "--size", "512", "--overlap", "64"], ["chunks", "stride"]),
        ]
        for (arguments, keys) in cases {
            let object = try json(["calc"] + arguments)
            for key in keys { #expect(object[key] != nil, "\(arguments): \(key)") }
        }
        #expect(try json(["calc", "chunks", "--tokens", "10000", "--size", "512", "--overlap", "64"])["chunks"] as? Int == 23)
    }

    @Test func textOutputShowsStepsAndMeaning() throws {
        let result = try Binary.run(["calc", "elo", "--ra", "1600", "--rb", "1400"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("E_A"))
        #expect(result.stdout.contains("A is expected to score 76% against B"))
        let ddpm = try Binary.run(["calc", "ddpm", "--t", "10"])
        #expect(ddpm.stdout.contains("ᾱₜ"))
    }

    @Test func badArgumentsExitWithStatusTwo() throws {
        try expectUsageError(["calc", "elo", "--ra", "1600", "--rb", "1400", "--score", "0.7"], mentioning: "score")
        try expectUsageError(["calc", "elo", "--ra", "abc", "--rb", "1400"], mentioning: "ra")
        try expectUsageError(["calc", "lora", "--model", "gpt-9", "--rank", "16"], mentioning: "unknown model")
        try expectUsageError(["calc", "lora", "--d-in", "4", "--d-out", "4", "--rank", "-2"], mentioning: "rank")
        try expectUsageError(["calc", "cosine", "--a", "0,0", "--b", "1,1"], mentioning: "zero vector")
        try expectUsageError(["calc", "sampling", "--probs", "0.5,0.2"], mentioning: "sum")
        // The message names the option as typed: --top-p here, top_p= in the call syntax.
        try expectUsageError(["calc", "sampling", "--logits", "1,2", "--top-p", "1.5"], mentioning: "--top-p: must be in (0, 1]")
        try expectUsageError(["calc", "sampling", "logits=1,2", "top_p=1.5"], mentioning: "top_p: must be in (0, 1]")
        try expectUsageError(["calc", "ddpm", "--t", "1001"], mentioning: "t:")
        try expectUsageError(["calc", "attention", "--q", "1,2", "--k", "1,2,3", "--v", "1"], mentioning: "Q has 2 columns")
        try expectUsageError(["calc", "chunks", "--tokens", "100", "--size", "10", "--overlap", "10"], mentioning: "overlap")
        try expectUsageError(["calc", "cfg", "--uncond", "1"])
        try expectUsageError(["calc", "vram", "--model", "llama-3-8b", "--method", "lora"], mentioning: "rank")
        try expectUsageError(["calc", "perplexity", "--ce", "-1"], mentioning: "negative")
    }
}
