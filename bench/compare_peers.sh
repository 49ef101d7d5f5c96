#!/usr/bin/env bash
# Updates per second of BatchLab (batchlab-fit --time) and of the PyTorch peer (one thread,
# float64) on tasks C and R at B = 1, 10, 32, 100, measured side by side in one run
# (../shared/peers/scripts/run_timing.py: epochs calibrated per program to ~TARGET seconds,
# REPS runs round-robin), then the ratio per cell.
#   [TARGET=2] [REPS=3] [TASKS=C,R] [BATCHES=1,10,32,100] bench/compare_peers.sh
# (~10 min with the defaults; keep the machine otherwise idle)
# Task D is the handwritten digits (64-32-10 tanh, softmax, Adam, 100 practice pictures): BatchLab
# (batchlab-fit --task D --optimizer adam) against bench/digits_torch_peer.py, which trains the
# same network from the data and initial weights batchlab-fit writes, at B = DIGITS_BATCHES:
#   TASKS=D [DIGITS_BATCHES=1,32] bench/compare_peers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
peers="${PEERS_DIR:-$(cd .. && pwd)/shared/peers}"
target="${TARGET:-2}"
reps="${REPS:-3}"
tasks="${TASKS:-C,R}"
batches="${BATCHES:-1,10,32,100}"
digits_batches="${DIGITS_BATCHES:-1,32}"
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
# The peers' tasks (C, R) and the digits (D) apart: D has a peer of its own.
peer_tasks=$(tr ',' '\n' <<<"$tasks" | { grep -v '^D$' || true; } | paste -sd, -)
if [ -n "$peer_tasks" ]; then
  extra=(--extra "batchlab=$fit --task {task} --batch {batch} --epochs {epochs} --time")
  [ -n "${BASELINE:-}" ] &&
    extra+=(--extra "main=$BASELINE --task {task} --batch {batch} --epochs {epochs} --time")
  /usr/bin/python3 "$peers/scripts/run_timing.py" --out "$out" --peers torch-1t \
    --tasks "$peer_tasks" --batches "$batches" --target "$target" --reps "$reps" "${extra[@]}"
fi
if grep -qx D <<<"$(tr ',' '\n' <<<"$tasks")"; then
  data="$(dirname "$out")/digits-task"
  "$fit" --task D --batch 32 --epochs 1 --optimizer adam --out "$data" >/dev/null
  # The digits peer stands in the torch-1t column (one thread, float64).
  /usr/bin/python3 "$peers/scripts/run_timing.py" --out "$out" --peers torch-1t \
    --tasks D --batches "$digits_batches" --target "$target" --reps "$reps" \
    --extra "torch-1t=/usr/bin/python3 $PWD/bench/digits_torch_peer.py --data $data --threads 1 --task {task} --batch {batch} --epochs {epochs} --time" \
    --extra "batchlab=$fit --task {task} --batch {batch} --epochs {epochs} --optimizer adam --time"
fi
/usr/bin/python3 bench/ratio_table.py "$out"
