#!/usr/bin/python3
"""PyTorch float64 reference trajectories of a small three-class task (task K), for
tests/tst_multiclass_reference.cpp.  Run with Debian's python3-torch:

  /usr/bin/python3 scripts/make_multiclass_reference.py tests/data/reference

Task K follows the conventions of the two-task definition the binary references use
(docs/ARCHITECTURE.md, "Proof"): the same LCG, uniform(), gauss() and q() quantisation, so that
every number below is exactly representable and the data and initial weights are fixed bit for
bit.  It writes

  K_data_train.csv, K_data_val.csv   x1,x2,x3,y   (60 and 30 rows, y = class 0, 1 or 2)
  K_init.csv                         param,i,j,value  (W [n_in][n_out], b with i = 0)
  K_<opt>_B<b>_E<e>/updates.csv, epochs.csv, final_params.csv

for the optimizers sgd (lr 0.05), momentum (lr 0.01, momentum 0.9) and adam (lr 0.001,
beta 0.9/0.999, eps 1e-7) at batch sizes 1, 7, 32 and N = 60, no shuffling, E epochs.

Model: 3 - 16 - 16 - 3, tanh, the output layer's 3 units are logits; the loss is
nn.CrossEntropyLoss on the logits (softmax + sparse categorical cross-entropy, the batch mean),
the accuracy the arg-max match.  The optimizers' steps follow Keras 3's formulas exactly, written
out here on the float64 tensors (torch.optim.SGD's momentum keeps buf = mu buf + g, which is the
same in exact arithmetic but rounds differently):

  sgd       w -= lr g
  momentum  m = mu m - lr g;  w += m
  adam      a = lr sqrt(1 - b2^t) / (1 - b1^t);  m += (g - m)(1 - b1);  v += (g g - v)(1 - b2);
            w -= a m / (sqrt(v) + eps)

The logged loss of an update is the batch loss before that update's step; epochs.csv row 0 holds
the initial weights' losses, later rows the end-of-epoch losses over all training and validation
rows, the accuracy over them, and the batch losses' plain and size-weighted means.
"""
import math
import os
import sys

import torch
from torch import nn

torch.set_num_threads(1)
DT = torch.float64

N_TRAIN, N_VAL, INPUTS, CLASSES = 60, 30, 3, 3
SIZES = [INPUTS, 16, 16, CLASSES]
SEEDS = {"train": 4001, "val": 4002, "init": 4003}
EPOCHS = 20
BATCHES = [1, 7, 32, N_TRAIN]
OPTIMIZERS = {
    "sgd": dict(lr=0.05),
    "momentum": dict(lr=0.01, momentum=0.9),
    "adam": dict(lr=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7),
}


class Lcg:
    def __init__(self, seed):
        self.x = seed

    def next(self):
        self.x = (1103515245 * self.x + 12345) % 2**31
        return self.x

    def uniform(self):
        return (self.next() >> 11) * 2.0**-20

    def gauss(self):
        s = 0.0
        for _ in range(12):
            s += self.uniform()
        return s - 6.0


def q(v):
    return math.floor(v * 2**20 + 0.5) / 2**20


def make_data(seed, n):
    """Three blobs on a circle (class i mod 3) in x1, x2 and a noise input x3."""
    rng = Lcg(seed)
    rows = []
    for i in range(n):
        c = i % CLASSES
        angle = 2.0 * math.pi * c / CLASSES
        g1, g2, g3 = rng.gauss(), rng.gauss(), rng.gauss()
        rows.append([q(math.cos(angle) + 0.45 * g1), q(math.sin(angle) + 0.45 * g2),
                     q(0.5 * g3), float(c)])
    return rows


def make_init(seed):
    rng = Lcg(seed)
    layers = []
    for l in range(len(SIZES) - 1):
        n_in, n_out = SIZES[l], SIZES[l + 1]
        a = math.sqrt(6.0 / (n_in + n_out))
        W = [[q(a * (2.0 * rng.uniform() - 1.0)) for _ in range(n_out)] for _ in range(n_in)]
        layers.append((W, [0.0] * n_out))
    return layers


def g17(v):
    return "%.17g" % v


def write(path, header, rows):
    with open(path, "w") as f:
        f.write(header + "\n")
        for r in rows:
            f.write(",".join(r) + "\n")


