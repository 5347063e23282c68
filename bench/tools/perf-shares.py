#!/usr/bin/env python3
"""Shares of a step's samples by method, from `perf script` output of a `stages` run.

    perf script -i perf.data > /tmp/perf.txt
    python3 bench/tools/perf-shares.py /tmp/perf.txt 'EventStage::Run'            # self and inclusive, top 40
    python3 bench/tools/perf-shares.py /tmp/perf.txt 'EventStage::Run' --offsets 'EventStage::Run'

Only the stacks that hold ROOT (a substring of a frame, e.g. 'EventStage::Run') count. "self" is the method on top of
the stack, "inclusive" every method in it (each once). With --offsets METHOD, the offsets into METHOD's optimized code
where its own samples fall, most first: match them with the ';; offset=0x...' labels of the method's listing
(DOTNET_JitDisasm, see bench/README.md) to see which inlined code the time is in (a method's self time is also that of
everything the JIT inlined into it).
"""
import collections
import re
import sys


def frames(path):
    """Yields each sample's stack as a list of raw frame lines, the top first."""
    stack = []
    for line in open(path, errors="replace"):
        if not line.strip():
            if stack:
                yield stack
            stack = []
        elif line[0] in " \t":
            stack.append(line.strip())
    if stack:
        yield stack


def method(frame):
    parts = frame.split(None, 1)
    name = parts[1] if len(parts) > 1 else "?"
    name = re.sub(r"\(.*", "", name)  # arguments, tier, offset and module
    return re.sub(r"\+0x[0-9a-f]+$", "", name.strip())  # a native frame's offset


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        print(__doc__)
        return 2
    path, root = args[0], args[1]
    top = 40
    offsets_of = None
    if "--offsets" in args:
        offsets_of = args[args.index("--offsets") + 1]
    if "--top" in args:
        top = int(args[args.index("--top") + 1])
    total = 0
    chosen = 0
    own = collections.Counter()
    inclusive = collections.Counter()
    offsets = collections.Counter()
    for stack in frames(path):
        total += 1
        if not any(root in f for f in stack):
            continue
        chosen += 1
        own[method(stack[0])] += 1
        for name in {method(f) for f in stack}:
            inclusive[name] += 1
        if offsets_of and offsets_of in stack[0] and "Optimized" in stack[0]:
            m = re.search(r"\+(0x[0-9a-f]+)", stack[0])
            if m:
                offsets[m.group(1)] += 1
    if chosen == 0:
        print(f"no sample holds {root!r}")
        return 1
    print(f"{total} samples, {chosen} ({100 * chosen / total:.1f}%) hold {root}")
    for title, counts in (("self", own), ("inclusive", inclusive)):
        print(f"--- {title}")
        for name, n in counts.most_common(top):
            print(f"{100 * n / chosen:5.1f}%  {name[-120:]}")
    if offsets_of:
        print(f"--- offsets in {offsets_of} (its own samples)")
        for off, n in offsets.most_common(20):
            print(f"{n:6d}  +{off}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
