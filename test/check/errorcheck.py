#!/usr/bin/env python3
# errorcheck.py: how close gosubc's type-checker messages are to gc's, measured on Go 1.19's own
# `// errorcheck` tests (Go's test/run.go does the same with gc).
#
# For each test without imports or build tags, gosubc compiles it and every `// ERROR "regexp"`
# comment must match a diagnostic on its line; a diagnostic on a line without one is a failure.
# gosubc stops after 10 errors (like gc without -e), so expectations after the last reported line
# are not counted. "function main is undeclared", "missing function body" and "is not a main
# package" are ignored: Go's harness compiles these files as packages, not programs.
#
# usage: python3 test/check/errorcheck.py [path/to/gosubc] [-v]     (not a lit test: it takes minutes)
import collections, glob, os, re, subprocess, sys, tempfile

ROOT = "/usr/share/go-1.19/test"
gosubc = next((a for a in sys.argv[1:] if not a.startswith("-")), "build/gosubc")
verbose = "-v" in sys.argv
IGNORED = ("function main is undeclared", "missing function body", "is not a main package")


def expectations(src):
    """{line: [regexp, ...]} from the ERROR comments."""
    want = {}
    for i, line in enumerate(src.split("\n"), 1):
        m = re.search(r"// (?:GC_)?ERROR (.*)$", line)
        if not m:
            continue
        pats = []
        for a, b in re.findall(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`', m.group(1)):
            pat = a.replace("\\\\", "\\") if a else b
            try:
                pats.append(re.compile(pat))
            except re.error:
                pass
        want[i] = pats
    return want


def diagnostics(path, out):
    got = collections.defaultdict(list)
    for line in out.splitlines():
        m = re.match(re.escape(path) + r":(\d+):\d+: (.*)", line)
        if m and not any(s in m.group(2) for s in IGNORED):
            got[int(m.group(1))].append(m.group(2))
    return got


def check(path, exe):
    src = open(path, errors="replace").read()
    try:
        r = subprocess.run([gosubc, "build", "-o", exe, path], capture_output=True, text=True,
                           errors="replace", timeout=20)
    except subprocess.TimeoutExpired:
        return ["timeout"]
    if r.returncode not in (0, 2) or "internal error" in r.stderr:
        return ["crash"]
    got, want = diagnostics(path, r.stderr), expectations(src)
    capped = "too many errors" in r.stderr
    last = max(got) if got else 0
    problems = []
    for line, pats in want.items():
        if capped and line > last:
            continue
        for rx in pats:
            if not any(rx.search(e) for e in got.get(line, [])):
                problems.append("missing %d: %s" % (line, rx.pattern))
    for line, errs in got.items():
        if line not in want and not errs[0].startswith("too many errors"):
            problems.append("unexpected %d: %s" % (line, errs[0]))
    return problems


def main():
    files = sorted(glob.glob(ROOT + "/*.go") + glob.glob(ROOT + "/fixedbugs/*.go"))
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            src = open(f, errors="replace").read()
            if src.split("\n", 1)[0].strip() != "// errorcheck":
                continue
            if re.search(r'^import|^\s+"\w+"$', src, re.M) or "+build" in src or "go:build" in src:
                continue
            problems = check(f, os.path.join(tmp, "out"))
            if problems:
                failed += 1
                if verbose:
                    print(os.path.relpath(f, ROOT), "|", "; ".join(problems)[:300])
            else:
                passed += 1
    print("errorcheck tests: %d pass, %d fail" % (passed, failed))


main()
