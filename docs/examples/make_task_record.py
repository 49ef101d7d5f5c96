#!/usr/bin/env python3
"""A run record written by hand, as a teacher's script would: task C of
../shared/peers/task.md (two moons, 2-32-32-1 tanh, binary cross-entropy) with its data rows
and initial weights given explicitly, plain SGD with learning rate 0.05, no shuffling.

    python3 docs/examples/make_task_record.py tests/data/reference 32 > task_C_sgd_B32.json
    batchlab --headless --replay task_C_sgd_B32.json --out out/C_B32 --write csv

out/C_B32/updates.csv then reproduces the PyTorch trajectory in
tests/data/reference/C_B32_E50/updates.csv. Only the standard library is used; Python writes
floats with repr(), which reads back bit for bit."""
import csv
import json
import sys


def rows(path):
    with open(path, newline="") as f:
        table = list(csv.DictReader(f))
    inputs = [c for c in table[0] if c.startswith("x")]
    return {"x": [[float(r[c]) for c in inputs] for r in table],
            "y": [float(r["y"]) for r in table]}


def weights(path, widths):
    layers = [{"kernel": [[0.0] * n_out for _ in range(n_in)], "bias": [0.0] * n_out}
              for n_in, n_out in zip(widths, widths[1:])]
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            layer = layers[int(r["param"][1:]) - 1]
            i, j, v = int(r["i"]), int(r["j"]), float(r["value"])
            if r["param"].startswith("W"):
                layer["kernel"][i][j] = v   # [n_in][n_out], as Keras's get_weights()
            else:
                layer["bias"][j] = v
    return layers


def main():
    ref = sys.argv[1] if len(sys.argv) > 1 else "tests/data/reference"
    batch = int(sys.argv[2]) if len(sys.argv) > 2 else 32
    record = {
        "format": "batchlab-run-record",
        "format_version": 1,
        "data": {"source": "rows", "task": "binary_classification",
                 "train": rows(f"{ref}/data_C_train.csv"),
                 "val": rows(f"{ref}/data_C_val.csv")},
        "model": {"hidden": [32, 32], "activation": "tanh"},
        "training": {"batch_size": batch, "epochs": 50, "shuffle": False,
                     "optimizer": {"name": "sgd", "learning_rate": 0.05}},
        "initial_weights": weights(f"{ref}/init_C.csv", [2, 32, 32, 1]),
    }
    json.dump(record, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
