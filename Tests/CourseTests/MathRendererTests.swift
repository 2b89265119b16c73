import Testing
@testable import Course

@Suite struct MathRendererTests {
    @Test func greekScriptsAndOperators() {
        #expect(MathRenderer.inline("\\alpha_t = 1 - \\beta_t") == "αₜ = 1 − βₜ")
        #expect(MathRenderer.inline("x^2 + y^{2} \\leq r^2") == "x² + y² ≤ r²")
        #expect(MathRenderer.inline("a \\cdot b \\times c \\approx d \\sim e \\odot f") == "a · b × c ≈ d ∼ e ⊙ f")
        #expect(MathRenderer.inline("x \\in \\mathbb{R}^{n}") == "x ∈ ℝⁿ")
        #expect(MathRenderer.inline("\\sum_{i=1}^{N} \\prod_{j} x_{ij}") == "∑ᵢ₌₁ᴺ ∏ⱼ xᵢⱼ")
        #expect(MathRenderer.inline("Q K^T") == "Q Kᵀ")
    }

    @Test func scriptsWithoutUnicodeFormsStayReadable() {
        #expect(MathRenderer.inline("E_A") == "E_A")
        #expect(MathRenderer.inline("\\text{Count}_{match}") == "Count_match")
        #expect(MathRenderer.inline("e^{1 - r/c}") == "e^(1 − r/c)")
        #expect(MathRenderer.inline("W_{q}") == "W_q")
    }

    @Test func fractionsAndRoots() {
        #expect(MathRenderer.inline("\\frac{1}{N}") == "1/N")
        #expect(MathRenderer.inline("\\frac{r(d+k)}{dk}") == "r(d+k)/dk")
        #expect(MathRenderer.inline("\\frac{a + b}{2}") == "(a + b)/2")
        #expect(MathRenderer.inline("\\sqrt{d_k}") == "√dₖ")
        #expect(MathRenderer.inline("\\sqrt{1 - \\bar{\\alpha}_t}") == "√(1 − ᾱₜ)")
        #expect(MathRenderer.inline("\\sqrt[3]{x}") == "∛x")
    }

    @Test func fontsAccentsAndFunctions() {
        #expect(MathRenderer.inline("\\mathcal{L} \\mathcal{N} \\mathbf{x} \\mathbb{E}") == "ℒ 𝒩 𝐱 𝔼")
        #expect(MathRenderer.inline("\\hat{y} \\bar{x} \\vec{a} \\tilde{n}") == "ŷ x̄ a⃗ ñ")
        #expect(MathRenderer.inline("\\log p \\exp(x) \\max_i z \\min(a, b)") == "log p exp(x) maxᵢ z min(a, b)")
        #expect(MathRenderer.inline("\\text{if } x > 0") == "if x > 0")
        #expect(MathRenderer.inline("\\left( \\frac{a}{b} \\right)") == "(a/b)")
        #expect(MathRenderer.inline("\\left\\| x \\right\\|") == "‖x‖")
    }

    @Test func unknownCommandsStayVisible() {
        #expect(MathRenderer.inline("\\foo{x} + \\bar") == "\\foo{x} + \\bar")
        #expect(MathRenderer.inline("\\unknowncmd") == "\\unknowncmd")
        // Stray braces and trailing backslashes never crash.
        #expect(MathRenderer.inline("a}b{c") == "a}bc")
        #expect(MathRenderer.inline("x^") == "x")
        #expect(MathRenderer.inline("\\") == "\\")
    }

    @Test func displayFractionsStack() {
        #expect(MathRenderer.display("E_A = \\frac{1}{1 + 10^{x}}") == [
            "          1",
            "E_A = ─────────",
            "       1 + 10ˣ",
        ])
    }

    @Test func displayLimitsAndCases() {
        #expect(MathRenderer.display("\\sum_{n=1}^{N} w_n") == [
            " N",
            " ∑  wₙ",
            "n=1",
        ])
        #expect(MathRenderer.display("f = \\begin{cases} 1 & a \\\\ 0 & b \\\\ 2 & c \\end{cases}") == [
            "    ⎧1  a",
            "f = ⎨0  b",
            "    ⎩2  c",
        ])
        #expect(MathRenderer.display("\\left( \\frac{a}{b} \\right)") == [
            "⎛ a ⎞",
            "⎜───⎟",
            "⎝ b ⎠",
        ])
    }

    @Test func displayRowsShareAWidth() {
        for source in ["\\frac{\\sum_i x_i}{\\sqrt{\\frac{a}{b}}}", "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}"] {
            let rows = MathRenderer.display(source)
            #expect(!rows.isEmpty)
            let box = MathRenderer.box(MathParser.parse(source))
            #expect(box.rows.allSatisfy { DisplayWidth.of($0) == box.width })
        }
    }
}
