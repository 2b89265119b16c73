import Foundation

/// Ratings from a list of games, updated one game at a time from a common start.
public enum EloLeaderboard {
    /// One game: `playerA` scored `scoreA` (1, 0.5 or 0) against `playerB`.
    public struct Game: Equatable, Sendable {
        public var playerA: String
        public var playerB: String
        public var scoreA: Double
        public init(_ playerA: String, _ playerB: String, scoreA: Double) {
            self.playerA = playerA
            self.playerB = playerB
            self.scoreA = scoreA
        }
    }

    /// A player's standing after all games.
    public struct Entry: Equatable, Sendable {
        /// 1-based; players with exactly equal ratings share a rank.
        public var rank: Int
        public var name: String
        public var rating: Double
        public var wins: Int
        public var draws: Int
        public var losses: Int
        public var games: Int { wins + draws + losses }
    }

    /// The table and the update of every game, in order.
    public struct Result: Equatable, Sendable {
        public var entries: [Entry]
        public var updates: [Elo.Match]
        public var games: [Game]
    }

    /// Parses games written one per line (or separated by `;`) as `A B 1|0.5|0`;
    /// blank lines and lines starting with `#` are skipped.
    public static func parseGames(_ text: String) throws(FormulaError) -> [Game] {
        var games: [Game] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == ";" })
        for (number, rawLine) in lines.enumerated() {
            let line = String(rawLine).trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            let label = "line \(number + 1) '\(line)'"
            guard words.count == 3 else {
                throw .invalidArgument("matches", "\(label): expected 'PLAYER_A PLAYER_B SCORE'")
            }
            guard let score = Double(words[2]), score == 1 || score == 0.5 || score == 0 else {
                throw .invalidArgument("matches", "\(label): the score must be 1, 0.5 or 0")
            }
            guard words[0] != words[1] else {
                throw .invalidArgument("matches", "\(label): a player cannot play against themselves")
            }
            games.append(Game(words[0], words[1], scoreA: score))
        }
        guard !games.isEmpty else { throw .invalidArgument("matches", "no games given") }
        return games
    }

    /// Plays `games` in order from `start` with factor `k`; ranks by rating, ties by name.
    public static func rank(_ games: [Game], start: Double = 1000, k: Double = 32) throws(FormulaError) -> Result {
        try Checked.finite(start, "start")
        try Elo.checkK(k)
        guard !games.isEmpty else { throw .invalidArgument("matches", "no games given") }
        var ratings: [String: Double] = [:]
        var record: [String: (wins: Int, draws: Int, losses: Int)] = [:]
        var updates: [Elo.Match] = []
        for game in games {
            let update = try Elo.match(
                ratingA: ratings[game.playerA] ?? start, ratingB: ratings[game.playerB] ?? start,
                k: k, scoreA: game.scoreA)
            ratings[game.playerA] = update.newRatingA
            ratings[game.playerB] = update.newRatingB
            var a = record[game.playerA] ?? (0, 0, 0)
            var b = record[game.playerB] ?? (0, 0, 0)
            switch game.scoreA {
            case 1: a.wins += 1; b.losses += 1
            case 0: a.losses += 1; b.wins += 1
            default: a.draws += 1; b.draws += 1
            }
            record[game.playerA] = a
            record[game.playerB] = b
            updates.append(update)
        }
        let sorted = ratings.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var entries: [Entry] = []
        for (position, (name, rating)) in sorted.enumerated() {
            let rank = entries.last.map { $0.rating == rating ? $0.rank : position + 1 } ?? 1
            let r = record[name] ?? (0, 0, 0)
            entries.append(Entry(rank: rank, name: name, rating: rating, wins: r.wins, draws: r.draws, losses: r.losses))
        }
        return Result(entries: entries, updates: updates, games: games)
    }
}
