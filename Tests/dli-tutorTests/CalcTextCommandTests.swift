import Foundation
import Testing

@Suite struct CalcTextCommandTests {
    static let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dli-tutor-calc-text-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    func file(_ name: String, _ contents: String) throws -> String {
        let url = Self.directory.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    @Test func bleuSentenceJSON() throws {
        let result = try Binary.run([
            "calc", "bleu", "--hyp", "the cat sat on the mat", "--ref", "the cat is on the mat",
            "--ref", "there is a cat on the mat", "--json",
        ])
        #expect(result.status == 0)
        #expect(result.stdout == #"{"score": 37.99178428257963, "precisions": [83.33333333333333, 60.0, 25.0, 16.666666666666668], "counts": [5, 3, 1, 0], "totals": [6, 5, 4, 3], "bp": 1.0, "sys_len": 6, "ref_len": 6}"# + "\n")
    }

    @Test func bleuCorpusFromFiles() throws {
        let hyp = try file("hyp.txt", "the cat sat on the mat\nhello world\n")
        let ref = try file("ref.txt", "the cat is on the mat\nhello there world\n")
        let result = try Binary.run(["calc", "bleu", "--hyp-file", hyp, "--ref-file", ref, "--json"])
        #expect(result.status == 0)
        // sacrebleu.corpus_bleu(...) = 32.42685978604634 (effective order off for files).
        #expect(result.stdout.hasPrefix(#"{"score": 32.42685978604634, "#))
        let noEffective = try Binary.run(["calc", "bleu", "--hyp", "a b c", "--ref", "a b c", "--no-effective-order", "--json"])
        #expect(noEffective.stdout.hasPrefix(#"{"score": 0.0, "#))
        let textbook = try Binary.run(["calc", "bleu", "--hyp-file", hyp, "--ref-file", ref, "--textbook", "--max-n", "2"])
        #expect(textbook.status == 0 && textbook.stdout.contains("textbook BLEU-2"))
    }

    @Test func bleuBadArgumentsExitTwo() throws {
        let hyp = try file("two.txt", "a\nb\n")
        let one = try file("one.txt", "a\n")
        let cases: [[String]] = [
            ["calc", "bleu", "--hyp", "a", "--ref", "a", "--tokenize", "zh"],
            ["calc", "bleu", "--hyp", "a"],
            ["calc", "bleu", "--hyp-file", hyp, "--ref-file", one],
            ["calc", "bleu", "--hyp-file", "/nonexistent/file", "--ref-file", one],
            ["calc", "bleu", "--hyp", "a", "--ref", "a", "--smooth", "method7"],
            ["calc", "bleu", "--hyp", "a", "--ref", "a", "--max-n", "9"],
            ["calc", "bleu", "--hyp", "a", "--hyp-file", hyp, "--ref", "a"],
            ["calc", "rouge", "--hyp", "a"],
            ["calc", "qa", "--pred", "a"],
        ]
        for arguments in cases {
            let result = try Binary.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("dli-tutor: ") && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        }
    }

    @Test func rougeAndQAJSON() throws {
        let rouge = try Binary.run(["calc", "rouge", "--hyp", "police kill the gunman", "--ref", "police killed the gunman", "--stem", "--json"])
        #expect(rouge.status == 0)
        #expect(rouge.stdout.hasPrefix(#"{"rouge1": {"precision": 1.0, "recall": 1.0, "fmeasure": 1.0}, "rouge2": "#))
        let qa = try Binary.run(["calc", "qa", "--pred", "the Denver Broncos", "--truth", "Denver Broncos", "--truth", "Broncos", "--json"])
        #expect(qa.stdout == #"{"exact_match": true, "f1": 1.0, "simple_f1": 0.8}"# + "\n")
    }
}
