import Foundation

/// A small course on disk with one question of each answer form, for the
/// end-to-end tests of the forms (`--content` points at it). Its exam draws
/// the select-all, number, pick-one and code questions (never the recall card).
enum FormsContent {
    static let id = "forms-course"

    static func write() throws -> String {
        let content = (NSTemporaryDirectory() as NSString).appendingPathComponent("dli-tutor-forms-\(UUID().uuidString)")
        let course = (content as NSString).appendingPathComponent(id)
        for folder in ["lessons", "quiz"] {
            try FileManager.default.createDirectory(atPath: (course as NSString).appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        func put(_ name: String, _ text: String) throws {
            try text.write(toFile: (course as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try put("course.yaml", """
            id: \(id)
            title: Answer forms course
            chapters:
              - id: one
                number: 1
                title: One
                weight: 50
              - id: two
                number: 2
                title: Two
                weight: 50
            exam:
              questions: 4
              minutes: 20
              pass_percent: 70
              domains:
                - chapter: one
                  questions: 2
                - chapter: two
                  questions: 2
            """)
        try put("lessons/01-a.md", "---\nid: a\ntitle: Lesson A\nchapter: one\norder: 1\n---\n# A\n\nText.\n")
        try put("lessons/02-b.md", "---\nid: b\ntitle: Lesson B\nchapter: two\norder: 2\n---\n# B\n\nText.\n")
        try put("quiz/forms.json", #"""
            {"questions": [
              {"id": "f-choices", "lesson": "a", "domain": "one", "difficulty": "easy", "response": "choices",
               "stem": "Which are inputs of attention? (pick the set)", "options": ["queries", "keys", "the learning rate"],
               "answers": [0, 1], "explanation": "Queries and keys; the learning rate belongs to the optimiser."},
              {"id": "f-number", "lesson": "a", "domain": "one", "difficulty": "easy", "kind": "numeric", "response": "number",
               "stem": "Elo 1600 against 1400: the stronger model's expected score?", "tolerance": {"abs": 0.005},
               "check": {"calc": "elo ra=1600 rb=1400", "field": "expected_a", "digits": 4},
               "explanation": "1/(1 + 10^(-0.5)) = 0.7597; 0.2403 is the weaker model's."},
              {"id": "f-choice", "lesson": "b", "domain": "two", "difficulty": "easy", "stem": "Does the forward process add noise?",
               "options": ["no", "yes"], "answer": 1, "explanation": "It adds noise step by step; removing it is the reverse process."},
              {"id": "f-text", "lesson": "b", "domain": "two", "difficulty": "easy", "kind": "code", "response": "text", "match": "code",
               "stem": "Fill the blank:\n\n```python\nalpha_bar = ____\n```", "accept": ["torch.cumprod(alphas, dim=0)"],
               "explanation": "The cumulative product of the alphas; a sum would add them."},
              {"id": "f-recall", "lesson": "b", "domain": "two", "difficulty": "easy", "response": "recall",
               "stem": "What does the DDPM network predict?", "back": "The noise added at step t.",
               "explanation": "Predicting the noise keeps the target at unit variance."}
            ]}
            """#)
        return content
    }

    /// The review log of the forms course in `data`, as the JSON export gives it.
    static func reviews(data: String) throws -> [[String: Any]] {
        let export = try Binary.run(["export", "--format", "json", "--data-dir", data])
        let archive = try BundledCourse.json(export.stdout)
        return (archive["reviews"] as? [[String: Any]] ?? []).filter { $0["course"] as? String == id }
    }
}
