import Testing
@testable import Course

@Suite struct SyntaxHighlighterTests {
    /// Each token with the code role it got (`k` keyword, `s` string, `c` comment, `n` number).
    func tokens(_ code: String, _ language: String) -> [[String]] {
        SyntaxHighlighter.highlight(code, language: language).map { line in
            line.spans.compactMap { span in
                if span.style.contains(.codeKeyword) { return "k:" + span.text }
                if span.style.contains(.codeString) { return "s:" + span.text }
                if span.style.contains(.codeComment) { return "c:" + span.text }
                if span.style.contains(.codeNumber) { return "n:" + span.text }
                return nil
            }
        }
    }

    @Test func python() {
        #expect(tokens("def f(x=1.5e-3):\n    return f\"{x}\"  # done", "python") == [
            ["k:def", "n:1.5e-3"], ["k:return", "s:f\"{x}\"", "c:# done"],
        ])
        #expect(tokens("s = \"\"\"one\ntwo # not comment\nthree\"\"\" + 'x'", "py") == [
            ["s:\"\"\"one"], ["s:two # not comment"], ["s:three\"\"\"", "s:'x'"],
        ])
        #expect(tokens("x2 = var_1 if True else None", "python") == [["k:if", "k:True", "k:else", "k:None"]])
    }

    @Test func bash() {
        #expect(tokens("export A=$HOME/x # note\necho \"${A}\" a#b", "bash") == [
            ["k:export", "k:$HOME", "c:# note"], ["s:\"${A}\""],
        ])
    }

    @Test func jsonAndYAML() {
        #expect(tokens("{\"k\": \"v\", \"n\": -1.5, \"b\": true, \"z\": null}", "json") == [
            ["k:\"k\"", "s:\"v\"", "k:\"n\"", "n:1.5", "k:\"b\"", "k:true", "k:\"z\"", "k:null"]
        ])
        #expect(tokens("model: llama  # base\n- rank: 8\nurl: \"http://x\"", "yaml") == [
            ["k:model", "c:# base"], ["k:rank", "n:8"], ["k:url", "s:\"http://x\""],
        ])
    }

    @Test func swift() {
        #expect(tokens("let x = 0x1F /* a\nb */ + 2 // c", "swift") == [["k:let", "n:0x1F", "c:/* a"], ["c:b */", "n:2", "c:// c"]])
    }

    @Test func otherLanguagesArePlainCode() {
        let lines = SyntaxHighlighter.highlight("int main() { return 0; }", language: "c")
        #expect(lines.map(\.spans) == [[StyledSpan("int main() { return 0; }", .code)]])
        #expect(SyntaxHighlighter.highlight("", language: "python").map(\.spans) == [[]])
    }
}
