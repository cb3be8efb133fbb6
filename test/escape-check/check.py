#!/usr/bin/env python3
"""check.py: scores gosubc's -m output against the `// ERROR "regexp"` annotations of Go 1.19's
escape-analysis tests (/usr/share/go-1.19/test/escape*.go and the other `errorcheck -m` files).

input: Go test files.  output: a table with, per file, the annotations matched and missed and
the unexpected escape diagnostics, then the totals; exit status 1 when the agreement drops
below the threshold stored in thresholds.txt next to this script (or when --min-match /
--max-unexpected say so).

The matching follows gc's own harness (test/run.go, errorCheck): the first line's flags say
how to compile (`// errorcheck -0 -m -l`, `-m=2`, `-m -m`); each `// ERROR "re1" "re2"` comment
holds regexps that must each match one diagnostic on that line (`LINE`, `LINE+n` expand to
file:line); a regexp consumes every diagnostic of its line that it matches; diagnostics left
over are unexpected. The text matched is the message after "file:line:col: ". A line holding
`////` is ignored. Only escape-analysis diagnostics count (the compiler's other errors, say
from codegen, are reported in a column of their own); a file that yields no escape diagnostic
and fails to compile is "not compiled".

Usage:
  check.py [--gosubc PATH | --gc] [--strip] [--results FILE] [-v] [files...]
  --strip removes the top-level declarations gosubc rejects (goroutines, unsafe, packages it
  does not provide) before scoring, so that the analysis itself is measured; -v lists each
  missed annotation and unexpected diagnostic.
  --gc runs Go's own compiler instead (`go tool compile`), to check this script: it should
  agree with gc almost everywhere.
"""
import argparse
import glob
import os
import re
import resource
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GO = "/usr/lib/go-1.19/bin/go"
TESTDIR = "/usr/share/go-1.19/test"

# The shapes of escape-analysis diagnostics (gc's wording).
ESCAPE_NOTE = re.compile(
    r"(escapes to heap|does not escape|moved to heap|leaking param|leaks to|"
    r"ignoring self-assignment|capturing by|devirtualizing|   flow: |     from |"
    r"too large for stack|truncated explanation|assuming .* is unsafe uintptr|"
    r"marking .* as escaping|can inline |cannot inline |inlining call to )")
# gosubc -m at -O1 and above adds "heap allocation of X removed after inlining" for a site LLVM
# deleted (codegen/cg_removed.c); gc never prints it, and the site's escape decision has its own
# line, so it is neither matched, nor unexpected, nor counted among the other messages.
REMOVED_NOTE = re.compile(r"^heap allocation of .* removed after inlining$")

ERR_RX = re.compile(r"// (?:GC_)?ERROR (.*)")
ERRAUTO_RX = re.compile(r"// (?:GC_)?ERRORAUTO (.*)")
QUOTES_RX = re.compile(r'"([^"]*)"')
LINE_RX = re.compile(r"LINE(([+-])([0-9]+))?")


def go_regexp(rx):
    """Go's RE2 syntax to Python's for the constructs the tests use."""
    rx = rx.replace(r"\Q", "").replace(r"\E", "")
    return rx


def flags_of(path):
    first = ""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:   # the recipe is the first line after any build constraints (run.go)
            line = line.strip()
            if line and not line.startswith(("// +build", "//go:build")):
                first = line
                break
    if not first.startswith("// errorcheck"):
        return None
    words = first.split()[2:]
    m = 0
    for w in words:
        if w == "-m":
            m += 1
        elif w.startswith("-m="):
            m = int(w[3:])
    return {"m": m, "words": words, "action": first.split()[1]}


def wanted(path, short):
    """The (line, regexp text, compiled regexp) triples of a file's annotations."""
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines):
        n = i + 1
        if "////" in line:
            continue
        m = ERRAUTO_RX.search(line) or ERR_RX.search(line)
        if not m:
            continue
        for q in QUOTES_RX.findall(m.group(1)):
            def line_sub(mm, n=n):
                k = n
                if mm.group(0).startswith("LINE+"):
                    k += int(mm.group(3))
                elif mm.group(0).startswith("LINE-"):
                    k -= int(mm.group(3))
                return "%s:%d" % (short, k)
            text = LINE_RX.sub(line_sub, q)
            try:
                rx = re.compile(go_regexp(text))
            except re.error:
                rx = None
            out.append((n, text, rx))
    return out


def limit_memory():
    # The -m notes are printed before code generation, which may still need a lot of memory
    # for the tests' huge arrays: cap the compiler at 2 GiB (the notes are kept if it dies).
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def is_sanitized(exe):
    """An AddressSanitizer build reserves terabytes of shadow address space, which an RLIMIT_AS
    cap would refuse: such a compiler runs without the cap."""
    with open(exe, "rb") as f:
        return b"__asan_init" in f.read()


