@testable import Course
import Foundation
import Quiz
import Study
import Testing
@testable import dli_tutor

/// The calculator screen's drill key: practice of the templates the selected
/// calculator computes, a fresh variant each round, logged as drill.
@Suite struct DrillScreenTests {
    /// The screen fixture course with one Elo template.
    static var course: Course {
        var course = StudyFixtures.course
        course.questions.append(Question(
            id: "s-elo", lesson: "l01-attention", domain: "basics", difficulty: .medium, kind: .numeric,
            stem: "A is rated {ra} and B {rb}. What is A's expected score?", options: [], answer: 0,
            explanation: "E_A = {=elo ra={ra} rb={rb}:expected_a|3}.",
            response: .number(NumberKey(value: nil, tolerance: Tolerance(absolute: 0.005))),
            template: QuestionTemplate(
                variables: [TemplateVariable(name: "ra", kind: .int(low: 1200, high: 2000, step: 100)),
                            TemplateVariable(name: "rb", kind: .int(low: 1200, high: 2000, step: 100))],
                distinct: [["ra", "rb"]],
                truth: .calc(call: "elo ra={ra} rb={rb}", field: "expected_a", scale: nil), digits: 3,
                mistakes: [TemplateMistake(formula: .calc(call: "elo ra={rb} rb={ra}", field: "expected_a", scale: nil),
                                           says: "That is B's expected score.")])))
        return course
    }

    @Test func dDrillsTheSelectedCalculatorRoundAfterRound() throws {
        let clock = TestClock()
        let store = RecordingStudyStore(courses: [Self.course], clock: { clock.now })
        var app = try StudyFixtures.app(store: store, clock: clock, course: Self.course)
        app.press(.char("x"))
        #expect(app.frame.text.contains("d drill"))
        // BLEU has no template in this course: the key says what can be drilled.
        app.press(.char("d"))
        #expect(app.top is CalculatorScreen)
        #expect(app.frame.text.contains("No question of this course is drawn on bleu; drills: elo"))
        let elo = try #require(Calculators.names.firstIndex(of: "elo"))
        for _ in 0..<elo { app.press(.char("j")) }
        app.press(.char("d"))
        let screen = try #require(app.top as? PracticeScreen)
        #expect(screen.mode == .drill("elo"))
        #expect(app.frame.rowText(0).contains("Drill · elo"))
        var draws: [Int] = []
        for _ in 0..<3 {
            let asked = try #require(StudyFixtures.question(on: app))
            let variant = try #require(asked.variant)
            draws.append(variant.number)
            app.type(CalcFormat.number(variant.truth, digits: 3))
            app.press(.enter)
            // After the day's first answer the rating line says the schedule stays.
            #expect(app.frame.text.contains("schedule stays") == (variant.number > 1), "\(variant.number)\n\(app.frame.text)")
            clock.advance(20)
            app.send(.tick(clock.now))
            app.press(.enter)
        }
        #expect(draws == [1, 2, 3])
        #expect(app.frame.rowText(0).contains("3/3 right"))
        #expect(try store.reviews(courseID: Self.course.id).map(\.source) == [.drill, .drill, .drill])
        // Esc goes back to the calculator (q would be typed into the answer).
        app.press(.escape)
        #expect(app.top is CalculatorScreen)
    }
}
