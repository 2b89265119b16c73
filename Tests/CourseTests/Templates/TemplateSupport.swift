import Foundation
@testable import Course

/// Templates for the tests, decoded from JSON the way the bank is.
enum TemplateFixture {
    /// The question a quiz file with this one question (common fields filled in) decodes to.
    static func question(_ fields: String, file: String = "t.json") -> Question? {
        var reader = NodeReader(file: file)
        let json = """
            {"questions": [{"id": "t-1", "lesson": "a", "domain": "one", "difficulty": "easy", \(fields)}]}
            """
        return QuestionDecoder.decodeFile(json, reader: &reader).first?.question
    }

    /// The Elo template of the issue, with a sign mistake and a scale mistake.
    static let elo = #"""
        "response": "number", "kind": "numeric",
        "generate": {"ra": {"int": [1200, 2000], "step": 50}, "rb": {"int": [1200, 2000], "step": 50}, "distinct": [["ra", "rb"]]},
        "stem": "A is rated {ra} and B {rb}. A's expected score?",
        "check": {"calc": "elo ra={ra} rb={rb}", "field": "expected_a", "digits": 3},
        "tolerance": {"abs": 0.005},
        "mistakes": [
          {"calc": "elo ra={rb} rb={ra}", "field": "expected_a", "says": "That is B's expected score."},
          {"expr": "1 / (1 + 10 ^ ((rb - ra) / 40))", "says": "The scale is 400, not 40."}
        ],
        "explanation": "E = {=elo ra={ra} rb={rb}:expected_a|3}; the key is {truth}."
        """#

    /// A pick-one template whose options are generated from the truth and three mistakes.
    static let generatedChoice = #"""
        "response": "choice",
        "generate": {"r": {"choose": [4, 8, 16]}, "d": {"int": [256, 1024], "step": 256}},
        "stem": "LoRA rank {r} on a {d}×{d} weight: trainable parameters?",
        "check": {"expr": "r * (d + d)"},
        "digits": 0,
        "mistakes": [
          {"expr": "r * d", "says": "r·d counts only one factor."},
          {"expr": "d * d", "says": "d·d is the frozen weight."},
          {"expr": "r * r", "says": "r·r is not a LoRA factor."}
        ],
        "explanation": "r·(d_in + d_out)."
        """#
}
