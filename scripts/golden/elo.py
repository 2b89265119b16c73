"""Golden vectors for Elo (REFERENCES.md §5): ratings 800-2800 as ints and 1-decimal
floats, K in {16, 32, 40}, S_A in {1, 0.5, 0}; E_B computed separately; no rounding.
Also a sequential leaderboard from a common start rating.

Restates the formula, calls no reference: Elo is one line (E_A = 1/(1 + 10^((R_B - R_A)/400)),
R_A' = R_A + K(S_A - E_A)) and no standard implementation of it is published on PyPI.
The vectors check the Swift code against this independent restatement in Python's floats."""
import random

from common import write

rng = random.Random(20240605)


def expected(ra, rb):
    return 1 / (1 + 10 ** ((rb - ra) / 400))


def rating():
    if rng.random() < 0.5:
        return rng.randint(800, 2800)
    return round(rng.uniform(800, 2800), 1)


cases = []
for i in range(400):
    ra, rb = rating(), rating()
    k = rng.choice([16, 32, 40])
    s = rng.choice([1, 0.5, 0])
    ea = expected(ra, rb)
    eb = expected(rb, ra)
    cases.append({
        "ra": ra, "rb": rb, "k": k, "score": s,
        "expected_a": ea, "expected_b": eb,
        "new_ra": ra + k * (s - ea), "new_rb": rb + k * ((1 - s) - eb),
    })


def leaderboard(games, start, k):
    ratings, record = {}, {}
    for a, b, s in games:
        ra, rb = ratings.get(a, start), ratings.get(b, start)
        ea, eb = expected(ra, rb), expected(rb, ra)
        ratings[a] = ra + k * (s - ea)
        ratings[b] = rb + k * ((1 - s) - eb)
        for name, score in ((a, s), (b, 1 - s)):
            w, d, l = record.get(name, (0, 0, 0))
            record[name] = (w + (score == 1), d + (score == 0.5), l + (score == 0))
    table = sorted(ratings.items(), key=lambda item: (-item[1], item[0]))
    rows, previous = [], None
    for position, (name, r) in enumerate(table):
        rank = previous["rank"] if previous and previous["rating"] == r else position + 1
        w, d, l = record[name]
        previous = {"rank": rank, "name": name, "rating": r, "wins": w, "draws": d, "losses": l}
        rows.append(previous)
    return rows


boards = []
players = ["gpt", "claude", "llama", "mistral", "gemma", "qwen"]
for start, k, count in [(1000, 32, 12), (1500, 16, 30), (1000, 4, 60), (1200, 40, 5)]:
    games = []
    for _ in range(count):
        a, b = rng.sample(players, 2)
        games.append((a, b, rng.choice([1, 0.5, 0])))
    boards.append({
        "start": start, "k": k,
        "matches": "\n".join(f"{a} {b} {s}" for a, b, s in games),
        "leaderboard": leaderboard(games, start, k),
    })

write("elo.json", {"cases": cases, "leaderboards": boards})
