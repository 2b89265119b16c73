import Testing
@testable import Course

@Suite struct TextCalculatorTests {
    func evaluate(_ text: String) throws -> CalcReport {
        try Calculators.evaluate(CalcCall.parse(text))
    }

    @Test func registered() {
        for name in ["bleu", "rouge", "qa"] { #expect(Calculators.named(name) != nil) }
    }

    /// The example calls the calculator screen opens with, and what the references give for them.
    @Test func examplesGiveTheReferenceResults() throws {
        func example(_ calculator: any Calculator.Type) throws -> CalcReport {
            let report = try calculator.evaluate(Calculators.exampleCall(for: calculator))
            #expect(!report.steps.isEmpty && report.meaning != nil)
            return report
        }
        // sacrebleu 2.6.0 sentence_score (13a, exp smoothing, effective order): precisions
        // 5/6, 3/5, 1/4 and 100/(2·3) % for the unmatched 4-grams, brevity penalty 1.
        let bleu = try example(BLEUCalculator.self)
        #expect(bleu.field("score") == .number(37.99178428257963))
        #expect(bleu.field("counts") == [5, 3, 1, 0] && bleu.field("totals") == [6, 5, 4, 3])
        // rouge-score 0.1.2 with the Porter stemmer: "killed" stems to "kill", so every n-gram matches.
        let rouge = try example(ROUGECalculator.self)
        for key in ["rouge1", "rouge2", "rougeL", "rougeLsum"] {
            #expect(rouge.field(key) == .object([("precision", .number(1)), ("recall", .number(1)), ("fmeasure", .number(1))]))
        }
        // SQuAD: "the Denver Broncos" normalises to "denver broncos" (exact match); split only, its best
        // F1 is against "Denver Broncos": P 2/3, R 1, F1 = 2·(2/3)/(5/3) = 0.8.
        let qa = try example(QACalculator.self)
        #expect(qa.field("exact_match") == .bool(true) && qa.field("f1") == .number(1))
        #expect(abs((qa.field("simple_f1")?.doubleValue ?? 0) - 0.8) < 1e-15)
    }

    @Test func bleuFieldsFollowTheCatalogue() throws {
        let report = try evaluate(#"bleu hyp="the cat sat on the mat" ref="the cat is on the mat" ref="there is a cat on the mat""#)
        guard case .object(let members) = report.json else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == ["score", "precisions", "counts", "totals", "bp", "sys_len", "ref_len"])
        #expect(abs((report.field("score")?.doubleValue ?? 0) - 37.99178428257963) < 1e-9)
        #expect(report.field("precisions.3")?.doubleValue.map { abs($0 - 100.0 / 6) < 1e-12 } == true)
        #expect(report.field("counts.0") == .integer(5))
        #expect(report.field("totals.3") == .integer(3))
        #expect(report.field("bp") == .number(1))
        #expect(report.field("sys_len") == .integer(6))
        #expect(report.field("ref_len") == .integer(6))
        #expect(report.steps.contains { $0.label == "p4 (4-grams)" && $0.value.contains("exp smoothing") })
        #expect(report.json.serialized() == #"{"score": 37.99178428257963, "precisions": [83.33333333333333, 60.0, 25.0, 16.666666666666668], "counts": [5, 3, 1, 0], "totals": [6, 5, 4, 3], "bp": 1.0, "sys_len": 6, "ref_len": 6}"#)
    }

    @Test func bleuOptions() throws {
        let call = #"bleu hyp="the cat sat on the mat" ref="the cat is on the mat" ref="there is a cat on the mat""#
        #expect(try evaluate(call + " smooth=none").field("score") == .number(0))
        #expect(try evaluate(call + " textbook=true").field("score") == .number(0))
        let bleu3 = try evaluate(call + " textbook=true max_n=3")
        #expect(abs((bleu3.field("score")?.doubleValue ?? 0) - 50) < 1e-9)
        #expect(bleu3.field("precisions.3") == nil)
        let addK = try evaluate(call + " smooth=add-k smooth_value=0.5")
        #expect(addK.field("counts.1") == .number(3.5))
        let floor = try evaluate(call + " smooth=floor smooth-value=0.1 tokenize=intl lowercase=true effective_order=false")
        #expect(abs((floor.field("score")?.doubleValue ?? 0) - 25.406637407730738) < 1e-9)
    }

    @Test func bleuErrors() {
        #expect(throws: FormulaError.missingArgument("ref")) { try evaluate("bleu hyp=a") }
        #expect(throws: FormulaError.missingArgument("hyp")) { try evaluate("bleu ref=a") }
        #expect(throws: FormulaError.self) { try evaluate("bleu hyp=a ref=a tokenize=zh") }
        #expect(throws: FormulaError.self) { try evaluate("bleu hyp=a ref=a smooth=floor smooth_value=x") }
        #expect(throws: FormulaError.self) { try evaluate("bleu hyp=a ref=a max_n=5") }
        #expect(throws: FormulaError.self) { try evaluate("bleu hyp=a ref=a textbook=true smooth=exp") }
        #expect(throws: FormulaError.self) { try evaluate("bleu hyp=a ref=a refs=b") }
    }

    @Test func rougeFields() throws {
        let report = try evaluate(#"rouge hyp="The quick brown dog jumps on the log." ref="The quick brown fox jumps over the lazy dog""#)
        guard case .object(let members) = report.json else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == ["rouge1", "rouge2", "rougeL", "rougeLsum"])
        #expect(report.field("rouge1.precision") == .number(0.75))
        #expect(report.field("rouge1.recall")?.doubleValue == 6.0 / 9.0)
        #expect(report.field("rougeL.fmeasure") != nil)
        let stemmed = try evaluate(#"rouge hyp="police kill the gunman" ref="police killed the gunman" stem=true"#)
        #expect(stemmed.field("rouge2.fmeasure") == .number(1))
        #expect(throws: FormulaError.missingArgument("ref")) { try evaluate("rouge hyp=a") }
    }

    @Test func qaFields() throws {
        let report = try evaluate(#"qa pred="the Denver Broncos" truth="Denver Broncos" truth=Broncos"#)
        #expect(report.json.serialized() == #"{"exact_match": true, "f1": 1.0, "simple_f1": 0.8}"#)
        let claim = try evaluate(#"qa pred="Barack Obama was the 44th president" truth="The 44th president was Barack Obama""#)
        #expect(claim.field("exact_match") == .bool(false))
        #expect(claim.field("f1") == .number(1))
        #expect(throws: FormulaError.missingArgument("truth")) { try evaluate("qa pred=a") }
    }
}
