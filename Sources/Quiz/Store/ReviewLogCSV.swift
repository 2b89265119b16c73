import Course

/// The review log as CSV (RFC 4180): one row per answer, for spreadsheets.
/// For a template, `variant` is the draw asked (`#3 ra=1550 rb=1800 truth=0.8`)
/// and `mistake` the number (from 1, as listed) of the named mistake matched.
public enum ReviewLogCSV {
    public static let header = ["course", "question", "lesson", "domain", "reviewed_at", "source", "exam", "rating", "correct", "chosen",
                                "response", "confidence", "overridden", "variant", "mistake"]

    public static func render(_ archive: ProgressArchive) -> String {
        var place: [String: (lesson: String, domain: String)] = [:]
        for card in archive.cards { place[card.course + "\u{0}" + card.question] = (card.lesson, card.domain) }
        var lines = [row(header)]
        for review in archive.reviews {
            let where_ = place[review.course + "\u{0}" + review.question]
            lines.append(row([
                review.course, review.question, where_?.lesson ?? "", where_?.domain ?? "",
                ArchiveTime.format(review.reviewedAt), review.source.rawValue, review.exam.map(String.init) ?? "",
                review.rating, review.correct ? "1" : "0", chosen(review),
                review.response ?? "", review.confidence?.rawValue ?? "", review.overridden == true ? "1" : "0",
                review.variant?.logText ?? "", review.mistake.map { String($0 + 1) } ?? "",
            ]))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The 0-based option index, or the set of them as `0;2`.
    static func chosen(_ review: ProgressArchive.Review) -> String {
        if let chosen = review.chosen { return String(chosen) }
        return review.answer.selectionText ?? ""
    }

    static func row(_ fields: [String]) -> String {
        fields.map { DelimitedField.quoted($0, separator: ",") }.joined(separator: ",")
    }
}
