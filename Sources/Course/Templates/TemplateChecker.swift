import Foundation

/// What `dli-tutor check` verifies of a template: `draws` variants with fixed
/// seeds (draw numbers 1…draws) must all be drawn and filled — every placeholder
/// bound, every calculator call evaluating, truth and mistakes apart, generated
/// options distinct — a stated key option must state the truth, and no more
/// than a tenth of the draws may need a redraw (ranges get fixed instead).
public enum TemplateChecker {
    public static let draws = 200

    /// The template's problems, one line each; empty when it holds.
    public static func problems(with question: Question, draws: Int = draws,
                                evaluate: FigureChecker.Evaluate = Calculators.evaluate) -> [String] {
        guard let template = question.template else { return [] }
        var problems: [String] = []
        var redrawn = 0
        var failingMistakes: [Int: String] = [:]
        var evaluatedMistakes = Set<Int>()
        for number in 1...max(1, draws) {
            let variant: TemplateVariant
            do {
                let drawn = try TemplateDrawing.variant(of: question, number: number, evaluate: evaluate)
                variant = drawn.variant
                if drawn.redraws > 0 { redrawn += 1 }
            } catch {
                problems.append("draw #\(number): \(error.description)")
                break
            }
            for (index, value) in variant.mistakes.enumerated() {
                if value != nil {
                    evaluatedMistakes.insert(index)
                } else if failingMistakes[index] == nil {
                    failingMistakes[index] = mistakeError(template.mistakes[index], variant: variant, evaluate: evaluate)
                }
            }
            let asked: Question
            do {
                asked = try TemplateDrawing.instance(of: question, variant: variant, evaluate: evaluate)
            } catch {
                problems.append("draw #\(number) (\(variant.bindingsText)): \(error.description)")
                break
            }
            if let problem = keyedOptionProblem(asked, truth: variant.truth, digits: template.digits) {
                problems.append("draw #\(number) (\(variant.bindingsText)): \(problem)")
                break
            }
        }
        for (index, why) in failingMistakes.sorted(by: { $0.key < $1.key }) where !evaluatedMistakes.contains(index) {
            problems.append("mistake \(index + 1) never evaluates: \(why)")
        }
        if problems.isEmpty, redrawn * 10 > draws {
            problems.append("\(redrawn) of \(draws) draws needed a redraw (more than 10%): narrow the ranges so the truth and the mistakes stay apart")
        }
        return problems
    }

    /// With written options, the keyed one states the truth and no other does.
    static func keyedOptionProblem(_ asked: Question, truth: Double, digits: Int?) -> String? {
        guard case .choice = asked.response, asked.variant?.optionMistakes == nil else { return nil }
        let places = digits ?? 0
        let expected = FigureChecker.round(truth, digits: places)
        for (index, option) in asked.options.enumerated() {
            let states = FigureChecker.numbers(in: option).contains { FigureChecker.round($0, digits: places) == expected }
            let letter = Question.optionLetter(index).map(String.init) ?? "\(index + 1)"
            if index == asked.answer && !states {
                return "the truth is \(CalcFormat.number(expected, digits: places)), which the keyed option \(letter) does not state"
            }
            if index != asked.answer && states {
                return "the truth \(CalcFormat.number(expected, digits: places)) also appears in option \(letter)"
            }
        }
        return nil
    }

    private static func mistakeError(_ mistake: TemplateMistake, variant: TemplateVariant, evaluate: FigureChecker.Evaluate) -> String {
        do {
            _ = try TemplateDrawing.value(of: mistake.formula, bindings: variant.bindings, truth: variant.truth, evaluate: evaluate)
            return "no value"
        } catch {
            return error.description
        }
    }
}
