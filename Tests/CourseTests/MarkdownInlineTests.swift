import Testing
@testable import Course

/// Inline syntax: emphasis, code, links, math, escapes, entities, inline HTML.
@Suite struct MarkdownInlineTests {
    func inlines(_ text: String) -> [MarkdownInline] { InlineParser().parse(text) }

    @Test func emphasisAndStrong() {
        #expect(inlines("*a* _b_ **c** __d__ ***e***") == [
            .emphasis([.text("a")]), .text(" "), .emphasis([.text("b")]), .text(" "), .strong([.text("c")]), .text(" "),
            .strong([.text("d")]), .text(" "), .emphasis([.strong([.text("e")])]),
        ])
        #expect(inlines("**bold *and italic***") == [.strong([.text("bold "), .emphasis([.text("and italic")])])])
        #expect(inlines("~~gone~~") == [.strikethrough([.text("gone")])])
    }

    @Test func intrawordUnderscoresAndLoneStars() {
        #expect(inlines("snake_case_name and 2 * 3 * 4") == [.text("snake_case_name and 2 * 3 * 4")])
        #expect(inlines("a*b*c") == [.text("a"), .emphasis([.text("b")]), .text("c")])
        #expect(inlines("**unclosed") == [.text("**unclosed")])
    }

    @Test func codeSpans() {
        #expect(inlines("`x` `` a`b `` ` `") == [.code("x"), .text(" "), .code("a`b"), .text(" "), .code(" ")])
        #expect(inlines("`*not emphasis*`") == [.code("*not emphasis*")])
        #expect(inlines("``unmatched` x") == [.text("``unmatched` x")])
    }

    @Test func links() {
        #expect(inlines("[a *b*](http://x.y \"T\")") == [
            .link(url: "http://x.y", title: "T", content: [.text("a "), .emphasis([.text("b")])])
        ])
        #expect(inlines("[t](<a b>)") == [.link(url: "a b", title: nil, content: [.text("t")])])
        #expect(inlines("[t](lesson:l04-ddpm#3-the-closed-form)") == [
            .link(url: "lesson:l04-ddpm#3-the-closed-form", title: nil, content: [.text("t")])
        ])
        #expect(inlines("[not a link] (x)") == [.text("[not a link] (x)")])
        #expect(inlines("![alt *x*](i.png)") == [.image(url: "i.png", title: nil, alt: "alt x")])
    }

    @Test func autolinks() {
        #expect(inlines("<https://a.b/c>") == [.link(url: "https://a.b/c", title: nil, content: [.text("https://a.b/c")])])
        #expect(inlines("<me@x.org>") == [.link(url: "mailto:me@x.org", title: nil, content: [.text("me@x.org")])])
        #expect(inlines("see https://x.org/a_(b)_c. next") == [
            .text("see "), .link(url: "https://x.org/a_(b)_c", title: nil, content: [.text("https://x.org/a_(b)_c")]),
            .text(". next"),
        ])
        #expect(inlines("nohttp://x") == [.text("nohttp://x")])
    }

    @Test func escapesAndEntities() {
        #expect(inlines("\\*a\\* \\_ \\\\ \\q") == [.text("*a* _ \\ \\q")])
        #expect(inlines("&amp; &lt;b&gt; &copy; &#955; &#x3A3; &bogus; &#0;") == [.text("& <b> © λ Σ &bogus; \u{FFFD}")])
    }

    @Test func mathAndPrices() {
        #expect(inlines("$x^2$ and $$\\sum x$$") == [.math("x^2", display: false), .text(" and "), .math("\\sum x", display: true)])
        #expect(inlines("costs $5 and $10") == [.text("costs $5 and $10")])
        #expect(inlines("between $5-$10") == [.text("between $5-$10")])
        #expect(inlines("$ x$ and $x $") == [.text("$ x$ and $x $")])
        #expect(inlines("$a$5") == [.text("$a$5")])
        #expect(inlines("\\$x$ y") == [.text("$x$ y")])
        #expect(inlines("$\\frac{a_1}{b}$ *e*") == [.math("\\frac{a_1}{b}", display: false), .text(" "), .emphasis([.text("e")])])
    }

    @Test func inlineHTML() {
        #expect(inlines("a <strong>b</strong> <em>c</em> <code>d*e</code>") == [
            .text("a "), .strong([.text("b")]), .text(" "), .emphasis([.text("c")]), .text(" "), .code("d*e"),
        ])
        #expect(inlines("x<br>y<br/>z") == [.text("x"), .hardBreak, .text("y"), .hardBreak, .text("z")])
        #expect(inlines("<a href=\"u\">l</a> <span>s</span> <foo>kept</foo> <!-- gone -->!") == [
            .link(url: "u", title: nil, content: [.text("l")]), .text(" s kept !"),
        ])
        #expect(inlines("<b>unclosed and </i> stray") == [.text("unclosed and  stray")])
        #expect(inlines("a < b > c") == [.text("a < b > c")])
    }

    @Test func deepNestingIsFlattenedNotRecursedForever() {
        let deep = String(repeating: "*", count: 500) + "x" + String(repeating: "*", count: 500)
        let result = inlines(deep)
        #expect(MarkdownInline.plainText(result).contains("x"))
        let tags = String(repeating: "<b>", count: 200) + "y" + String(repeating: "</b>", count: 200)
        #expect(MarkdownInline.plainText(inlines(tags)) == "y")
    }
}
