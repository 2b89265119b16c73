import Testing
@testable import Course

@Suite struct AnchorTests {
    @Test func slugsFollowTheContentFormat() {
        #expect(Anchor.slug("3. The closed form") == "3-the-closed-form")
        #expect(Anchor.slug("2.1 Tensor Basics") == "21-tensor-basics")
        #expect(Anchor.slug("nn.Module & Building Networks") == "nnmodule--building-networks")
        #expect(Anchor.slug("Giới thiệu") == "giới-thiệu")
        #expect(Anchor.slug("snake_case") == "snake_case")
    }

    @Test func duplicatesGetNumbered() {
        #expect(Anchor.uniqueSlugs(["Intro", "Intro", "Intro-1", "Intro"]) == ["intro", "intro-1", "intro-1-1", "intro-2"])
    }
}
