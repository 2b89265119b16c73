import Course
import Testing
@testable import dli_tutor

@Suite struct CalculatorFormTests {
    @Test func aCallFillsTheFieldsAndKeepsTheRestAsFurtherArguments() throws {
        let bleu = try #require(Calculators.named("bleu"))
        let call = try CalcCall.parse(#"bleu hyp="a b c" ref="a b" ref="b c" ref="c d" smooth=none"#)
        let form = CalculatorForm(calculator: bleu, call: call)
        let refs = form.rows.filter { $0.key == "ref" }.map(\.field.text)
        #expect(refs == ["a b", "b c"])
        #expect(form.text(at: form.rows.count) == #"ref="c d""#)
        #expect(form.rows.first { $0.key == "smooth" }?.field.text == "none")
        // The call the form makes is the call it was given (keys in form order).
        let made = try form.call().get()
        #expect(made.values("ref") == ["a b", "b c", "c d"])
        #expect(made.string("smooth") == "none")
        #expect(form.report?.call == made)
    }

    @Test func everyEditReevaluatesAndErrorsLandOnTheirField() throws {
        let elo = try #require(Calculators.named("elo"))
        var form = CalculatorForm(calculator: elo)
        let before = try #require(form.report?.headline)
        let ra = try #require(form.rows.firstIndex { $0.key == "ra" })
        form.focus(ra)
        _ = form.edit(.end)
        _ = form.edit(.char("0"))
        let after = try #require(form.report?.headline)
        #expect(after != before)
        _ = form.edit(.char("x"))
        #expect(form.report == nil)
        #expect(form.errorRow == ra)
        _ = form.edit(.backspace)
        #expect(form.report?.headline == after)
        #expect(form.errorRow == nil)
    }

    @Test func aSyntaxErrorInTheFurtherArgumentsPointsThere() throws {
        let elo = try #require(Calculators.named("elo"))
        var form = CalculatorForm(calculator: elo)
        form.focus(form.rows.count)
        for character in #"k="32"# { _ = form.edit(.char(character)) }
        guard case .error(let message, let key) = form.outcome else {
            Issue.record("expected an error")
            return
        }
        #expect(key == CalculatorForm.moreKey)
        #expect(message.contains("unterminated"))
        #expect(form.errorRow == form.rows.count)
    }

    @Test func modelPresetsCycleWithCtrlN() throws {
        var app = try Fixtures.app(size: Size(width: 80, height: 24))
        app.press(.char("x"))
        let lora = try #require(Calculators.names.firstIndex(of: "lora"))
        for _ in 0..<lora { app.press(.char("j")) }
        app.press(.enter)
        let start = try #require((app.top as? CalculatorScreen)?.form?.text(at: 0))
        app.press(.ctrl("n"))
        let next = try #require((app.top as? CalculatorScreen)?.form?.text(at: 0))
        #expect(next != start)
        #expect(ModelPreset.names.contains(next))
        app.press(.ctrl("p"))
        #expect((app.top as? CalculatorScreen)?.form?.text(at: 0) == start)
        #expect(app.frame.text.contains("←/→: llama-2-7b · mistral-7b"))
    }

    /// Defect 6: a key typed in "more arguments" that has a field of its own,
    /// filled, is refused with a message, never silently used instead of it.
    @Test func aFurtherArgumentNeverOverridesItsField() throws {
        let cfg = try #require(Calculators.named("cfg"))
        var form = CalculatorForm(calculator: cfg)
        let shown = try #require(form.report?.headline)
        form.focus(form.rows.count)
        for character in "scale=3" { _ = form.edit(.char(character)) }
        guard case .error(let message, let key) = form.outcome else {
            Issue.record("expected the duplicate to be refused")
            return
        }
        #expect(key == CalculatorForm.moreKey)
        #expect(message.contains("scale has its own field above (7.5)"))
        // Cleared above, the value below is used.
        let scale = try #require(form.rows.firstIndex { $0.key == "scale" })
        form.focus(scale)
        _ = form.edit(.ctrl("u"))
        #expect(form.report?.json["scale"] == .number(3))
        #expect(form.report?.headline != shown)
        // Keys with several fields (BLEU's references) add up instead.
        var bleu = CalculatorForm(calculator: try #require(Calculators.named("bleu")))
        bleu.focus(bleu.rows.count)
        for character in #"ref="a third one""# { _ = bleu.edit(.char(character)) }
        #expect(try bleu.call().get().values("ref").count == 3)
    }

    /// Forms: choices cycle with ←/→ and show their options, empty fields show
    /// their default, Ctrl-W deletes one item of a list, labels fit.
    @Test func choicesDefaultsListsAndLabels() throws {
        var app = try Fixtures.app(size: Size(width: 80, height: 24))
        app.press(.char("x"))
        for _ in 0..<(try #require(Calculators.names.firstIndex(of: "ddpm"))) { app.press(.char("j")) }
        app.press(.enter)
        #expect(app.frame.text.contains("←/→: linear · cosine"))
        app.press(.right)
        #expect((app.top as? CalculatorScreen)?.form?.text(at: 0) == "cosine")
        app.press(.left)
        #expect((app.top as? CalculatorScreen)?.form?.text(at: 0) == "linear")
        // An empty field shows what the calculator uses instead, dimmed.
        app.press(.ctrl("u"))
        #expect(app.frame.text.contains("default: linear"))
        #expect((app.top as? CalculatorScreen)?.form?.report != nil)
        // Ctrl-W takes one item off a list.
        app.press(.tab, .tab, .tab)
        #expect((app.top as? CalculatorScreen)?.form?.text(at: 3) == "1.0,-0.5")
        app.press(.end, .ctrl("w"))
        #expect((app.top as? CalculatorScreen)?.form?.text(at: 3) == "1.0,")
        // Every calculator's labels fit the label column at 80 columns.
        for calculator in Calculators.all {
            for field in calculator.fields { #expect(DisplayWidth.of(field.label) <= 20, "\(calculator.name) \(field.key)") }
        }
    }

    /// Defect 9: the app's LoRA form counts the targets `calc lora` counts (all
    /// seven by default) and says which ones it used.
    @Test func theLoRAFormUsesTheDocumentedDefaultTargets() throws {
        let form = CalculatorForm(calculator: try #require(Calculators.named("lora")))
        #expect(form.report?.json["trainable_params"] == .integer(41_943_040))
        #expect(form.rows.first { $0.key == "targets" }?.field.text == "")
        #expect(form.placeholder(at: try #require(form.rows.firstIndex { $0.key == "targets" }))?.contains("down_proj") == true)
        #expect(form.report?.steps.contains { $0.label == "targets" && $0.value.contains("all seven") } == true)
    }

    @Test func switchingCalculatorsKeepsEdits() throws {
        var app = try Fixtures.app(size: Size(width: 80, height: 24))
        app.press(.char("x"), .enter, .end)
        app.type(" extra")
        app.press(.escape, .char("j"), .char("k"))
        let text = try #require((app.top as? CalculatorScreen)?.form?.text(at: 0))
        #expect(text.hasSuffix(" extra"))
        // Typing `q` in a field types it; Esc leaves the form, then q goes back.
        app.press(.enter)
        app.type("q")
        #expect(app.top is CalculatorScreen)
        app.press(.escape, .char("q"))
        #expect(app.top is HomeScreen)
    }
}
