#!/usr/bin/env python3
"""surplus.py GOLD PRED [KIND] [--show]: the material events a prediction has that score.py pairs with no gold event, by kind.

Kinds: noanchor (no gold event of that type shares an actor, target or place with it: an event a coder would not record,
or one whose roles are all wrong), split-sameday (a gold event of that type shares an anchor and its day, but is paired
with another prediction: one happening told as two), split-otherday (one shares an anchor on another day: another
happening, or a wrong date). With --show, one line per surplus event (only those of KIND when given).
Run from the repository's root with ../shared beside it, e.g.
    python3 tests/corpus/surplus.py tests/corpus/tuning/gold /tmp/tuning-pred split-sameday --show"""
import collections, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval"))
import score as S

args = [a for a in sys.argv[1:] if not a.startswith("--")]
if len(args) < 2:
    sys.exit(__doc__)
gold, pred = S.load(args[0]), S.load(args[1])
only = args[2] if len(args) > 2 else ""
show = "--show" in sys.argv
kinds = collections.Counter()
for doc in sorted(gold):
    g, p = gold[doc], pred.get(doc, {})
    gn, pn = S.Names(g.get("actors"), g.get("relations")), S.Names(p.get("actors"), p.get("relations"))
    ge, pe = g.get("events") or [], p.get("events") or []
    paired = {j for _, j in S.match(ge, pe, lambda a, b: S.pair_score(a, b, gn, pn))}
    for j, e in enumerate(pe):
        if j in paired or e["type"] not in S.MATERIAL:
            continue
        near = [x for x in ge if S.pair_score(x, e, gn, pn) >= 0]
        kind = "noanchor" if not near else ("split-sameday" if near[0].get("start") == e.get("start") else "split-otherday")
        kinds[kind] += 1
        if show and kind.startswith(only):
            x = near[0] if near else {}
            print(f"{kind:14} {doc[:28]:28} {e['type']:8} {e.get('mode')} a={e.get('actor')} t={e.get('target')} "
                  f"l={(e.get('location') or {}).get('name')} {e.get('start')} | gold {x.get('start')} "
                  f"l={(x.get('location') or {}).get('name')} | {(e.get('evidence') or '')[:150]}")
print(dict(kinds))
