#!/usr/bin/env bash
# make bench: generate synthetic input at three sizes (cached in .bench/), run the full report
# on each RUNS times, and print median wall time, peak memory, rows per second and time per stage.
# Single runs are noisy on a shared 2-core machine: quote the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/deltagande
RUNS=${RUNS:-5}
SCALES=${SCALES:-"small medium large"}
mkdir -p .bench

params() {
    case "$1" in
        small) echo "2000 40" ;;
        medium) echo "100000 400" ;;
        large) echo "400000 2000" ;;
        *) echo "unknown scale $1" >&2; exit 2 ;;
    esac
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printed_header=no
for scale in $SCALES; do
    read -r persons sessions < <(params "$scale")
    input=.bench/$scale
    if [ ! -f "$input/sessions.csv" ]; then
        "$BIN" sample --persons "$persons" --sessions "$sessions" --seed 1 --output "$input" 2>/dev/null
    fi
    files=$(find "$input" -type f | wc -l)
    megabytes=$(du -sm "$input" | cut -f1)
    : >".bench/$scale.runs"
    for _ in $(seq "$RUNS"); do
        if ! /usr/bin/time -f "TIME %e %M" "$BIN" report --input "$input" --output ".bench/out-$scale" --timings \
            2>".bench/$scale.err" >/dev/null; then
            echo "$scale: the report failed:" >&2
            grep -v '^TIME' ".bench/$scale.err" >&2
            exit 1
        fi
        wall=$(awk '/^TIME/ { print $2 }' ".bench/$scale.err")
        peak=$(awk '/^TIME/ { printf "%.0f", $3 / 1024 }' ".bench/$scale.err")
        rows=$(sed -n 's/.*(\([0-9]*\) rows read.*/\1/p' ".bench/$scale.err")
        stages=$(awk '/^timing/ { printf "%s ", $3 }' ".bench/$scale.err")
        echo "$wall $peak $rows $stages" >>".bench/$scale.runs"
    done
    wall=$(cut -d' ' -f1 ".bench/$scale.runs" | median)
    peak=$(cut -d' ' -f2 ".bench/$scale.runs" | median)
    rows=$(head -1 ".bench/$scale.runs" | cut -d' ' -f3)
    stage() { cut -d' ' -f"$1" ".bench/$scale.runs" | median; }
    rate=$(awk -v r="$rows" -v w="$wall" 'BEGIN { printf "%.0f", (w > 0 ? r / w : 0) }')
    names=$(awk '/^timing/ { printf "%s ", $2 }' ".bench/$scale.err")
    if [ "$printed_header" = no ]; then
        printf '%-7s %6s %6s %10s %8s %8s %9s' scale files MB rows "wall s" "peak MiB" "rows/s"
        for name in $names; do printf ' %8s' "$name"; done
        printf '\n'
        printed_header=yes
    fi
    printf '%-7s %6s %6s %10s %8s %8s %9s' "$scale" "$files" "$megabytes" "$rows" "$wall" "$peak" "$rate"
    column=4
    for _ in $names; do printf ' %8s' "$(stage $column)"; column=$((column + 1)); done
    printf '\n'
done
