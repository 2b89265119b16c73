import Course
import Foundation

extension ExamResult {
    /// What a submitted exam does to the questions' FSRS cards: one review per
    /// question at `time` (right and sure → Good, right and not sure → Hard, wrong
    /// or blank → Again), each from the card `card` gives for it; questions
    /// without a card get no review.
    public func cardReviews(at time: Date, scheduler: FSRSScheduler, card: (Question) -> FSRSCard?) -> [CardReview] {
        reviews.compactMap { review in
            guard let before = card(review.question) else { return nil }
            let after = scheduler.review(before, rating: review.rating, at: time).card
            return CardReview(question: review.question.id, reviewedAt: time, rating: review.rating,
                              correct: review.isCorrect, chosen: review.chosen, before: before, after: after,
                              answer: ReviewAnswer(review.answer, confidence: review.confidence,
                                                   variant: review.question.variant, mistake: review.grade?.mistake))
        }
    }
}
