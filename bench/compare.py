#!/usr/bin/env python3
"""compare.py: the run time of bench/programs under two gosubc builds, side by side.

    python3 bench/compare.py BEFORE_GOSUBC AFTER_GOSUBC [--runs 7] [--only NAME] [-O2]

Builds every program with both compilers (each finds its runtime as gosubc does: set
GOSUB_RUNTIME per compiler with --before-runtime / --after-runtime when a copy of gosubc is not
next to its libgosubrt.a), checks that both print the same, then runs the two executables
alternately, --runs times each (the order flips every round, so a change in the machine's load
falls on both alike). For each program it prints the median and the minimum CPU time
(user + system of the process, from wait4: steadier than wall time on a busy machine) of each
build and the change, then the geometric mean of the changes over all programs.

This is how a code generation change's cost is measured (docs/performance.md, "No tail
calls"); bench/run.py compares gosub with gc and gccgo instead.
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")


def build(gosubc, runtime, opt_level, src, exe):
    env = dict(os.environ)
    if runtime:
        env["GOSUB_RUNTIME"] = runtime
    subprocess.run([gosubc, "build", f"-O{opt_level}", "-o", exe, src], env=env, check=True)


def cpu_seconds(exe):
    """User + system CPU seconds of one run, output discarded."""
    proc = subprocess.Popen([exe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0   # reaped by wait4
    return usage.ru_utime + usage.ru_stime


def measure(exes, runs):
    times = [[], []]
    for r in range(runs):
        order = (0, 1) if r % 2 == 0 else (1, 0)
        for k in order:
            times[k].append(cpu_seconds(exes[k]))
    return times


def change(a, b):
    return 100 * (b / a - 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--before-runtime", help="GOSUB_RUNTIME for the first compiler")
    ap.add_argument("--after-runtime", help="GOSUB_RUNTIME for the second compiler")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--only", action="append", default=[], help="programs whose name contains this")
    ap.add_argument("-O", dest="opt_level", type=int, default=2, choices=range(4))
    opt = ap.parse_args()
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".go"))
    names = [n for n in names if not opt.only or any(o in n for o in opt.only)]
    compilers = [(opt.before, opt.before_runtime), (opt.after, opt.after_runtime)]
    ratios_median, ratios_min = [], []
    print(f"{'program':18s} {'median CPU before':>18s} {'after':>9s} {'change':>8s}"
          f" {'min before':>11s} {'after':>9s} {'change':>8s}")
    with tempfile.TemporaryDirectory(prefix="compare-") as tmp:
        for name in names:
            src = os.path.join(PROGRAMS, name + ".go")
            exes = [os.path.join(tmp, f"{name}.{k}") for k in (0, 1)]
            for (gosubc, runtime), exe in zip(compilers, exes):
                build(gosubc, runtime, opt.opt_level, src, exe)
            outs = [subprocess.run([e], capture_output=True).stderr for e in exes]
            if outs[0] != outs[1]:
                sys.exit(f"compare.py: {name} prints differently under the two compilers")
            t = measure(exes, opt.runs)
            med = [statistics.median(x) for x in t]
            low = [min(x) for x in t]
            ratios_median.append(med[1] / med[0])
            ratios_min.append(low[1] / low[0])
            print(f"{name:18s} {med[0] * 1000:15.1f} ms {med[1] * 1000:6.1f} ms"
                  f" {change(*med):+7.2f}% {low[0] * 1000:8.1f} ms {low[1] * 1000:6.1f} ms"
                  f" {change(*low):+7.2f}%", flush=True)
    gmed = math.exp(statistics.mean(math.log(r) for r in ratios_median))
    gmin = math.exp(statistics.mean(math.log(r) for r in ratios_min))
    print(f"geomean change: median {100 * (gmed - 1):+.2f}%, min {100 * (gmin - 1):+.2f}%")


if __name__ == "__main__":
    main()
