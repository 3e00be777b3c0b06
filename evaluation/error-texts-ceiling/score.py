#!/usr/bin/env python3
"""Scores an expert's top-3 for a held-out set of error messages against the causes the collectors accepted.

Usage (from the repository root):
  python3 evaluation/error-texts-ceiling/score.py              held-out-2: ranked.yaml here, numbered in the order of
                                                               evaluation/error-texts/held-out-2/collected.yaml
  python3 evaluation/error-texts-ceiling/score.py held-out-3   held-out-3/ranked.yaml, numbered in the order of the
                                                               collected*.yaml files of held-out-3, in name order
"""
import collections, glob, sys, yaml

part = sys.argv[1] if len(sys.argv) > 1 else "held-out-2"
ranked_file = "evaluation/error-texts-ceiling/ranked.yaml" if part == "held-out-2" \
    else f"evaluation/error-texts-ceiling/{part}/ranked.yaml"
messages = []
for path in sorted(glob.glob(f"evaluation/error-texts/{part}/collected*.yaml")):
    messages += yaml.safe_load(open(path, encoding="utf-8"))["messages"]
ranked = {e["n"]: e["top3"] for e in yaml.safe_load(open(ranked_file, encoding="utf-8"))["ranked"]}
tally = collections.Counter()
for i, m in enumerate(messages, start=1):
    accepted, top = set(m["accepted"]), ranked[i]
    for group in ("all", m["lang"]):
        tally[group, "n"] += 1
        tally[group, "1"] += top[0] in accepted
        tally[group, "3"] += bool(accepted & set(top))
for group in ("all", "zh", "en"):
    n = tally[group, "n"]
    print(f"{group:4} n {n:3}  top-1 {tally[group, '1'] / n:.2f}  top-3 {tally[group, '3'] / n:.2f}")
