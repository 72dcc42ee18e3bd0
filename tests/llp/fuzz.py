#!/usr/bin/env python3
"""Random sentences of an LLP grammar, for `llpgen --parse`.

Every sentence is a random leftmost derivation of the grammar, so both the
plain LL(1) parse and the GPU's pair-table parse must accept it and build the
same tree; a rejection or a disagreement is a generator bug (a conflict the
table missed). usage: fuzz.py GRAMMAR COUNT [SEED] > lines.txt
"""
import random
import re
import sys


def read_grammar(path):
    text = open(path).read()
    text = re.sub(r"('[^']*')|#[^\n]*", lambda m: m.group(1) or "", text)
    prods = []
    for m in re.finditer(r"([a-z_0-9]+)\s*(\[[^\]]*\])?\s*->((?:'[^']*'|[^;'])*);", text):
        prods.append((m.group(1), re.findall(r"'[^']*'|[A-Za-z_0-9]+", m.group(3))))
    return prods


def main():
    prods = read_grammar(sys.argv[1])
    count = int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    nts = {l for l, _ in prods}
    by_lhs = {}
    for l, r in prods:
        by_lhs.setdefault(l, []).append(r)
    # Shortest expansion of each nonterminal (in terminals) and a production
    # reaching it that only uses nonterminals finished before (so that always
    # taking it terminates).
    short, best = {}, {}
    while len(short) < len(nts):
        cand = None
        for l, r in prods:
            if l in short or any(s in nts and s not in short for s in r):
                continue
            c = sum(short[s] if s in nts else 1 for s in r)
            if cand is None or c < cand[0]:
                cand = (c, l, r)
        short[cand[1]], best[cand[1]] = cand[0], cand[2]

    start = prods[0]
    for _ in range(count):
        out, stack, budget = [], list(reversed(start[1])), 60 + rng.randrange(200)
        while stack:
            s = stack.pop()
            if s not in nts:
                out.append(s)
                continue
            alts = by_lhs[s]
            if len(out) + len(stack) > budget:
                r = best[s]
            else:
                r = rng.choice(alts)
            stack.extend(reversed(r))
        print(" ".join(t for t in out if t not in ("SOI", "EOI")))


if __name__ == "__main__":
    main()