def run_compiler(args, path, m_level, words):
    short = os.path.basename(path)
    with tempfile.TemporaryDirectory() as tmp:
        if args.gc:
            cmd = [GO, "tool", "compile", "-p=p", "-o", os.path.join(tmp, "o.o")]
            cmd += [w for w in words if w != "-0"]
        else:
            cmd = [args.gosubc, "build", "-m=2" if m_level >= 2 else "-m", "-complete=false",
                   "-o", os.path.join(tmp, "out")]
            if "-l" in words:   # gc's -l: no inlining, as gosubc's
                cmd.insert(2, "-l")
        cmd.append(short)
        try:
            p = subprocess.run(cmd, cwd=os.path.dirname(path), capture_output=True, text=True,
                               timeout=args.timeout, errors="replace",
                               preexec_fn=None if args.sanitized else limit_memory)
        except subprocess.TimeoutExpired as e:
            out = e.stdout or ""
            out = out.decode(errors="replace") if isinstance(out, bytes) else out
            err = e.stderr or ""
            err = err.decode(errors="replace") if isinstance(err, bytes) else err
            return None, (out + err).splitlines()
        return p.returncode, (p.stdout + p.stderr).splitlines()


def line_prefix(msg, short):
    """'file.go:12:5: text' -> (12, 'text') when the message is about this file."""
    m = re.match(r"^(?:\./)?" + re.escape(short) + r":(\d+)(?::\d+)?: (.*)$", msg)
    if not m:
        return None, None
    return int(m.group(1)), m.group(2)


DECL_STARTS = ("func ", "type ", "var ", "const ", "import ")


def strip_unsupported(args, path, tmpdir):
    """--strip: a copy of the file without the top-level declarations gosubc rejects (and the
    imports it cannot provide), so that the analysis of the rest can be scored. Removing a
    declaration removes its annotations too."""
    lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
    short = os.path.basename(path)
    dst = os.path.join(tmpdir, short)
    for _ in range(200):
        with open(dst, "w") as f:
            f.write("\n".join(lines))
        _, out = run_compiler(args, dst, 1, [])
        errs = []
        for msg in out:
            ln, text = line_prefix(msg, short)
            if ln is not None and not ESCAPE_NOTE.search(text):
                errs.append(ln)
        if not errs:
            break
        e = min(errs) - 1
        if lines[e].startswith(('\t"', 'import "')):
            lines[e] = ""
            continue
        s = e
        while s > 0 and not lines[s].startswith(DECL_STARTS):
            s -= 1
        if not lines[s].startswith(DECL_STARTS):
            break
        t = s
        code = lines[s].split("//")[0].rstrip()
        if code.endswith(("{", "(")):
            close = "}" if code.endswith("{") else ")"
            while t < len(lines) and lines[t] != close:
                t += 1
        for k in range(s, min(t + 1, len(lines))):
            lines[k] = ""
    return dst


def score(args, path):
    short = os.path.basename(path)
    if args.strip:
        path = strip_unsupported(args, path, args.strip_dir)
    fl = flags_of(path)
    want = wanted(path, short)
    rc, out = run_compiler(args, path, fl["m"] if fl else 1, fl["words"] if fl else ["-m", "-l"])
    diags, others = [], 0
    for msg in out:
        ln, text = line_prefix(msg, short)
        if ln is None:
            continue
        if REMOVED_NOTE.search(text):
            continue   # gosub's note on LLVM's deletions, no gc counterpart (docs/escape.md)
        if ESCAPE_NOTE.search(text):
            diags.append((ln, msg))
        else:
            others += 1
    res = {"file": short, "want": len(want), "lines": len({w[0] for w in want}),
           "matched": 0, "missed": 0, "unexpected": 0, "other": others,
           "compiled": not (rc != 0 and not diags), "matched_lines": 0}
    if not res["compiled"]:
        res["missed"] = len(want)
        return res
    # gc's errorCheck: per annotation, partition the diagnostics of its line
    remaining = list(diags)
    line_ok = {}
    for ln, text, rx in want:
        mine = [d for d in remaining if d[0] == ln]
        rest = [d for d in remaining if d[0] != ln]
        ok = False
        for d in mine:
            body = d[1].split(" ", 1)[1] if " " in d[1] else d[1]
            if rx is not None and rx.search(body):
                ok = True
            else:
                rest.append(d)
        remaining = rest
        line_ok[ln] = line_ok.get(ln, True) and ok
        res["matched" if ok else "missed"] += 1
        if args.verbose and not ok:
            print("  missed: %s:%d: %s   (got: %s)" % (short, ln, text,
                  "; ".join(d[1].split(" ", 1)[-1] for d in diags if d[0] == ln) or "nothing"))
    res["matched_lines"] = sum(1 for v in line_ok.values() if v)
    res["unexpected"] = len(remaining)
    if args.verbose:
        for d in remaining:
            print("  unexpected: %s" % d[1])
    return res


