import Testing
@testable import Course

@Suite struct ClassifierFreeGuidanceTests {
    @Test func handChecked() throws {
        // 0.5 + 3·(1.5 − 0.5) = 3.5; −1 + 3·(1 − (−1)) = 5.
        let r = try ClassifierFreeGuidance.guide(unconditional: [0.5, -1], conditional: [1.5, 1], scale: 3)
        #expect(r.difference == [1, 2])
        #expect(r.guided == [3.5, 5])
        #expect(try ClassifierFreeGuidance.guide(unconditional: [2], conditional: [4], scale: 0.5).guided == [3])
        #expect(try ClassifierFreeGuidance.guide(unconditional: [2], conditional: [4], scale: -1).guided == [0])
    }

    @Test func propertyEndpoints() throws {
        var rng = SeededGenerator(seed: 3)
        for _ in 0..<500 {
            let n = Int.random(in: 1...16, using: &rng)
            let uncond = (0..<n).map { _ in Double.random(in: -5...5, using: &rng) }
            let cond = (0..<n).map { _ in Double.random(in: -5...5, using: &rng) }
            // s = 0 is exactly the unconditional prediction; s = 1 the conditional one up to
            // the rounding of ε_uncond + (ε_cond − ε_uncond).
            #expect(try ClassifierFreeGuidance.guide(unconditional: uncond, conditional: cond, scale: 0).guided == uncond)
            let one = try ClassifierFreeGuidance.guide(unconditional: uncond, conditional: cond, scale: 1).guided
            #expect(zip(one, cond).allSatisfy { abs($0 - $1) <= 4 * Double.ulpOfOne * 10 })
        }
    }

    @Test func meaning() {
        #expect(ClassifierFreeGuidance.meaning(ofScale: 0).hasPrefix("s = 0: the unconditional"))
        #expect(ClassifierFreeGuidance.meaning(ofScale: 1).hasPrefix("s = 1: exactly the conditional"))
        #expect(ClassifierFreeGuidance.meaning(ofScale: 7.5).hasPrefix("s > 1: extrapolates past the conditional"))
        #expect(ClassifierFreeGuidance.meaning(ofScale: 0.5).hasPrefix("0 < s < 1"))
        #expect(ClassifierFreeGuidance.meaning(ofScale: -2).hasPrefix("s < 0"))
    }

    @Test func invalidInput() {
        #expect(throws: FormulaError.invalidInput("uncond has 2 numbers but cond has 1; the predictions must have the same length")) {
            try ClassifierFreeGuidance.guide(unconditional: [1, 2], conditional: [1], scale: 2)
        }
        #expect(throws: FormulaError.invalidArgument("uncond", "expected at least one number")) {
            try ClassifierFreeGuidance.guide(unconditional: [], conditional: [], scale: 2)
        }
        #expect(throws: FormulaError.invalidArgument("scale", "NaN is not a number")) {
            try ClassifierFreeGuidance.guide(unconditional: [1], conditional: [2], scale: .nan)
        }
        #expect(throws: FormulaError.self) {
            try ClassifierFreeGuidance.guide(unconditional: [-1e308], conditional: [1e308], scale: 10)
        }
    }
}
