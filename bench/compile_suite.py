#!/usr/bin/env python3
"""compile_suite.py: compile time and memory of gosubc on every single-file test of Go's suite.

    python3 bench/compile_suite.py [--gosubc build/gosubc] [-O2] [-j 1] [--top 10] [FILE...]

Finds every `.go` file under /usr/share/go-1.19/test (subfolders too) whose recipe, read as Go's
harness (test/run.go) reads it, is a single-file action that builds a program or package: `run`,
`compile`, `build`, `buildrun`, `runoutput`. Multi-file recipes (`rundir`, `compiledir`...) and
`errorcheck` files, which are meant not to compile, are left out. Each file is built once with
`gosubc build -O2`, and the script measures the wall time and the maximum resident set size of
gosubc and everything it started (os.wait4's rusage: the linker is part of a build).

It prints how many files gosubc compiles, then the slowest ten and the ten largest by memory,
flagging each build over 10 s or 1 GB (issue 13's limits for every file gosubc compiles). Files
gosubc rejects are measured too, since a slow rejection is as much a bug, and are marked so.

Numbers are honest only without competition: the default is one build at a time (-j 1). The
package cache (GOSUBCACHE, default a fresh directory) is warmed with one build importing fmt
before measuring, so a file's numbers are its own and not those of the standard library's first
build. A build is stopped after --timeout seconds, and its address space is capped at
--memory-limit GiB so that a runaway build cannot take the machine with it; both count as over
the limits. This is a report, not a test: it takes about as long as Go's suite takes to build.
"""
import argparse
import concurrent.futures
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
GO_TEST = "/usr/share/go-1.19/test"
ACTIONS = {"run", "compile", "build", "buildrun", "runoutput"}
TIME_LIMIT = 10.0          # seconds, the limit
MEMORY_LIMIT = 1 << 30     # bytes, the limit


def action_of(src):
    """The first word of the file's recipe: its comment text before the first blank line, after
    build-constraint lines, as run.go reads it."""
    head = src.split("\n\n", 1)[0].split("\n")
    head = [ln for ln in head if not ln.startswith(("// +build", "//go:build"))]
    words = " ".join(head).removeprefix("//").split()
    return words[0] if words else ""


def find_tests(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(".go"):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                if action_of(f.read(4096)) in ACTIONS:
                    yield os.path.relpath(path, root)


def build(gosubc, opt_level, test, timeout, memory_limit):
    """(seconds, max RSS in bytes, verdict) of one `gosubc build`; the verdict is "ok",
    "rejected" (gosubc said no), "timeout" or "crash" (a signal, e.g. the memory cap)."""
    tmp = tempfile.mkdtemp(prefix="compile-suite-")
    path = os.path.join(GO_TEST, test)

    def limits():
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))

    cmd = [gosubc, "build", f"-O{opt_level}", "-o", os.path.join(tmp, "a.out"), path]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=os.path.dirname(path), env=dict(os.environ, TMPDIR=tmp),
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True, preexec_fn=limits)
    verdict = None
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > timeout:
            os.killpg(proc.pid, signal.SIGKILL)
            verdict = "timeout"
        time.sleep(0.01)
    seconds = time.monotonic() - start
    proc.returncode = 0   # reaped by wait4: keep Popen from waiting again
    shutil.rmtree(tmp, ignore_errors=True)
    if verdict is None:
        if os.WIFSIGNALED(status):
            verdict = "crash"
        else:
            verdict = "ok" if os.WEXITSTATUS(status) == 0 else "rejected"
    return seconds, usage.ru_maxrss * 1024, verdict


def warm_cache(gosubc, opt_level):
    src = 'package main\n\nimport (\n\t"fmt"\n\t"os"\n\t"strings"\n\t"strconv"\n\t"errors"\n' \
          '\t"math"\n\t"sort"\n\t"unicode/utf8"\n)\n\nfunc main() {\n\tfmt.Println(os.Args, ' \
          'strings.ToUpper("x"), strconv.Itoa(1), errors.New("e"), math.Pi, sort.IntsAreSorted(nil), ' \
          'utf8.RuneLen(1))\n}\n'
    with tempfile.TemporaryDirectory(prefix="compile-suite-") as d:
        open(os.path.join(d, "warm.go"), "w").write(src)
        subprocess.run([gosubc, "build", f"-O{opt_level}", "-o", os.path.join(d, "warm"),
                        os.path.join(d, "warm.go")], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)


def over_limits(r):
    seconds, rss, verdict = r
    return seconds > TIME_LIMIT or rss > MEMORY_LIMIT or verdict in ("timeout", "crash")


def row(test, r):
    seconds, rss, verdict = r
    flag = "  OVER LIMIT" if over_limits(r) else ""
    note = "" if verdict == "ok" else f"  ({verdict})"
    return f"  {seconds:8.2f} s  {rss / (1 << 20):8.1f} MiB  {test}{note}{flag}"


def report(results, top):
    ok = [t for t, r in results.items() if r[2] == "ok"]
    print(f"compile_suite: {len(results)} files tried, {len(ok)} compiled by gosubc")
    print(f"total build time of the compiled files: {sum(results[t][0] for t in ok):.1f} s")
    print(f"\nslowest {top}:")
    for t in sorted(results, key=lambda t: -results[t][0])[:top]:
        print(row(t, results[t]))
    print(f"\nlargest {top} by max RSS:")
    for t in sorted(results, key=lambda t: -results[t][1])[:top]:
        print(row(t, results[t]))
    over = sorted(t for t, r in results.items() if over_limits(r))
    print(f"\nover {TIME_LIMIT:.0f} s or {MEMORY_LIMIT >> 30} GiB: {len(over)}")
    for t in over:
        print(row(t, results[t]))
    return over


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tests", nargs="*", help="paths relative to Go's test folder (default: all)")
    ap.add_argument("--gosubc", default=os.path.join(TOP, "build", "gosubc"))
    ap.add_argument("-O", dest="opt_level", type=int, default=2, choices=range(4))
    ap.add_argument("-j", type=int, default=1, help="parallel builds (default 1: honest numbers)")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--memory-limit", type=float, default=6, help="GiB of address space per build")
    ap.add_argument("-v", action="store_true", help="print every build as it finishes")
    opt = ap.parse_args()
    gosubc = os.path.abspath(opt.gosubc)
    if not os.access(gosubc, os.X_OK):
        sys.exit(f"compile_suite.py: no gosubc at {gosubc} (pass --gosubc PATH)")
    os.environ.setdefault("GOSUBCACHE", tempfile.mkdtemp(prefix="compile-suite-cache-"))
    warm_cache(gosubc, opt.opt_level)

    tests = opt.tests or list(find_tests(GO_TEST))
    limit = int(opt.memory_limit * (1 << 30))
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=opt.j) as pool:
        futures = {pool.submit(build, gosubc, opt.opt_level, t, opt.timeout, limit): t
                   for t in tests}
        for fut in concurrent.futures.as_completed(futures):
            results[futures[fut]] = fut.result()
            if opt.v:
                print(row(futures[fut], results[futures[fut]]), flush=True)
    over = report(results, opt.top)
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
