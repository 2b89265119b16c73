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
        #expect(MathRenderer.inline("\\frac{r(d+k)}{dk}") == "r(d+k)/(dk)")
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
        // Style switches nest one group per switch; thousands of them do not recurse without bound.
        #expect(MathRenderer.inline(String(repeating: "\\textstyle ", count: 5000) + "x") == "x")
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

    @Test func pairedDelimitersHoldTheirContentTight() {
        #expect(MathRenderer.inline("\\lVert a \\rVert") == "‖a‖")
        #expect(MathRenderer.inline("\\lVert a \\rVert") == MathRenderer.inline("\\|a\\|"))
        #expect(MathRenderer.inline("\\lvert x - y \\rvert") == "|x − y|")
        #expect(MathRenderer.inline("\\langle q, k \\rangle") == "⟨q, k⟩")
        #expect(MathRenderer.inline("\\lambda \\lVert\\theta\\rVert^2/2") == "λ ‖θ‖²/2")
        #expect(MathRenderer.inline("\\lceil n / 2 \\rceil") == "⌈n / 2⌉")
    }

    @Test func inlineFractionsAreUnambiguous() {
        // A denominator of more than one atom is bracketed, and so is a numerator
        // that is more than a product.
        #expect(MathRenderer.inline("\\frac{QK^T}{\\sqrt{d_k}}") == "QKᵀ/√dₖ")
        #expect(MathRenderer.inline("\\frac{2PR}{P+R}") == "2PR/(P+R)")
        #expect(MathRenderer.inline("\\frac{a}{bc}") == "a/(bc)")
        #expect(MathRenderer.inline("\\frac{a \\cdot b}{\\|a\\| \\|b\\|}") == "(a · b)/(‖a‖ ‖b‖)")
        #expect(MathRenderer.inline("\\frac{\\log x}{2}") == "(log x)/2")
        #expect(MathRenderer.inline("\\frac{\\sum_i{x_i}}{N}") == "(∑ᵢxᵢ)/N")
        #expect(MathRenderer.inline("\\frac{\\bar{\\alpha}_t}{1 - \\bar{\\alpha}_t}") == "ᾱₜ/(1 − ᾱₜ)")
        #expect(MathRenderer.inline("\\frac{10}{3.5}") == "10/3.5")
        #expect(MathRenderer.inline("\\frac{\\frac{a}{b}}{c}") == "(a/b)/c")
        // A fraction next to a factor is bracketed and set apart from it.
        #expect(MathRenderer.inline("\\frac{1}{N}\\sum_i x_i") == "(1/N) ∑ᵢ xᵢ")
        #expect(MathRenderer.inline("\\frac{1}{N} \\sum_i x_i") == "(1/N) ∑ᵢ xᵢ")
        #expect(MathRenderer.inline("W + \\frac{\\alpha}{r}BA") == "W + (α/r)·BA")
        #expect(MathRenderer.inline("\\frac{1}{2}(a + b)") == "(1/2)(a + b)")
        #expect(MathRenderer.inline("2\\frac{a}{b}") == "2(a/b)")
        #expect(MathRenderer.inline("\\log \\frac{p}{q}") == "log (p/q)")
        #expect(MathRenderer.inline("\\frac{a}{b}^2") == "(a/b)²")
        // Standing alone, between operators, it needs no brackets.
        #expect(MathRenderer.inline("y = \\frac{a}{b} + c") == "y = a/b + c")
    }

    @Test func textAndDisplayStyles() {
        #expect(MathRenderer.display("\\tfrac{1}{2} x") == ["½ x"])
        #expect(MathRenderer.display("\\tfrac{a}{b}c") == ["(a/b)·c"])
        #expect(MathRenderer.inline("\\tfrac{3}{4}") == "¾")
        #expect(MathRenderer.inline("\\dfrac{1}{2}") == "1/2")
        #expect(MathRenderer.display("\\textstyle \\sum_{i=1}^{N} \\frac{1}{2}") == ["∑ᵢ₌₁ᴺ (1/2)"])
        // The switch holds to the end of its group only.
        #expect(MathRenderer.display("{\\textstyle \\frac{a}{b}} = \\frac{c}{d}") == [
            "       c",
            "a/b = ───",
            "       d",
        ])
        #expect(MathRenderer.display("\\textstyle x = \\dfrac{1}{2} + \\frac{1}{2}") == [
            "     1",
            "x = ─── + 1/2",
            "     2",
        ])
        #expect(MathRenderer.display("\\textstyle a {\\displaystyle \\sum_{i} x_i}") == [
            "a ∑ xᵢ",
            "  i",
        ])
    }

    @Test func limitsInsideAFractionGoBeside() {
        #expect(MathRenderer.display("p_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}") == [
            "       e^zᵢ",
            "pᵢ = ─────────",
            "      ∑ⱼ e^zⱼ",
        ])
        // Outside a fraction the limits still stack.
        #expect(MathRenderer.display("\\frac{1}{N} \\sum_{i=1}^{N} x_i") == [
            " 1   N",
            "───  ∑  xᵢ",
            " N  i=1",
        ])
    }

    @Test func siblingScriptsShareAStyle() {
        // Each script is Unicode only when all of it is.
        #expect(MathRenderer.inline("x_{i,j}") == "xᵢ,ⱼ")
        #expect(MathRenderer.inline("x_{iq}") == "x_iq")
        // Within a formula, once a script word has no Unicode form, the others follow.
        #expect(MathRenderer.inline("\\varepsilon_{\\text{pos}} - \\varepsilon_{\\text{neg}}") == "ε_pos − ε_neg")
        #expect(MathRenderer.inline("C_{\\text{img}} / C_{\\text{txt}}") == "C_img / C_txt")
        #expect(MathRenderer.inline("\\varepsilon_{\\text{pos}}") == "εₚₒₛ")
        #expect(MathRenderer.inline("L_{simple} = \\varepsilon_\\theta") == "L_simple = ε_θ")
        // Indices keep their Unicode form.
        #expect(MathRenderer.inline("W_q x_i") == "W_q xᵢ")
        #expect(MathRenderer.inline("\\mathcal{L}_I = \\ell_{ii} + \\ell_{ij}") == "ℒ_I = ℓᵢᵢ + ℓᵢⱼ")
        #expect(MathRenderer.inline("x^{\\text{ab}} + e^{1 - r/c}") == "x^ab + e^(1 − r/c)")
        #expect(MathRenderer.inline("x^{ab} + e^{1 - r/c}") == "xᵃᵇ + e^(1 − r/c)")
    }

    @Test func textInScriptsKeepsItsSpaces() {
        #expect(MathRenderer.inline("n_{\\text{kv heads}}") == "n_(kv heads)")
        #expect(MathRenderer.inline("x_{i = 1}") == "xᵢ₌₁")
        #expect(MathRenderer.inline("\\bar{\\alpha}_{t'}") == "ᾱₜ′")
        #expect(MathRenderer.inline("2^{\\text{a b}}") == "2^(a b)")
    }

    /// Chains that nest without braces stop at the depth limit instead of recursing once
    /// per link: 20 000 of them used to overflow the stack.
    @Test func longChainsStayShallow() {
        #expect(MathRenderer.inline("a^b^c") == "aᵇᶜ")
        #expect(MathRenderer.inline("x_i_j") == "xᵢⱼ")
        #expect(MathRenderer.inline("\\sqrt \\sqrt x") == "√√x")
        let chains = [
            (String(repeating: "\\sqrt ", count: 10_000) + "x", "√√√"),
            (String(repeating: "\\sqrt[", count: 10_000) + "3]{x}", "^("),
            (String(repeating: "\\hat ", count: 10_000) + "x", "hat("),
            ("a" + String(repeating: "^b", count: 10_000), "aᵇᵇᵇ"),
        ]
        for (source, start) in chains {
            let inline = MathRenderer.inline(source)
            #expect(inline.hasPrefix(start), "\(inline.prefix(20))")
        }
        #expect(MathRenderer.display(chains[3].0).first?.hasPrefix("aᵇᵇᵇ") == true)
    }

    /// Nested scripts and `\tfrac`s are written once per level: each level used to
    /// write its content two or three times, so twenty levels took minutes.
    @Test func nestedScriptsAndFractionsAreWrittenOncePerLevel() {
        #expect(MathRenderer.inline("q^{q^{q}}") == "q^(q^q)")
        #expect(MathRenderer.inline("\\tfrac{a\\tfrac{a}{x}}{x}") == "a(a/x)/x")
        #expect(MathRenderer.inline("\\sqrt[n]{x} + \\sqrt[ 4 ]{x}") == "ⁿ√x + ∜x")
        let scripts = String(repeating: "q^{", count: 30) + "q" + String(repeating: "}", count: 30)
        #expect(MathRenderer.inline(scripts).hasPrefix("q^(q^(q^("))
        #expect(MathRenderer.display(scripts).first?.hasPrefix("q^(q^(q^(") == true)
        let fractions = String(repeating: "\\tfrac{a", count: 30) + "q" + String(repeating: "}{x}", count: 30)
        #expect(MathRenderer.inline(fractions).hasSuffix("/x)/x)/x"))
        #expect(MathRenderer.display(fractions).first?.hasSuffix("/x)/x)/x") == true)
    }
}
