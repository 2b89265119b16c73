import Testing
@testable import Course

@Suite struct TerminalLayoutTests {
    func render(_ text: String, width: Int = 40, theme: Theme = .unicode) -> RenderedDocument {
        TerminalLayout.render(MarkdownParser.parse(text), width: width, theme: theme, evaluate: TestCalculators.evaluate)
    }

    func texts(_ text: String, width: Int = 40, theme: Theme = .unicode) -> [String] {
        render(text, width: width, theme: theme).lines.map(\.text)
    }

    @Test func paragraphsWrapByDisplayWidth() {
        let lines = texts("Tiếng Việt có dấu được hiển thị đúng và xuống dòng theo độ rộng hiển thị.", width: 20)
        #expect(lines == ["Tiếng Việt có dấu", "được hiển thị đúng", "và xuống dòng theo", "độ rộng hiển thị."])
        let cjk = texts("日本語のテキストは幅が二つです", width: 9)
        #expect(cjk == ["日本語の", "テキスト", "は幅が二", "つです"])
        #expect(cjk.allSatisfy { DisplayWidth.of($0) <= 9 })
    }

    @Test func longWordsBreakBetweenClusters() {
        let lines = texts("x " + String(repeating: "ệ", count: 25), width: 10)
        #expect(lines == ["x ệệệệệệệệ", "ệệệệệệệệệệ", "ệệệệệệệ"])
    }

