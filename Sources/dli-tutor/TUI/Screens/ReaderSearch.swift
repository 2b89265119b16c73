import Course
import Foundation

/// Finding a query in the lines of a laid-out lesson. Smart case: a query with
/// capitals matches case; an ASCII-only query also ignores diacritics, so
/// `chu y` finds `chú ý`.
enum ReaderSearch {
    /// One hit: its line and the display columns it covers.
    struct Match: Equatable, Sendable {
        var line: Int
        var column: Int
        var width: Int
    }

    /// Each line folded (no case, no diacritics) as bytes: a fast first pass
    /// that rules out the lines that cannot match, built once per layout.
    struct Index: Sendable {
        let folded: [[UInt8]]
        init(lines: [String]) { folded = lines.map { Array(ReaderSearch.fold($0).utf8) } }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    static func matches(of query: String, in lines: [String], index: Index) -> [Match] {
        guard !query.isEmpty else { return [] }
        var options: String.CompareOptions = []
        if query == query.lowercased() { options.insert(.caseInsensitive) }
        if query.unicodeScalars.allSatisfy(\.isASCII) { options.insert(.diacriticInsensitive) }
        let needle = Array(fold(query).utf8)
        var out: [Match] = []
        for (number, text) in lines.enumerated() where contains(index.folded[number], needle) {
            var start = text.startIndex
            while start < text.endIndex, let range = text.range(of: query, options: options, range: start..<text.endIndex) {
                let column = DisplayWidth.of(text[text.startIndex..<range.lowerBound])
                out.append(Match(line: number, column: column, width: max(1, DisplayWidth.of(text[range]))))
                start = range.upperBound > range.lowerBound ? range.upperBound : text.index(after: range.lowerBound)
            }
        }
        return out
    }

    /// Whether `needle` occurs in `haystack` (bytes).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
