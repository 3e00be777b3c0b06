#!/usr/bin/env python3
"""Splits one area's collected error messages into a development and a test part, by source.

Usage: split.py AREA   (reads AREA/collected.yaml and AREA/collected-*.yaml, writes AREA/dev.yaml and AREA/test.yaml)

Later collections (collected-2.yaml, ...) are added with the same rule, so a message already split keeps its part.

A message's source key is the GitHub repository (github.com/owner/repo) or the web host without "www.".
All messages of one source land in the same part, so the test part holds wordings from sources nobody
wrote knowledge from. About 40 % of sources go to the test part, chosen by a hash of the key, so the
split does not depend on who collected what or in which order.

Since 2026-12-06 both parts are development material: the test parts were read and their misses published, so the
test part is now held-out-2/collected.yaml, collected from sources in no area (docs/error-texts.md).
"""
import hashlib, sys, os, re
from urllib.parse import urlparse
import yaml

def source_key(url):
    u = urlparse(url.strip())
    host = (u.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    parts = [p for p in u.path.split("/") if p]
    if host == "github.com" and len(parts) >= 2:
        return f"github.com/{parts[0].lower()}/{parts[1].lower()}"
    return host

def is_test(key):
    return int(hashlib.md5(key.encode()).hexdigest()[:2], 16) < 102

def main(area):
    messages = []
    for name in ["collected.yaml"] + sorted(n for n in os.listdir(area) if re.fullmatch(r"collected-\d+\.yaml", n)):
        with open(os.path.join(area, name), encoding="utf-8") as f:
            messages += yaml.safe_load(f)["messages"]
    dev, test = [], []
    for m in messages:
        (test if is_test(source_key(m["source"])) else dev).append(m)
    for name, part in (("dev", dev), ("test", test)):
        with open(os.path.join(area, name + ".yaml"), "w", encoding="utf-8") as f:
            f.write(f"# {name} part of {area}: split by source (see split.py); generated, do not edit\n")
            yaml.safe_dump({"messages": part}, f, allow_unicode=True, sort_keys=False, width=120)
    print(f"{area}: {len(dev)} dev, {len(test)} test, "
          f"{len({source_key(m['source']) for m in messages})} sources")

if __name__ == "__main__":
    main(sys.argv[1])
