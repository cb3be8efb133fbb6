#!/usr/bin/env python3
"""reduce.py: a line- and block-deleting delta reducer for Go programs (issue 14).

    python3 test/fuzz/reduce.py prog.go --test 'CMD' [-o reduced.go] [--budget SECONDS]

CMD is an interestingness test run in a scratch directory holding the candidate as main.go;
it exits 0 when the candidate still shows the symptom (and should check that gc still
compiles it: a deletion that leaves an unused variable is then rejected). test/fuzz/difftest
calls reduce() directly, with a test that rebuilds the program with gc and gosubc.

The algorithm, in passes repeated until a pass deletes nothing or the budget runs out:
1. blocks: a line that ends in `{` together with everything up to its matching `}` line
   (a function, a loop, an if), largest first; a function goes together with the one-line
   statements that call it;
2. chunks of lines, ddmin-style: chunks of n/2, n/4, ... 1 lines, each deleted if the
   symptom stays.
Deleting whole blocks first keeps most candidates syntactically valid, so few builds are wasted.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time


FUNC = re.compile(r"func (?:\([^)]*\) )?(\w+)\(")


def block_end(lines, i):
    """The index of the line closing the block that lines[i] opens, or None."""
    depth = 0
    for j in range(i, len(lines)):
        s = lines[j].split("//")[0]
        depth += s.count("{") - s.count("}")
        if depth <= 0 and j > i:
            return j
        if depth <= 0:
            return None
    return None


class Reducer:
    def __init__(self, test, budget, log=None):
        self.test = test          # test(text) -> True when the symptom is still there
        self.deadline = time.time() + budget
        self.tests = 0
        self.log = log

    def try_lines(self, lines):
        if time.time() > self.deadline:
            return False
        self.tests += 1
        return self.test("\n".join(lines) + "\n")

    def pass_blocks(self, lines):
        spans = []
        for i, l in enumerate(lines):
            if l.rstrip().endswith("{"):
                j = block_end(lines, i)
                if j is not None:
                    spans.append((j - i + 1, i, j))
        changed = False
        for _, i, j in sorted(spans, reverse=True):
            if j >= len(lines) or not lines[i].rstrip().endswith("{") or block_end(lines, i) != j:
                continue
            cand = lines[:i] + lines[j + 1:]
            m = FUNC.match(lines[i])
            if m:  # a function goes with the one-line statements that call it
                call = re.compile(r"\b%s\(" % re.escape(m.group(1)))
                cand = [l for l in cand if l.rstrip().endswith("{") or not call.search(l)]
            if self.try_lines(cand):
                lines, changed = cand, True
        return lines, changed

    def pass_chunks(self, lines):
        changed = False
        n = max(1, len(lines) // 2)
        while n >= 1:
            i = 0
            while i < len(lines):
                cand = lines[:i] + lines[i + n:]
                if cand and self.try_lines(cand):
                    lines, changed = cand, True
                else:
                    i += n
            if time.time() > self.deadline:
                break
            n //= 2
        return lines, changed

    def run(self, text):
        lines = text.rstrip("\n").split("\n")
        while time.time() < self.deadline:
            lines, c1 = self.pass_blocks(lines)
            lines, c2 = self.pass_chunks(lines)
            if self.log:
                self.log("reduce: %d lines after %d tests" % (len(lines), self.tests))
            if not (c1 or c2):
                break
        return "\n".join(lines) + "\n"


def reduce(text, test, budget=120, log=None):
    """The smallest program found within budget seconds for which test() stays true."""
    return Reducer(test, budget, log).run(text)


def shell_test(cmd):
    def test(text):
        with tempfile.TemporaryDirectory(prefix="reduce-") as d:
            with open(os.path.join(d, "main.go"), "w") as f:
                f.write(text)
            return subprocess.call(cmd, shell=True, cwd=d, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL) == 0
    return test


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file")
    ap.add_argument("--test", required=True, help="shell command; exit 0 = still interesting")
    ap.add_argument("-o", dest="out", help="where to write the result (default: stdout)")
    ap.add_argument("--budget", type=float, default=300, help="seconds (default 300)")
    a = ap.parse_args()
    text = open(a.file).read()
    test = shell_test(a.test)
    if not test(text):
        sys.exit("reduce.py: the test does not hold for the original program")
    out = reduce(text, test, a.budget, log=lambda s: print(s, file=sys.stderr))
    if a.out:
        open(a.out, "w").write(out)
    else:
        sys.stdout.write(out)


if __name__ == "__main__":
    main()
