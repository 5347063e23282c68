#!/usr/bin/env python3
"""Counts the calls left in the JIT's optimized (Tier1) code of each method of a JitDisasm listing.

A method of many hundred lines can pass the JIT's limit on locals, after which nothing more is inlined into it:
its small helpers (property getters, string comparisons, Math.Max) stay calls. This shows it:

  DOTNET_JitDisasm='Frame* ScanRight' DOTNET_JitStdOutFile=/tmp/jit.asm \
    dotnet bench/Sitrep.Bench/bin/Release/net10.0/Sitrep.Bench.dll stages --articles 2000 --passes 1 --warmup 3
  python3 bench/tools/jit-calls.py /tmp/jit.asm [--top 8]

Per method: the size of its code, the calls in it and the most frequent callees; "trivial" counts the calls to
getters, string (in)equality, Math.Min/Max and Trigger.Is, which a method within the limit inlines (calls to
Word or WordIs from cold blocks are left out by the JIT's profile, not by the limit).
"""
import collections, re, sys

def main():
    path = sys.argv[1]
    top = int(sys.argv[sys.argv.index('--top') + 1]) if '--top' in sys.argv else 8
    text = open(path, encoding='utf-8', errors='replace').read()
    trivial = re.compile(r':get_\w+\(\):|op_Equality|op_Inequality|Math:M(?:ax|in)\(|Trigger:Is\(')
    for listing in text.split('; Assembly listing for method ')[1:]:
        head = listing.split('\n', 1)[0]
        if '(Tier1)' not in head:
            continue
        calls = collections.Counter(re.findall(r'call\s+\[(.+)\]\s*$', listing, re.M))
        size = re.findall(r'Total bytes of code (\d+)', listing)
        n_trivial = sum(v for k, v in calls.items() if trivial.search(k))
        print(f"{head.split('(')[0]}: {size[0] if size else '?'} bytes, {sum(calls.values())} calls, {n_trivial} trivial")
        for callee, n in calls.most_common(top):
            print(f"  {n:5d}  {callee[:110]}")

if __name__ == '__main__':
    main()