    @Test func listsHangTheirContinuationLines() {
        #expect(texts("- one two three four five six\n  - nested item text here", width: 16) == [
            "• one two three", "  four five six", "  ◦ nested item", "    text here",
        ])
        #expect(texts("9. nine\n10. ten", width: 20) == [" 9. nine", "10. ten"])
        #expect(texts("- [ ] todo\n- [x] done", width: 20) == ["• ☐ todo", "• ☑ done"])
    }

    @Test func htmlListStartsOfAnySizeAreNumberedWithoutOverflow() {
        #expect(texts("<ol start=\"-10\"><li>a</li><li>b</li><li>c</li></ol>") == ["-10. a", " -9. b", " -8. c"])
        #expect(texts("<ol start=\"9223372036854775807\"><li>a</li><li>b</li></ol>") == [" 999999999. a", "1000000000. b"])
    }

    @Test func quotesKeepTheirBarOnBlankLines() {
        #expect(texts("> a\n>\n> b") == ["│ a", "│", "│ b"])
        #expect(texts("> > deep") == ["│ │ deep"])
    }

    @Test func calloutsGetMarkAndRole() {
        let doc = render("> **Common mistake:** forgetting `zero_grad()`.")
        #expect(doc.lines.map(\.text) == ["┃ ✗ Common mistake: forgetting", "┃ zero_grad()."])
        #expect(doc.lines[0].spans[0].style.contains(.calloutMistake))
        #expect(doc.lines[0].spans.contains { $0.text.contains("Common mistake:") && $0.style.contains(.calloutMistake) })
    }

    @Test func headingsFormTheTableOfContents() {
        let doc = render("# Title\n\n## 1. First\n\ntext\n\n### 1.1 Sub\n\n## 1. First\n\n<h2 id=\"custom\">HTML</h2>", width: 40)
        #expect(doc.headings.map(\.level) == [1, 2, 3, 2, 2])
        #expect(doc.headings.map(\.anchor) == ["title", "1-first", "11-sub", "1-first-1", "html"])
        #expect(doc.headings.map { doc.lines[$0.line].text } == ["Title", "1. First", "1.1 Sub", "1. First", "HTML"])
        #expect(doc.anchors["custom"] == doc.headings[4].line)
        #expect(doc.anchors["1-first-1"] == doc.headings[3].line)
        #expect(doc.lines[1].text == String(repeating: "━", count: 40))
    }

    @Test func linksRecordWhereTheirTextIs() {
        let doc = render("See the [PyTorch documentation pages](https://pytorch.org) and [§2](#2-x) or [l4](lesson:l04).", width: 30)
        #expect(doc.links.map(\.url) == ["https://pytorch.org", "#2-x", "lesson:l04"])
        for link in doc.links {
            let shown = link.places.map { place -> String in
                let text = Array(doc.lines[place.line].text)
                return String(text[place.columns]).trimmingSpaces
            }.joined(separator: " ")
            #expect(shown == link.text)
        }
        #expect(doc.plainText.contains("(https://pytorch.org)"))
        #expect(!doc.plainText.contains("(#2-x)"))
        #expect(!doc.plainText.contains("lesson:"))
        #expect(doc.links[1].isInternal && doc.links[2].isInternal && !doc.links[0].isInternal)
    }

    @Test func footnoteLinks() {
        var theme = Theme.unicode
        theme.linkStyle = .footnotes
        let doc = render("[a](https://a.org) and [b](https://b.org)", width: 40, theme: theme)
        #expect(doc.lines.map(\.text) == ["a[1] and b[2]", "", "────────────────────", "[1] https://a.org", "[2] https://b.org"])
        #expect(doc.links.map(\.footnote) == [1, 2])
    }

    @Test func codeBlocksKeepLinesAndClip() {
        let doc = render("```python\ndef f(x):  # comment\n    return x + 1\n```", width: 20)
        #expect(doc.lines.map(\.text) == ["  ╭─ python", "1 │ def f(x):  # co→", "2 │     return x + 1", "  ╰─"])
        #expect(doc.lines.allSatisfy { $0.width <= 20 })
        let styles = doc.lines[1].spans.map(\.style)
        #expect(styles.contains { $0.contains(.codeKeyword) })
        #expect(styles.contains { $0.contains(.codeComment) })
    }

    @Test func diagramsAreVerbatim() {
        let diagram = "┌───┐\n│ a │──→ b\n└───┘"
        let doc = render("```text\n\(diagram)\n```", width: 40)
        #expect(doc.lines.map(\.text) == ["╭─", "│ ┌───┐", "│ │ a │──→ b", "│ └───┘", "╰─"])
    }

    @Test func tablesFitShrinkOrStack() {
        let table = "| Name | Description |\n|---|---|\n| LoRA | Low-rank adapters added to frozen weights |"
        let wide = texts(table, width: 60)
        #expect(wide == [
            "┌──────┬───────────────────────────────────────────┐",
            "│ Name │ Description                               │",
            "├──────┼───────────────────────────────────────────┤",
            "│ LoRA │ Low-rank adapters added to frozen weights │",
            "└──────┴───────────────────────────────────────────┘",
        ])
        let narrow = texts(table, width: 30)
        #expect(narrow.allSatisfy { DisplayWidth.of($0) == DisplayWidth.of(narrow[0]) })
        #expect(narrow.count > 5)
        #expect(narrow[0].count <= 30)
        let many = "| a | b | c | d | e | f |\n|---|---|---|---|---|---|\n| long words here | x | y | z | w | v |"
        #expect(texts(many, width: 24) == [
            "────────────────────────", "a: long words here", "b: x", "c: y", "d: z", "e: w", "f: v", "────────────────────────",
        ])
    }

    @Test func calcBlocksArePlacedAndEvaluated() {
        let doc = render("Intro\n\n```calc\nadd a=1 b=2\nadd a=x\nbad \"q\n```\n\nAfter", width: 40)
        #expect(doc.calcs.count == 3)
        #expect(doc.calcs.map(\.sourceLine) == [4, 5, 6])
        #expect(doc.calcs[0].call?.name == "add")
        guard case .report(let report) = doc.calcs[0].outcome else {
            Issue.record("no report")
            return
        }
        #expect(report.headline == "a + b = 3")
        guard case .formulaError(let error) = doc.calcs[1].outcome else {
            Issue.record("no formula error")
            return
        }
        #expect(error == .invalidArgument("a", "'x' is not a number"))
        guard case .syntaxError = doc.calcs[2].outcome else {
            Issue.record("no syntax error")
            return
        }
        #expect(doc.calcs[2].call == nil)
        for calc in doc.calcs {
            let box = doc.lines[calc.lines].map(\.text)
            #expect(box.first?.hasPrefix("╭─ calc") == true)
            #expect(box.last?.hasPrefix("╰") == true)
            #expect(box.contains { $0.contains(calc.text) })
        }
        let errorBox = doc.lines[doc.calcs[1].lines].map(\.text).joined(separator: "\n")
        #expect(errorBox.contains("a: 'x' is not a number"))
        #expect(doc.lines[doc.calcs[0].lines].contains { $0.text.contains("⇒ a + b = 3") })
    }

    @Test func calcCommentsAreCaptionsInTheirBox() {
        let doc = render("```calc\n# a small sum\nadd a=1 b=2\nadd a=2 b=3\n```", width: 40)
        let first = doc.lines[doc.calcs[0].lines]
        #expect(first.map(\.text)[1] == "│ a small sum                          │")
        #expect(first[1].spans.contains { $0.text == "a small sum" && $0.style.contains(.dim) })
        #expect(first.map(\.text)[2].contains("add a=1 b=2"))
        #expect(!doc.lines[doc.calcs[1].lines].contains { $0.text.contains("a small sum") })
    }

    @Test func shortCodeSpansStayOnOneLine() {
        #expect(texts("a batch of outputs `(B, out)` here", width: 24) == ["a batch of outputs", "(B, out) here"])
        #expect(texts("the shape `(B, C, H, W)` of images", width: 16) == ["the shape", "(B, C, H, W) of", "images"])
        // Longer than the line or than 30 columns: it wraps at its spaces.
        #expect(texts("see `(a, b, c, d, e)` now", width: 10) == ["see (a, b,", "c, d, e)", "now"])
        let long = "`" + Array(repeating: "word", count: 8).joined(separator: " ") + "`"
        #expect(texts("x " + long, width: 36) == ["x word word word word word word word", "word"])
        // In a table cell narrower than the span, too.
        let table = texts("| a | b |\n|---|---|\n| `nn.Conv2d(in_ch, out_ch, k)` | x |", width: 24)
        #expect(table.contains { $0.hasPrefix("│ nn.Conv2d(in_ch, │") })
        #expect(table.contains { $0.hasPrefix("│ out_ch, k)       │") })
    }

    @Test func longInlineMathBreaksOutsideBrackets() {
        let text = "variance $\\alpha_t (1 - \\alpha_{t-1}) + 1 - \\alpha_t = 1 - \\alpha_t \\alpha_{t-1}$ here"
        #expect(texts(text, width: 20) == ["variance", "αₜ (1 − αₜ₋₁) + 1 −", "αₜ = 1 − αₜ αₜ₋₁", "here"])
        // Never between two factors.
        let guided = "as $\\hat{\\varepsilon} = (1 + w)\\,\\varepsilon_{c} - w\\,\\varepsilon_{u}$ here"
        #expect(texts(guided, width: 20) == ["as ε̂ = (1 + w) ε_c −", "w εᵤ here"])
        // Short math wider than the line still breaks at its spaces.
        #expect(texts("a $x + y$ b", width: 4) == ["a x", "+ y", "b"])
    }

    @Test func displayMathFallsBackToOneLineWhenTooWide() {
        let source = "$$\\frac{a + b + c + d + e + f}{g}$$"
        #expect(texts(source, width: 40) == ["   a + b + c + d + e + f", "  ───────────────────────", "             g"])
        #expect(texts(source, width: 20) == ["(a + b + c + d + e +", "f)/g"])
    }

    @Test func figuresAndDetails() {
        #expect(texts("<figure><img alt=\"Graph\" src=\"g.png\"><figcaption>Cap</figcaption></figure>") == [
            "╭────────────────╮", "│ ▣ image: Graph │", "╰────────────────╯", "Cap",
        ])
        #expect(texts("<details><summary>More</summary><p>Hidden text</p></details>") == ["▾ More", "", "  Hidden text"])
    }

    @Test func sourceMapTranslatesBothWays() {
        let doc = render("# A\n\npara\n\n- item\n\n```\ncode\n```", width: 40)
        #expect(doc.line(forSourceLine: 1) == 0)
        #expect(doc.line(forSourceLine: 3) == 3)
        #expect(doc.line(forSourceLine: 4) == 3)
        #expect(doc.sourceLine(forLine: 5) == 5)
    }

    @Test func asciiThemeUsesOnlyASCIIGlyphs() {
        let text = "# T\n\n> q\n\n- a\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n```py\nx = 1\n```\n\n> **Note:** n\n\n---\n\n"
            + "```calc\nadd a=1 b=2\nadd a=x\nbad \"q\n```"
        let lines = texts(text, width: 30, theme: .ascii)
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }, "\(lines)")
    }

    @Test func tinyWidthsNeverOverflow() {
        let text = "# Heading\n\n> > - [x] quoted list item with 日本語 and `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nlong code line\n```\n\n$$\\frac{1}{2}$$"
        for width in [-3, 0, 1, 2, 3, 5, 8, 13] {
            let doc = render(text, width: width)
            #expect(doc.width == max(1, width))
            #expect(doc.lines.allSatisfy { $0.width <= max(1, width) }, "width \(width)")
        }
    }

    @Test func styledLinesMergeRuns() {
        var line = StyledLine()
        line.append("a", .strong)
        line.append(Substring("b"), .strong)
        line.append("c")
        line.append("  ")
        #expect(line.spans == [StyledSpan("ab", .strong), StyledSpan("c  ")])
        line.trimTrailingSpaces()
        #expect(line.spans == [StyledSpan("ab", .strong), StyledSpan("c")])
        #expect(line.markup == "{strong|ab}c")
        var spaces = StyledLine([StyledSpan("x", .dim), StyledSpan("   ")])
        spaces.trimTrailingSpaces()
        #expect(spaces.spans == [StyledSpan("x", .dim)])
    }
}

