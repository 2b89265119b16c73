import Course
import Foundation
import Testing
@testable import Quiz

/// Grading every answer form: number parsing and tolerance edges, each text
/// match mode, exact-set grading, and the confidence → rating table.
@Suite struct AnswerGradingTests {
    func question(_ response: QuestionResponse, options: [String] = [], answer: Int = 0) -> Question {
        Question(id: "q", lesson: "l", domain: "d", difficulty: .easy, stem: "?", options: options, answer: answer,
                 explanation: "why", response: response)
    }

    @Test(arguments: [
        ("41943040", 41_943_040.0), ("41,943,040", 41_943_040), ("4.194e7", 41_940_000), ("-0.5", -0.5), (".76", 0.76),
        ("  7  ", 7), ("+3", 3), ("−2", -2), ("1e-4", 0.0001), ("12.", 12), ("1,000.5", 1000.5), ("76%", 0.76),
    ])
    func numbersParse(text: String, value: Double) throws {
        #expect(try NumberInput.parse(text).get() == value)
    }

    @Test func aPercentMeansItselfWhenTheUnitIsPercent() throws {
        #expect(try NumberInput.parse("76%", percentUnit: true).get() == 76)
        #expect(try NumberInput.parse("76 %", percentUnit: false).get() == 0.76)
        #expect(try NumberInput.parse("76", percentUnit: true).get() == 76)
    }

    @Test(arguments: ["", "abc", "1,00", "12,3456", "1..2", "1e", "e5", "0x10", "4 194 304", "1,000,00", "--1", "nan", "inf", "1e999"])
    func anythingElseIsNotANumber(text: String) {
        guard case .failure(let problem) = NumberInput.parse(text) else {
            Issue.record("'\(text)' parsed")
            return
        }
        #expect(problem.description.contains("is not a number") && problem.description.contains(NumberInput.hint))
    }

    @Test func toleranceEdgesAreInclusiveAndNeverBelowTheFloor() {
        let relative = Tolerance(relative: 0.01)
        #expect(relative.accepts(101, truth: 100) && relative.accepts(99, truth: 100))
        #expect(!relative.accepts(101.0001, truth: 100))
        let absolute = Tolerance(absolute: 0.005)
        #expect(absolute.accepts(0.755, truth: 0.76) && !absolute.accepts(0.7549, truth: 0.76))
        // A true value of 0 under a relative margin can still be answered exactly.
        #expect(Tolerance.standard.accepts(0, truth: 0) && !Tolerance.standard.accepts(1e-8, truth: 0))
        #expect(Tolerance(absolute: 0.1, relative: 0.5).margin(around: 10) == 5)
        #expect(!relative.accepts(.nan, truth: 1) && !relative.accepts(.infinity, truth: 1))
    }

    @Test func numberAnswersAreGradedAgainstTheTruth() throws {
        let q = question(.number(NumberKey(value: 41_943_040, tolerance: .standard, unit: "parameters")))
        let right = try AnswerGrader.grade(.number(41_900_000, typed: "4.19e7"), for: q)
        #expect(right.correct && right.detail == .number(truth: 41_943_040, difference: -43_040))
        #expect(try !AnswerGrader.grade(.number(13_631_488, typed: "13631488"), for: q).correct)
        // A question whose value comes from a check takes its truth from outside.
        let computed = question(.number(NumberKey(value: nil)))
        #expect(try AnswerGrader.grade(.number(0.76, typed: ".76"), for: computed, truth: 0.7597).correct)
        #expect(try !AnswerGrader.grade(.number(0.77, typed: ".77"), for: computed, truth: 0.7597).correct)
        #expect(throws: AnswerGrader.Mismatch.noTruth("no value given")) { try AnswerGrader.grade(.number(1, typed: "1"), for: computed) }
    }

    @Test func wordsIgnoreCaseSpacesAndEndPunctuation() {
        let key = TextKey(accept: ["Classifier-free guidance"], match: .words)
        #expect(TextAnswer.match("  classifier-free   GUIDANCE. ", key: key) != nil)
        #expect(TextAnswer.match("\"Classifier-free guidance!\"", key: key) != nil)
        #expect(TextAnswer.match("classifier free guidance", key: key) == nil)
    }

    @Test func codeSqueezesWhitespaceButKeepsWordsApart() {
        let key = TextKey(accept: ["x = torch.cumprod(a, dim=0)", "import torch"], match: .code)
        #expect(TextAnswer.match("x=torch.cumprod( a,dim=0 )", key: key) == "x = torch.cumprod(a, dim=0)")
        #expect(TextAnswer.match("x = torch.cumprod(a, dim=0);", key: key) != nil)
        #expect(TextAnswer.match("x = torch.cumprod(a, dim=0),", key: key) != nil)
        #expect(TextAnswer.match("import   torch", key: key) == "import torch")
        #expect(TextAnswer.match("importtorch", key: key) == nil)
        #expect(TextAnswer.match("X = torch.cumprod(a, dim=0)", key: key) == nil, "code is case-sensitive")
        let quotes = TextKey(accept: ["rearrange(x, 'b c h w -> b (c h w)')"], match: .code)
        #expect(TextAnswer.match("rearrange(x, \"b c h w -> b (c h w)\")", key: quotes) != nil)
    }

    @Test func exactAndRegexMatches() {
        #expect(TextAnswer.match("GELU", key: TextKey(accept: ["GELU"], match: .exact)) != nil)
        #expect(TextAnswer.match("gelu", key: TextKey(accept: ["GELU"], match: .exact)) == nil)
        let pattern = TextKey(accept: ["(?i)bert(-base)?"], match: .regex)
        #expect(TextAnswer.match("BERT-base", key: pattern) != nil)
        #expect(TextAnswer.match("bert-base-uncased", key: pattern) == nil, "the whole answer must match")
        #expect(TextPattern.problem("(unclosed") != nil && TextPattern.problem("a|b") == nil)
    }

    @Test func aSetIsRightOnlyWhenExact() throws {
        let q = question(.choices(answers: [0, 2], picks: nil), options: ["a", "b", "c", "d"])
        #expect(try AnswerGrader.grade(.options([0, 2]), for: q).correct)
        #expect(try AnswerGrader.grade(.options([0, 1, 2]), for: q) == AnswerGrade(correct: false, detail: .choices(missed: [], extra: [1])))
        #expect(try AnswerGrader.grade(.options([2]), for: q) == AnswerGrade(correct: false, detail: .choices(missed: [0], extra: [])))
        #expect(throws: AnswerGrader.Mismatch.wrongForm(expected: "a set of options")) { try AnswerGrader.grade(.option(0), for: q) }
    }

    @Test func confidenceProposesTheRating() {
        #expect(AnswerGrader.proposedRating(correct: false, confidence: .sure) == .again)
        #expect(AnswerGrader.proposedRating(correct: false, confidence: .unsure) == .again)
        #expect(AnswerGrader.proposedRating(correct: true, confidence: .sure) == .good)
        #expect(AnswerGrader.proposedRating(correct: true, confidence: .unsure) == .hard)
        #expect(AnswerGrader.proposedRating(correct: true, confidence: nil) == .good)
    }

    @Test func answersKeepWhatWasEntered() {
        #expect(Answer.options([0, 2]).entered == "a,c" && Answer.options([0, 2]).chosenText == "0;2")
        #expect(Answer.option(1).entered == "b" && Answer.option(1).chosenText == "1")
        #expect(Answer.number(41_943_040, typed: "41,943,040").entered == "41,943,040")
    }
}
