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
        #expect(app.frame.text.contains("Ctrl-N/P:"))
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
