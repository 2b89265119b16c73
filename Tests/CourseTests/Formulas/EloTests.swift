import Foundation
import Testing
@testable import Course

@Suite struct EloTests {
    @Test func handChecked() throws {
        // 400 points apart: E = 1/(1 + 10) = 1/11.
        let m = try Elo.match(ratingA: 1000, ratingB: 1400, k: 32, scoreA: 1)
        #expect(close(m.expectedA, 1.0 / 11))
        #expect(close(m.expectedB, 10.0 / 11))
        #expect(close(m.newRatingA, 1000 + 32 * 10.0 / 11))
        #expect(close(m.newRatingB, 1400 - 32 * 10.0 / 11))
        // Equal ratings and a draw change nothing.
        let draw = try Elo.match(ratingA: 1500, ratingB: 1500, k: 16, scoreA: 0.5)
        #expect(draw.expectedA == 0.5 && draw.newRatingA == 1500 && draw.newRatingB == 1500)
        // The course's example: 1600 vs 1400 → E_A ≈ 0.7597.
        #expect(abs(try Elo.match(ratingA: 1600, ratingB: 1400, scoreA: 1).expectedA - 0.7597469266) < 1e-10)
    }

    struct Case: Decodable { var ra, rb, k, score, expected_a, expected_b, new_ra, new_rb: Double }
    struct Row: Decodable { var rank: Int; var name: String; var rating: Double; var wins, draws, losses: Int }
    struct Board: Decodable { var start, k: Double; var matches: String; var leaderboard: [Row] }
    struct File: Decodable { var cases: [Case]; var leaderboards: [Board] }

    @Test func matchesReference() throws {
        let file = try Golden.load("elo", as: File.self)
        #expect(file.cases.count >= 300)
        #expect(file.cases.contains { $0.ra != $0.ra.rounded() })
        for c in file.cases {
            let m = try Elo.match(ratingA: c.ra, ratingB: c.rb, k: c.k, scoreA: c.score)
            #expect(close(m.expectedA, c.expected_a), "\(c)")
            #expect(close(m.expectedB, c.expected_b), "\(c)")
            #expect(close(m.newRatingA, c.new_ra), "\(c)")
            #expect(close(m.newRatingB, c.new_rb), "\(c)")
        }
    }

    @Test func leaderboardMatchesReference() throws {
        let file = try Golden.load("elo", as: File.self)
        for board in file.leaderboards {
            let r = try EloLeaderboard.rank(EloLeaderboard.parseGames(board.matches), start: board.start, k: board.k)
            #expect(r.entries.map(\.name) == board.leaderboard.map(\.name))
            #expect(r.entries.map(\.rank) == board.leaderboard.map(\.rank))
            #expect(close(r.entries.map(\.rating), board.leaderboard.map(\.rating)))
            #expect(r.entries.map(\.wins) == board.leaderboard.map(\.wins))
            #expect(r.entries.map(\.draws) == board.leaderboard.map(\.draws))
            #expect(r.entries.map(\.losses) == board.leaderboard.map(\.losses))
        }
    }

    @Test func leaderboardByHand() throws {
        // a beats b from 1000 with K = 32: a 1016, b 984; c never plays a rated game but draws d.
        let games = try EloLeaderboard.parseGames("a b 1\n# comment\n\nd c 0.5 ; ")
        let r = try EloLeaderboard.rank(games, start: 1000, k: 32)
        #expect(r.entries.map(\.name) == ["a", "c", "d", "b"])
        #expect(r.entries.map(\.rank) == [1, 2, 2, 4])  // equal ratings share a rank, names break the tie
        #expect(r.entries.map(\.rating) == [1016, 1000, 1000, 984])
        #expect(r.entries[0].games == 1 && r.entries[0].wins == 1 && r.entries[3].losses == 1)
    }

    @Test func propertyExpectedScoresSumToOne() throws {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let ra = Double.random(in: 0...3500, using: &rng)
            let rb = Double.random(in: 0...3500, using: &rng)
            let m = try Elo.match(ratingA: ra, ratingB: rb, k: 32, scoreA: 1)
            #expect(abs(m.expectedA + m.expectedB - 1) < 1e-15)
            // Rating points are conserved between the two players.
            #expect(abs((m.newRatingA - ra) + (m.newRatingB - rb)) < 1e-9)
        }
    }

    @Test func invalidInput() {
        #expect(throws: FormulaError.invalidArgument("score", "must be 1 (win), 0.5 (draw) or 0 (loss), got 0.7")) {
            try Elo.match(ratingA: 1, ratingB: 2, scoreA: 0.7)
        }
        #expect(throws: FormulaError.invalidArgument("k", "must be greater than 0 (got 0)")) {
            try Elo.match(ratingA: 1, ratingB: 2, k: 0, scoreA: 1)
        }
        #expect(throws: FormulaError.invalidArgument("ra", "NaN is not a number")) { try Elo.match(ratingA: .nan, ratingB: 2, scoreA: 1) }
        #expect(throws: FormulaError.invalidArgument("matches", "line 2 'b c 2': the score must be 1, 0.5 or 0")) {
            try EloLeaderboard.parseGames("a b 1\nb c 2")
        }
        #expect(throws: FormulaError.invalidArgument("matches", "line 1 'a b': expected 'PLAYER_A PLAYER_B SCORE'")) {
            try EloLeaderboard.parseGames("a b")
        }
        #expect(throws: FormulaError.invalidArgument("matches", "line 1 'a a 1': a player cannot play against themselves")) {
            try EloLeaderboard.parseGames("a a 1")
        }
        #expect(throws: FormulaError.invalidArgument("matches", "no games given")) { try EloLeaderboard.parseGames("# none\n") }
    }
}