@Suite struct LinkPlacementTests {
    @Test func linksInsideQuotesAndTablesPointAtTheirText() {
        let text = "> | name | site |\n> |---|---|\n> | a | [PyTorch](https://pytorch.org) |\n\n- [lesson four](lesson:l04) here"
        let doc = TerminalLayout.render(MarkdownParser.parse(text), width: 60, evaluate: TestCalculators.evaluate)
        #expect(doc.links.count == 2)
        for link in doc.links {
            #expect(link.places.count == 1)
            let place = link.places[0]
            let shown = String(Array(doc.lines[place.line].text)[place.columns])
            #expect(shown == link.text)
        }
    }
}

@Suite struct CalcChartScaleTests {
    @Test func fractionStaysInRangeForExtremeValues() {
        let huge = Double.greatestFiniteMagnitude
        #expect(CalcChart.fraction(of: huge, from: -huge, to: huge) == 1)
        #expect(CalcChart.fraction(of: -huge, from: -huge, to: huge) == 0)
        #expect(CalcChart.fraction(of: 0, from: -huge, to: huge) == 0.5)
        #expect(CalcChart.fraction(of: .nan, from: 0, to: 1) == 0)
        #expect(CalcChart.fraction(of: 3, from: 2, to: 2) == 0)
        #expect(CalcChart.mean([huge, huge]) == huge)
    }

    @Test func aSeriesOfExtremeValuesLaysOutWithoutTrapping() {
        let huge = Double.greatestFiniteMagnitude
        let evaluate: (CalcCall) throws(FormulaError) -> CalcReport = { call in
            CalcReport(call: call, title: "t", headline: "h",
                       charts: [CalcChart(title: "s", kind: .series,
                                          points: [.init("a", -huge), .init("b", huge), .init("c", huge), .init("d", 1)])],
                       json: .null)
        }
        let rendered = TerminalLayout.render(MarkdownParser.parse("```calc\nx\n```\n"), width: 40, theme: .unicode, evaluate: evaluate)
        #expect(rendered.lines.allSatisfy { $0.width <= 40 })
    }
}
