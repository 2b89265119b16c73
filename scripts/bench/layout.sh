#!/usr/bin/env bash
# Benchmark: Markdown parsing + terminal layout of the 20 upstream fixture lessons at
# width 100 with `dli-tutor bench layout` (release build), against rich (`python -m
# rich.markdown`'s library) on the same files in the same run, and the ratio.
#
#   scripts/bench/layout.sh [FILES…]      (default: ../shared/fixtures/xdev lessons)
#
# Targets: under 50 ms per pass for all 20 lessons, at least 20x faster than rich.
# rich does not render raw HTML blocks (the upstream lessons are mostly HTML), so the
# script also converts the lessons to Markdown (markdownify) and times both on those.
set -euo pipefail
cd "$(dirname "$0")/../.."

WIDTH=${WIDTH:-100}
FIXTURES=${DLI_TUTOR_XDEV_FIXTURES:-../shared/fixtures/xdev}
if [[ $# -gt 0 ]]; then
    files=("$@")
else
    mapfile -t files < <(find "$FIXTURES/content" -path '*/lessons/*.md' | sort)
fi
if [[ ${#files[@]} -eq 0 ]]; then
    echo "layout.sh: no lesson files (pass FILES or set DLI_TUTOR_XDEV_FIXTURES)" >&2
    exit 2
fi

python3 -c 'import rich, markdownify' 2>/dev/null || python3 -m pip install --quiet rich markdownify
BIN=$(scripts/build-release 2>/dev/null)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
ratio() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'{a / b:.1f}x' if b > 0 else 'n/a')" "$1" "$2"; }

run() {  # label, files...
    local label=$1
    shift
    echo "== $label (${#@} files, width $WIDTH)"
    local ours theirs
    ours=$("$BIN" bench layout --width "$WIDTH" --iterations 20 "$@")
    echo "$ours" | grep -v '_ms_'
    theirs=$(python3 scripts/bench/rich_layout.py --width "$WIDTH" --iterations 5 "$@")
    echo "$theirs" | grep -v '_ms_'
    local ob om rb rm
    ob=$(echo "$ours" | field total_ms_best)
    om=$(echo "$ours" | field total_ms_median)
    rb=$(echo "$theirs" | field rich_ms_best)
    rm=$(echo "$theirs" | field rich_ms_median)
    echo "dli-tutor: best $ob ms, median $om ms | rich: best $rb ms, median $rm ms"
    echo "speed-up: $(ratio "$rb" "$ob") (best), $(ratio "$rm" "$om") (median)"
    echo
}

run "upstream lessons as they are (rich leaves their HTML blocks blank)" "${files[@]}"

python3 scripts/bench/rich_layout.py --to-markdown "$tmp/md" "${files[@]}"
mapfile -t converted < <(find "$tmp/md" -name '*.md' | sort)
run "the same lessons converted to Markdown (both render everything)" "${converted[@]}"

echo "== one process per file, as a user runs them: dli-tutor read FILE vs python -m rich.markdown FILE"
elapsed() { python3 -c "import sys; print(f'{(float(sys.argv[2]) - float(sys.argv[1])) * 1000:.0f}')" "$1" "$2"; }
start=$(date +%s.%N)
for f in "${files[@]}"; do "$BIN" read "$f" --width "$WIDTH" --plain >/dev/null; done
ours_ms=$(elapsed "$start" "$(date +%s.%N)")
start=$(date +%s.%N)
for f in "${files[@]}"; do python3 -m rich.markdown -c -w "$WIDTH" "$f" >/dev/null; done
rich_ms=$(elapsed "$start" "$(date +%s.%N)")
echo "dli-tutor: $ours_ms ms | rich: $rich_ms ms for ${#files[@]} files"
echo "speed-up: $(ratio "$rich_ms" "$ours_ms")"
