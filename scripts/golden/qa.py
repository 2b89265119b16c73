#!/usr/bin/env python3
"""Golden QA vectors: SQuAD v1.1 exact match and F1, plus a simple token F1.

The official SQuAD v1.1 evaluation script (evaluate-v1.1.py, published with the
dataset at https://rajpurkar.github.io/SQuAD-explorer/) is not on PyPI. Its
normalisation and metrics are four Python one-liners and a Counter
intersection; they are restated below with the same calls, step by step.
Writes Tests/CourseTests/Golden/qa.json.
"""
import json
import re
import string
from collections import Counter

from common import GOLDEN

OUT = GOLDEN / "qa.json"


# --- evaluate-v1.1.py -------------------------------------------------------
def normalize_answer(s):
    """lower -> drop string.punctuation -> \\b(a|an|the)\\b to ' ' -> collapse whitespace."""
    lowered = s.lower()
    no_punctuation = "".join(ch for ch in lowered if ch not in set(string.punctuation))
    no_articles = re.sub(r"\b(a|an|the)\b", " ", no_punctuation)
    return " ".join(no_articles.split())


def token_f1(prediction_tokens, ground_truth_tokens):
    common = Counter(prediction_tokens) & Counter(ground_truth_tokens)
    num_same = sum(common.values())
    if num_same == 0:
        return 0
    precision = 1.0 * num_same / len(prediction_tokens)
    recall = 1.0 * num_same / len(ground_truth_tokens)
    return (2 * precision * recall) / (precision + recall)


def f1_score(prediction, ground_truth):
    return token_f1(normalize_answer(prediction).split(), normalize_answer(ground_truth).split())


def exact_match_score(prediction, ground_truth):
    return normalize_answer(prediction) == normalize_answer(ground_truth)


def metric_max_over_ground_truths(metric_fn, prediction, ground_truths):
    return max(metric_fn(prediction, gt) for gt in ground_truths)
# -----------------------------------------------------------------------------


def simple_f1(prediction, ground_truth):
    """Lowercase and split on whitespace only."""
    return token_f1(prediction.lower().split(), ground_truth.lower().split())


CASES = [
    ("Barack Obama was the 44th president", ["The 44th president was Barack Obama"]),
    ("Denver Broncos", ["Denver Broncos", "The Denver Broncos", "Broncos"]),
    ("the Denver Broncos", ["Denver Broncos"]),
    ("Broncos", ["Denver Broncos"]),
    ("Carolina Panthers", ["Denver Broncos"]),
    ("", ["Denver Broncos"]),
    ("Denver Broncos", [""]),
    ("", [""]),
    ("the", ["a"]),
    ("a an the", [""]),
    ("The", ["the"]),
    ("an apple a day", ["apple day"]),
    ("theatre", ["atre"]),
    ("the theatre", ["theatre"]),
    ("Anne and Thea", ["anne and thea"]),
    ("U.S.", ["US", "United States"]),
    ("1,000", ["1000"]),
    ("1,000 people", ["one thousand people", "1000 people"]),
    ("3.5%", ["35"]),
    ("don't", ["dont", "do not"]),
    ("a-b", ["ab"]),
    ("the_cat", ["thecat", "the cat"]),
    ("(the) cat", ["cat"]),
    ("[a] [an] [the]", [""]),
    ("“quoted” answer", ["quoted answer"]),
    ("‘single’ — dash – en", ["single dash en"]),
    ("Café au lait", ["cafe au lait", "Café au lait"]),
    ("Cafe\u0301 au lait", ["Café au lait"]),
    ("the\u0301 cat", ["cat"]),
    ("Ðthe cat", ["cat"]),
    ("the² cat", ["cat"]),
    ("the½ cat", ["cat"]),
    ("İstanbul", ["istanbul", "i̇stanbul"]),
    ("ΟΔΟΣ", ["οδος", "οδοσ"]),
    ("Tiếng Việt", ["tiếng việt", "Tie\u0302\u0301ng Vie\u0323\u0302t"]),
    ("北京", ["北京市", "北京"]),
    ("the the the", ["the"]),
    ("cat cat cat", ["cat"]),
    ("cat", ["cat cat cat"]),
    ("New York City", ["New York", "York City", "NYC"]),
    ("in the year 1990", ["1990"]),
    ("  spaces\tand\nnewlines  ", ["spaces and newlines"]),
    ("a\u00a0b", ["a b", "b"]),
    ("x\x1cy", ["x y"]),
    ("Albert Einstein", ["Einstein", "Albert Einstein's"]),
    ("Einstein's theory", ["theory of Einstein"]),
    ("24–10", ["24 10", "2410"]),
    ("Santa Clara, California", ["Santa Clara", "California"]),
    ("February 7, 2016", ["February 7, 2016", "7 February 2016"]),
    ("Super Bowl L", ["Super Bowl L", "L"]),
    ("gold", ["golden", "gold-themed"]),
    ("an", ["An"]),
    ("A", ["a"]),
    ("Pi", ["π", "pi"]),
    ("the end.", ["The End!", "end"]),
    ("Mr. Smith", ["mr smith", "Smith"]),
    ("a a b", ["a b b"]),
    ("b c", ["a b c", "b c d", "c"]),
    ("Σ", ["σ"]),
    ("ΑΣ ΒΣ", ["ας βς"]),
]


def main():
    cases = []
    for prediction, truths in CASES:
        cases.append(dict(
            prediction=prediction, truths=truths,
            expected=dict(
                exact_match=bool(metric_max_over_ground_truths(exact_match_score, prediction, truths)),
                f1=float(metric_max_over_ground_truths(f1_score, prediction, truths)),
                simple_f1=float(metric_max_over_ground_truths(simple_f1, prediction, truths)),
                normalized_prediction=normalize_answer(prediction),
                normalized_truths=[normalize_answer(t) for t in truths])))
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(dict(generator="scripts/golden/qa.py", source="SQuAD v1.1 evaluate-v1.1.py", cases=cases), f,
                  ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(cases)} QA cases -> {OUT}")


if __name__ == "__main__":
    main()
