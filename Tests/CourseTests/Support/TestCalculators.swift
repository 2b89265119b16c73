import Foundation
@testable import Course

/// Deterministic stand-ins for the real calculators, so layout tests and snapshots do
/// not change when calculators are added or refined:
/// `add a= b=` (a sum with steps), `probs logits=` (softmax with a bar chart) and
/// `series n=` (a decaying series chart). Anything else is refused.
enum TestCalculators {
    static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        switch call.name {
        case "add":
            let a = try call.requiredDouble("a")
            let b = try call.requiredDouble("b")
            return CalcReport(
                call: call, title: "Addition", headline: "a + b = \(CalcFormat.number(a + b))",
                steps: [CalcStep("a", CalcFormat.number(a)), CalcStep("b", CalcFormat.number(b))],
                meaning: "The sum of the two arguments, shown with its steps.", json: ["sum": .number(a + b)])
        case "probs":
            let logits = try call.requiredVector("logits")
            let largest = logits.max() ?? 0
            let exps = logits.map { Foundation.exp($0 - largest) }
            let total = exps.reduce(0, +)
            let probs = exps.map { $0 / total }
            let best = probs.firstIndex(of: probs.max() ?? 0) ?? 0
            return CalcReport(
                call: call, title: "Softmax", headline: "p = \(CalcFormat.vector(probs, digits: 3))",
                steps: [CalcStep("logits", CalcFormat.vector(logits))], meaning: nil,
                charts: [
                    CalcChart(
                        title: "Probability per token", kind: .bars,
                        points: probs.enumerated().map { CalcChart.Point("token \($0.offset)", $0.element, highlighted: $0.offset == best) })
                ],
                json: ["probabilities": .numbers(probs)])
        case "series":
            let n = try call.requiredInt("n")
            guard n >= 2, n <= 10_000 else { throw .invalidArgument("n", "must be between 2 and 10000") }
            let points = (0..<n).map { CalcChart.Point("t=\($0 + 1)", 1 / Double($0 + 1), highlighted: $0 == n / 2) }
            return CalcReport(
                call: call, title: "Decay", headline: "last = \(CalcFormat.number(1 / Double(n)))",
                charts: [CalcChart(title: "1/t", kind: .series, points: points)], json: ["n": .integer(n)])
        default:
            throw .invalidInput("no test calculator named '\(call.name)'")
        }
    }
}
