import Course
import Foundation

/// Everything the learner did, as the JSON that `dli-tutor export --format json`
/// writes and `import-progress` reads: answered cards, the review log, exam
/// attempts, reading progress and bookmarks. Times are UTC with milliseconds,
/// exactly as stored, so export → import → export gives the same file.
public struct ProgressArchive: Codable, Equatable, Sendable {
    public static let formatName = "dli-tutor-progress"
    public static let currentVersion = 1

    /// FSRS memory state.
    public struct CardState: Codable, Equatable, Sendable {
        public var state: String
        public var step: Int?
        public var stability: Double?
        public var difficulty: Double?
        public var due: Date
        public var lastReview: Date?
    }

    public struct Card: Codable, Equatable, Sendable {
        public var course: String
        public var question: String
        public var lesson: String
        public var domain: String
        public var memory: CardState

        public init(course: String, question: String, lesson: String, domain: String, memory: CardState) {
            self.course = course
            self.question = question
            self.lesson = lesson
            self.domain = domain
            self.memory = memory
        }
    }

    public struct Review: Codable, Equatable, Sendable {
        public var course: String
        public var question: String
        public var reviewedAt: Date
        public var rating: String
        public var correct: Bool
        public var chosen: Int?
        public var source: ReviewSource
        /// The exam attempt (its `id` in `exams`) for exam answers.
        public var exam: Int?
        /// The card before this review.
        public var before: CardState
        /// Original indexes picked in a select-all question.
        public var selection: [Int]?
        /// What was typed or picked, as entered.
        public var response: String?
        public var confidence: Confidence?
        /// Present (true) only when a typed answer was marked right by the learner.
        public var overridden: Bool?
        /// Present (true) only for the re-ask of a confident error.
        public var reask: Bool?
        /// For a template: the variant asked.
        public var variant: TemplateVariant?
        /// For a template: the index of the named mistake a wrong answer matched.
        public var mistake: Int?

        public init(course: String, question: String, reviewedAt: Date, rating: String, correct: Bool, chosen: Int?, source: ReviewSource,
                    exam: Int?, before: CardState, answer: ReviewAnswer = .plain) {
            self.course = course
            self.question = question
            self.reviewedAt = reviewedAt
            self.rating = rating
            self.correct = correct
            self.chosen = chosen
            self.source = source
            self.exam = exam
            self.before = before
            selection = answer.selection
            response = answer.response
            confidence = answer.confidence
            overridden = answer.overridden ? true : nil
            reask = answer.reask ? true : nil
            variant = answer.variant
            mistake = answer.mistake
        }

        /// The answer's record beyond `chosen`.
        public var answer: ReviewAnswer {
            ReviewAnswer(selection: selection, response: response, confidence: confidence,
                         overridden: overridden ?? false, reask: reask ?? false, variant: variant, mistake: mistake)
        }
    }

    public var format: String
    public var version: Int
    public var cards: [Card]
    public var reviews: [Review]
    /// Stored attempts (see `ExamAttemptRecord+Codable` for their JSON form).
    public var exams: [ExamAttemptRecord]
    public var lessons: [LessonProgress]
    public var bookmarks: [Bookmark]

    public init(cards: [Card] = [], reviews: [Review] = [], exams: [ExamAttemptRecord] = [], lessons: [LessonProgress] = [], bookmarks: [Bookmark] = []) {
        format = Self.formatName
        version = Self.currentVersion
        self.cards = cards
        self.reviews = reviews
        self.exams = exams
        self.lessons = lessons
        self.bookmarks = bookmarks
    }

    /// Pretty-printed JSON with sorted keys (stable from run to run).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ArchiveTime.format(date))
        }
        return try encoder.encode(self)
    }

    /// Reads an export; the error says what is wrong and where.
    public static func decode(_ data: Data) throws(ArchiveError) -> ProgressArchive {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = ArchiveTime.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a time like 2025-03-01T09:30:00.250Z: \(text)")
            }
            return date
        }
        let archive: ProgressArchive
        do {
            archive = try decoder.decode(ProgressArchive.self, from: data)
        } catch let error as DecodingError {
            throw ArchiveError(message: Self.describe(error))
        } catch {
            throw ArchiveError(message: "\(error)")
        }
        guard archive.format == formatName else {
            throw ArchiveError(message: "not a dli-tutor progress export (format is \"\(archive.format)\")")
        }
        guard archive.version <= currentVersion else {
            throw ArchiveError(message: "written by a newer dli-tutor (export version \(archive.version), this program reads up to \(currentVersion))")
        }
        return archive
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return keys.isEmpty ? "" : " at \(keys.hasPrefix(".") ? String(keys.dropFirst()) : keys)"
        }
        switch error {
        case .dataCorrupted(let context): return "invalid data\(path(context)): \(context.debugDescription)"
        case .keyNotFound(let key, let context): return "missing \"\(key.stringValue)\"\(path(context))"
        case .typeMismatch(_, let context): return "wrong type\(path(context)): \(context.debugDescription)"
        case .valueNotFound(_, let context): return "missing value\(path(context))"
        @unknown default: return "\(error)"
        }
    }
}

/// A progress export that cannot be read or imported.
public struct ArchiveError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

extension ProgressArchive.CardState {
    /// The archived form of a card's memory state.
    public init(_ card: FSRSCard) {
        state = card.state.name
        step = card.step
        stability = card.stability
        difficulty = card.difficulty
        due = card.due
        lastReview = card.lastReview
    }

    /// The card's memory state; an unknown state name is an error.
    public func card() throws(ArchiveError) -> FSRSCard {
        let states: [FSRSCard.State] = [.learning, .review, .relearning]
        guard let value = states.first(where: { $0.name == state }) else {
            throw ArchiveError(message: "unknown card state \"\(state)\"")
        }
        return FSRSCard(state: value, step: step, stability: stability, difficulty: difficulty, due: due, lastReview: lastReview)
    }
}