def params_rows(params):
    rows = []
    for l in range(len(params) // 2):
        W, b = params[2 * l], params[2 * l + 1]
        for i in range(W.shape[0]):
            for j in range(W.shape[1]):
                rows.append(["W%d" % (l + 1), str(i), str(j), g17(W[i, j].item())])
        for j in range(b.shape[0]):
            rows.append(["b%d" % (l + 1), "0", str(j), g17(b[j].item())])
    return rows


def forward(params, x):
    h = x
    layers = len(params) // 2
    for l in range(layers):
        h = h @ params[2 * l] + params[2 * l + 1]
        if l < layers - 1:
            h = torch.tanh(h)
    return h  # logits


def main(out):
    train = torch.tensor(make_data(SEEDS["train"], N_TRAIN), dtype=DT)
    val = torch.tensor(make_data(SEEDS["val"], N_VAL), dtype=DT)
    xt, yt = train[:, :INPUTS], train[:, INPUTS].long()
    xv, yv = val[:, :INPUTS], val[:, INPUTS].long()
    init = make_init(SEEDS["init"])
    os.makedirs(out, exist_ok=True)
    head = "x1,x2,x3,y"
    for name, data in (("train", train), ("val", val)):
        write(os.path.join(out, "K_data_%s.csv" % name), head,
              [[g17(v) for v in row] for row in data.tolist()])
    init_params = []
    for W, b in init:
        init_params += [torch.tensor(W, dtype=DT), torch.tensor(b, dtype=DT)]
    write(os.path.join(out, "K_init.csv"), "param,i,j,value", params_rows(init_params))

    loss_fn = nn.CrossEntropyLoss()  # softmax + negative log-likelihood, mean over the batch

    def measure(params, x, y):
        with torch.no_grad():
            z = forward(params, x)
            return loss_fn(z, y).item(), (z.argmax(dim=1) == y).double().mean().item()

    for opt, cfg in OPTIMIZERS.items():
        for B in BATCHES:
            params = [p.clone().requires_grad_(True) for p in init_params]
            m = [torch.zeros_like(p) for p in params]
            v = [torch.zeros_like(p) for p in params]
            t = 0
            updates, epochs = [], []
            tl, ta = measure(params, xt, yt)
            vl, va = measure(params, xv, yv)
            epochs.append([str(0), g17(tl), g17(vl), g17(ta), g17(va), "", ""])
            u = 0
            for e in range(1, EPOCHS + 1):
                losses, sizes = [], []
                for k in range(math.ceil(N_TRAIN / B)):
                    lo, hi = k * B, min((k + 1) * B, N_TRAIN)
                    loss = loss_fn(forward(params, xt[lo:hi]), yt[lo:hi])
                    for p in params:
                        p.grad = None
                    loss.backward()
                    t += 1
                    with torch.no_grad():
                        for i, p in enumerate(params):
                            g = p.grad
                            if opt == "sgd":
                                p -= cfg["lr"] * g
                            elif opt == "momentum":
                                m[i] = cfg["momentum"] * m[i] - cfg["lr"] * g
                                p += m[i]
                            else:
                                b1, b2 = cfg["beta_1"], cfg["beta_2"]
                                a = cfg["lr"] * math.sqrt(1.0 - b2**t) / (1.0 - b1**t)
                                m[i] += (g - m[i]) * (1.0 - b1)
                                v[i] += (g * g - v[i]) * (1.0 - b2)
                                p -= (m[i] * a) / (v[i].sqrt() + cfg["epsilon"])
                    u += 1
                    updates.append([str(u), str(e), str(k), str(hi - lo), g17(loss.item())])
                    losses.append(loss.item())
                    sizes.append(hi - lo)
                tl, ta = measure(params, xt, yt)
                vl, va = measure(params, xv, yv)
                mean = sum(losses) / len(losses)
                wmean = sum(s * l for s, l in zip(sizes, losses)) / N_TRAIN
                epochs.append([str(e), g17(tl), g17(vl), g17(ta), g17(va), g17(mean), g17(wmean)])
            d = os.path.join(out, "K_%s_B%d_E%d" % (opt, B, EPOCHS))
            os.makedirs(d, exist_ok=True)
            write(os.path.join(d, "updates.csv"), "update,epoch,batch,size,loss", updates)
            write(os.path.join(d, "epochs.csv"),
                  "epoch,train_loss,val_loss,train_accuracy,val_accuracy,batch_loss_mean,"
                  "batch_loss_wmean", epochs)
            write(os.path.join(d, "final_params.csv"), "param,i,j,value",
                  params_rows([p.detach() for p in params]))
            print("%s B=%d: final train loss %.6f, accuracy %.3f" % (opt, B, tl, ta))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/data/reference")
