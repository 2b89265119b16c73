#!/usr/bin/env bash
# Corpus BLEU speed: dli-tutor against sacrebleu 2.6.0 on the same generated files,
# in the same run. Checks that the scores are identical and prints the ratio.
#
#   scripts/bench/bleu.sh            # 100,000 pairs, best of 3 runs each
#   PAIRS=20000 RUNS=1 scripts/bench/bleu.sh
#
# Needs python3 with sacrebleu==2.6.0 (python3 -m pip install -r scripts/golden/requirements.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."

PAIRS=${PAIRS:-100000}
SEED=${SEED:-2024}
RUNS=${RUNS:-3}
DIR=${BENCH_DIR:-.build/bench-bleu}

python3 - <<'EOF'
import sacrebleu
assert sacrebleu.__version__ == "2.6.0", f"sacrebleu {sacrebleu.__version__}, expected 2.6.0"
EOF

echo "generating $PAIRS sentence pairs (seed $SEED) in $DIR"
python3 scripts/bench/generate_bleu_corpus.py --pairs "$PAIRS" --seed "$SEED" --out "$DIR"
ls -l "$DIR"/hyp.txt "$DIR"/ref.txt | awk '{printf "  %s  %.1f MB\n", $NF, $5 / 1e6}'

echo "building release"
if ! BIN=$(scripts/build-release 2>"$DIR/build.log"); then
    cat "$DIR/build.log"
    exit 1
fi

# Best wall-clock time of $RUNS runs of a command; that run's stdout goes to $1.
best_of() {
    local out=$1; shift
    python3 - "$RUNS" "$out" "$@" <<'EOF'
import subprocess, sys, time
runs, out, command = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
best, best_output = float("inf"), b""
for _ in range(runs):
    start = time.perf_counter()
    result = subprocess.run(command, check=True, stdout=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if elapsed < best:
        best, best_output = elapsed, result.stdout
open(out, "wb").write(best_output)
print(f"{best:.3f}")
EOF
}

OURS_JSON="$DIR/dli-tutor.json"
SACRE_JSON="$DIR/sacrebleu.json"
SACRE_PY="$DIR/sacrebleu_corpus.py"
cat > "$SACRE_PY" <<'EOF'
# Reads the files as sacrebleu's command line does and times corpus_bleu.
import json, sys, time
import sacrebleu
from sacrebleu.utils import smart_open
hyps = [line.rstrip() for line in smart_open(sys.argv[1])]
refs = [line.rstrip() for line in smart_open(sys.argv[2])]
start = time.perf_counter()
bleu = sacrebleu.corpus_bleu(hyps, [refs])
seconds = time.perf_counter() - start
print(json.dumps({"score": bleu.score, "counts": bleu.counts, "totals": bleu.totals,
                  "sys_len": bleu.sys_len, "ref_len": bleu.ref_len, "call_seconds": seconds}))
EOF

echo "timing dli-tutor calc bleu (best of $RUNS)"
OURS=$(best_of "$OURS_JSON" "$BIN" calc bleu --hyp-file "$DIR/hyp.txt" --ref-file "$DIR/ref.txt" --json)
echo "timing sacrebleu corpus_bleu (best of $RUNS)"
SACRE=$(best_of "$SACRE_JSON" python3 "$SACRE_PY" "$DIR/hyp.txt" "$DIR/ref.txt")

python3 - "$OURS_JSON" "$SACRE_JSON" "$OURS" "$SACRE" "$(nproc)" <<'EOF'
import json, sys
ours, sacre = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
ours_s, sacre_s, cores = float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
print(f"dli-tutor  BLEU {ours['score']!r}  {ours_s:.3f} s (whole process, {cores} cores)")
print(f"sacrebleu  BLEU {sacre['score']!r}  {sacre_s:.3f} s (whole process; corpus_bleu call {sacre['call_seconds']:.3f} s)")
same = all(ours[k] == sacre[k] for k in ("score", "counts", "totals", "sys_len", "ref_len"))
print(f"scores     {'identical' if same else 'DIFFERENT'} (score, counts, totals, sys_len, ref_len)")
print(f"ratio      {sacre_s / ours_s:.1f}x faster (process vs process); "
      f"{sacre['call_seconds'] / ours_s:.1f}x against the corpus_bleu call alone")
sys.exit(0 if same else 1)
EOF
