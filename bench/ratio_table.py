#!/usr/bin/python3
"""Prints the median updates/s of batchlab and torch-1t per (task, B) from run_timing.py's
JSON lines, with their ratio, as a markdown table.  Usage: ratio_table.py TIMING.jsonl"""
import collections
import json
import statistics
import sys

TARGETS = {("C", 1): 200, ("C", 10): 50, ("C", 100): 8}  # the speed targets on task C (docs/PERFORMANCE.md)

runs = collections.defaultdict(list)
with open(sys.argv[1]) as f:
    for line in f:
        d = json.loads(line)
        runs[(d["task"], int(d["batch"]), d["name"])].append(float(d["updates_per_s"]))

print("| task | B | torch 1 thread (upd/s) | BatchLab (upd/s) | ratio | target |")
print("|---|---:|---:|---:|---:|---:|")
for task in ("C", "R"):
    for b in (1, 10, 32, 100):
        t = runs.get((task, b, "torch-1t"))
        o = runs.get((task, b, "batchlab"))
        if not t or not o:
            continue
        tm, om = statistics.median(t), statistics.median(o)
        goal = TARGETS.get((task, b))
        print(f"| {task} | {b} | {tm:,.0f} | {om:,.0f} | {om / tm:,.0f}x | "
              f"{f'{goal}x' if goal else '-'} |")
