#!/usr/bin/env bash
# Side-by-side build benchmark: studysite and Hugo on the same generated texts, interleaved.
#
#   benches/compare.sh [--rounds R] [N ...]     default: --rounds 3 1000 10000
#   benches/compare.sh --smoke                  200 texts, one round, no Hugo needed (CI)
#
# For each N it generates a deterministic corpus with benches/gen_corpus.py (plain texts in four
# archive layouts for studysite, the same texts as Markdown for Hugo), then runs the two builds
# alternately R times (the machine is noisy: interleaving spreads the noise over both) and
# prints, for each tool, the median wall time, CPU time (user + system) and peak memory (max
# RSS), with the ratios studysite / Hugo. Both build into an empty folder (the previous output
# is removed before each run, outside the measurement, as Hugo's always was); replacing an
# existing site costs studysite the removal of the old one on top. Hugo is optional
# (`apt-get install hugo`); without it only studysite is measured. The binary is taken from
# $CARGO_TARGET_DIR (default target/). Corpora are kept in target/bench-corpus/ between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=3
sizes=()
smoke=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --smoke) smoke=1; rounds=1; sizes=(200); shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-$(pwd)/target}/release/studysite"
hugo=""
if [ -z "$smoke" ] && command -v hugo >/dev/null 2>&1; then hugo="$(command -v hugo)"; fi
work="$(pwd)/target/bench-corpus"
mkdir -p "$work"

# Runs a command under /usr/bin/time; prints "wall cpu maxrss_kib".
measure() {
  local log
  log="$(mktemp)"
  /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" >/dev/null 2>&1 || { cat "$log" >&2; rm -f "$log"; return 1; }
  awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 }' "$log"
  rm -f "$log"
}

# The median of the numbers on stdin (the mean of the two middle ones for an even count).
median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.10g\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

printf '%-8s %-10s %9s %9s %10s\n' texts tool wall_s cpu_s peak_MiB
for n in "${sizes[@]}"; do
  corpus="$work/$n"
  if [ ! -f "$corpus/.complete" ]; then
    rm -rf "$corpus"
    python3 benches/gen_corpus.py "$n" "$corpus/gen" --seed 1938 >/dev/null
    mkdir -p "$corpus/study"
    mv "$corpus/gen/plain" "$corpus/study/seeds"
    touch "$corpus/.complete"
  fi
  : >"$corpus/studysite.runs"
  : >"$corpus/hugo.runs"
  for _ in $(seq "$rounds"); do
    rm -rf "$corpus/study-site"
    measure "$bin" build -q --root "$corpus/study" --out "$corpus/study-site" >>"$corpus/studysite.runs"
    if [ -n "$hugo" ]; then
      rm -rf "$corpus/hugo-site"
      measure "$hugo" --quiet --source "$corpus/gen/hugo" --destination "$corpus/hugo-site" >>"$corpus/hugo.runs"
    fi
  done
  for tool in studysite hugo; do
    runs="$corpus/$tool.runs"
    [ -s "$runs" ] || continue
    wall=$(cut -d' ' -f1 "$runs" | median)
    cpu=$(cut -d' ' -f2 "$runs" | median)
    mem=$(cut -d' ' -f3 "$runs" | median | awk '{ printf "%d", $1 }')
    printf '%-8s %-10s %9s %9s %10d\n' "$n" "$tool" "$wall" "$cpu" $((mem / 1024))
    eval "${tool}_wall=$wall ${tool}_cpu=$cpu ${tool}_mem=$mem"
  done
  if [ -s "$corpus/hugo.runs" ]; then
    # shellcheck disable=SC2154 # set by the eval above
    awk -v n="$n" -v sw="$studysite_wall" -v hw="$hugo_wall" -v sc="$studysite_cpu" -v hc="$hugo_cpu" \
      -v sm="$studysite_mem" -v hm="$hugo_mem" \
      'BEGIN { printf "%-8s %-10s %8.2fx %8.2fx %9.2fx\n", n, "ratio", sw / hw, sc / hc, sm / hm }'
  fi
  pages=$(find "$corpus/study-site" -name '*.html' | wc -l)
  largest=$(find "$corpus/study-site" -type f -printf '%s %P\n' | sort -n | tail -1)
  echo "$n texts: $pages pages; largest file (bytes, path): $largest"
done
