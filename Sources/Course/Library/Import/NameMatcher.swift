/// Finds which of several names a name refers to, for quiz domains written
/// differently from the series' section titles (`Part 1: Deep Learning
/// Foundations`, `Kubernetes Fundamentals` for `Domain 1: Kubernetes Fundamentals`).
enum NameMatcher {
    enum Match: Equatable {
        /// Equal once case, accents, punctuation and a numbered prefix are ignored.
        case exact(Int)
        /// The unique best word overlap (a word matches another it is a prefix of:
        /// `App` ~ `Application`); worth a warning.
        case fuzzy(Int)

        var index: Int {
            switch self {
            case .exact(let i), .fuzzy(let i): return i
            }
        }
    }

    static let ignoredWords: Set<String> = ["and", "or", "the", "of", "for", "with", "to", "in", "a", "an", "va", "cua", "cac", "voi"]

    static func match(_ name: String, among candidates: [String]) -> Match? {
        let full = XdevNames.normalized(name)
        if let i = uniqueIndex(candidates, where: { XdevNames.normalized($0) == full }) { return .exact(i) }
        let short = XdevNames.normalized(XdevNames.droppingNumberedPrefix(name))
        if let i = uniqueIndex(candidates, where: { XdevNames.normalized(XdevNames.droppingNumberedPrefix($0)) == short }) {
            return .exact(i)
        }
        let words = significantWords(short)
        guard !words.isEmpty else { return nil }
        let scores = candidates.map { candidate -> Int in
            let theirs = significantWords(XdevNames.normalized(XdevNames.droppingNumberedPrefix(candidate)))
            return words.filter { word in theirs.contains { sameWord(word, $0) } }.count
        }
        guard let best = scores.max(), best > 0, scores.filter({ $0 == best }).count == 1,
              let index = scores.firstIndex(of: best) else { return nil }
        return .fuzzy(index)
    }

    private static func uniqueIndex(_ candidates: [String], where test: (String) -> Bool) -> Int? {
        let hits = candidates.indices.filter { test(candidates[$0]) }
        return hits.count == 1 ? hits[0] : nil
    }

    private static func significantWords(_ normalized: String) -> [String] {
        normalized.split(separator: " ").map(String.init).filter { !ignoredWords.contains($0) }
    }

    private static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard min(a.count, b.count) >= 3 else { return false }
        return a.hasPrefix(b) || b.hasPrefix(a)
    }
}
