import Foundation
import Testing
@testable import Course

/// The `expr` arithmetic: precedence, associativity, functions, names, errors.
@Suite struct TemplateExpressionTests {
    func value(_ text: String, _ values: [String: Double] = [:]) throws -> Double {
        try TemplateExpression.parse(text).evaluate(values)
    }

    @Test func precedenceAndAssociativity() throws {
        #expect(try value("1 + 2 * 3") == 7)
        #expect(try value("(1 + 2) * 3") == 9)
        #expect(try value("2 ^ 3 ^ 2") == 512, "^ is right-associative")
        #expect(try value("-2 ^ 2") == -4, "^ binds tighter than unary minus")
        #expect(try value("2 ^ -1") == 0.5)
        #expect(try value("10 - 4 - 3") == 3, "- is left-associative")
        #expect(try value("8 / 4 / 2") == 1)
        #expect(try value("1.5e3 + .5") == 1500.5)
    }

    @Test func functionsAndNames() throws {
        #expect(try value("sqrt(d_k)", ["d_k": 64]) == 8)
        #expect(try value("max(a, b, 3)", ["a": 1, "b": 2]) == 3)
        #expect(try value("min(a, b)", ["a": 1, "b": 2]) == 1)
        #expect(try value("round(2 / 3, 2)") == 0.67)
        #expect(try value("round(2.5)") == 3)
        #expect(abs(try value("ln(exp(2))") - 2) < 1e-12)
        #expect(try value("log10(1000)") == 3)
        #expect(try value("abs(truth - 1)", ["truth": 0.25]) == 0.75)
        #expect(try TemplateExpression.parse("r * (d_in + d_out) * layers").names == ["r", "d_in", "d_out", "layers"])
    }

    @Test(arguments: [
        ("1 +", "ends too early"),
        ("(1 + 2", "missing ')'"),
        ("2 $ 3", "unexpected '$'"),
        ("foo(1)", "unknown function 'foo'"),
        ("sqrt(1, 2)", "sqrt takes 1 argument(s), found 2"),
        ("1..2", "'1..2' is not a number"),
    ])
    func parseErrorsSayWhereAndWhat(text: String, message: String) {
        do {
            _ = try TemplateExpression.parse(text)
            Issue.record("'\(text)' parsed")
        } catch {
            #expect(error.description.contains(message), "\(error)")
        }
    }

    @Test func evaluationErrors() {
        #expect(throws: TemplateExpression.EvaluationError.self) { try value("1 / (a - a)", ["a": 2]) }
        #expect(throws: TemplateExpression.EvaluationError.self) { try value("missing + 1") }
        #expect(throws: TemplateExpression.EvaluationError.self) { try value("sqrt(-1)") }
    }
}
