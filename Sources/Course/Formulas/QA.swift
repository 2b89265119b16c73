/// Extractive question-answering metrics: SQuAD v1.1's exact match and token F1
/// (the official `evaluate-v1.1.py`, on a 0–1 scale) and a plain token F1.
public enum QA {
    /// Exact match, SQuAD F1 and simple F1, each the best over `truths`.
    public static func evaluate(prediction: String, truths: [String]) throws(FormulaError) -> QAResult {
        guard !truths.isEmpty else { throw .invalidInput("QA scoring needs at least one true answer") }
        let predictionNormalized = normalize(prediction)
        let truthsNormalized = truths.map(normalize)
        let predictionTokens = PythonText.split(predictionNormalized)
        var best = 0, bestF1 = -1.0, bestCommon = 0
        for (i, truth) in truthsNormalized.enumerated() {
            let (f1, common) = tokenF1Parts(predictionTokens, PythonText.split(truth))
            if f1 > bestF1 {
                best = i
                bestF1 = f1
                bestCommon = common
            }
        }
        let lowered = PythonText.split(PythonText.lowercased(prediction))
        let simple = truths.map { tokenF1(prediction: lowered, truth: PythonText.split(PythonText.lowercased($0))) }
        return QAResult(
            exactMatch: truthsNormalized.contains { sameScalars($0, predictionNormalized) },
            f1: bestF1, simpleF1: simple.max() ?? 0,
            normalizedPrediction: predictionNormalized, normalizedTruths: truthsNormalized,
            bestTruth: best, commonTokens: bestCommon)
    }

    /// SQuAD `normalize_answer`: lowercase, drop ASCII punctuation, replace the
    /// words a/an/the by a space, collapse whitespace.
    public static func normalize(_ text: String) -> String {
        let lowered = PythonText.lowercased(Array(text.unicodeScalars))
        let unpunctuated = lowered.filter { !($0.isASCII && asciiPunctuation.contains(UInt8($0.value))) }
        return PythonText.split(String(String.UnicodeScalarView(removingArticles(unpunctuated))))
            .joined(separator: " ")
    }

    /// SQuAD `f1_score` on token lists: 0 when nothing is shared (so two empty
    /// answers score 0), else 2PR/(P+R) over the shared-token multiset.
    public static func tokenF1(prediction: [String], truth: [String]) -> Double {
        tokenF1Parts(prediction, truth).f1
    }

    /// `string.punctuation`.
    static let asciiPunctuation = Set(Array(##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##.utf8))

    /// `re.sub(r'\b(a|an|the)\b', ' ', text)` with Python's Unicode word characters.
    static func removingArticles(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        func isWord(_ i: Int) -> Bool { i >= 0 && i < s.count && isWordCharacter(s[i]) }
        func matches(_ word: String, at i: Int) -> Bool {
            let letters = Array(word.unicodeScalars)
            guard i + letters.count <= s.count, Array(s[i..<(i + letters.count)]) == letters else { return false }
            return !isWord(i + letters.count)
        }
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            if !isWord(i - 1), let article = ["a", "an", "the"].first(where: { matches($0, at: i) }) {
                out.append(" ")
                i += article.unicodeScalars.count
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out
    }

    /// Python `\w` for `str` patterns: `_` and characters for which `isalnum()` holds
    /// (letters, and characters with a numeric value).
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return scalar.properties.numericType != nil
        }
    }

    private static func tokenF1Parts(_ prediction: [String], _ truth: [String]) -> (f1: Double, common: Int) {
        var truthCounts: [[Unicode.Scalar]: Int] = [:]
        for token in truth { truthCounts[Array(token.unicodeScalars), default: 0] += 1 }
        var common = 0
        for token in prediction {
            let key = Array(token.unicodeScalars)
            if let left = truthCounts[key], left > 0 {
                common += 1
                truthCounts[key] = left - 1
            }
        }
        guard common > 0 else { return (0, 0) }
        let precision = Double(common) / Double(prediction.count)
        let recall = Double(common) / Double(truth.count)
        return (2 * precision * recall / (precision + recall), common)
    }

    /// Python string equality: same code points (Swift's `==` would also accept
    /// canonically equivalent spellings).
    private static func sameScalars(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.elementsEqual(b.unicodeScalars)
    }
}
