#!/usr/bin/env python3
"""Golden retrievability of stored cards from py-fsrs 6.3.2 (pip install fsrs==6.3.2).

Writes Tests/QuizTests/Golden/fsrs-retrievability.json: for cards as the progress
store keeps them (stability, last review in integer milliseconds since 1970) and
times given to the millisecond, `Scheduler.get_card_retrievability` — the
readiness forecast's recall of a seen question. The times sit on and around whole
days since the last review (py-fsrs counts `timedelta.days`, rounding down), before
the last review (counted as 0 days), far in the future, and at random; cards come
with the default parameters and with other values of w20 (the curve's decay), and
one case is a card never reviewed (py-fsrs returns 0).

Deterministic: rerunning it rewrites an identical file.
"""

import importlib.metadata
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fsrs import Card, Scheduler, State
import fsrs.scheduler as fsrs_scheduler

VERSION = importlib.metadata.version("fsrs")
if VERSION != "6.3.2":
    sys.exit(f"fsrs_retrievability.py: needs fsrs 6.3.2, found {VERSION} (pip install fsrs==6.3.2)")

OUT = Path(__file__).resolve().parents[2] / "Tests" / "QuizTests" / "Golden" / "fsrs-retrievability.json"
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
DAY_MS = 86_400_000


def at(ms: int) -> datetime:
    return EPOCH + timedelta(milliseconds=ms)


def offsets(rng: random.Random) -> list:
    """Milliseconds from the last review to the query time."""
    out = [0, 1, -1, -DAY_MS, DAY_MS - 1, DAY_MS, DAY_MS + 1]
    for days in [2, 3, 7, 30, 365, 3650]:
        out += [days * DAY_MS - 1, days * DAY_MS, days * DAY_MS + 1]
    out += [rng.randint(0, 400 * DAY_MS) for _ in range(6)]
    out.append(rng.randint(10 * 365 * DAY_MS, 60 * 365 * DAY_MS))
    return out


def main() -> None:
    rng = random.Random(20260113)
    defaults = list(fsrs_scheduler.DEFAULT_PARAMETERS)
    cases = []
    for w20 in [defaults[20], 0.1, 0.2, 0.5, 0.8]:
        parameters = defaults[:20] + [w20]
        scheduler = Scheduler(parameters=parameters, enable_fuzzing=False)
        for _ in range(12):
            stability = rng.choice([0.001, 0.2125, 1.2931, 2.3065, 8.2956, 36500.0, round(rng.uniform(0.01, 5000), 6)])
            last = rng.randint(1_500_000_000_000, 1_900_000_000_000)
            card = Card(card_id=1, state=State.Review, stability=stability, difficulty=5.0,
                        due=at(last), last_review=at(last))
            for offset in offsets(rng):
                cases.append({"w20": w20, "stability": stability, "last_review_ms": last, "at_ms": last + offset,
                              "retrievability": scheduler.get_card_retrievability(card, at(last + offset))})
    new = Card(card_id=2)
    cases.append({"w20": defaults[20], "stability": None, "last_review_ms": None, "at_ms": 1_700_000_000_000,
                  "retrievability": float(Scheduler().get_card_retrievability(new, at(1_700_000_000_000)))})
    with open(OUT, "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(c) for c in cases) + "\n]\n")
    print(f"{len(cases)} retrievability cases -> {OUT}")


if __name__ == "__main__":
    main()
