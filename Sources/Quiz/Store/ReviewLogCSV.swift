/// The review log as CSV (RFC 4180): one row per answer, for spreadsheets.
public enum ReviewLogCSV {
    public static let header = ["course", "question", "lesson", "domain", "reviewed_at", "source", "exam", "rating", "correct", "chosen"]

    public static func render(_ archive: ProgressArchive) -> String {
        var place: [String: (lesson: String, domain: String)] = [:]
        for card in archive.cards { place[card.course + "\u{0}" + card.question] = (card.lesson, card.domain) }
        var lines = [row(header)]
        for review in archive.reviews {
            let where_ = place[review.course + "\u{0}" + review.question]
            lines.append(row([
                review.course, review.question, where_?.lesson ?? "", where_?.domain ?? "",
                ArchiveTime.format(review.reviewedAt), review.source.rawValue, review.exam.map(String.init) ?? "",
                review.rating, review.correct ? "1" : "0", review.chosen.map(String.init) ?? "",
            ]))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    /// Quoted when it holds a comma, a quote or a line break; quotes doubled.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
