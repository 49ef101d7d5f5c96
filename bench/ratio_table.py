#!/usr/bin/python3
"""Prints the median updates/s of torch-1t and of every other program (batchlab, and any further
--extra column such as a build of main for a before/after) per (task, B) from run_timing.py's
JSON lines, with each program's ratio to torch, as a markdown table.
Usage: ratio_table.py TIMING.jsonl"""
import collections
import json
import statistics
import sys

# The speed targets on task C and on the digits, D (docs/PERFORMANCE.md).
TARGETS = {("C", 1): 200, ("C", 10): 50, ("C", 100): 10, ("D", 1): 20, ("D", 32): 8}

runs = collections.defaultdict(list)
names = []
with open(sys.argv[1]) as f:
    for line in f:
        d = json.loads(line)
        runs[(d["task"], int(d["batch"]), d["name"])].append(float(d["updates_per_s"]))
        if d["name"] != "torch-1t" and d["name"] not in names:
            names.append(d["name"])

head = "| task | B | torch 1 thread (upd/s) |"
rule = "|---|---:|---:|"
for n in names:
    head += f" {n} (upd/s) | ratio |"
    rule += "---:|---:|"
print(head + " target |")
print(rule + "---:|")
for task in ("C", "R", "D"):
    for b in (1, 10, 32, 100):
        t = runs.get((task, b, "torch-1t"))
        if not t:
            continue
        tm = statistics.median(t)
        row = f"| {task} | {b} | {tm:,.0f} |"
        for n in names:
            o = runs.get((task, b, n))
            row += f" {statistics.median(o):,.0f} | {statistics.median(o) / tm:,.0f}x |" if o else " - | - |"
        goal = TARGETS.get((task, b))
        print(row + f" {f'{goal}x' if goal else '-'} |")
