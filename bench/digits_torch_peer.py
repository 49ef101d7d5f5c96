#!/usr/bin/python3
"""PyTorch peer (Debian python3-torch, CPU, float64) of batchlab-fit's task D: the handwritten
digits as docs/PERFORMANCE.md times them. A yardstick for bench/compare_peers.sh, never part of
the program or its tests.

  build/release/app/batchlab-fit --task D --batch 32 --epochs 1 --optimizer adam --out DIR
  /usr/bin/python3 bench/digits_torch_peer.py --data DIR --task D --batch 32 --epochs 100 --time --threads 1
  /usr/bin/python3 bench/digits_torch_peer.py --data DIR --task D --batch 32 --epochs 100 --out OUT

The same training as batchlab-fit --task D --optimizer adam: the 100 practice pictures and 500
new ones batchlab-fit wrote (DIR/train.csv, DIR/val.csv), its initial weights
(DIR/initial_params.csv), 64-32-10 with tanh, a linear output into nn.CrossEntropyLoss (softmax
and the mean cross-entropy over the batch), torch.optim.Adam(lr=0.001, betas=(0.9, 0.999),
eps=1e-7), batches cut in order without shuffling, the partial last one kept (B = 32: 32, 32,
32, 4), loss.item() every update. (BatchLab's Adam is Keras's, whose epsilon is added after the
bias correction; torch adds it before: the trajectories differ by far less than the losses'
digits shown, the work per update is the same.)

Timing mode (--time): one JSON line with updates, seconds and updates_per_s of the training loop
alone, as run_timing.py of ../shared/peers expects. --out DIR: epochs.csv (train and validation
loss per epoch) and final_params.csv in batchlab-fit's format.
"""
import argparse
import csv
import json
import os
import time

import torch
from torch import nn


def read_rows(path):
    with open(path) as f:
        rows = list(csv.reader(f))
    x = [[float(v) for v in r[:-1]] for r in rows[1:]]
    y = [int(round(float(r[-1]))) for r in rows[1:]]
    return torch.tensor(x, dtype=torch.float64), torch.tensor(y, dtype=torch.long)


def read_params(path):
    """param,i,j,value rows (W as [n_in][n_out]) -> {name: {(i, j): value}}."""
    params = {}
    with open(path) as f:
        for r in list(csv.reader(f))[1:]:
            params.setdefault(r[0], {})[(int(r[1]), int(r[2]))] = float(r[3])
    return params


def build(params):
    model = nn.Sequential(nn.Linear(64, 32), nn.Tanh(), nn.Linear(32, 10)).to(torch.float64)
    linears = [m for m in model if isinstance(m, nn.Linear)]
    with torch.no_grad():
        for l, lin in enumerate(linears, start=1):
            W, b = params[f"W{l}"], params[f"b{l}"]
            for (i, j), v in W.items():
                lin.weight[j, i] = v  # nn.Linear keeps W transposed
            for (_, j), v in b.items():
                lin.bias[j] = v
    return model, linears


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, metavar="DIR",
                    help="batchlab-fit --task D --out DIR: train.csv, val.csv, initial_params.csv")
    ap.add_argument("--task", choices=("D",), default="D")
    ap.add_argument("--batch", type=int, required=True)
    ap.add_argument("--epochs", type=int, required=True)
    ap.add_argument("--threads", type=int, default=None, help="torch.set_num_threads(N)")
    ap.add_argument("--time", action="store_true")
    ap.add_argument("--out", metavar="DIR")
    a = ap.parse_args()
    if a.batch < 1 or a.epochs < 1:
        ap.error("--batch and --epochs must be >= 1")
    if not a.time and not a.out:
        ap.error("give --out DIR or --time")
    torch.set_default_dtype(torch.float64)
    if a.threads is not None:
        torch.set_num_threads(a.threads)
    xt, yt = read_rows(os.path.join(a.data, "train.csv"))
    xv, yv = read_rows(os.path.join(a.data, "val.csv"))
    model, linears = build(read_params(os.path.join(a.data, "initial_params.csv")))
    loss_fn = nn.CrossEntropyLoss()
    opt = torch.optim.Adam(model.parameters(), lr=0.001, betas=(0.9, 0.999), eps=1e-7)
    n = xt.shape[0]
    cuts = [(s, min(s + a.batch, n)) for s in range(0, n, a.batch)]
    xb = [xt[s:e] for s, e in cuts]
    yb = [yt[s:e] for s, e in cuts]

    def full_loss(X, Y):
        with torch.no_grad():
            return loss_fn(model(X), Y).item()

    losses = []
    epochs = [] if a.time else [(0, full_loss(xt, yt), full_loss(xv, yv))]
    t0 = time.perf_counter()
    for e in range(1, a.epochs + 1):
        for X, Y in zip(xb, yb):
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(X), Y)
            loss.backward()
            opt.step()
            losses.append(loss.item())
        if not a.time:
            epochs.append((e, full_loss(xt, yt), full_loss(xv, yv)))
    dt = time.perf_counter() - t0
    if a.time:
        print(json.dumps(dict(impl="torch-digits", task="D", batch=a.batch, epochs=a.epochs,
                              updates=len(losses), seconds=dt, updates_per_s=len(losses) / dt,
                              threads=torch.get_num_threads(), torch=torch.__version__,
                              final_loss=losses[-1])))
        return
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "epochs.csv"), "w") as f:
        f.write("epoch,train_loss,val_loss\n")
        for e, tr, va in epochs:
            f.write(f"{e},{tr:.17g},{va:.17g}\n")
    with open(os.path.join(a.out, "final_params.csv"), "w") as f:
        f.write("param,i,j,value\n")
        for l, lin in enumerate(linears, start=1):
            W = lin.weight.detach().t()
            for i in range(W.shape[0]):
                for j in range(W.shape[1]):
                    f.write(f"W{l},{i},{j},{W[i, j].item():.17g}\n")
            for j, v in enumerate(lin.bias.detach().tolist()):
                f.write(f"b{l},0,{j},{v:.17g}\n")
    print(f"torch digits B={a.batch} E={a.epochs}: {len(losses)} updates in {dt:.3f} s, "
          f"final train/val {epochs[-1][1]:.6g}/{epochs[-1][2]:.6g}")


if __name__ == "__main__":
    main()
