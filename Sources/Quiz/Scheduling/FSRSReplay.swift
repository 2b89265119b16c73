import Course
import Foundation

/// Replays a JSON Lines review log through a scheduler. Each non-blank line is
/// `{"card": ID, "time": ISO-8601, "rating": "again|hard|good|easy"}` (other keys
/// are ignored); ID is a string or an integer. A card starts new at its first
/// review; its reviews must not go back in time.
public enum FSRSReplay {
    /// The state of one card after one line of the log.
    public struct Entry: Equatable, Sendable {
        /// 1-based line number in the log.
        public var line: Int
        /// The card id as written (a string or an integer).
        public var cardID: JSONValue
        public var card: FSRSCard

        /// `{"card", "state", "step", "stability", "difficulty", "due"}`.
        public var json: JSONValue {
            [
                "card": cardID,
                "state": .string(card.state.name),
                "step": card.step.map { .integer($0) } ?? .null,
                "stability": card.stability.map { .number($0) } ?? .null,
                "difficulty": card.difficulty.map { .number($0) } ?? .null,
                "due": .string(ISO8601Timestamp.format(card.due)),
            ]
        }
    }

    /// A line of the log that cannot be replayed.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        /// Set when the line is not valid JSON.
        public var column: Int?
        public var message: String

        public init(line: Int, column: Int? = nil, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }

        /// `line:column: message` or `line: message`, to put after a file name.
        public var description: String {
            column.map { "\(line):\($0): \(message)" } ?? "\(line): \(message)"
        }
    }

    /// One parsed line of the log.
    public struct Line: Equatable, Sendable {
        public var line: Int
        public var cardID: JSONValue
        public var time: Date
        public var rating: Rating
    }

    /// Reads every line first, so a bad line anywhere stops the replay before any output.
    public static func run(_ text: String, scheduler: FSRSScheduler) throws(Failure) -> [Entry] {
        let lines = try parse(text)
        var cards: [String: (card: FSRSCard, line: Int)] = [:]
        var entries: [Entry] = []
        entries.reserveCapacity(lines.count)
        for line in lines {
            let key = line.cardID.serialized()
            let previous = cards[key]
            if let previous, let last = previous.card.lastReview, line.time < last {
                throw Failure(line: line.line, message: "review time \(ISO8601Timestamp.format(line.time)) is before this card's previous review on line \(previous.line)")
            }
            let card = previous?.card ?? FSRSCard.new(at: line.time)
            let reviewed = scheduler.review(card, rating: line.rating, at: line.time).card
            cards[key] = (reviewed, line.line)
            entries.append(Entry(line: line.line, cardID: line.cardID, card: reviewed))
        }
        return entries
    }

    /// Parses the log without replaying it.
    public static func parse(_ text: String) throws(Failure) -> [Line] {
        var lines: [Line] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let content = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if content.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            lines.append(try parseLine(String(content), number: number))
        }
        return lines
    }

    private static func parseLine(_ text: String, number: Int) throws(Failure) -> Line {
        let node: SourceNode
        do {
            node = try JSONSourceParser.parse(text)
        } catch {
            throw Failure(line: number, column: error.position.column, message: error.message)
        }
        guard node.members != nil else {
            throw Failure(line: number, message: "expected an object with card, time and rating, found \(node.kindName)")
        }
        guard let cardNode = node["card"] else { throw Failure(line: number, message: "missing \"card\"") }
        let cardID: JSONValue
        switch cardNode.value {
        case .string(let id): cardID = .string(id)
        case .number(let x) where x == x.rounded() && abs(x) <= 9_007_199_254_740_992: cardID = .integer(Int(x))
        default:
            throw Failure(line: number, message: "\"card\" must be a string or an integer, found \(cardNode.kindName)")
        }
        guard let timeNode = node["time"] else { throw Failure(line: number, message: "missing \"time\"") }
        guard let timeText = timeNode.string, let time = ISO8601Timestamp.parse(timeText) else {
            let found = timeNode.string.map { "'\($0)'" } ?? timeNode.kindName
            throw Failure(line: number, message: "\"time\" must be an ISO-8601 time with a zone such as 2025-12-29T10:36:43Z, found \(found)")
        }
        guard let ratingNode = node["rating"] else { throw Failure(line: number, message: "missing \"rating\"") }
        guard let ratingText = ratingNode.string, let rating = Rating(name: ratingText) else {
            let found = ratingNode.string.map { "'\($0)'" } ?? ratingNode.kindName
            throw Failure(line: number, message: "\"rating\" must be again, hard, good or easy, found \(found)")
        }
        return Line(line: number, cardID: cardID, time: time, rating: rating)
    }
}
