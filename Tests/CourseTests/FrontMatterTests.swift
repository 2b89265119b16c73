import Testing
@testable import Course

@Suite struct FrontMatterTests {
    @Test func splitsYAMLFromTheBody() {
        let split = FrontMatter.split("---\nid: x\ntitle: T\n---\n\n# Body\n")
        #expect(split.frontMatter == "id: x\ntitle: T")
        #expect(split.body == "\n# Body\n")
        #expect(split.bodyStartLine == 5)
    }

    @Test func noFrontMatter() {
        let split = FrontMatter.split("# Title\n---\n")
        #expect(split.frontMatter == nil)
        #expect(split.body == "# Title\n---\n")
        #expect(split.bodyStartLine == 1)
    }

    @Test func unclosedFrontMatterIsBody() {
        let split = FrontMatter.split("---\nid: x\n")
        #expect(split.frontMatter == nil)
        #expect(split.bodyStartLine == 1)
    }
}
