#!/usr/bin/env python3
"""Deterministic synthetic MT-style corpus for the BLEU benchmark.

Writes ref.txt (the "human" sentences) and hyp.txt (a noisy "system output" for
each: word substitutions, drops, insertions and local reorderings), one
sentence per line. Words follow a Zipf law over a vocabulary of common English
words plus generated rarer words, with capitalisation, numbers (3.5, 1,000,
2020), hyphenated compounds, contractions, quotes, brackets, HTML entities
and some accented and non-Latin words, so every tokenizer path is exercised.
About 12 MB per side for 100,000 pairs.
"""
import argparse
import os
import random

COMMON = """the of and to a in is that for it as was with be by on not he I this are or his from at which but have
an they you were her she there been one all we their has would when if so no will more can out up who them some
said what its into than other then time only could these two may first any new like our over also did after well
made should such where most through me years between must being under very each those both just three about
before people many same another while still because day even here own world life year again last might never
system model data results language translation source target sentence word words text training test network
neural layer attention output input learning performance score quality human machine evaluation corpus domain
method approach paper work task tasks set large small high low better best good different important used using
based shown show shows table figure section number per cent percent government country city market company
president minister police court report week month today yesterday tomorrow morning night house school water
money health police party state states united national international public political economic social local
""".split()

SYLLABLES = "ka lo mi ne tur pra sel vin dor ast ent ion ing ma ri to sha ber gen tal com pre con dis ver ous".split()
ACCENTED = ["café", "naïve", "résumé", "Zürich", "São", "Paulo", "Việt", "Nam", "Tiếng", "Ελλάδα", "Москва", "東京",
            "Ångström", "coöperate", "piñata", "façade"]
CONTRACTIONS = ["don't", "it's", "can't", "won't", "isn't", "they're", "we've", "I'm", "that's", "doesn't"]


def vocabulary(rng, size):
    words = list(dict.fromkeys(COMMON))
    seen = set(words)
    while len(words) < size:
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2, 3, 3, 4))))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def number(rng):
    kind = rng.random()
    if kind < 0.3:
        return str(rng.randint(1, 100))
    if kind < 0.5:
        return f"{rng.randint(0, 99)}.{rng.randint(0, 9)}"
    if kind < 0.7:
        return f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}"
    if kind < 0.85:
        return str(rng.randint(1950, 2030))
    return f"{rng.randint(1, 50)}-{rng.randint(51, 99)}"


def sentence(rng, words, cumulative):
    length = max(3, int(rng.gauss(21, 8)))
    out = []
    for _ in range(length):
        r = rng.random()
        if r < 0.05:
            out.append(number(rng))
        elif r < 0.07:
            out.append(rng.choice(CONTRACTIONS))
        elif r < 0.085:
            out.append(rng.choice(ACCENTED))
        elif r < 0.10:
            a, b = rng.choices(words, cum_weights=cumulative, k=2)
            out.append(f"{a}-{b}")
        else:
            out.append(rng.choices(words, cum_weights=cumulative)[0])
    for _ in range(rng.choice((0, 0, 1, 1, 2))):  # commas
        k = rng.randrange(1, len(out))
        out[k - 1] += ","
    r = rng.random()
    if r < 0.05:
        k = rng.randrange(len(out))
        out[k] = f'"{out[k]}"'
    elif r < 0.08:
        k = rng.randrange(len(out))
        out[k] = f"({out[k]})"
    elif r < 0.09:
        out.insert(rng.randrange(len(out)), "&amp;")
    out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out) + rng.choice((".", ".", ".", ".", "?", "!", ""))


def noisy(rng, ref, words, cumulative):
    tokens = ref.split()
    out = []
    for t in tokens:
        r = rng.random()
        if r < 0.18:
            out.append(rng.choices(words, cum_weights=cumulative)[0])
        elif r < 0.23:
            continue
        elif r < 0.28:
            out.append(t)
            out.append(rng.choices(words, cum_weights=cumulative)[0])
        else:
            out.append(t)
    for _ in range(len(out) // 8):
        if len(out) > 2:
            k = rng.randrange(len(out) - 1)
            out[k], out[k + 1] = out[k + 1], out[k]
    return " ".join(out) if out else tokens[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--vocabulary", type=int, default=20_000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    words = vocabulary(rng, args.vocabulary)
    total = 0.0
    cumulative = []
    for rank in range(1, len(words) + 1):
        total += 1 / rank ** 1.07
        cumulative.append(total)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "ref.txt"), "w", encoding="utf-8", newline="\n") as refs, \
            open(os.path.join(args.out, "hyp.txt"), "w", encoding="utf-8", newline="\n") as hyps:
        for _ in range(args.pairs):
            ref = sentence(rng, words, cumulative)
            refs.write(ref + "\n")
            hyps.write(noisy(rng, ref, words, cumulative) + "\n")


if __name__ == "__main__":
    main()
