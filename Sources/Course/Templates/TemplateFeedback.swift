import Foundation

/// What the feedback on a drawn template adds: the named mistake a wrong answer
/// matched, then the right computation for this draw — the calculator's steps
/// for a calculator truth, the expression with this draw's values otherwise.
public enum TemplateFeedback {
    /// The sentence of mistake `index` (nil when the question has none such).
    public static func mistake(_ index: Int?, of question: Question) -> String? {
        guard let index, let mistakes = question.template?.mistakes, mistakes.indices.contains(index) else { return nil }
        return mistakes[index].says
    }

    /// Plain lines: the mistake (if one matched) and the working of the truth.
    public static func lines(_ question: Question, mistake index: Int?,
                             evaluate: FigureChecker.Evaluate = Calculators.evaluate) -> [String] {
        guard let template = question.template, let variant = question.variant else { return [] }
        var lines: [String] = []
        if let says = mistake(index, of: question) {
            lines.append("A known mistake: \(says)")
        }
        switch template.truth {
        case .calc:
            guard let check = question.check, let call = try? CalcCall.parse(check.calc), let report = try? evaluate(call) else { break }
            lines.append("The right computation: \(check.calc)")
            let width = report.steps.map { DisplayWidth.of($0.label) }.max() ?? 0
            for step in report.steps {
                lines.append("  " + step.label + String(repeating: " ", count: width - DisplayWidth.of(step.label)) + "  " + step.value)
            }
            lines.append("⇒ \(check.field) = \(TemplateDrawing.format(variant.truth, template))")
        case .expr(let text):
            lines.append("The right computation: \(text) with \(variant.bindingsText) = \(TemplateDrawing.format(variant.truth, template))")
        }
        return lines
    }
}
