import Course
import Foundation
@testable import Quiz

enum PracticeFixtures {
    static let now = Date(timeIntervalSince1970: 1_767_004_603)
    static let day = 86_400.0

    /// A four-option question whose key is option 1.
    static func question(_ id: String, lesson: String, domain: String = "d1") -> Question {
        Question(id: id, lesson: lesson, domain: domain, difficulty: .medium, stem: "Question \(id)?",
                 options: ["w", "right", "x", "y"], answer: 1, explanation: "Because.")
    }

    /// `count` questions for each lesson, ids like `l1-q0`.
    static func bank(lessons: [String], count: Int, domain: (String) -> String = { _ in "d1" }) -> [Question] {
        lessons.flatMap { lesson in (0..<count).map { question("\(lesson)-q\($0)", lesson: lesson, domain: domain(lesson)) } }
    }

    /// A card in review, last reviewed `daysAgo` days before `now` with `stability`, due `dueDaysAgo` days before now.
    static func reviewCard(stability: Double, daysAgo: Double, dueDaysAgo: Double) -> FSRSCard {
        FSRSCard(state: .review, step: nil, stability: stability, difficulty: 5,
                 due: now - dueDaysAgo * day, lastReview: now - daysAgo * day)
    }

    static var scheduler: FSRSScheduler {
        // Default settings never fail validation.
        (try? FSRSScheduler(enableFuzzing: false))!
    }
}
