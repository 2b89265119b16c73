import Foundation
import Testing

@Suite struct BenchBLEUCommandTests {
    func files() throws -> (String, String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dli-tutor-bench-bleu-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let hyp = directory.appendingPathComponent("hyp.txt"), ref = directory.appendingPathComponent("ref.txt")
        try Data("the cat sat on the mat\nhello world\n".utf8).write(to: hyp)
        try Data("the cat is on the mat\nhello there world\n".utf8).write(to: ref)
        return (hyp.path, ref.path)
    }

    @Test func comparesWithAReferenceCommand() throws {
        let (hyp, ref) = try files()
        // sacrebleu.corpus_bleu on these two lines gives 32.42685978604634.
        let same = try Binary.run(["bench", "bleu", "--hyp-file", hyp, "--ref-file", ref, "--runs", "1",
                                   "--reference-cmd", #"echo '{"score": 32.42685978604634}'"#])
        #expect(same.status == 0)
        #expect(same.stdout.contains("BLEU 32.42685978604634") && same.stdout.contains("scores        identical"))
        let different = try Binary.run(["bench", "bleu", "--hyp-file", hyp, "--ref-file", ref, "--runs", "1",
                                        "--reference-cmd", "echo 32.4"])
        #expect(different.status == 1 && different.stdout.contains("DIFFER"))
        let missing = try Binary.run(["bench", "bleu", "--hyp-file", hyp])
        #expect(missing.status == 2)
    }
}
