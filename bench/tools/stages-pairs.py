#!/usr/bin/env python3
"""A table of alternating pairs of `stages` runs, base against new, with medians, shares and a gauge.

    # one file per run, named runN-base.txt or runN-new.txt, N in the order they ran (base, new, new, base, ...):
    (cd /work/wt-base && dotnet bench/Sitrep.Bench/bin/Release/net10.0/Sitrep.Bench.dll stages --articles 2000 \
        --passes 3 --warmup 3) > /tmp/pairs/run1-base.txt
    python3 bench/tools/stages-pairs.py /tmp/pairs [--steps tokenize,places,names,relations,events] [--share names] \
        [--gauge clean,events]

Runs 1 and 2 make pair 1, 3 and 4 pair 2, and so on. Prints a markdown row per pair (ns a word of each step and the total,
words per CPU-second, the --share step's share of its run's total), then per step the medians of each build and in how
many pairs the new build was lower, each step's share, and each step over the gauge (the sum of steps the change does not
touch): under load single pairs swing by 20% in every step alike, while shares and ratios to a gauge move much less.
"""
import re
import statistics
import sys
from pathlib import Path


def parse(path):
    d = {}
    for line in open(path):
        cells = [c.strip().strip("*") for c in line.strip().strip("|").split("|")]
        if line.startswith("| ") and len(cells) == 6 and re.match(r"[\d,.]+$", cells[4]):
            d[cells[0]] = float(cells[4].replace(",", ""))
        if m := re.match(r"one thread: ([\d,]+) words", line):
            d["wps"] = int(m.group(1).replace(",", ""))
        if m := re.match(r"load average \(1/5/15 min\): ([\d.]+)", line):
            d["load0"] = m.group(1)
        if m := re.match(r"load average at the end: ([\d.]+)", line):
            d["load1"] = m.group(1)
    return d


def option(args, name, default):
    return args[args.index(name) + 1].split(",") if name in args else default


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    steps = option(args, "--steps", ["tokenize", "places", "names", "relations", "events"]) + ["total"]
    share = option(args, "--share", ["names"])[0]
    gauge = option(args, "--gauge", ["clean", "events"])
    runs = sorted(Path(args[0]).glob("run*-*.txt"), key=lambda p: int(re.search(r"run(\d+)", p.name).group(1)))
    data = [(re.search(r"-(base|new)\.txt$", p.name).group(1), parse(p)) for p in runs]
    data = [r for r in data if "total" in r[1]]
    pairs = []
    for k in range(0, len(data) - 1, 2):
        (w1, d1), (w2, d2) = data[k], data[k + 1]
        if w1 == w2:
            raise SystemExit(f"runs {k + 1} and {k + 2} are both {w1}")
        pairs.append((w1, d1 if w1 == "base" else d2, d2 if w1 == "base" else d1))
    head = ["pair", "first", "load (base; new)"] + [f"{b} {s}" for s in steps for b in ("base", "new")]
    head += ["base words/CPU-s", "new words/CPU-s", f"base {share} share", f"new {share} share"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---:|" * len(head))
    for i, (first, b, n) in enumerate(pairs, 1):
        cells = [str(i), first, f"{b.get('load0')}-{b.get('load1')}; {n.get('load0')}-{n.get('load1')}"]
        for s in steps:
            cells += [f"{b[s]:,.0f}", f"{n[s]:,.0f}"]
        cells += [f"{b['wps']:,}", f"{n['wps']:,}", f"{100 * b[share] / b['total']:.1f}%", f"{100 * n[share] / n['total']:.1f}%"]
        print("| " + " | ".join(cells) + " |")
    print()
    med = statistics.median

    def line(name, f, pct=False):
        bs, ns = [f(p[1]) for p in pairs], [f(p[2]) for p in pairs]
        lower = sum(1 for x, y in zip(bs, ns) if y < x)
        fmt = (lambda v: f"{100 * v:.2f}%") if pct else (lambda v: f"{v:,.4g}" if v < 10 else f"{v:,.1f}")
        print(f"{name}: base {fmt(med(bs))}, new {fmt(med(ns))} ({100 * (med(ns) / med(bs) - 1):+.1f}%); new lower in {lower} of {len(bs)}")

    for s in steps + ["wps"]:
        line(s, lambda d, s=s: d[s])
    for s in steps[:-1]:
        line(f"{s} share", lambda d, s=s: d[s] / d["total"], pct=True)
    for s in steps:
        line(f"{s} / ({'+'.join(gauge)})", lambda d, s=s: d[s] / sum(d[g] for g in gauge))


if __name__ == "__main__":
    sys.exit(main())
