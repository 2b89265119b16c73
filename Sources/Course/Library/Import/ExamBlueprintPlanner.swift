/// Turns an xdev quiz's exam metadata and domain weights into our exam
/// blueprint: how many questions each chapter contributes.
///
/// The rule:
/// 1. The exam size is the quiz's `questions_count` (else its number of
///    questions, else `defaultSize`), capped at the number of questions the
///    course's bank holds (and at 500).
/// 2. Each chapter's quota is size × weight / total weight (equal weights when
///    none are given); counts are the quotas rounded down, and the questions
///    left over go to the largest remainders (ties: the earlier chapter).
/// 3. A chapter never gets more questions than its bank holds; the shortfall
///    goes, one at a time, to the chapter with spare questions whose count lies
///    furthest below its quota (ties: the earlier chapter).
/// So the counts always add up to the exam size.
enum ExamBlueprintPlanner {
    static let defaultSize = 20
    /// The largest exam `course.yaml` accepts.
    static let maximumSize = 500
    static let defaultPassPercent = 70.0
    /// Used when the quiz gives no duration.
    static let minutesPerQuestion = 2

    /// A chapter's weight when the quiz gives none: an equal share of 100, to two decimals.
    static func equalWeight(chapters: Int) -> Double {
        chapters > 0 ? (10000.0 / Double(chapters)).rounded() / 100 : 0
    }

    /// Question counts per chapter, in the order given.
    static func allocate(size: Int, weights: [Double], available: [Int]) -> [Int] {
        precondition(weights.count == available.count)
        let total = min(max(size, 0), maximumSize, available.reduce(0) { $0 + max($1, 0) })
        guard total > 0 else { return Array(repeating: 0, count: weights.count) }
        let cleaned = weights.map { $0.isFinite && $0 > 0 ? $0 : 0 }
        let sum = cleaned.reduce(0, +)
        let shares = sum > 0 ? cleaned.map { $0 / sum } : Array(repeating: 1 / Double(weights.count), count: weights.count)
        let quotas = shares.map { $0 * Double(total) }
        var counts = quotas.map { Int($0.rounded(.down)) }
        var left = total - counts.reduce(0, +)
        let byRemainder = quotas.indices.sorted {
            let (a, b) = (quotas[$0] - Double(counts[$0]), quotas[$1] - Double(counts[$1]))
            return a != b ? a > b : $0 < $1
        }
        for index in byRemainder where left > 0 {
            counts[index] += 1
            left -= 1
        }
        for index in counts.indices { counts[index] = min(counts[index], max(available[index], 0)) }
        var shortfall = total - counts.reduce(0, +)
        while shortfall > 0 {
            let open = counts.indices.filter { counts[$0] < available[$0] }
            guard let next = open.max(by: {
                let (a, b) = (quotas[$0] - Double(counts[$0]), quotas[$1] - Double(counts[$1]))
                return a != b ? a < b : $0 > $1
            }) else { break }
            counts[next] += 1
            shortfall -= 1
        }
        return counts
    }

    /// The blueprint for `chapters` (weights already set), or nil when the bank is empty.
    static func blueprint(chapters: [Chapter], bank: [Question], quiz: XdevQuiz?) -> ExamBlueprint? {
        let available = chapters.map { chapter in bank.filter { $0.domain == chapter.id }.count }
        let wanted = quiz?.questionsCount.flatMap { $0 > 0 ? $0 : nil } ?? quiz.flatMap { $0.items.isEmpty ? nil : $0.items.count } ?? defaultSize
        let counts = allocate(size: wanted, weights: chapters.map(\.weight), available: available)
        let size = counts.reduce(0, +)
        guard size > 0 else { return nil }
        let minutes = quiz?.minutes.flatMap { (1...1440).contains($0) ? $0 : nil } ?? min(1440, size * minutesPerQuestion)
        let pass = quiz?.passingScore.flatMap { (0...100).contains($0) ? $0 : nil } ?? defaultPassPercent
        let domains = zip(chapters, counts).filter { $0.1 > 0 }.map { ExamBlueprint.Domain(chapter: $0.0.id, questions: $0.1) }
        return ExamBlueprint(questions: size, minutes: minutes, passPercent: pass, domains: domains)
    }
}
