#!/usr/bin/env python3
"""Scores a walk of the frozen stories against their truth, outside the walkers.

Usage: score.py WALK_DIR   (WALK_DIR holds one STORY_ID.jsonl per story, as /work/briefs/walk.py logs them:
the first line is the session's start after the description, each further line the state after an answer)

Prints, overall and by language and audience: top-1, top-3 (truth or an also-accepted cause), top-3 from the
description alone (before any question), mean questions, share ending confident, share confident and wrong;
then the reliability table (the leader's final confidence in bands against the share right) and its ECE.
"""
import json, os, sys, glob
from collections import defaultdict
import yaml

here = os.path.dirname(os.path.abspath(__file__))
stories = {}
for f in glob.glob(os.path.join(here, "..", "stories", "**", "*.yaml"), recursive=True):
    for s in yaml.safe_load(open(f, encoding="utf-8"))["stories"]:
        stories[s["id"]] = s

def walk(path):
    lines = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    return lines[0], lines[-1], len(lines) - 1

rows = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.jsonl"))):
    sid = os.path.basename(path)[:-6]
    if sid not in stories:
        continue
    s = stories[sid]
    accepted = [s["truth"]] + (s.get("alsoAccepted") or [])
    first, last, asked = walk(path)
    top = [c for c, _ in last["top3"]]
    rows.append({"id": sid, "lang": s["lang"], "audience": s["audience"], "asked": asked,
                 "top1": top[0] in accepted, "top3": any(c in accepted for c in top),
                 "opening3": any(c in accepted for c, _ in first["top3"]),
                 "confident": last["outcome"] == "confident", "conf": last["top3"][0][1],
                 "done": bool(last["done"])})

def line(name, rs):
    n = len(rs)
    if n == 0:
        return
    f = lambda k: sum(r[k] for r in rs) / n
    wrong = sum(r["confident"] and not r["top1"] for r in rs) / n
    print(f"{name:20s} n {n:3d}  top-1 {f('top1'):.2f}  top-3 {f('top3'):.2f}  description-only top-3 {f('opening3'):.2f}  "
          f"questions {sum(r['asked'] for r in rs) / n:5.1f}  confident {f('confident'):.2f}  confident+wrong {wrong:.2f}")

line("all", rows)
for key in ("lang", "audience"):
    for v in sorted({r[key] for r in rows}):
        line(f"{key} {v}", [r for r in rows if r[key] == v])
bands = defaultdict(list)
for r in rows:
    bands[min(int(r["conf"] * 10), 9)].append(r["top1"])
print("\nreliability (leader's final confidence -> share right):")
ece = 0
for b in sorted(bands):
    hits = bands[b]
    mid = sum(r["conf"] for r in rows if min(int(r["conf"] * 10), 9) == b) / len(hits)
    acc = sum(hits) / len(hits)
    ece += len(hits) / len(rows) * abs(acc - mid)
    print(f"  {b / 10:.1f}-{(b + 1) / 10:.1f}: n {len(hits):3d}  mean confidence {mid:.2f}  right {acc:.2f}")
print(f"ECE {ece:.3f}")
