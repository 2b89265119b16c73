import Course
import Foundation

/// What to practise and how much new material to take on.
public struct PracticeQueueOptions: Equatable, Sendable {
    /// New questions allowed per day.
    public var newPerDay: Int
    /// New questions already introduced today (they count against `newPerDay`).
    public var newIntroducedToday: Int
    /// Only questions of these lessons (ids), if set.
    public var lessons: Set<String>?
    /// Only questions of these domains (chapter ids), if set.
    public var domains: Set<String>?
    /// At most this many new questions of each domain (an exam plan's share of
    /// the day), if set; a domain left out gets none.
    public var newPerDomain: [String: Int]?

    public init(newPerDay: Int = 20, newIntroducedToday: Int = 0, lessons: Set<String>? = nil, domains: Set<String>? = nil,
                newPerDomain: [String: Int]? = nil) {
        self.newPerDay = newPerDay
        self.newIntroducedToday = newIntroducedToday
        self.lessons = lessons
        self.domains = domains
        self.newPerDomain = newPerDomain
    }

    /// Whether a question passes the lesson and domain filters.
    public func includes(_ question: Question) -> Bool {
        (lessons?.contains(question.lesson) ?? true) && (domains?.contains(question.domain) ?? true)
    }
}

/// The questions of one practice session, in the order to ask them: due reviews
/// first, then new questions, lessons interleaved.
public struct PracticeQueue: Equatable, Sendable {
    /// One question to ask.
    public struct Item: Equatable, Sendable {
        public enum Kind: String, Equatable, Sendable { case review, new }
        public var questionID: String
        public var lesson: String
        public var kind: Kind
    }

    public var items: [Item]

    public init(items: [Item]) {
        self.items = items
    }

    public var questionIDs: [String] { items.map(\.questionID) }
    public var reviewCount: Int { items.count(where: { $0.kind == .review }) }
    public var newCount: Int { items.count(where: { $0.kind == .new }) }

    /// Builds the queue at `now`.
    ///
    /// - Due reviews (a card reviewed before and due at or before `now`, in any
    ///   state) come first, most forgotten first: lowest retrievability (as
    ///   `FSRSScheduler.retrievability` computes it), then earliest due, then a
    ///   seeded shuffle. Retrievability rather than due date, because a card
    ///   overdue by two days with a stability of one day is likelier forgotten
    ///   than one overdue by a week with a stability of a year.
    /// - Then new questions (no card, or a card never reviewed), at most
    ///   `newPerDay − newIntroducedToday` (and, with `newPerDomain`, at most
    ///   that many of each domain): each lesson's questions shuffled with the
    ///   generator, lessons taken round-robin in the order they first appear.
    /// - Both parts are then ordered so that two questions of the same lesson are
    ///   not neighbours when that can be avoided (`LessonInterleaving`).
    /// Questions without a card in `cards` are new; cards of questions not in
    /// `questions` (or filtered out) are ignored; a repeated question id counts once.
    public static func build<G: RandomNumberGenerator>(
        questions: [Question], cards: [String: FSRSCard], at now: Date, scheduler: FSRSScheduler,
        options: PracticeQueueOptions = PracticeQueueOptions(), using generator: inout G
    ) -> PracticeQueue {
        var seen = Set<String>()
        let candidates = questions.filter { options.includes($0) && seen.insert($0.id).inserted }

        var due: [(item: Item, retrievability: Double, due: Date)] = []
        var newByLesson: [String: [Item]] = [:]
        var lessonOrder: [String] = []
        var domainOf: [String: String] = [:]
        for question in candidates {
            domainOf[question.id] = question.domain
            if let card = cards[question.id], card.lastReview != nil {
                guard card.due <= now else { continue }
                let item = Item(questionID: question.id, lesson: question.lesson, kind: .review)
                due.append((item, scheduler.retrievability(of: card, at: now), card.due))
            } else {
                if newByLesson[question.lesson] == nil { lessonOrder.append(question.lesson) }
                newByLesson[question.lesson, default: []].append(Item(questionID: question.id, lesson: question.lesson, kind: .new))
            }
        }

        due.shuffle(using: &generator)
        let reviews = due.enumerated().sorted { a, b in
            if a.element.retrievability != b.element.retrievability { return a.element.retrievability < b.element.retrievability }
            if a.element.due != b.element.due { return a.element.due < b.element.due }
            return a.offset < b.offset
        }.map(\.element.item)

        var groups = lessonOrder.map { newByLesson[$0, default: []].shuffled(using: &generator) }
        var roundRobin: [Item] = []
        let newLimit = max(0, options.newPerDay - max(0, options.newIntroducedToday))
        var domainLeft = options.newPerDomain
        while roundRobin.count < newLimit, groups.contains(where: { !$0.isEmpty }) {
            for index in groups.indices where !groups[index].isEmpty && roundRobin.count < newLimit {
                let item = groups[index].removeFirst()
                if let left = domainLeft {
                    // A question of a domain past its share does not come up today.
                    let domain = domainOf[item.questionID] ?? ""
                    guard let share = left[domain], share > 0 else { continue }
                    domainLeft?[domain] = share - 1
                }
                roundRobin.append(item)
            }
        }

        let orderedReviews = LessonInterleaving.arrange(reviews, lesson: \.lesson)
        let orderedNew = LessonInterleaving.arrange(roundRobin, after: orderedReviews.last?.lesson, lesson: \.lesson)
        return PracticeQueue(items: orderedReviews + orderedNew)
    }
}

extension PracticeQueue {
    /// A cram queue: every question passing the filter of `options` now, due or
    /// not and past the daily limit of new ones, weakest first — never-answered
    /// questions and then the lowest retrievability at `now`, ties in seeded
    /// order — with lessons interleaved. For the days before an exam.
    public static func cram<G: RandomNumberGenerator>(
        questions: [Question], cards: [String: FSRSCard], at now: Date, scheduler: FSRSScheduler,
        options: PracticeQueueOptions = PracticeQueueOptions(), using generator: inout G
    ) -> PracticeQueue {
        var seen = Set<String>()
        var items: [(item: Item, retrievability: Double)] = questions.filter { options.includes($0) && seen.insert($0.id).inserted }
            .map { question in
                guard let card = cards[question.id], card.lastReview != nil else {
                    return (Item(questionID: question.id, lesson: question.lesson, kind: .new), -1)
                }
                return (Item(questionID: question.id, lesson: question.lesson, kind: .review), scheduler.retrievability(of: card, at: now))
            }
        items.shuffle(using: &generator)
        let ordered = items.enumerated().sorted { a, b in
            a.element.retrievability != b.element.retrievability ? a.element.retrievability < b.element.retrievability : a.offset < b.offset
        }.map(\.element.item)
        return PracticeQueue(items: LessonInterleaving.arrange(ordered, lesson: \.lesson))
    }
}
