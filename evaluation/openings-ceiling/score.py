#!/usr/bin/env python3
"""Scores an expert's top-3 for story openings (ranked.yaml) against the stories' truths.

Usage: python3 evaluation/openings-ceiling/score.py [RANKED_FILE]   (from the repository root; default ranked.yaml,
rounds 5-7; ranked-round-8.yaml is round 8, ranked after its walks; ranked-round-9.yaml to ranked-round-13.yaml rounds 9 to 13, ranked before their walks)
Prints top-1 and top-3 overall, by language, audience and round: how much a caller's first sentence or two tells a
person who knows the field, which bounds what any reading of the opening alone can reach.
"""
import collections, glob, sys, yaml

truth = {}
for f in glob.glob("evaluation/stories/round-*/*.yaml"):
    for s in yaml.safe_load(open(f, encoding="utf-8"))["stories"]:
        truth[s["id"]] = ({s["truth"], *(s.get("alsoAccepted") or [])}, s["lang"], s["audience"])
ranked = yaml.safe_load(open(sys.argv[1] if len(sys.argv) > 1 else "evaluation/openings-ceiling/ranked.yaml",
                           encoding="utf-8"))["ranked"]
tally = collections.Counter()
for e in ranked:
    accepted, lang, audience = truth[e["id"]]
    for group in ("all", lang, audience, e["id"].split("-")[0]):
        tally[group, "n"] += 1
        tally[group, "1"] += e["top3"][0] in accepted
        tally[group, "3"] += bool(accepted & set(e["top3"]))
for group in ("all", "zh", "en", "customer", "helpdesk", "r5", "r6", "r7", "r8"):
    n = tally[group, "n"]
    if n:
        print(f"{group:9} n {n:3}  top-1 {tally[group, '1'] / n:.2f}  top-3 {tally[group, '3'] / n:.2f}")
