#!/usr/bin/env python3
"""Writes the articles of one of our annotated corpora (tests/corpus/heldout, tests/corpus/tuning) as a
JSON-lines manifest (FORMAT.md's input shape) on stdout: id, published (from the gold file), outlet
(line 2 of the article), title (line 1), text.

    python3 tests/corpus/manifest.py tests/corpus/tuning > /tmp/tuning.jsonl
"""
import json, os, sys

if len(sys.argv) != 2:
    sys.exit("usage: manifest.py FOLDER   (a folder holding articles/*.txt and gold/*.json)")
here = sys.argv[1]
for name in sorted(os.listdir(os.path.join(here, "articles"))):
    if not name.endswith(".txt"):
        continue
    text = open(os.path.join(here, "articles", name), encoding="utf-8").read()
    lines = text.split("\n")
    gold = json.load(open(os.path.join(here, "gold", name[:-4] + ".json"), encoding="utf-8"))
    outlet = lines[1].split("|")[0].strip() if len(lines) > 1 else None
    print(json.dumps({"id": name, "published": gold.get("published"), "url": None, "outlet": outlet,
                      "title": lines[0].strip(), "text": text}, ensure_ascii=False))
