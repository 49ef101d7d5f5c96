#!/usr/bin/env bash
# Updates per second of BatchLab (batchlab-fit --time) and of the PyTorch peer (one thread,
# float64) on tasks C and R at B = 1, 10, 32, 100, measured side by side in one run
# (../shared/peers/scripts/run_timing.py: epochs calibrated per program to ~TARGET seconds,
# REPS runs round-robin), then the ratio per cell.
#   [TARGET=2] [REPS=3] [TASKS=C,R] [BATCHES=1,10,32,100] bench/compare_peers.sh
# (~10 min with the defaults; keep the machine otherwise idle)
set -euo pipefail
cd "$(dirname "$0")/.."
peers="${PEERS_DIR:-$(cd .. && pwd)/shared/peers}"
target="${TARGET:-2}"
reps="${REPS:-3}"
tasks="${TASKS:-C,R}"
batches="${BATCHES:-1,10,32,100}"
out="${OUT:-out/bench/timing.jsonl}"

bash scripts/setup
if ! /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  echo "compare_peers: installing Debian's python3-torch for the peer" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get install -y -qq python3-torch python3-numpy >/dev/null
fi
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target batchlab-fit bench_training
fit="$PWD/build/release/app/batchlab-fit"

mkdir -p "$(dirname "$out")"
rm -f "$out"
extra=(--extra "batchlab=$fit --task {task} --batch {batch} --epochs {epochs} --time")
[ -n "${BASELINE:-}" ] &&
  extra+=(--extra "main=$BASELINE --task {task} --batch {batch} --epochs {epochs} --time")
/usr/bin/python3 "$peers/scripts/run_timing.py" --out "$out" --peers torch-1t \
  --tasks "$tasks" --batches "$batches" --target "$target" --reps "$reps" "${extra[@]}"
/usr/bin/python3 bench/ratio_table.py "$out"
