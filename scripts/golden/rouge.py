#!/usr/bin/env python3
"""Golden ROUGE and Porter-stemmer vectors (see README.md).

Writes Tests/CourseTests/Golden/rouge.json (rouge-score 0.1.2, rouge1/rouge2/
rougeL/rougeLsum with and without the stemmer) and porter.json (nltk 3.10.4
PorterStemmer() on single words).
"""
import importlib.metadata
import json

import nltk
from nltk.stem.porter import PorterStemmer
from rouge_score import rouge_scorer

from common import GOLDEN

assert importlib.metadata.version("rouge-score") == "0.1.2"
assert nltk.__version__ == "3.10.4", nltk.__version__

TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]

# (reference = rouge-score's target, hypothesis = its prediction)
PAIRS = [
    ("The quick brown fox jumps over the lazy dog", "The quick brown dog jumps on the log."),
    ("the cat is on the mat", "the cat sat on the mat"),
    ("police killed the gunman", "police kill the gunman"),
    ("police killed the gunman", "the gunman police killed"),
    ("", "something"),
    ("something", ""),
    ("", ""),
    ("!!! ??? ...", "--- ,,,"),
    ("a b c d e", "a b c d e"),
    ("a a a b b", "a b a b a"),
    ("The runners were running and ran to the finish line.", "A runner runs; runners ran to finishing lines!"),
    ("Generously, the connections were connected by connecting connectors.",
     "The generous connection connects connected connectors."),
    ("Universities are universal; university life is universally loved.",
     "The universe of universal university lives."),
    ("She was happily hoping for happiness, hopefully.", "Happy hopes: she hoped for happiness."),
    ("The skies were dying, lying and tying the news of the innings.",
     "Sky dies, lies and ties news on the inning; proceed, exceed, succeed."),
    ("Relational conditional rationality of digitizers and formalities.",
     "Relate the condition, rational digitize, formal."),
    ("Electrical electricity: electrically triplicate formatives, hopefulness and goodness.",
     "Electric triplication forms hope and good."),
    ("Revival allowance inference airliner gyroscopic adjustable defensible irritant replacement adjustment "
     "dependent adoption homologous communism activate angularity effective bowdlerize",
     "revive allow infer airline gyroscope adjust defend irritate replace depend adopt commune active "
     "angular effect bowdler"),
    ("probate rate cease controlling rolling generalization oscillators",
     "probation rates ceasing controlled rolled general oscillate"),
    ("Café naïve résumé — coöperation, Ångström!", "cafe naive resume cooperation angstrom"),
    ("İstanbul KELVIN \u212a tests ΣΟΦΟΣ", "i stanbul kelvin k test sofos"),
    ("Numbers 3.5 and 1,000 and 2020. and 10-20", "numbers 35 and 1000 and 2020 and 10 20"),
    ("don't can't won't it's", "do not cannot will not it is"),
    ("The model reached 27.3 BLEU on newstest2014 after training for 3 days.",
     "After 3 days of training, the model reached BLEU 27.3 on newstest2014."),
    ("feed agreed plastered bled motoring sing conflated troubled sized hopping tanned falling hissing fizzed "
     "failing filing", "feeding agree plaster bleed motor singing conflate trouble size hop tan fall hiss fizz "
     "fail file"),
    ("caresses ponies ties caress cats flies dies spied died cries", "caress pony tie caresses cat fly die spy die cry"),
    ("geology theology archaeology philology analogies", "geologic theologian archaeologist philologist analogy"),
    ("enjoy enjoyment happy happiness spy spying try trying", "enjoying enjoyed happier happiest spies tried tries"),
    ("yyyy syzygy toy toys boy's", "y yy yyy syzygies toying"),
    ("a\nb\nc", "c\nb\na"),
]

LSUM = [
    ("The cat sat on the mat.\nIt was a sunny day.\nThe dog slept.",
     "It was sunny.\nThe cat sat on a mat.\nA dog was sleeping."),
    ("first line\nsecond line\nthird line", "first line second line third line"),
    ("one sentence only", "one\nsentence\nonly"),
    ("the the the\nthe the", "the\nthe the the the the"),
    ("A B C D\nE F G\n\n\nH I", "A C E G\nB D F H\nI"),
    ("line with spaces   \n   \n\t\nlast line", "   \nline with spaces\nlast line"),
    ("x y z\nx y z", "x y z"),
    ("Police killed the gunman.\nThe gunman was armed.", "The gunman was killed by police.\nHe was armed."),
    ("\n\n\n", "text\n"),
    ("text\r\nmore text\r\n", "text\nmore text"),
    ("Researchers trained a large model.\nIt reached state-of-the-art results.\nThe code is public.",
     "The code is public.\nA large model was trained by researchers.\nResults were state of the art."),
    ("running runners ran\nconnected connections", "runs runner\nconnecting connection connect"),
    ("a b a b a b\nb a b a", "a a a\nb b b\na b"),
]

