import Foundation
import Testing
@testable import Course

/// `dli-tutor check` on every malformed answer form: one diagnostic each, at the
/// line and column of what is wrong, and the rest of the bank still loads.
@Suite struct AnswerFormDiagnosticsTests {
    /// A quiz file holding one question with `fields` after the common ones.
    func load(_ fields: String) -> CourseLoad {
        var files = sampleCourseFiles()
        files["quiz/forms.json"] = """
            {"questions": [
            {"id": "f-1", "lesson": "a", "domain": "one", "difficulty": "easy", "stem": "Form?", "explanation": "Why.",
             \(fields)}
            ]}
            """
        return CourseLoader.load(files: MemoryFiles(files))
    }

    func errors(_ fields: String) -> [Diagnostic] {
        let result = load(fields)
        #expect(result.course?.questions.count == 2, "the other questions still load")
        return result.diagnostics.filter { $0.severity == .error && $0.file.hasSuffix("forms.json") }
    }

    @Test(arguments: [
        (#""response": "choices", "options": ["a", "b", "c"], "answers": [0, 3]"#, "answer 3 is not an option", 3),
        (#""response": "choices", "options": ["a", "b", "c"], "answers": [1, 1]"#, "answer 1 is listed twice", 3),
        (#""response": "choices", "options": ["a", "b", "c"], "answers": []"#, "'answers' must be a non-empty list", 3),
        (#""response": "choices", "options": ["a", "b"], "answers": [0]"#, "needs 3 to 6 options", 3),
        (#""response": "choices", "options": ["a", "b", "c"], "answers": [0, 1], "picks": 3"#, "'picks' is 3 but 2 answers are right", 3),
        (#""response": "choices", "options": ["a", "b", "c"]"#, "missing 'answers'", 2),
        (#""response": "number""#, "needs a 'value' or a 'check'", 2),
        (#""response": "number", "value": 3, "tolerance": {}"#, "'tolerance' needs 'abs' or 'rel'", 3),
        (#""response": "number", "value": 3, "tolerance": {"rel": -1}"#, "tolerance 'rel' must be 0 or more", 3),
        (#""response": "number", "value": 3, "options": ["1", "2"]"#, "a number question has no 'options'", 3),
        (#""response": "text", "accept": []"#, "'accept' must be a non-empty list", 3),
        (#""response": "text""#, "needs 'accept'", 2),
        (#""response": "text", "accept": ["x"], "match": "fuzzy""#, "'match' must be one of words, code, exact, regex", 3),
        (#""response": "text", "match": "regex", "accept": ["(unclosed"]"#, "invalid regular expression", 3),
        (#""response": "recall", "back": "B.", "options": ["x", "y"]"#, "a recall card has no 'options'", 3),
        (#""response": "recall""#, "missing 'back'", 2),
        (#""response": "essay""#, "'response' must be one of choice, choices, number, text, recall", 3),
        (#""options": ["x", "y"], "answer": 0, "answers": [0]"#, "a choice question has no 'answers'", 3),
    ])
    func eachDefectIsOneDiagnosticWhereItIsWritten(fields: String, message: String, line: Int) {
        let found = errors(fields)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains(message) == true, "\(found)")
        #expect(found.first?.line == line, "\(found)")
    }

    @Test func wellFormedFormsLoad() throws {
        let forms = [
            #""response": "choices", "options": ["a", "b", "c", "d"], "answers": [3, 0], "picks": 2"#,
            #""response": "number", "value": 0.76, "tolerance": {"abs": 0.005}, "unit": "%""#,
            #""response": "text", "match": "code", "accept": ["torch.cumprod(a, dim=0)"]"#,
            #""response": "recall", "back": "**B**.""#,
        ]
        let expected: [QuestionResponse] = [
            .choices(answers: [0, 3], picks: 2),
            .number(NumberKey(value: 0.76, tolerance: Tolerance(absolute: 0.005), unit: "%")),
            .text(TextKey(accept: ["torch.cumprod(a, dim=0)"], match: .code)),
            .recall(back: "**B**."),
        ]
        for (fields, response) in zip(forms, expected) {
            let result = load(fields)
            #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
            let question = try #require(result.course?.questions.first { $0.id == "f-1" })
            #expect(question.response == response && (question.response.hasOptions || question.options.isEmpty))
        }
    }

    /// A check must agree with a stated value within the tolerance (the figure checker recomputes it).
    @Test func aCheckDisagreeingWithTheValueIsReported() throws {
        let base = Question(id: "n", lesson: "a", domain: "one", difficulty: .easy, stem: "Elo?", options: [], answer: 0,
                            explanation: "Why.", check: QuestionCheck(calc: "elo ra=1600 rb=1400", field: "expected_a", digits: 4),
                            response: .number(NumberKey(value: 0.76, tolerance: Tolerance(absolute: 0.005))))
        #expect(FigureChecker.problem(with: base) == nil)
        var far = base
        far.response = .number(NumberKey(value: 0.7, tolerance: Tolerance(absolute: 0.005)))
        #expect(FigureChecker.problem(with: far)?.contains("beyond the tolerance") == true)
        var computed = base
        computed.response = .number(NumberKey(value: nil))
        #expect(FigureChecker.problem(with: computed) == nil)
        #expect(try FigureChecker.truth(of: computed).get() == 1 / (1 + pow(10, -0.5)))
        var misplaced = base
        misplaced.response = .recall(back: "0.76")
        #expect(FigureChecker.problem(with: misplaced)?.contains("belongs to a choice or number question") == true)
    }
}
