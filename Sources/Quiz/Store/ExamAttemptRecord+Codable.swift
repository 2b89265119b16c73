import Foundation

/// The JSON form of a stored attempt in a progress export (`ProgressArchive.exams`):
/// its `id` is required (reviews and retakes refer to it), its seed is decimal
/// text (JSON numbers lose precision above 2^53), its items are `questions`
/// and its readiness forecast, if one was made, is `forecast`.
extension ExamAttemptRecord: Codable {
    enum CodingKeys: String, CodingKey {
        case id, course, retakeOf, seed, startedAt, deadline, passPercent, position, submittedAt, autoSubmitted, correct, forecast
        case items = "questions"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let seedText = try c.decode(String.self, forKey: .seed)
        guard let seed = UInt64(seedText) else {
            throw DecodingError.dataCorruptedError(forKey: .seed, in: c, debugDescription: "the seed \"\(seedText)\" is not a number")
        }
        let attempt = ExamAttempt(
            id: try c.decode(Int.self, forKey: .id), course: try c.decode(String.self, forKey: .course),
            retakeOf: try c.decodeIfPresent(Int.self, forKey: .retakeOf), seed: seed,
            startedAt: try c.decode(Date.self, forKey: .startedAt), deadline: try c.decodeIfPresent(Date.self, forKey: .deadline),
            passPercent: try c.decode(Double.self, forKey: .passPercent), submittedAt: try c.decodeIfPresent(Date.self, forKey: .submittedAt),
            autoSubmitted: try c.decode(Bool.self, forKey: .autoSubmitted))
        self.init(attempt: attempt, position: try c.decode(Int.self, forKey: .position),
                  correct: try c.decodeIfPresent(Int.self, forKey: .correct), items: try c.decode([Item].self, forKey: .items),
                  forecast: try c.decodeIfPresent(ExamForecast.self, forKey: .forecast))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(attempt.id ?? 0, forKey: .id)
        try c.encode(attempt.course, forKey: .course)
        try c.encodeIfPresent(attempt.retakeOf, forKey: .retakeOf)
        try c.encode(String(attempt.seed), forKey: .seed)
        try c.encode(attempt.startedAt, forKey: .startedAt)
        try c.encodeIfPresent(attempt.deadline, forKey: .deadline)
        try c.encode(attempt.passPercent, forKey: .passPercent)
        try c.encode(position, forKey: .position)
        try c.encodeIfPresent(attempt.submittedAt, forKey: .submittedAt)
        try c.encode(attempt.autoSubmitted, forKey: .autoSubmitted)
        try c.encodeIfPresent(correct, forKey: .correct)
        try c.encode(items, forKey: .items)
        try c.encodeIfPresent(forecast, forKey: .forecast)
    }
}
