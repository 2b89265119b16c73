#!/usr/bin/env python3
"""Golden BLEU vectors from sacrebleu 2.6.0 (see README.md).

Writes Tests/CourseTests/Golden/bleu.json: sentence- and corpus-level cases over
every tokenizer, smoothing method, lowercasing, effective order, max n-gram
order 1-4, 1-4 references, and textbook BLEU computed here independently.
"""
import json
import math
from collections import Counter

import sacrebleu
from sacrebleu.metrics import BLEU

from common import GOLDEN

assert sacrebleu.__version__ == "2.6.0", sacrebleu.__version__

OUT = GOLDEN / "bleu.json"

# (hypothesis, [references]) -- sentence-level examples.
EXAMPLES = [
    ("the cat sat on the mat", ["the cat is on the mat", "there is a cat on the mat"]),
    ("The quick brown fox jumps over the lazy dog.",
     ["A quick brown fox jumped over the lazy dog.", "The fast brown fox leaps over the lazy dog!"]),
    ("It costs 3.5 dollars, or 1,000 yen in 2020.", ["It costs $3.50, or about 1,000 yen in 2020."]),
    ("Pages 10-20 were read in 2020.", ["They read pages 10-20 in 2020.", "Pages 10 - 20 were read in 2020 ."]),
    ("I don't think it's well-known.", ["I do not think it is well-known.", "I don't believe it's well known."]),
    ("Tom &amp; Jerry &lt;3 &quot;cheese&quot; &gt; all &amp;lt;", ["Tom & Jerry <3 \"cheese\" > all <"]),
    ("Tôi yêu tiếng Việt rất nhiều.", ["Tôi rất yêu tiếng Việt.", "To\u0302i ye\u0302u tie\u0302\u0301ng Vie\u0323\u0302t ra\u0302\u0301t nhie\u0302\u0300u."]),
    ("To\u0302i ye\u0302u tie\u0302\u0301ng Vie\u0323\u0302t.", ["Tôi yêu tiếng Việt.", "To\u0302i ye\u0302u tie\u0302\u0301ng Vie\u0323\u0302t la\u0306\u0301m."]),
    ("我喜欢自然语言处理。", ["我很喜欢自然语言处理。", "我爱自然语言处理！"]),
    ("東京は日本の首都です。人口は約1,400万人。", ["日本の首都は東京です。人口は1,400万人ほど。"]),
    ("ΟΔΟΣ ΚΑΙ ΛΟΓΟΣ ΣΟΦΟΣ", ["οδος και λογος σοφος", "Ὁδὸς καὶ λόγος"]),
    ("Ο ΛΟΓΟΣ. Ο ΝΟΜΟΣ, Ο ΚΟΣΜΟΣ!", ["ο λογος. ο νομος, ο κοσμος!"]),
    ("İstanbul'da KIŞ çok soğuk.", ["istanbul'da kış çok soğuk.", "İSTANBUL'DA kış ÇOK soğuk."]),
    ("", ["the cat sat on the mat"]),
    ("the cat sat on the mat", [""]),
    ("", [""]),
    ("the cat", ["", "the cat sat"]),
    ("a\u00a0b\u3000c\x1cd\x1fe\tf\u2028g\u0085h  i\x0bj\x0ck\r", ["a b c d e f g h i j k"]),
    ("this <skipped> is fine<skipped>", ["this is fine"]),
    ("a well-\nknown fact\nis here\n", ["a well known fact is here", "a wellknown fact is here"]),
    ("It was 25°C, costing $5 (about 50%).", ["It was 25 °C and cost $5, i.e. 50%.", "Temperature: 25°C; price: $5 (50 %)."]),
    ("«Bonjour», dit-il… ¿Qué tal? ¡Hola!", ["« Bonjour », dit-il ... ¿ Qué tal ? ¡ Hola !"]),
    ("Version 2.0.1, released 2021-03-04.", ["Version 2.0.1 was released on 2021-03-04.", "v2.0.1 came out 2021-03-04"]),
    ("hello", ["hello there"]),
    ("hello world", ["hello world"]),
    ("a b c", ["a b c d", "a b"]),
    ("the the the the the the the", ["the cat is on the mat", "the the cat"]),
    ("He said: ‘curly’ “quotes” and 'straight' ones — and – dashes -- too.",
     ["He said: 'curly' \"quotes\" and 'straight' ones - and - dashes - too."]),
    ("I ❤ NLP 🤖! #AI @home 3×4=12 ±0.5 €10 ¥20 £5",
     ["I love NLP 🤖 ! #AI @home 3x4=12 +-0.5 €10 ¥20 £5"]),
    ("नमस्ते दुनिया, यह एक परीक्षण है।", ["नमस्ते दुनिया यह परीक्षण है।"]),
    ("U.S.A. e.g. etc. ... Mr. Smith's 1.5x speed-up, i.e. 50.", ["U.S.A. e.g. etc... Mr Smith's 1.5 x speedup, i.e. 50 ."]),
    ("Prices: 1,000.50 USD; 2,5 EUR; .5 BTC; 3. place; ,comma", ["Prices : 1,000.50 USD ; 2,5 EUR ; .5 BTC ; 3 . place ; , comma"]),
    ("café naïve résumé coöperate Ångström ﬁnance", ["cafe naive resume cooperate Angstrom finance", "café naïve résumé coöperate Ångström finance"]),
    ("The model was trained on 4 GPUs for 3 days and reached a BLEU of 27.3 on newstest2014.",
     ["The model trained for three days on four GPUs and reached 27.3 BLEU on newstest2014.",
      "Training took 3 days on 4 GPUs; the BLEU on newstest2014 was 27.3.",
      "It reached BLEU 27.3 on newstest2014 after 3 days of training on 4 GPUs.",
      "After 3 days on 4 GPUs the model scored 27.3 BLEU on newstest2014."]),
    ("Mixed CASE Words And MORE words", ["mixed case words and more WORDS", "Mixed Case words and more words"]),
    ("x", ["x"]),
    ("x y", ["x y z w"]),
    ("one two three four", ["one two three four"]),
    ("one two three four five six seven eight nine ten eleven twelve thirteen",
     ["one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"]),
    ("Tab\tseparated\tvalues\tand  double  spaces", ["Tab separated values and double spaces"]),
    ("<b>bold</b> &amp; <i>italic</i> tags", ["<b> bold </b> & <i> italic </i> tags"]),
    ("ΣΊΣΥΦΟΣ ΣΑΣ Σ ΑΣ", ["σίσυφος σας σ ας", "σίσυφοσ σασ σ ασ"]),
]

