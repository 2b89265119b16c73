@testable import Course
import Foundation

/// Template questions for the engine and store tests, built in code.
enum TemplateQuestions {
    /// Elo expected score with a sign mistake and a scale (40 for 400) mistake.
    static func elo(id: String = "g-elo", lesson: String = "l", domain: String = "d") -> Question {
        Question(
            id: id, lesson: lesson, domain: domain, difficulty: .medium, kind: .numeric,
            stem: "A is rated {ra} and B {rb}. A's expected score?", options: [], answer: 0,
            explanation: "E_A = {truth}.",
            response: .number(NumberKey(value: nil, tolerance: Tolerance(absolute: 0.005))),
            template: QuestionTemplate(
                variables: [
                    TemplateVariable(name: "ra", kind: .int(low: 1200, high: 2000, step: 50)),
                    TemplateVariable(name: "rb", kind: .int(low: 1200, high: 2000, step: 50)),
                ],
                distinct: [["ra", "rb"]],
                truth: .calc(call: "elo ra={ra} rb={rb}", field: "expected_a", scale: nil), digits: 3,
                mistakes: [
                    TemplateMistake(formula: .calc(call: "elo ra={rb} rb={ra}", field: "expected_a", scale: nil), says: "That is B's score."),
                    TemplateMistake(formula: .expr("1 / (1 + 10 ^ ((rb - ra) / 40))"), says: "The scale is 400, not 40."),
                ]))
    }

    /// LoRA parameters as a pick-one question whose options come from three mistakes.
    static func lora(id: String = "g-lora") -> Question {
        Question(
            id: id, lesson: "l", domain: "d", difficulty: .easy, kind: .numeric,
            stem: "Rank {r} on a {d}×{d} weight: trainable parameters?", options: [], answer: 0,
            explanation: "r·(d_in + d_out).",
            template: QuestionTemplate(
                variables: [
                    TemplateVariable(name: "r", kind: .choose([.number(4), .number(8), .number(16)])),
                    TemplateVariable(name: "d", kind: .int(low: 256, high: 1024, step: 256)),
                ],
                truth: .expr("r * (d + d)"), digits: 0,
                mistakes: [
                    TemplateMistake(formula: .expr("r * d"), says: "r·d counts one factor."),
                    TemplateMistake(formula: .expr("d * d"), says: "d·d is the frozen weight."),
                    TemplateMistake(formula: .expr("r * r"), says: "r·r is no factor."),
                ],
                generatesOptions: true))
    }
}
