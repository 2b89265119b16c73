#!/usr/bin/env python3
"""Golden FSRS review histories from py-fsrs 6.3.2 (pip install fsrs==6.3.2).

Writes, under Tests/QuizTests/Golden/:
  fsrs-histories.jsonl   one review history per line: the scheduler settings, the
                         reviews (time, rating) and py-fsrs's card after each one
                         (fuzzing off), plus a few histories with fuzzing on whose
                         random() draws are recorded so the Swift side can replay them;
  fsrs-intervals.json    `_next_interval` for stabilities that land on x.5 days (Python's
                         round-half-to-even) and others, for several retentions and maxima;
  fsrs-fuzz.json         `_get_fuzzed_interval` for a grid of intervals and random() draws;
  fsrs-replay*.jsonl     review logs for `dli-tutor srs replay` and py-fsrs's output
                         (one JSON line per input line), default and custom settings.

Deterministic: rerunning it rewrites identical files.
"""

import importlib.metadata
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs
import fsrs.scheduler as fsrs_scheduler
from fsrs import Card, Rating, Scheduler, State

VERSION = importlib.metadata.version("fsrs")
if VERSION != "6.3.2":
    sys.exit(f"fsrs_histories.py: needs fsrs 6.3.2, found {VERSION} (pip install fsrs==6.3.2)")

OUT = Path(__file__).resolve().parents[2] / "Tests" / "QuizTests" / "Golden"
DEFAULTS = list(fsrs_scheduler.DEFAULT_PARAMETERS)
LOWER = fsrs_scheduler.LOWER_BOUNDS_PARAMETERS
UPPER = fsrs_scheduler.UPPER_BOUNDS_PARAMETERS
STATE_NAMES = {State.Learning: "learning", State.Review: "review", State.Relearning: "relearning"}
RATING_NAMES = {Rating.Again: "again", Rating.Hard: "hard", Rating.Good: "good", Rating.Easy: "easy"}
DAY = 86400


def iso(t: datetime) -> str:
    assert t.microsecond == 0, t
    return t.isoformat().replace("+00:00", "Z")


def card_json(card: Card) -> dict:
    return {
        "state": STATE_NAMES[card.state],
        "step": card.step,
        "stability": card.stability,
        "difficulty": card.difficulty,
        "due": iso(card.due),
        "last_review": iso(card.last_review) if card.last_review else None,
    }


def settings_json(s: Scheduler) -> dict:
    return {
        "parameters": list(s.parameters),
        "desired_retention": s.desired_retention,
        "learning_steps": [int(x.total_seconds()) for x in s.learning_steps],
        "relearning_steps": [int(x.total_seconds()) for x in s.relearning_steps],
        "maximum_interval": s.maximum_interval,
        "enable_fuzzing": s.enable_fuzzing,
    }


def custom_parameters(rng: random.Random) -> list:
    """The defaults scaled by up to ±40 %, kept inside py-fsrs's bounds."""
    out = []
    for w, lo, hi in zip(DEFAULTS, LOWER, UPPER):
        x = w * rng.uniform(0.6, 1.4)
        out.append(round(min(max(x, lo), hi), 4))
    return out


def next_time(rng: random.Random, card: Card, mode: str) -> datetime:
    last = card.last_review
    span = max((card.due - last).total_seconds(), 1)
    if mode == "on_time":
        return card.due + timedelta(seconds=rng.randint(0, 3600))
    if mode == "early":
        return last + timedelta(seconds=max(1, int(span * rng.uniform(0.05, 0.95))))
    if mode == "late":
        extra = min(span * rng.uniform(0.5, 10), 3 * 365 * DAY)
        return card.due + timedelta(seconds=int(extra))
    if mode == "same_day":
        return last + timedelta(seconds=rng.randint(1, 6 * 3600))
    if mode == "long_gap":
        return last + timedelta(days=rng.randint(365, 5 * 365), seconds=rng.randint(0, DAY - 1))
    raise ValueError(mode)


MODES = ["on_time", "early", "late", "same_day", "long_gap"]
MODE_WEIGHTS = [45, 15, 20, 12, 8]


def make_scheduler(rng: random.Random, index: int, fuzz: bool) -> Scheduler:
    # Every fourth history uses non-default settings.
    if index % 4 != 3:
        return Scheduler(enable_fuzzing=fuzz)
    return Scheduler(
        parameters=custom_parameters(rng) if rng.random() < 0.7 else DEFAULTS,
        desired_retention=rng.choice([0.7, 0.8, 0.85, 0.9, 0.95, 0.97]),
        learning_steps=[timedelta(seconds=s) for s in rng.choice([[], [60], [60, 600], [30, 300, 3600]])],
        relearning_steps=[timedelta(seconds=s) for s in rng.choice([[], [600], [300, 3600]])],
        maximum_interval=rng.choice([36500, 36500, 365, 30]),
        enable_fuzzing=fuzz,
    )