# Corpora: (hypotheses, [reference streams]).
CORPORA = [
    (["the cat sat on the mat", "a dog barked loudly at night", "it rained"],
     [["the cat is on the mat", "the dog barked loudly at night", "it was raining"]]),
    (["the cat sat on the mat", "a dog barked loudly at night", "it rained", ""],
     [["the cat is on the mat", "the dog barked loudly at night", "it was raining", "nothing"],
      ["there is a cat on the mat", "a dog barked at night", "rain fell", ""]]),
    ([h for h, _ in EXAMPLES[:12]], [[r[0] for _, r in EXAMPLES[:12]]]),
    ([h for h, _ in EXAMPLES[12:30]], [[r[0] for _, r in EXAMPLES[12:30]], [r[-1] for _, r in EXAMPLES[12:30]]]),
    (["Tôi yêu tiếng Việt.", "我喜欢自然语言处理。", "ΟΔΟΣ ΚΑΙ ΛΟΓΟΣ", "İstanbul'da kış."],
     [["Tôi rất yêu tiếng Việt.", "我很喜欢自然语言处理。", "οδος και λογος", "istanbul'da kış."],
      ["To\u0302i ye\u0302u tie\u0302\u0301ng Vie\u0323\u0302t.", "我爱自然语言处理。", "Η ΟΔΟΣ", "İstanbul'da KIŞ."],
      ["Tiếng Việt", "自然语言", "λογος", "kış"]]),
    (["short", "a b", "one two three", "w x y z", "p q r s t"],
     [["short text", "a b", "one two", "w x y z", "p q r s t u"]]),
    ([h for h, _ in EXAMPLES], [[r[0] for _, r in EXAMPLES]]),
    (["It costs 3.5 dollars.", "Pages 10-20.", "In 2020.", "1,000 people", "don't stop"],
     [["It costs 3.5 dollars .", "Pages 10 - 20 .", "In 2020 .", "1,000 people", "do n't stop"],
      ["It cost 3.5 dollars.", "pages 10-20", "in 2020", "1000 people", "do not stop"],
      ["Costs: 3.5 dollars", "Pages ten to twenty.", "2020.", "one thousand people", "don't stop!"],
      ["3.5 dollars", "10-20", "2020", "1,000", "stop"]]),
]

