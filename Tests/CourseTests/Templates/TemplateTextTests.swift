import Foundation
import Testing
@testable import Course

/// Placeholders: `{name}`, literal `{{ }}`, quoting in calculator calls,
/// `{=calc:field|digits}`, and what is wrong with a malformed one.
@Suite struct TemplateTextTests {
    func fill(_ text: String, inCall: Bool = false, _ values: [String: String]) throws -> String {
        try TemplateText.substitute(text, inCall: inCall, value: { values[$0] },
                                    compute: { try TemplateDrawing.computed($0, evaluate: Calculators.evaluate) })
    }

    @Test func namesAreReplacedAndDoubledBracesAreLiteral() throws {
        #expect(try fill("A={ra}, B={ rb }", ["ra": "1550", "rb": "1800"]) == "A=1550, B=1800")
        #expect(try fill(#"$\frac{{1}}{{2}}$ and {{x}}"#, [:]) == #"$\frac{1}{2}$ and {x}"#)
    }

    @Test func aValueWithSpacesIsQuotedInACallOnly() throws {
        let values = ["hyp": "the cat sat", "ref": "a \"quoted\" word"]
        #expect(try fill("{hyp}", values) == "the cat sat")
        #expect(try fill("qa prediction={hyp}", inCall: true, values) == #"qa prediction="the cat sat""#)
        let call = try CalcCall.parse(try fill("qa prediction={hyp} truth={ref}", inCall: true, values))
        #expect(call.arguments.first { $0.key == "truth" }?.value == "a \"quoted\" word")
    }

    @Test func aComputedPlaceholderShowsThisDrawsValue() throws {
        let text = try fill("ᾱ = {=ddpm steps=1000 t={t}:alpha_bar|4}", ["t": "500"])
        let report = try Calculators.evaluate(try CalcCall.parse("ddpm steps=1000 t=500"))
        let expected = try #require(report.field("alpha_bar")?.doubleValue)
        #expect(text == "ᾱ = " + CalcFormat.number(expected, digits: 4))
    }

    @Test(arguments: [
        ("{unknown}", "unknown name 'unknown'"),
        ("a } b", "a lone '}'"),
        ("open { here", "never closed"),
        ("{a b}", "is not a placeholder"),
        ("{=elo ra=1:nothing|2}", "nothing"),
    ])
    func malformedPlaceholdersSayWhatIsWrong(text: String, message: String) {
        do {
            _ = try fill(text, [:])
            Issue.record("'\(text)' was accepted")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }

    @Test func namesListsEveryPlaceholderIncludingComputedOnes() throws {
        #expect(try TemplateText.names(in: "{a} and {=elo ra={b} rb={c}:expected_a|2} {{d}}") == ["a", "b", "c"])
    }
}