# Words for the single-word stemmer vectors: the paper's examples, NLTK's
# irregular forms and extensions, tricky y words, short words, and a grid of
# roots x suffixes that reaches every rule of every step.
WORDS = """
caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping tanned
falling hissing fizzed failing filing happy sky relational conditional rational valenci hesitanci digitizer
conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism decisiveness
hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize electriciti electrical
hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible irritant replacement
adjustment dependent adoption homologou communism activate angulariti homologous effective bowdlerize probate
rate cease controll roll generalizations oscillators
sky skies dying lying tying news innings inning outings outing cannings canning howe proceed exceed succeed
dies flies spies ties lies died spied cried tied lied pies pied
geology theology archaeology philology analogy analogies logic biologi geologi
enjoy enjoyment spy fly try toy boy syzygy yyyy yy y ay ya yay
hopefulli carefulli beautifulli radically generically basically
a an the is be by my we go at as it to of on in
abc xyz aaaa bbbb eeee ooooo iiii uuuu
1990s 2020 mp3s a1b2 4ever covid19 v2ing
IN UPPER CASE Running JUMPED Happily
emptiness eeds eed seed needed bleed proceeded succeeding exceeded
agreement agreements disagreement
controlling rolling fulfilled filled install installation
traditional additional national rationale
dual duality reality realities probability probabilities
conditioning conditioned conditions sensational sensationalism
""".split()

ROOTS = ["connect", "relat", "generat", "organ", "nation", "happ", "run", "hop", "fil", "agre", "sens",
         "activ", "form", "electr", "hope", "good", "depend", "adopt", "commun", "effect", "probat",
         "control", "troubl", "siz", "conflat", "motor", "plaster", "predic", "oper", "feud", "decis",
         "call", "formal", "sensitiv", "digit", "analog", "geo", "theo", "cry", "spy", "fall", "hiss", "fizz"]
SUFFIXES = ["", "s", "es", "ed", "ing", "ion", "ions", "ional", "ation", "ational", "ize", "izer", "ization",
            "ness", "ful", "fulness", "ly", "li", "al", "ance", "ence", "er", "ic", "able", "ible", "ant",
            "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ity", "y", "ies", "ied", "eed", "ally",
            "alli", "bli", "logi", "ousli", "entli", "eli", "fulli", "icate", "ative", "alize", "iciti", "ical",
            "aliti", "iviti", "biliti", "alism", "iveness", "ousness", "enci", "anci", "ator", "ll", "e"]


def scores(scorer, reference, hypothesis):
    result = scorer.score(reference, hypothesis)
    return {t: dict(precision=float(result[t].precision), recall=float(result[t].recall),
                    fmeasure=float(result[t].fmeasure)) for t in TYPES}


def main():
    cases = []
    for stem in (False, True):
        scorer = rouge_scorer.RougeScorer(TYPES, use_stemmer=stem)
        for i, (reference, hypothesis) in enumerate(PAIRS + LSUM):
            kind = "pair" if i < len(PAIRS) else "lsum"
            cases.append(dict(name=f"{kind} {i} stem={stem}", reference=reference, hypothesis=hypothesis,
                              stem=stem, expected=scores(scorer, reference, hypothesis)))
    with open(GOLDEN / "rouge.json", "w", encoding="utf-8") as f:
        json.dump(dict(generator="scripts/golden/rouge.py", rouge_score="0.1.2", cases=cases), f,
                  ensure_ascii=False, indent=1)
        f.write("\n")

    stemmer = PorterStemmer()
    assert stemmer.mode == PorterStemmer.NLTK_EXTENSIONS
    words = list(dict.fromkeys(WORDS + [r + s for r in ROOTS for s in SUFFIXES]))
    stems = [[w, stemmer.stem(w)] for w in words]
    with open(GOLDEN / "porter.json", "w", encoding="utf-8") as f:
        json.dump(dict(generator="scripts/golden/rouge.py", nltk=nltk.__version__, stems=stems), f,
                  ensure_ascii=False, indent=0)
        f.write("\n")
    print(f"{len(cases)} ROUGE cases, {len(stems)} stems -> {GOLDEN}")


if __name__ == "__main__":
    main()