def default_files():
    files = []
    for p in sorted(glob.glob(os.path.join(TESTDIR, "*.go"))):
        fl = flags_of(p)
        if fl and fl["m"] >= 1 and os.path.basename(p).startswith("escape"):
            files.append(p)
    return files


def inline_files():
    """--inline: the files gc checks with inlining on (`errorcheck -0 -m`, no -l): Go's
    test/escape*.go, test/inline*.go and test/fixedbugs/*.go (single files only)."""
    files = []
    for pat in ("escape*.go", "inline*.go", "fixedbugs/*.go"):
        for p in sorted(glob.glob(os.path.join(TESTDIR, pat))):
            fl = flags_of(p)
            if fl and fl["m"] >= 1 and "-l" not in fl["words"] and "-0" in fl["words"] and \
                    fl["action"] in ("errorcheck", "errorcheckwithauto"):
                files.append(p)
    return files


def read_thresholds():
    t = {"min_match": 0.0, "min_match_compiled": 0.0, "max_unexpected": 1.0}
    p = os.path.join(HERE, "thresholds.txt")
    if os.path.exists(p):
        for line in open(p):
            line = line.split("#")[0].strip()
            if "=" in line:
                k, v = line.split("=", 1)
                t[k.strip()] = float(v)
    return t


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--gosubc", default=os.environ.get("GOSUBC",
                    os.path.join(HERE, "..", "..", "build", "gosubc")))
    ap.add_argument("--gc", action="store_true", help="score Go's own compiler (sanity check)")
    ap.add_argument("--results", help="write the table to this file too")
    ap.add_argument("--timeout", type=int, default=30)
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--strip", action="store_true",
                    help="drop the declarations gosubc cannot compile, to score the analysis alone")
    ap.add_argument("--inline", action="store_true",
                    help="score the files gc checks with inlining on (errorcheck -0 -m without -l)")
    ap.add_argument("--min-match", type=float)
    ap.add_argument("--max-unexpected", type=float)
    args = ap.parse_args()
    files = [os.path.abspath(f) for f in args.files] or (inline_files() if args.inline else default_files())
    args.gosubc = os.path.abspath(args.gosubc)
    args.sanitized = not args.gc and is_sanitized(args.gosubc)

    tmp = tempfile.TemporaryDirectory()
    args.strip_dir = tmp.name
    rows = []
    header = "%-28s %6s %7s %6s %6s %5s  %s" % ("file", "annot", "matched", "missed", "unexp", "other", "status")
    lines = [header, "-" * len(header)]
    for f in files:
        if args.verbose:
            print(f)
        r = score(args, f)
        rows.append(r)
        lines.append("%-28s %6d %7d %6d %6d %5d  %s" % (
            r["file"], r["want"], r["matched"], r["missed"], r["unexpected"], r["other"],
            "ok" if r["compiled"] else "not compiled"))
    tw = sum(r["want"] for r in rows)
    tm = sum(r["matched"] for r in rows)
    tu = sum(r["unexpected"] for r in rows)
    nc = sum(1 for r in rows if not r["compiled"])
    cw = sum(r["want"] for r in rows if r["compiled"])
    cm = sum(r["matched"] for r in rows if r["compiled"])
    diag_total = tm + tu
    match_rate = tm / tw if tw else 1.0
    unexp_rate = tu / diag_total if diag_total else 0.0
    lines.append("-" * len(header))
    lines.append("%-28s %6d %7d %6d %6d" % ("TOTAL", tw, tm, tw - tm, tu))
    lines.append("files: %d (%d not compiled)" % (len(rows), nc))
    lines.append("annotations matched: %d/%d = %.1f%% (in compiled files: %d/%d = %.1f%%)" % (
        tm, tw, 100 * match_rate, cm, cw, 100 * (cm / cw if cw else 1.0)))
    lines.append("unexpected diagnostics: %d = %.1f%% of the diagnostics matched or unexpected" % (
        tu, 100 * unexp_rate))
    text = "\n".join(lines)
    print(text)
    if args.results:
        with open(args.results, "w") as f:
            f.write(text + "\n")

    t = read_thresholds()
    if args.inline:   # the inline set's own thresholds (inline_min_match, ...)
        t = {k[len("inline_"):]: v for k, v in t.items() if k.startswith("inline_")} or \
            {"min_match": 0.0, "min_match_compiled": 0.0, "max_unexpected": 1.0}
    min_match = args.min_match if args.min_match is not None else t["min_match"]
    max_unexp = args.max_unexpected if args.max_unexpected is not None else t["max_unexpected"]
    compiled_rate = cm / cw if cw else 1.0
    if match_rate < min_match or unexp_rate > max_unexp or compiled_rate < t["min_match_compiled"]:
        print("FAIL: below the threshold (match >= %.3f, in compiled files >= %.3f, unexpected <= %.3f)"
              % (min_match, t["min_match_compiled"], max_unexp))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
