import Foundation
import Testing
@testable import Course

/// `dli-tutor check` on broken templates: each defect is one diagnostic, where
/// it is written (decoding) or naming the draw that fails (checking).
@Suite struct TemplateDiagnosticsTests {
    /// A quiz file with one question: `fields`, plus a number response and an explanation unless given.
    func load(_ fields: String) -> CourseLoad {
        var files = sampleCourseFiles()
        let defaults = (fields.contains(#""response""#) ? "" : #""response": "number", "#)
            + (fields.contains(#""explanation""#) ? "" : #""explanation": "Why.", "#)
        files["quiz/templates.json"] = """
            {"questions": [
            {"id": "t-1", "lesson": "a", "domain": "one", "difficulty": "easy", \(defaults)
             \(fields)}
            ]}
            """
        return CourseLoader.load(files: MemoryFiles(files))
    }

    func errors(_ fields: String) -> [Diagnostic] {
        let result = ContentValidator.validate(load(fields))
        return result.filter { $0.severity == .error && $0.file.hasSuffix("templates.json") }
    }

    @Test(arguments: [
        (#""stem": "{a} {b}", "generate": {"a": {"int": [1, 5]}}, "check": {"expr": "a"}"#, "unknown name 'b'", 3),
        (#""stem": "{a}", "generate": {"a": {"int": [5, 1]}}, "check": {"expr": "a"}"#, "low ≤ high", 3),
        (#""stem": "{a}", "generate": {"a": {"between": [1, 5]}}, "check": {"expr": "a"}"#, "needs 'int', 'real' or 'choose'", 3),
        (#""stem": "{a}", "generate": {"a": {"choose": []}}, "check": {"expr": "a"}"#, "non-empty list", 3),
        (#""stem": "{a}", "generate": {"a": {"int": [1, 5]}, "distinct": [["a", "z"]]}, "check": {"expr": "a"}"#, "'z', which is not a variable", 3),
        (#""stem": "{a}", "generate": {"a": {"int": [1, 5]}}, "check": {"expr": "a +"}"#, "expr: column", 3),
        (#""stem": "{a}", "generate": {"a": {"int": [1, 5]}}, "check": {"expr": "a * c"}"#, "expr: unknown name 'c'", 3),
        (#""stem": "{a}", "generate": {"a": {"int": [1, 5]}}, "check": {"calc": "elo ra={a} rb={q}", "field": "expected_a"}"#, "calc: unknown name 'q'", 3),
        (#""stem": "{a}", "generate": {"a": {"int": [1, 5]}}"#, "needs a 'check'", 2),
        (#""stem": "{a}", "generate": {"a": {"int": [1, 5]}}, "check": {"expr": "a"}, "value": 3"#, "never typed", 3),
        (#""stem": "{a}", "generate": {"a": {"int": [1, 5]}}, "check": {"expr": "a"}, "mistakes": [{"expr": "a + 1"}]"#, "missing 'says'", 3),
        (#""stem": "{a}", "generate": {"a": {"int": [1, 5]}}, "check": {"expr": "truth"}"#, "truth is known in mistakes only", 3),
        (#""stem": "Stem {a", "generate": {"a": {"int": [1, 5]}}, "check": {"expr": "a"}"#, "never closed", 3),
        (#""response": "text", "accept": ["x"], "stem": "{a}", "generate": {"a": {"int": [1, 5]}}, "check": {"expr": "a"}"#, "number or choice", 3),
        (#""response": "choice", "stem": "{a}", "generate": {"a": {"int": [1, 5]}}, "check": {"expr": "a"}, "mistakes": [{"expr": "a+1", "says": "."}]"#, "needs three mistakes", 2),
        (#""response": "choice", "answer": 0, "stem": "{a}", "generate": {"a": {"int": [1, 5]}}, "check": {"expr": "a"}, "mistakes": [{"expr": "a+1", "says": "x"}, {"expr": "a+2", "says": "y"}, {"expr": "a+3", "says": "z"}]"#, "has no 'answer'", 3),
        (#""stem": "Plain {a}", "mistakes": [{"expr": "1", "says": "x"}], "value": 1"#, "belong to a template", 3),
    ])
    func eachDecodingDefectIsOneDiagnosticWhereItIsWritten(fields: String, message: String, line: Int) {
        let found = errors(fields)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains(message) == true, "\(found)")
        #expect(found.first?.line == line, "\(found)")
    }

    @Test(arguments: [
        // The calculator rejects a draw.
        (#""stem": "{a}", "generate": {"a": {"int": [0, 5]}}, "check": {"calc": "chunks tokens=100 size={a} overlap=0", "field": "count"}"#, "draw #"),
        // A field the calculator does not have.
        (#""stem": "{a}", "generate": {"a": {"int": [1, 5]}}, "check": {"calc": "elo ra={a} rb=1", "field": "nothing"}"#, "nothing"),
        // A computed placeholder that fails.
        (#""stem": "{=elo ra={a} rb=1:nothing|2}", "generate": {"a": {"int": [1, 5]}}, "check": {"expr": "a"}"#, "nothing"),
        // A mistake that never evaluates.
        (#""stem": "{a}", "generate": {"a": {"int": [1, 5]}}, "check": {"expr": "a"}, "mistakes": [{"expr": "a / (a - a)", "says": "x"}]"#, "mistake 1 never evaluates"),
        // Too many redraws.
        (#""stem": "{a}", "generate": {"a": {"int": [1, 4]}}, "check": {"expr": "a"}, "tolerance": {"abs": 1}, "mistakes": [{"expr": "5 - a", "says": "x"}]"#, "needed a redraw"),
    ])
    func eachDrawingDefectIsOneDiagnostic(fields: String, message: String) {
        let found = errors(fields)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains(message) == true, "\(found)")
        #expect(found.first?.message.hasPrefix("template 't-1'") == true, "\(found)")
    }

    @Test func writtenOptionsMustStateTheTruthInTheKeyOnly() {
        let fields = #"""
            "response": "choice", "stem": "{a} doubled?", "generate": {"a": {"int": [1, 9]}}, "check": {"expr": "2 * a"},
            "options": ["{a}", "2 × {a}, that is {=elo ra=1 rb=1:expected_a|1}", "{a}{a}"], "answer": 1
            """#
        let found = errors(fields)
        #expect(found.count == 1 && found.first?.message.contains("does not state") == true, "\(found)")
    }

    @Test func aSoundTemplateHasNoDiagnostic() {
        #expect(errors(TemplateFixture.elo).isEmpty)
        #expect(errors(TemplateFixture.generatedChoice).isEmpty)
    }

    @Test func otherQuestionsKeepTheirBraces() throws {
        let result = load(#""stem": "Is $\\frac{1}{2}$ in {x}?", "value": 0.5"#)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(result.course?.questions.first { $0.id == "t-1" }?.stem == #"Is $\frac{1}{2}$ in {x}?"#)
    }
}
