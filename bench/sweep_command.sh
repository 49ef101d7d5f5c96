#!/usr/bin/env bash
# Wall time of the default sweep as a user types it, start-up, meters, CSVs and PNGs included:
#   batchlab --headless --sweep batch-size=1,2,4,8,16,30 --seeds 5 --jobs J --out DIR
# with --jobs 1 and --jobs 2 run alternately (so that both see the same load), REPS times each;
# prints every run, the load average before and after, the medians and the ratio.
#   [REPS=5] [BIN=build/release/app/batchlab-headless] bench/sweep_command.sh
# (BIN may also be build/release/app/batchlab, which is then given --headless; the two run the
# same code, app/headless.cpp.)
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${REPS:-5}"
bin="${BIN:-build/release/app/batchlab-headless}"
if [ ! -x "$bin" ]; then
  echo "sweep_command: $bin is missing; build it first:" >&2
  echo "  cmake --preset release && cmake --build --preset release --target batchlab-headless" >&2
  exit 2
fi
args=()
[ "$(basename "$bin")" = batchlab ] && args+=(--headless)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

run() { # jobs -> wall seconds on stdout
  local start end
  rm -rf "$out/run"
  start=$(date +%s.%N)
  "$bin" "${args[@]}" --sweep batch-size=1,2,4,8,16,30 --seeds 5 --jobs "$1" --out "$out/run" \
    >/dev/null 2>"$out/stderr" || { cat "$out/stderr" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$end" -v b="$start" 'BEGIN { printf "%.3f\n", a - b }'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
run 2 >/dev/null # warm-up (page cache, fonts)
one=() two=()
for r in $(seq 1 "$reps"); do
  a=$(run 1); b=$(run 2)
  one+=("$a"); two+=("$b")
  printf 'repetition %d: --jobs 1 %.3f s, --jobs 2 %.3f s, ratio %.2f\n' "$r" "$a" "$b" \
    "$(awk -v a="$a" -v b="$b" 'BEGIN { print a / b }')"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END{print (NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2}'; }
m1=$(median "${one[@]}"); m2=$(median "${two[@]}")
printf 'median: --jobs 1 %.3f s, --jobs 2 %.3f s, ratio %.2f (targets: --jobs 2 < 1.5 s, ratio >= 1.8)\n' \
  "$m1" "$m2" "$(awk -v a="$m1" -v b="$m2" 'BEGIN { print a / b }')"