SMOOTHINGS = [("exp", None), ("floor", None), ("floor", 0.25), ("add-k", None), ("add-k", 2), ("add-k", 0.5), ("none", None)]
TOKENIZERS = ["13a", "intl", "char", "none"]


def sacre(level, hyps, refs, tokenize, smooth, smooth_value, lowercase, effective_order, max_n):
    if effective_order is None:
        # The library's own defaults (sentence: on, corpus: off), max order 4.
        assert max_n == 4
        if level == "sentence":
            return sacrebleu.sentence_bleu(hyps[0], [r[0] for r in refs], smooth_method=smooth,
                                           smooth_value=smooth_value, lowercase=lowercase, tokenize=tokenize)
        return sacrebleu.corpus_bleu(hyps, refs, smooth_method=smooth, smooth_value=smooth_value,
                                     lowercase=lowercase, tokenize=tokenize)
    metric = BLEU(lowercase=lowercase, tokenize=tokenize, smooth_method=smooth, smooth_value=smooth_value,
                  max_ngram_order=max_n, effective_order=effective_order)
    if level == "sentence":
        return metric.sentence_score(hyps[0], [r[0] for r in refs])
    return metric.corpus_score(hyps, refs)


def textbook(hyps, refs, tokenize, lowercase, max_n):
    """Textbook BLEU from our own clipped counts on sacrebleu's tokens."""
    metric = BLEU(lowercase=lowercase, tokenize=tokenize, max_ngram_order=max_n)
    matches, totals = [0] * max_n, [0] * max_n
    sys_len = ref_len = 0
    for i, hyp in enumerate(hyps):
        h = metric._preprocess_segment(hyp).split()
        rs = [metric._preprocess_segment(stream[i]).split() for stream in refs]
        sys_len += len(h)
        best = None
        for r in rs:  # closest reference length, the shorter on a tie
            if best is None or abs(len(r) - len(h)) < abs(best - len(h)) or (
                    abs(len(r) - len(h)) == abs(best - len(h)) and len(r) < best):
                best = len(r)
        ref_len += best
        for n in range(1, max_n + 1):
            hc = Counter(tuple(h[k:k + n]) for k in range(len(h) - n + 1))
            rmax = Counter()
            for r in rs:
                for g, c in Counter(tuple(r[k:k + n]) for k in range(len(r) - n + 1)).items():
                    rmax[g] = max(rmax[g], c)
            matches[n - 1] += sum(min(c, rmax[g]) for g, c in hc.items())
            totals[n - 1] += sum(hc.values())
    # Cross-check the independent counts against sacrebleu's.
    check = BLEU(lowercase=lowercase, tokenize=tokenize, smooth_method="none", max_ngram_order=max_n,
                 effective_order=False).corpus_score(hyps, refs)
    assert (check.counts, check.totals, check.sys_len, check.ref_len) == (matches, totals, sys_len, ref_len)
    bp = 1.0 if sys_len >= ref_len else (math.exp(1 - ref_len / sys_len) if sys_len > 0 else 0.0)
    precisions = [100 * m / t if t > 0 else 0.0 for m, t in zip(matches, totals)]
    if any(t == 0 or m == 0 for m, t in zip(matches, totals)):
        score = 0.0
    else:
        score = 100 * bp * math.exp(sum(math.log(m / t) for m, t in zip(matches, totals)) / max_n)
    return dict(score=score, precisions=precisions, counts=matches, totals=totals, bp=bp,
                sys_len=sys_len, ref_len=ref_len)


