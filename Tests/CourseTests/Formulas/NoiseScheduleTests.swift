import Foundation
import Testing
@testable import Course

@Suite struct NoiseScheduleTests {
    @Test func linearHandChecked() throws {
        let s = try NoiseSchedule.linear()
        #expect(s.steps == 1000)
        #expect(s.betas[0] == 1e-4)
        #expect(close(s.betas[999], 0.02))
        let t1 = try s.step(1)
        #expect(t1.alpha == 1 - 1e-4 && t1.alphaBar == 1 - 1e-4)
        #expect(close(t1.snr, (1 - 1e-4) / 1e-4, relative: 1e-10))
        // t = 2: β₂ = 1e-4 + 0.0199/999, ᾱ₂ = (1 − β₁)(1 − β₂).
        let beta2 = 1e-4 + 0.0199 / 999
        #expect(close(try s.step(2).beta, beta2))
        #expect(close(try s.step(2).alphaBar, (1 - 1e-4) * (1 - beta2)))
        // x_t in one jump: √ᾱ·x₀ + √(1−ᾱ)·ε.
        let step = try s.step(500)
        #expect(try s.noised(x0: [1, 0], eps: [0, 1], t: 500) == [step.sqrtAlphaBar, step.sqrtOneMinusAlphaBar])
        #expect(try NoiseSchedule.linear(steps: 1).betas == [1e-4])
    }

    @Test func cosineHandChecked() throws {
        let s = try NoiseSchedule.cosine(steps: 1000)
        func f(_ t: Double) -> Double { pow(cos((t / 1000 + 0.008) / 1.008 * Double.pi / 2), 2) }
        #expect(close(s.betas[0], 1 - f(1) / f(0)))
        // ᾱ_t is the running product, which telescopes to f(t)/f(0) until β hits the cap.
        #expect(close(try s.step(500).alphaBar, f(500) / f(0), relative: 1e-12))
        #expect(s.betas[999] == 0.999)  // f(T) ≈ 0, so β_T is clipped
        #expect(s.betas.allSatisfy { $0 > 0 && $0 <= 0.999 })
        #expect(zip(s.alphaBars, s.alphaBars.dropFirst()).allSatisfy { $0 > $1 })
    }

    struct Point: Decodable {
        var t: Int
        var beta, alpha, alpha_bar, sqrt_alpha_bar, sqrt_one_minus_alpha_bar, snr: Double
        var x0, eps, x_t: [Double]?
    }
    struct Schedule: Decodable { var schedule: String; var steps: Int; var beta_start, beta_end: Double?; var points: [Point] }
    struct File: Decodable { var schedules: [Schedule] }

    @Test func matchesNumpy() throws {
        let file = try Golden.load("ddpm", as: File.self)
        #expect(Set(file.schedules.map(\.schedule)) == ["linear", "cosine"])
        var checked = 0
        for golden in file.schedules {
            let s: NoiseSchedule = golden.schedule == "linear"
                ? try .linear(steps: golden.steps, betaStart: try #require(golden.beta_start), betaEnd: try #require(golden.beta_end))
                : try .cosine(steps: golden.steps)
            for p in golden.points {
                let step = try s.step(p.t)
                let label = "\(golden.schedule) T=\(golden.steps) t=\(p.t)"
                #expect(close(step.beta, p.beta), "\(label) β")
                #expect(close(step.alpha, p.alpha), "\(label) α")
                #expect(close(step.alphaBar, p.alpha_bar), "\(label) ᾱ")
                #expect(close(step.sqrtAlphaBar, p.sqrt_alpha_bar), "\(label) √ᾱ")
                #expect(close(step.sqrtOneMinusAlphaBar, p.sqrt_one_minus_alpha_bar), "\(label) √(1−ᾱ)")
                #expect(close(step.snr, p.snr), "\(label) SNR")
                if let x0 = p.x0, let eps = p.eps, let xt = p.x_t {
                    #expect(close(try s.noised(x0: x0, eps: eps, t: p.t), xt, floor: 1), "\(label) x_t")
                }
                checked += 1
            }
        }
        #expect(checked > 200)
    }

    @Test func invalidInput() throws {
        let s = try NoiseSchedule.linear()
        #expect(throws: FormulaError.invalidArgument("t", "must be between 1 and T = 1000 (got 0)")) { try s.step(0) }
        #expect(throws: FormulaError.invalidArgument("t", "must be between 1 and T = 1000 (got 1001)")) { try s.step(1001) }
        #expect(throws: FormulaError.self) { try NoiseSchedule.linear(steps: 0) }
        #expect(throws: FormulaError.self) { try NoiseSchedule.cosine(steps: -5) }
        #expect(throws: FormulaError.self) { try NoiseSchedule.linear(steps: 2_000_000) }
        #expect(throws: FormulaError.invalidArgument("beta_end", "a variance β must be in (0, 1) (got 1.5)")) {
            try NoiseSchedule.linear(betaEnd: 1.5)
        }
        #expect(throws: FormulaError.self) { try NoiseSchedule.linear(betaStart: 0) }
        #expect(throws: FormulaError.self) { try NoiseSchedule.linear(betaStart: .nan) }
        #expect(throws: FormulaError.invalidInput("x0 has 2 numbers but eps has 1; they must have the same length")) {
            try s.noised(x0: [1, 2], eps: [1], t: 3)
        }
        #expect(throws: FormulaError.invalidArgument("x0", "expected at least one number")) { try s.noised(x0: [], eps: [], t: 3) }
    }
}
