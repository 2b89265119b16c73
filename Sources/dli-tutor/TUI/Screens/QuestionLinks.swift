import Course

/// From a question to what teaches it: `l` opens its lesson at the section the
/// question names (`section` in the bank), `x` the calculator on the call of its
/// `check`. Both push a screen, so `q` comes back to the question. Practice
/// feedback and the exam review add these bindings to their tables.
enum QuestionLinks {
    enum Action: Sendable, Equatable { case lesson, calculator }

    static func bindings<A: Sendable>(_ wrap: (Action) -> A) -> [KeyBinding<A>] {
        [
            KeyBinding([.char("l")], "l", "read the lesson section this question tests (q comes back)", wrap(.lesson), footer: "lesson"),
            KeyBinding([.char("x")], "x", "open the calculator on this question's numbers (q comes back)", wrap(.calculator)),
        ]
    }

    static func effect(_ action: Action, for question: Question) -> Effect {
        switch action {
        case .lesson:
            return .open(.reader(lessonID: question.lesson, section: question.section))
        case .calculator:
            guard let check = question.check else { return .message("This question has no calculation to open") }
            guard let call = try? CalcCall.parse(check.calc) else { return .message("This question's calculation does not parse") }
            return .open(.calculators(call, from: "the question"))
        }
    }
}
