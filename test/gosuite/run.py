#!/usr/bin/env python3
"""run.py: Go 1.19's own test suite as gosub's yardstick.

Compiles each of Go's single-file `// run` tests (under /usr/share/go-1.19/test) with gosubc,
runs it, and judges it as Go's harness (test/run.go) does: the test passes when it compiles,
exits with status 0, and its stdout and stderr together equal the `.out` file beside it byte for
byte, or are empty when there is none.

  run.py                 the tests in passing.txt; fails on any regression
  run.py --all           every test of tier-A.txt and tier-B.txt, with per-tier counts
  run.py --all --update  the same, then rewrites passing.txt with what passes now
  run.py --tier G        every test of tier-G.txt (any tier-X.txt here), with its count;
                         with --update, adds what passes to passing.txt
  run.py PATH...         only these tests (paths relative to Go's test folder), verbosely

As in run.go, a test runs in Go's test folder, the words after `// run` are the program's
arguments, and a test whose recipe carries compiler flags (`// run -gcflags=...`) is skipped.
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

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
GO_TEST = "/usr/share/go-1.19/test"
COMPILE_TIMEOUT = 60
RUN_TIMEOUT = 10
MEMORY_LIMIT = 4 << 30  # a runaway test program must not take the machine with it


def read_list(name):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [ln.strip() for ln in f if ln.strip() and not ln.startswith("#")]


def recipe(src):
    """The test's action and arguments, read as run.go reads them: the comment text before the
    first blank line, after an optional `+build` line. None if it is not a plain `run` test."""
    action = src.split("\n\n", 1)[0]
    first, _, rest = action.partition("\n")
    if "+build" in first:
        action = rest
    words = action.removeprefix("//").split()
    if not words or words[0] != "run":
        return None
    args = words[1:]
    if args and args[0].startswith("-"):
        return None  # compiler flags: gosubc does not take gc's flags
    return args


def run_limited(cmd, tmp, timeout, limit_memory):
    """Runs cmd in Go's test folder with stdout and stderr merged; (returncode, output) or
    (None, reason). TMPDIR is the test's own directory, so that what a killed process leaves
    there goes when the test's directory goes. GOOS and GOARCH are set, as Go's own harness
    (test/run.go) sets them for the programs it runs."""
    def limits():
        if limit_memory:
            resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    env = dict(os.environ, TMPDIR=tmp, GOOS="linux", GOARCH="amd64")
    proc = subprocess.Popen(cmd, cwd=GO_TEST, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True, preexec_fn=limits)
    try:
        out, _ = proc.communicate(timeout=timeout)
        return proc.returncode, out
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return None, f"timed out after {timeout}s".encode()


def run_test(gosubc, test):
    """('pass' | 'fail' | 'skip', detail)"""
    path = os.path.join(GO_TEST, test)
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            args = recipe(f.read())
    except OSError as e:
        return "fail", str(e)
    if args is None:
        return "skip", "not a plain `// run` test"
    tmp = tempfile.mkdtemp(prefix="gosuite-")
    try:
        exe = os.path.join(tmp, "test.exe")
        code, out = run_limited([gosubc, "build", "-o", exe, path], tmp, COMPILE_TIMEOUT, False)
        if code != 0:
            return "fail", "compile: " + out.decode(errors="replace")
        code, out = run_limited([exe, *args], tmp, RUN_TIMEOUT, True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if code != 0:
        status = "timeout" if code is None else f"exit status {code}"
        return "fail", f"run: {status}\n" + out.decode(errors="replace")
    want_path = path[:-len(".go")] + ".out"
    want = open(want_path, "rb").read() if os.path.exists(want_path) else b""
    if out.replace(b"\r\n", b"\n") != want:
        return "fail", "output differs:\n" + out.decode(errors="replace")
    return "pass", ""


def show(test, verdict, detail, verbose):
    if verbose or verdict == "fail" and verbose is None:
        print(f"{verdict.upper()}: {test}")
        if detail and verdict == "fail":
            lines = detail.rstrip("\n").split("\n")
            for ln in lines[:15]:
                print("    " + ln)
            if len(lines) > 15:
                print(f"    ... ({len(lines) - 15} more lines)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tests", nargs="*", help="test paths relative to Go's test folder")
    ap.add_argument("--gosubc", default=os.path.join(TOP, "build", "gosubc"))
    ap.add_argument("--all", action="store_true", help="try every test of tier A and tier B")
    ap.add_argument("--tier", action="append", default=[], help="try every test of tier-X.txt")
    ap.add_argument("--update", action="store_true", help="rewrite passing.txt with what passes")
    ap.add_argument("-j", type=int, default=2, help="parallel workers (default 2)")
    ap.add_argument("-v", action="store_true", help="print every verdict and why tests failed")
    opt = ap.parse_args()
    gosubc = os.path.abspath(opt.gosubc)
    if not os.access(gosubc, os.X_OK):
        sys.exit(f"run.py: no gosubc at {gosubc} (pass --gosubc PATH)")

    passing = set(read_list("passing.txt"))
    tiers = {"A": read_list("tier-A.txt"), "B": read_list("tier-B.txt")}
    for name in opt.tier:
        tiers[name] = read_list(f"tier-{name}.txt")
        if not tiers[name]:
            sys.exit(f"run.py: no tests in tier-{name}.txt")
    if opt.tests:
        todo = opt.tests
    elif opt.tier:
        todo = sorted(set(t for name in opt.tier for t in tiers[name]))
    elif opt.all:
        todo = sorted(set(tiers["A"]) | set(tiers["B"]))
    else:
        todo = sorted(passing)

    # -v: every verdict; --all without -v: nothing per test; otherwise failures only.
    verbose = True if opt.v or opt.tests else (False if opt.all or opt.tier else None)
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=opt.j) as pool:
        futures = {pool.submit(run_test, gosubc, t): t for t in todo}
        for fut in concurrent.futures.as_completed(futures):
            test = futures[fut]
            results[test] = fut.result()
            show(test, *results[test], verbose)

    passed = sorted(t for t, (v, _) in results.items() if v == "pass")
    failed = sorted(t for t, (v, _) in results.items() if v == "fail")
    skipped = sorted(t for t, (v, _) in results.items() if v == "skip")
    if opt.all or opt.tier:
        for name, tests in tiers.items():
            if opt.tier and name not in opt.tier:
                continue
            n = sum(1 for t in tests if t in passed)
            print(f"tier {name}: {n}/{len(tests)} pass")
        new = sorted(set(passed) - passing)
        if new:
            print(f"newly passing ({len(new)}), not yet in passing.txt:")
            for t in new:
                print("    " + t)
    regressions = sorted(t for t in passing if t in results and results[t][0] != "pass")
    if regressions:
        print(f"REGRESSIONS ({len(regressions)}): tests in passing.txt that no longer pass:")
        for t in regressions:
            print("    " + t)
    if opt.update:
        keep = set(passed) if opt.all else (passing - set(regressions)) | set(passed)
        with open(os.path.join(HERE, "passing.txt"), "w") as f:
            f.writelines(t + "\n" for t in sorted(keep))
        print(f"passing.txt: {len(keep)} tests")
    print(f"gosuite: {len(passed)} passed, {len(failed)} failed, {len(skipped)} skipped")
    sys.exit(1 if regressions else 0)


if __name__ == "__main__":
    main()
