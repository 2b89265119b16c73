import Foundation
import Testing
import Yams
@testable import Course

/// The escaping of each text format: what it writes another way, and that the
/// result reads back as the text.
@Suite struct ScalarEscapesTests {
    static let awkward = "say \"hi\"\\ now\n\ttab\r\u{01} \u{7F} \u{85} \u{2028} é 😀"

    @Test func jsonEscapesControlsInLowercaseHexAndReadsBack() throws {
        let json = JSONValue.string(Self.awkward).serialized()
        #expect(json.contains(#"\u0001"#))
        #expect(json.contains("\u{7F}"), "JSON leaves DEL as it is")
        let back = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String
        #expect(back == Self.awkward)
    }

    @Test func yamlHidesEveryNonPrintableInUppercaseHexAndReadsBack() throws {
        let yaml = YAMLScalar.quoted(Self.awkward)
        for hidden in [#"\u0001"#, #"\u007F"#, #"\u0085"#, #"\u2028"#] { #expect(yaml.contains(hidden), "\(hidden)") }
        #expect(try Yams.load(yaml: "v: " + yaml) as? [String: String] == ["v": Self.awkward])
    }

    @Test func htmlAndRoffTables() {
        #expect(HTMLOutput.escaped(#"<a href="x">&</a>"#) == "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;")
        #expect(HTMLOutput.escaped("plain") == "plain")
        let roff = ScalarEscapes(["\\": "\\e"]) { $0.isASCII ? nil : "?" }
        #expect(roff.apply("a\\b é") == "a\\eb ?")
    }
}