class RecordingRandom:
    """Stands in for py-fsrs's `random()` and records every draw."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.draws = []

    def __call__(self) -> float:
        x = self.rng.random()
        self.draws.append(x)
        return x


def history(rng: random.Random, index: int, fuzz: bool) -> dict:
    scheduler = make_scheduler(rng, index, fuzz)
    ratings = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]
    weights = rng.choice([[15, 15, 50, 20], [40, 20, 30, 10], [5, 10, 35, 50], [25, 25, 25, 25]])
    start = datetime(2020, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=rng.randint(0, 6 * 365 * DAY))
    card = Card(card_id=index + 1, due=start)
    recorder = RecordingRandom(index)
    fsrs_scheduler.random = recorder
    reviews = []
    time = start
    for n in range(rng.randint(1, 25)):
        if n > 0:
            time = next_time(rng, card, rng.choices(MODES, MODE_WEIGHTS)[0])
        rating = rng.choices(ratings, weights)[0]
        retrievability = scheduler.get_card_retrievability(card, time)
        recorder.draws = []
        card, _ = scheduler.review_card(card, rating, time)
        review = {"time": iso(time), "rating": RATING_NAMES[rating], "retrievability": retrievability, "card": card_json(card)}
        if fuzz:
            review["draws"] = recorder.draws
        reviews.append(review)
    return {"id": f"h{index:03d}", "scheduler": settings_json(scheduler), "start": iso(start), "reviews": reviews}


def replay(rng: random.Random, scheduler: Scheduler, cards: int, name: str) -> None:
    """An interleaved multi-card review log in time order and py-fsrs's replay of it."""
    events = []
    for k in range(cards):
        card_id = f"q{k:03d}" if k % 5 else f"lesson-{k % 3}/q{k}"
        time = datetime(2025, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=rng.randint(0, 30 * DAY))
        card = Card(card_id=k, due=time)
        for n in range(rng.randint(1, 15)):
            if n > 0:
                time = next_time(rng, card, rng.choices(MODES, [50, 15, 20, 12, 3])[0])
            rating = rng.choice(list(RATING_NAMES))
            card, _ = scheduler.review_card(card, rating, time)
            events.append((time, card_id, rating, card))
    events.sort(key=lambda e: (e[0], e[1]))
    with open(OUT / f"{name}.jsonl", "w") as log, open(OUT / f"{name}.expected.jsonl", "w") as expected:
        for time, card_id, rating, card in events:
            log.write(json.dumps({"card": card_id, "time": iso(time), "rating": RATING_NAMES[rating]}) + "\n")
            out = {"card": card_id, "state": STATE_NAMES[card.state], "step": card.step,
                   "stability": card.stability, "difficulty": card.difficulty, "due": iso(card.due)}
            expected.write(json.dumps(out) + "\n")


def intervals() -> list:
    cases = []
    stabilities = [0.001, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 10.5, 11.5, 100.5, 7.3, 1234.56, 50000.0, 1e6]
    for retention in [0.9, 0.8, 0.95, 0.7]:
        for maximum in [36500, 365]:
            s = Scheduler(desired_retention=retention, maximum_interval=maximum, enable_fuzzing=False)
            for stability in stabilities:
                cases.append({"stability": stability, "desired_retention": retention, "maximum_interval": maximum,
                              "days": s._next_interval(stability=stability)})
    return cases


def fuzz_cases() -> list:
    cases = []
    draws = [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999999]
    for maximum in [36500, 100]:
        s = Scheduler(maximum_interval=maximum, enable_fuzzing=True)
        for days in [1, 2, 3, 4, 5, 6, 7, 8, 10, 15, 19, 20, 21, 30, 50, 99, 100, 101, 365, 1000, 36499, 36500]:
            for draw in draws:
                fsrs_scheduler.random = lambda: draw
                fuzzed = s._get_fuzzed_interval(interval=timedelta(days=days))
                cases.append({"maximum_interval": maximum, "days": days, "draw": draw, "fuzzed": fuzzed.days})
    return cases


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20250601)
    histories = [history(rng, i, fuzz=False) for i in range(400)]
    histories += [history(rng, i, fuzz=True) for i in range(400, 430)]
    with open(OUT / "fsrs-histories.jsonl", "w") as f:
        for h in histories:
            f.write(json.dumps(h) + "\n")
    # What the histories exercise (lapses, early and late reviews, custom settings…)
    # is counted and checked by FSRSGoldenTests.historiesCoverTheRules.
    print(f"{len(histories)} FSRS histories, {sum(len(h['reviews']) for h in histories)} reviews -> {OUT}")

    for name, cases in [("fsrs-intervals.json", intervals()), ("fsrs-fuzz.json", fuzz_cases())]:
        with open(OUT / name, "w") as f:
            f.write("[\n" + ",\n".join(json.dumps(c) for c in cases) + "\n]\n")

    replay(rng, Scheduler(enable_fuzzing=False), 40, "fsrs-replay")
    custom = Scheduler(parameters=custom_parameters(rng), desired_retention=0.85, enable_fuzzing=False)
    replay(rng, custom, 25, "fsrs-replay-custom")
    with open(OUT / "fsrs-replay-custom.options.json", "w") as f:
        json.dump({"parameters": ",".join(repr(w) for w in custom.parameters), "retention": "0.85"}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
