/// ROUGE as Google's rouge-score 0.1.2 computes it (`RougeScorer(['rouge1',
/// 'rouge2', 'rougeL', 'rougeLsum'], use_stemmer)` and `score(target, prediction)`).
public enum ROUGE {
    /// All four variants; `reference` is rouge-score's target, `hypothesis` its prediction.
    /// For ROUGE-Lsum, newlines separate sentences.
    public static func score(hypothesis: String, reference: String, useStemmer: Bool = false) -> ROUGEResult {
        var vocabulary = TokenVocabulary()
        let hypothesisTokens = tokens(hypothesis, useStemmer: useStemmer)
        let referenceTokens = tokens(reference, useStemmer: useStemmer)
        let hypothesisIDs = vocabulary.ids(hypothesisTokens)
        let referenceIDs = vocabulary.ids(referenceTokens)
        let hypothesisSentences = sentences(hypothesis).map { vocabulary.ids(tokens($0, useStemmer: useStemmer)) }
        let referenceSentences = sentences(reference).map { vocabulary.ids(tokens($0, useStemmer: useStemmer)) }
        return ROUGEResult(
            rouge1: rougeN(hypothesis: hypothesisIDs, reference: referenceIDs, n: 1),
            rouge2: rougeN(hypothesis: hypothesisIDs, reference: referenceIDs, n: 2),
            rougeL: rougeL(hypothesis: hypothesisIDs, reference: referenceIDs),
            rougeLsum: rougeLsum(hypothesis: hypothesisSentences, reference: referenceSentences),
            hypothesisTokens: hypothesisTokens, referenceTokens: referenceTokens)
    }

    /// rouge-score's tokenizer: Python `lower()`, runs of `[a-z0-9]` (everything
    /// else, including non-ASCII letters, separates), Porter stems for tokens
    /// longer than three characters.
    public static func tokens(_ text: String, useStemmer: Bool = false) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            let token = String(current)
            result.append(useStemmer && current.count > 3 ? PorterStemmer.stem(token) : token)
            current = String.UnicodeScalarView()
        }
        for scalar in PythonText.lowercased(Array(text.unicodeScalars)) {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return result.filter { token in
            !token.isEmpty && token.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// `text.split("\n")` without the empty strings (whitespace-only lines stay).
    static func sentences(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: true).map { String($0) }
    }

    /// ROUGE-N: clipped n-gram overlap over the hypothesis and reference n-gram counts.
    static func rougeN(hypothesis: [Int], reference: [Int], n: Int) -> ROUGEScore {
        let hypothesisCounts = ngramCounts(hypothesis, n: n)
        let referenceCounts = ngramCounts(reference, n: n)
        var overlap = 0
        for (ngram, count) in referenceCounts {
            overlap += min(count, hypothesisCounts[ngram] ?? 0)
        }
        return ROUGEScore(
            overlap: overlap, hypothesisCount: max(0, hypothesis.count - n + 1),
            referenceCount: max(0, reference.count - n + 1))
    }

    private static func ngramCounts(_ tokens: [Int], n: Int) -> [ArraySlice<Int>: Int] {
        var counts: [ArraySlice<Int>: Int] = [:]
        if tokens.count >= n {
            for i in 0...(tokens.count - n) { counts[tokens[i..<(i + n)], default: 0] += 1 }
        }
        return counts
    }

    /// ROUGE-L: longest common subsequence over the whole texts.
    static func rougeL(hypothesis: [Int], reference: [Int]) -> ROUGEScore {
        guard !hypothesis.isEmpty, !reference.isEmpty else { return .zero }
        let table = lcsTable(reference, hypothesis)
        return ROUGEScore(
            overlap: table[reference.count][hypothesis.count], hypothesisCount: hypothesis.count,
            referenceCount: reference.count)
    }

    /// ROUGE-Lsum: for each reference sentence, the union of one LCS with every
    /// hypothesis sentence; each token counts at most as often as it occurs on
    /// both sides (ROUGE-1.5.5's rule against double counting).
    static func rougeLsum(hypothesis: [[Int]], reference: [[Int]]) -> ROUGEScore {
        guard !hypothesis.isEmpty, !reference.isEmpty else { return .zero }
        let m = reference.reduce(0) { $0 + $1.count }
        let n = hypothesis.reduce(0) { $0 + $1.count }
        guard m > 0, n > 0 else { return .zero }
        var referenceLeft: [Int: Int] = [:], hypothesisLeft: [Int: Int] = [:]
        for sentence in reference { for token in sentence { referenceLeft[token, default: 0] += 1 } }
        for sentence in hypothesis { for token in sentence { hypothesisLeft[token, default: 0] += 1 } }
        var hits = 0
        for r in reference {
            var union = Set<Int>()
            for c in hypothesis { union.formUnion(lcsIndices(r, c)) }
            for index in union.sorted() {
                let token = r[index]
                if let c = hypothesisLeft[token], c > 0, let t = referenceLeft[token], t > 0 {
                    hits += 1
                    hypothesisLeft[token] = c - 1
                    referenceLeft[token] = t - 1
                }
            }
        }
        return ROUGEScore(overlap: hits, hypothesisCount: n, referenceCount: m)
    }

    private static func lcsTable(_ reference: [Int], _ candidate: [Int]) -> [[Int]] {
        var table = Array(repeating: Array(repeating: 0, count: candidate.count + 1), count: reference.count + 1)
        for i in stride(from: 1, through: reference.count, by: 1) {
            for j in stride(from: 1, through: candidate.count, by: 1) {
                table[i][j] = reference[i - 1] == candidate[j - 1]
                    ? table[i - 1][j - 1] + 1 : max(table[i - 1][j], table[i][j - 1])
            }
        }
        return table
    }

    /// rouge-score's `lcs_ind`: reference indices of one LCS, read back from the
    /// bottom-right corner (on a tie it moves up, not left).
    private static func lcsIndices(_ reference: [Int], _ candidate: [Int]) -> [Int] {
        let table = lcsTable(reference, candidate)
        var i = reference.count, j = candidate.count
        var indices: [Int] = []
        while i > 0 && j > 0 {
            if reference[i - 1] == candidate[j - 1] {
                indices.append(i - 1)
                i -= 1
                j -= 1
            } else if table[i][j - 1] > table[i - 1][j] {
                j -= 1
            } else {
                i -= 1
            }
        }
        return indices
    }
}

/// Gives equal tokens equal small integers, so the LCS tables compare integers.
private struct TokenVocabulary {
    private var table: [String: Int] = [:]

    mutating func ids(_ tokens: [String]) -> [Int] {
        tokens.map { token in
            if let id = table[token] { return id }
            let id = table.count
            table[token] = id
            return id
        }
    }
}
