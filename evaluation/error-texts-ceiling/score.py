#!/usr/bin/env python3
"""Scores an expert's top-3 for the held-out error messages (ranked.yaml, numbered in the order of
evaluation/error-texts/held-out-2/collected.yaml) against the causes the collector accepted.

Usage: python3 evaluation/error-texts-ceiling/score.py   (from the repository root)
"""
import collections, yaml

messages = yaml.safe_load(open("evaluation/error-texts/held-out-2/collected.yaml", encoding="utf-8"))["messages"]
ranked = {e["n"]: e["top3"] for e in yaml.safe_load(open("evaluation/error-texts-ceiling/ranked.yaml", encoding="utf-8"))["ranked"]}
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
