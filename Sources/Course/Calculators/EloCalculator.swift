/// `elo ra=1600 rb=1400 k=32 score=1`, or `elo matches="a b 1; b c 0.5" start=1000`.
public struct EloCalculator: Calculator {
    public static let name = "elo"
    public static let summary = "Elo expected scores and rating updates, or a leaderboard from match results."
    public static let arguments = [
        CalcArgument("ra", "rating A", example: "1600", help: "Rating of A."),
        CalcArgument("rb", "rating B", example: "1400", help: "Rating of B."),
        CalcArgument("k", "K factor", example: "32", default: "32", help: "K factor (default 32)."),
        CalcArgument("score", "A's score", example: "1", choices: ["1", "0.5", "0"], default: "1",
                     detail: "A's result: 1 win, 0.5 draw, 0 loss",
                     help: "A's result: 1 win, 0.5 draw, 0 loss (default 1).", valueName: "1|0.5|0"),
        CalcArgument("matches",
                     help: "Build a leaderboard from the games in this file ('-' reads standard input): one game a line, 'PLAYER_A PLAYER_B SCORE' with SCORE 1, 0.5 or 0 for A; '#' starts a comment.",
                     valueName: "file", givenAsFile: true),
        CalcArgument("start", help: "Start rating of every player in a leaderboard (default 1000)."),
    ]
    public static let defaultK = 32.0
    /// The common start rating of a leaderboard (as in the LMSYS Chatbot Arena).
    public static let defaultStart = 1000.0

    public static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        try call.rejectUnknown(arguments)
        if call.has("matches") { return try leaderboard(call) }
        if call.has("start") { throw .invalidArgument("start", "applies to a leaderboard (matches=) only") }
        let ra = try call.requiredDouble("ra")
        let rb = try call.requiredDouble("rb")
        let k = try call.double("k") ?? defaultK
        let score = try parseScore(call.string("score"))
        let m = try Elo.match(ratingA: ra, ratingB: rb, k: k, scoreA: score ?? 1)
        let n = { (x: Double) in CalcFormat.number(x) }
        let outcome = m.scoreA == 1 ? "A wins" : m.scoreA == 0 ? "B wins" : "draw"
        var json: [(String, JSONValue)] = [
            ("expected_a", .number(m.expectedA)), ("expected_b", .number(m.expectedB)),
            ("new_ra", .number(m.newRatingA)), ("new_rb", .number(m.newRatingB)),
            ("change_a", .number(m.newRatingA - ra)), ("change_b", .number(m.newRatingB - rb)),
            ("k", .number(k)), ("score", .number(m.scoreA)),
        ]
        if score == nil {
            // No result given: show all three outcomes too.
            var outcomes: [(String, JSONValue)] = []
            for (label, s) in [("win", 1.0), ("draw", 0.5), ("loss", 0.0)] {
                let o = try Elo.match(ratingA: ra, ratingB: rb, k: k, scoreA: s)
                outcomes.append((label, ["new_ra": .number(o.newRatingA), "new_rb": .number(o.newRatingB)]))
            }
            json.append(("outcomes", .object(outcomes)))
        }
        return CalcReport(
            call: call, title: "Elo rating update",
            headline: "E_A = \(n(m.expectedA)), R_A′ = \(n(m.newRatingA)), R_B′ = \(n(m.newRatingB))",
            steps: [
                CalcStep("E_A", "1/(1+10^((\(n(rb))−\(n(ra)))/400)) = \(n(m.expectedA))"),
                CalcStep("E_B", "1/(1+10^((\(n(ra))−\(n(rb)))/400)) = \(n(m.expectedB))"),
                CalcStep("result", "S_A = \(n(m.scoreA)) (\(outcome)\(score == nil ? "; assumed, give score=" : ""))"),
                CalcStep("R_A′", "\(n(ra)) + \(n(k))·(\(n(m.scoreA)) − \(n(m.expectedA))) = \(n(m.newRatingA))"),
                CalcStep("R_B′", "\(n(rb)) + \(n(k))·(\(n(1 - m.scoreA)) − \(n(m.expectedB))) = \(n(m.newRatingB))"),
            ],
            meaning: "A is expected to score \(CalcFormat.percent(m.expectedA, digits: 0)) against B; after this result (\(outcome)) "
                + (signed(m.newRatingA - ra) == "+0" && signed(m.newRatingB - rb) == "+0"
                    ? "neither rating moves."
                    : "A moves \(signed(m.newRatingA - ra)) and B \(signed(m.newRatingB - rb))."),
            json: .object(json))
    }

    static func leaderboard(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        for key in ["ra", "rb", "score"] where call.has(key) {
            throw .invalidArgument(key, "cannot be combined with matches=")
        }
        let games = try EloLeaderboard.parseGames(try call.requiredString("matches"))
        let start = try call.double("start") ?? defaultStart
        let k = try call.double("k") ?? defaultK
        let r = try EloLeaderboard.rank(games, start: start, k: k)
        let n = { (x: Double) in CalcFormat.number(x, digits: 2) }
        var steps = [CalcStep("start rating, K", "\(n(start)), \(n(k))")]
        for (i, (game, u)) in zip(r.games, r.updates).enumerated() {
            let verb = game.scoreA == 1 ? "beats" : game.scoreA == 0 ? "loses to" : "draws with"
            steps.append(CalcStep("\(i + 1). \(game.playerA) \(verb) \(game.playerB)",
                                  "\(game.playerA) \(n(u.ratingA)) → \(n(u.newRatingA)), \(game.playerB) \(n(u.ratingB)) → \(n(u.newRatingB))"))
        }
        for e in r.entries {
            steps.append(CalcStep("#\(e.rank) \(e.name)", "\(n(e.rating))  (\(e.wins)W \(e.draws)D \(e.losses)L)"))
        }
        let leader = r.entries[0]
        return CalcReport(
            call: call, title: "Elo leaderboard",
            headline: "leader: \(leader.name) at \(n(leader.rating))",
            steps: steps,
            meaning: "\(games.count) game\(games.count == 1 ? "" : "s") played in order from \(n(start)) with K = \(n(k)); the order of games matters, since each update uses the ratings of that moment.",
            charts: [CalcChart(title: "Ratings", kind: .bars,
                               points: r.entries.map { CalcChart.Point($0.name, $0.rating, highlighted: $0.rank == 1) })],
            json: [
                "start": .number(start), "k": .number(k), "games": .integer(games.count),
                "leaderboard": .array(r.entries.map { e in
                    ["rank": .integer(e.rank), "name": .string(e.name), "rating": .number(e.rating),
                     "games": .integer(e.games), "wins": .integer(e.wins), "draws": .integer(e.draws), "losses": .integer(e.losses)]
                }),
            ])
    }

    /// `1`, `0.5`, `0`, or `win`, `draw`, `loss`.
    static func parseScore(_ text: String?) throws(FormulaError) -> Double? {
        guard let text else { return nil }
        switch text.trimmingSpaces.lowercased() {
        case "win", "w": return 1
        case "draw", "d": return 0.5
        case "loss", "lose", "l": return 0
        default:
            guard let x = Double(text.trimmingSpaces) else {
                throw .invalidArgument("score", "'\(text)' is not 1, 0.5, 0, win, draw or loss")
            }
            try Elo.checkScore(x)
            return x
        }
    }

    static func signed(_ x: Double) -> String {
        (x >= 0 ? "+" : "−") + CalcFormat.number(abs(x), digits: 2)
    }
}
