import Foundation
import Testing
@testable import Course

/// Thousands of random, truncated and hostile Markdown/HTML inputs: the parser and
/// the layout must not crash, and every line must fit the requested width by
/// construction, never by the layout's last-resort clip. (Nothing here is timed: a
/// quadratic or exponential path shows up as a test run that does not finish, not
/// as a figure that depends on the machine.)
@Suite struct FuzzTests {
    static let fragments: [String] = [
        "# ", "## ", "###### ", "> ", "> > ", "- ", "* ", "+ ", "1. ", "10) ", "- [ ] ", "- [x] ", "    ", "\t", " ", "  ",
        "\n", "\n\n", "\r\n", "```", "```python\n", "```calc\n", "~~~", "---", "***", "===", "|", "| a | b |\n|---|:-:|\n",
        "*", "**", "_", "__", "~~", "`", "``", "\\", "[", "]", "](", "(", ")", "![", "<", ">", "&amp;", "&#", "&#x1F600;",
        "&nbsp;", "$", "$$", "$5", "\\frac{", "\\left(", "\\right)", "\\begin{cases}", "\\end{cases}", "}", "{", "^", "_{",
        "\\alpha", "\\sum_{i=1}^{n}", "\\sqrt{", "\\mathbb{R}", "\\text{", "\\\\", "&", "<p>", "</p>", "<br>", "<strong>",
        "</strong>", "<em>", "<code>", "</code>", "<pre><code class=\"language-python\">", "</code></pre>", "<table>",
        "<tr>", "<td>", "<th>", "</table>", "<details>", "<summary>", "</summary>", "</details>", "<figure>",
        "<img src=\"x\" alt=\"alt text\">", "<figcaption>", "<blockquote>", "</blockquote>", "<ul>", "<li>", "</ul>",
        "<h2 id=\"x\">", "</h2>", "<hr/>", "<a href=\"u\">", "</a>", "<span>", "<div>", "</div>", "<!--", "-->",
        "<script>", "<float 0.0 to 1.0>", "**Exam tip:**", "**Note:**", "add a=1 b=2", "bad \"x", "https://example.com/x_y",
        "<https://a.b>", "word", "longerword", "Tiếng Việt", "e\u{301}", "\u{301}", "日本語", "👍🏽", "👨‍👩‍👧", "🇻🇳", "\u{200D}",
        "\u{FE0F}", "\u{0}", "\u{1B}[31m", "\u{7F}", "\u{9B}", "─┼─", String(repeating: "x", count: 90),
    ]

    static func randomInput(_ rng: inout SeededGenerator) -> String {
        var out = ""
        for _ in 0..<Int.random(in: 1...120, using: &rng) {
            out += fragments.randomElement(using: &rng)!
        }
        return out
    }

    static func check(_ text: String, width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let document = MarkdownParser.parse(text)
        let rendered = TerminalLayout.render(document, width: width, evaluate: TestCalculators.evaluate)
        // The clip keeps every line within the width whatever happens, so the width
        // itself proves nothing: a line the clip had to cut is an overflow to fix.
        #expect(rendered.safetyClips == 0,
                "lines cut by the last-resort clip: \(rendered.safetyClips), at width \(width) for input \(text.debugDescription.prefix(300))",
                sourceLocation: sourceLocation)
        for calc in rendered.calcs {
            #expect(calc.lines.upperBound <= rendered.lines.count, sourceLocation: sourceLocation)
        }
        for link in rendered.links {
            for place in link.places {
                #expect(place.line < rendered.lines.count && place.columns.upperBound <= max(1, width), sourceLocation: sourceLocation)
            }
        }
        _ = ANSI.render(rendered.lines, mode: .color)
    }

    @Test func randomFragments() {
        var rng = SeededGenerator(seed: 20_250_101)
        for _ in 0..<3000 {
            let text = Self.randomInput(&rng)
            let width = Int.random(in: 1...150, using: &rng)
            Self.check(text, width: width)
        }
    }

    @Test func randomBytes() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<1000 {
            let bytes = (0..<Int.random(in: 0...400, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            Self.check(String(decoding: bytes, as: UTF8.self), width: Int.random(in: 1...120, using: &rng))
        }
    }

    @Test func truncatedSample() throws {
        let sample = try String(contentsOf: Snapshot.directory.appendingPathComponent("sample.md"), encoding: .utf8)
        let characters = Array(sample)
        var rng = SeededGenerator(seed: 99)
        for _ in 0..<300 {
            let a = Int.random(in: 0...characters.count, using: &rng)
            let b = Int.random(in: a...characters.count, using: &rng)
            Self.check(String(characters[a..<b]), width: Int.random(in: 1...140, using: &rng))
        }
        for width in 1...150 { Self.check(sample, width: width) }
    }

    @Test(.enabled(if: XdevFixtures.available, XdevFixtures.skipMessage))
    func truncatedUpstreamLessons() throws {
        let lessons = try XdevFixtures.lessons()
        #expect(lessons.count >= 20)
        var rng = SeededGenerator(seed: 2024)
        for url in lessons {
            let text = Array(try String(contentsOf: url, encoding: .utf8).utf8)
            for _ in 0..<8 {
                // Cut at arbitrary bytes, even inside a UTF-8 sequence or a tag.
                let a = Int.random(in: 0...text.count, using: &rng)
                let b = Int.random(in: a...min(text.count, a + 20_000), using: &rng)
                Self.check(String(decoding: text[a..<b], as: UTF8.self), width: Int.random(in: 1...140, using: &rng))
            }
            Self.check(String(decoding: text, as: UTF8.self), width: Int.random(in: 1...20, using: &rng))
        }
    }

    /// Inputs built to trigger quadratic or deeply recursive behaviour render.
    @Test(arguments: [
        String(repeating: ">", count: 5000) + " deep",
        String(repeating: "- ", count: 3000) + "deep",
        String(repeating: "[", count: 20_000),
        String(repeating: "*a ", count: 20_000),
        String(repeating: "*", count: 20_000) + "x" + String(repeating: "*", count: 20_000),
        String(repeating: "`", count: 3000) + String(repeating: "` ", count: 3000),
        String(repeating: "$a ", count: 20_000),
        String(repeating: "<div>\n\n", count: 3000),
        String(repeating: "<b>", count: 10_000) + "x",
        String(repeating: "<pre>\n\n", count: 2000),
        String(repeating: "<!-- ", count: 10_000),
        String(repeating: "$$\n", count: 5000),
        String(repeating: "<", count: 50_000),
        String(repeating: "\\left( ", count: 3000),
        "$" + String(repeating: "\\frac{", count: 2000) + "$",
        "$$" + String(repeating: "{", count: 5000) + "$$",
        String(repeating: "| a ", count: 2000) + "\n" + String(repeating: "|---", count: 2000) + "\n" + String(repeating: "| b ", count: 2000),
        String(repeating: "[a](b ", count: 10_000),
    ])
    func hostileInputsRender(_ text: String) {
        Self.check(text, width: 80)
        Self.check(text, width: 7)
    }
}