def number(x):
    return int(x) if isinstance(x, int) else float(x)


def case(name, level, hyps, refs, tokenize="13a", smooth="exp", smooth_value=None, lowercase=False,
         effective_order=None, max_n=4, is_textbook=False):
    if is_textbook:
        expected = textbook(hyps, refs, tokenize, lowercase, max_n)
    else:
        s = sacre(level, hyps, refs, tokenize, smooth, smooth_value, lowercase, effective_order, max_n)
        expected = dict(score=s.score, precisions=list(s.precisions), counts=[number(c) for c in s.counts],
                        totals=[number(t) for t in s.totals], bp=s.bp, sys_len=s.sys_len, ref_len=s.ref_len)
    return dict(name=name, level=level, hypotheses=hyps, references=refs,
                options=dict(tokenize=tokenize, smooth=smooth, smooth_value=smooth_value, lowercase=lowercase,
                             effective_order=effective_order, max_n=max_n, textbook=is_textbook),
                expected=expected)


def main():
    cases = []
    variant = 0
    for i, (hyp, refs) in enumerate(EXAMPLES):
        streams = [[r] for r in refs]
        cases.append(case(f"sentence {i} defaults", "sentence", [hyp], streams))
        cases.append(case(f"sentence {i} lowercase", "sentence", [hyp], streams, lowercase=True))
        # Rotate through every tokenizer x smoothing x effective order x max_n combination.
        for _ in range(5):
            tokenize = TOKENIZERS[variant % 4]
            smooth, value = SMOOTHINGS[(variant // 4) % len(SMOOTHINGS)]
            effective = [True, False][(variant // 2) % 2]
            max_n = 1 + (variant * 3 + i) % 4
            lowercase = variant % 3 == 0
            cases.append(case(f"sentence {i} {tokenize} {smooth} {value} eff={effective} n={max_n} lc={lowercase}",
                              "sentence", [hyp], streams, tokenize, smooth, value, lowercase, effective, max_n))
            variant += 1
        for max_n in ([4, 3] if i % 2 == 0 else [2, 1]):
            cases.append(case(f"sentence {i} textbook n={max_n}", "sentence", [hyp], streams,
                              TOKENIZERS[i % 4], lowercase=i % 3 == 0, max_n=max_n, is_textbook=True))
    for tokenize in TOKENIZERS:
        for smooth, value in SMOOTHINGS:
            for effective in (True, False):
                cases.append(case(f"grid 0 {tokenize} {smooth} {value} eff={effective}", "sentence",
                                  [EXAMPLES[0][0]], [[r] for r in EXAMPLES[0][1]], tokenize, smooth, value,
                                  False, effective, 4))
    for j, (hyps, refs) in enumerate(CORPORA):
        cases.append(case(f"corpus {j} defaults", "corpus", hyps, refs))
        for k in range(4):
            tokenize = TOKENIZERS[(j + k) % 4]
            smooth, value = SMOOTHINGS[(j * 4 + k) % len(SMOOTHINGS)]
            cases.append(case(f"corpus {j} {tokenize} {smooth} {value} eff={k % 2 == 0} n={4 - k}", "corpus",
                              hyps, refs, tokenize, smooth, value, (j + k) % 2 == 1, k % 2 == 0, 4 - k))
        cases.append(case(f"corpus {j} textbook", "corpus", hyps, refs, TOKENIZERS[j % 4], is_textbook=True))
        cases.append(case(f"corpus {j} textbook n=2 lowercase", "corpus", hyps, refs, lowercase=True, max_n=2,
                          is_textbook=True))
    GOLDEN.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(dict(generator="scripts/golden/bleu.py", sacrebleu=sacrebleu.__version__, cases=cases),
                  f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(cases)} BLEU cases -> {OUT}")


if __name__ == "__main__":
    main()
