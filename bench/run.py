#!/usr/bin/env python3
"""bench/run.py: the benchmark runner.

Input:  the Go programs in bench/programs/ (each self-contained, printing a checksum).
Output: bench/results/results.md (a Markdown table), bench/results/chart.svg (wall time relative
to gc) and bench/results/chart-cpu.svg (CPU time relative to gc), drawn with gnuplot.

Each program is built four ways: gosubc -O2, gosubc -O2 -escape=off, `go build` (gc) and
`gccgo -O2` (when installed). The concurrency programs (CONCURRENT) also run gc's binary a second
time as "gc GOMAXPROCS=1": gosub runs every goroutine on one thread, so gc on one thread is the
like-for-like comparison, and gc at its default is what users get. Every build runs once as a warm-up (that run also checks the output
against gc's and reads gosub's allocation counters), then the builds of one program run
round-robin N times, so that a burst of load from other work on the machine falls on all of
them alike. Only ratios measured side by side in one run mean anything; absolute times on a
busy machine do not.

    python3 bench/run.py [--quick] [--only NAME] [--runs N] [--gosubc PATH]
"""

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
PROGRAMS = os.path.join(BENCH, "programs")
RESULTS = os.path.join(BENCH, "results")
# Go 1.19 is the reference gosub follows; Debian installs it outside PATH.
GO = "/usr/lib/go-1.19/bin/go" if os.path.exists("/usr/lib/go-1.19/bin/go") else shutil.which("go") or "go"

# The gosub runtime's report line under GOSUBDEBUG=allocs=1 (runtime/rt_main.c).
ALLOC_LINE = re.compile(rb"^gosub: heap allocations: (\d+) objects, (\d+) bytes, (\d+) collections\n",
                        re.M)

# A wrapper main for a second build under gc and gccgo that reports their own allocation
# counters, so the table can compare gosub's object counts with theirs (runtime.MemStats counts
# the Go runtime's own start-up objects too: see the `startup` program's row).
GO_COUNTER = """package main

import "runtime"

func main() {
	benchMain()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	println("go: heap allocations:", m.Mallocs, "objects,", m.TotalAlloc, "bytes,", m.NumGC, "collections")
}
"""
GO_ALLOC_LINE = re.compile(rb"go: heap allocations: (\d+) objects, (\d+) bytes, (\d+) collections")


# The concurrency programs, by name prefix: they get the "gc GOMAXPROCS=1" variant, and the
# report's second table compares every build with it.
CONCURRENT = ("chan-", "go-", "mutex-")
GC1 = "gc GOMAXPROCS=1"


def concurrent(name):
    return name.startswith(CONCURRENT)


class Variant:
    """One way of building a program: a name for the table and a build command; or, with
    `same_as`, another variant's executable run with extra environment variables."""

    def __init__(self, name, build, env=None, same_as=None, only_concurrent=False):
        self.name = name
        self.build = build  # (source, exe) -> argv
        self.env = env or {}
        self.same_as = same_as
        self.only_concurrent = only_concurrent

    def applies(self, program):
        return not self.only_concurrent or concurrent(program)


def variants(gosubc, with_gc1):
    vs = [
        Variant("gosub", lambda src, exe: [gosubc, "build", "-O2", "-o", exe, src]),
        Variant("gosub -escape=off",
                lambda src, exe: [gosubc, "build", "-O2", "-escape=off", "-o", exe, src]),
        Variant("gc", lambda src, exe: [GO, "build", "-o", exe, src]),
    ]
    if with_gc1:
        vs.append(Variant(GC1, None, env={"GOMAXPROCS": "1"}, same_as="gc", only_concurrent=True))
    if shutil.which("gccgo"):
        vs.append(Variant("gccgo -O2", lambda src, exe: ["gccgo", "-O2", "-o", exe, src]))
    return vs


class Result:
    """Everything measured for one (program, variant)."""

    def __init__(self):
        self.times = []
        self.cpu = []
        self.rss_kb = 0
        self.allocs = None  # (objects, bytes) or None
        self.output = None
        self.error = None   # a build or run failure, for the table


# Peak RSS comes from GNU time when it is installed: a child forked from Python inherits
# Python's high-water mark across exec (Linux keeps ru_maxrss over execve), which would put a
# ~15 MiB floor under every figure; GNU time is small, so its children start near zero.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


# Seconds after which one run is killed and reported as "timed out".
RUN_TIMEOUT = 120


def kill_group(pid):
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # it ended as the timer fired


def run_once(exe, env):
    """Run exe, return (wall seconds, CPU seconds, peak RSS in KiB, combined output, status).

    CPU time (user + system, all threads) is reported next to wall time because gc and Boehm
    both collect on other threads: on a 2-core machine wall time hides that work."""
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile(mode="r") as rss:
        argv = [GNU_TIME, "-q", "-o", rss.name, "-f", "%M", exe] if GNU_TIME else [exe]
        start = time.perf_counter()
        # A session of its own, so that a hung run is killed with GNU time's child too.
        p = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, env=env,
                             start_new_session=True)
        timer = threading.Timer(RUN_TIMEOUT, kill_group, (p.pid,))
        timer.start()
        _, status, ru = os.wait4(p.pid, 0)
        timer.cancel()
        elapsed = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if elapsed >= RUN_TIMEOUT:
            code = "timeout"  # killed: a program under test that hangs (a deadlock, a lost wake-up)
        p.returncode = code
        maxrss = ru.ru_maxrss
        if GNU_TIME:
            text = rss.read().strip().splitlines()
            maxrss = int(text[-1]) if text and text[-1].isdigit() else 0
        out.seek(0)
        return elapsed, ru.ru_utime + ru.ru_stime, maxrss, out.read(), code


def build(variant, src, exe, env):
    r = subprocess.run(variant.build(src, exe), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    if r.returncode != 0:
        first = r.stdout.decode(errors="replace").strip().splitlines()[:1]
        return "build failed: " + (first[0] if first else "exit %d" % r.returncode)
    return None


def go_alloc_counts(variant, src, tmp, env):
    """Build the program with the counting wrapper main; return (objects, bytes) or None.
    variant is the one that builds; env carries the measured variant's own settings."""
    text = open(src).read()
    renamed, n = re.subn(r"^func main\(\) \{", "func benchMain() {", text, flags=re.M)
    if n != 1:
        return None
    d = tempfile.mkdtemp(dir=tmp)
    prog, counter, exe = (os.path.join(d, f) for f in ("prog.go", "counter.go", "counted"))
    with open(prog, "w") as f:
        f.write(renamed)
    with open(counter, "w") as f:
        f.write(GO_COUNTER)
    argv = variant.build(prog, exe) + [counter]
    r = subprocess.run(argv, cwd=d, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if r.returncode != 0:
        return None
    _, _, _, out, _ = run_once(exe, env)
    m = GO_ALLOC_LINE.search(out)
    return (int(m.group(1)), int(m.group(2))) if m else None


def measure_program(name, vs, runs, tmp, env):
    """Measure the variants in vs that apply to program `name`; return {variant name: Result}."""
    src = os.path.join(PROGRAMS, name + ".go")
    vs = [v for v in vs if v.applies(name)]
    by_name = {v.name: v for v in vs}
    res = {v.name: Result() for v in vs}
    exes = {}
    for v in vs:
        if v.same_as:
            res[v.name].error = res[v.same_as].error
            if v.same_as in exes:
                exes[v.name] = exes[v.same_as]
            continue
        exe = os.path.join(tmp, name + "." + re.sub(r"\W+", "_", v.name))
        res[v.name].error = build(v, src, exe, env)
        if res[v.name].error is None:
            exes[v.name] = exe
    envs = {v.name: dict(env, **v.env) for v in vs}
    # Warm-up: one run each; it also gives the output and the allocation counters.
    for vname, exe in list(exes.items()):
        _, _, rss, out, code = run_once(exe, envs[vname])
        r = res[vname]
        m = ALLOC_LINE.search(out)
        if m:
            r.allocs = (int(m.group(1)), int(m.group(2)))
        r.output = ALLOC_LINE.sub(b"", out)
        if code == "timeout":
            r.error = "timed out after %d s" % RUN_TIMEOUT
            del exes[vname]  # not timed: every run would hang again
        elif code != 0:
            r.error = "exit status %d" % code
    for v in vs:
        if v.name in ("gc", GC1, "gccgo -O2") and v.name in exes:
            builder = by_name[v.same_as] if v.same_as else v
            res[v.name].allocs = go_alloc_counts(builder, src, tmp, envs[v.name])
    for _ in range(runs):
        for vname, exe in exes.items():
            t, cpu, rss, _, _ = run_once(exe, envs[vname])
            res[vname].times.append(t)
            res[vname].cpu.append(cpu)
            res[vname].rss_kb = max(res[vname].rss_kb, rss)
    return res


def fmt_bytes(n):
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return ("%d %s" % (n, unit)) if unit == "B" else ("%.1f %s" % (n, unit))
        n /= 1024.0


def table_rows(name, res, vs):
    gc = res.get("gc")
    gc_med = statistics.median(gc.times) if gc and gc.times else None
    gc_cpu = statistics.median(gc.cpu) if gc and gc.cpu else None
    rows = []
    for v in vs:
        r = res.get(v.name)
        if r is None:
            continue  # a variant that does not apply to this program
        if not r.times:
            rows.append("| %s | %s | %s | | | | | | | | |" % (name, v.name, r.error or "not run"))
            continue
        med = statistics.median(r.times)
        ratio = "%.2f" % (med / gc_med) if gc_med else "n/a"
        cpu = statistics.median(r.cpu)
        cpu_ratio = "%.2f" % (cpu / gc_cpu) if gc_cpu else "n/a"
        allocs = "%d" % r.allocs[0] if r.allocs else ""
        nbytes = fmt_bytes(r.allocs[1]) if r.allocs else ""
        ok = "yes" if gc and r.output == gc.output else "NO"
        if r.error:
            ok = r.error
        rows.append("| %s | %s | %.3f s | %.3f-%.3f | %s | %.3f s | %s | %s | %s | %.1f MiB | %s |" % (
            name, v.name, med, min(r.times), max(r.times), ratio, cpu, cpu_ratio, allocs, nbytes,
            r.rss_kb / 1024.0, ok))
    return rows


def ratio_cell(a, b):
    return "%.2f" % (a / b) if a and b else "n/a"


def concurrency_rows(name, res, vs):
    """The concurrency table's rows: each build against gc at GOMAXPROCS=1 (wall, CPU, peak RSS)
    and, for RSS, against gc at its default too. gc GOMAXPROCS=1 itself is the reference."""
    one, gc = res.get(GC1), res.get("gc")
    if not one or not one.times:
        return []
    one_med, one_cpu = statistics.median(one.times), statistics.median(one.cpu)
    rows = []
    for v in vs:
        r = res.get(v.name)
        if r is None or v.name == GC1:
            continue
        if not r.times:
            why = "failed (see above)" if r.error else "not run"
            rows.append("| %s | %s | %s | | | | | |" % (name, v.name, why))
            continue
        med, cpu = statistics.median(r.times), statistics.median(r.cpu)
        rows.append("| %s | %s | %.3f s | %s | %s | %.1f MiB | %s | %s |" % (
            name, v.name, med, ratio_cell(med, one_med), ratio_cell(cpu, one_cpu),
            r.rss_kb / 1024.0, ratio_cell(r.rss_kb, one.rss_kb),
            ratio_cell(r.rss_kb, gc.rss_kb if gc else 0)))
    return rows


def tool_version(argv):
    try:
        r = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
        return r.stdout.decode(errors="replace").strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "unknown"


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def write_markdown(path, all_res, vs, runs, elapsed):
    lines = [
        "# gosub benchmark results",
        "",
        "Generated by `python3 bench/run.py` on %s (%d CPUs, %s), %d timed runs per build after "
        "one warm-up, round-robin across builds; whole run %.0f s. %s; %s; gosubc %s." % (
            time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), os.cpu_count(), cpu_model(), runs,
            elapsed, tool_version([GO, "version"]), tool_version(["gccgo", "--version"]),
            "at git " + git_head()),
        "",
        "*median*, *min-max*: wall-clock seconds; *ratio*: the median over gc's median measured in the "
        "same run; *CPU*: median user+system seconds over all threads (gc and Boehm collect on other "
        "threads, which wall time on 2 cores partly hides; on a busy machine it is also the steadier "
        "figure for single-threaded work), *CPU ratio* its ratio to gc's. *allocs*/*bytes*: gosub's own counters (`GOSUBDEBUG=allocs=1`); for gc and gccgo, "
        "`runtime.MemStats` from a second build with a counting `main` wrapper (it includes their "
        "runtimes' start-up objects: see `startup`). *RSS*: peak resident set (`ru_maxrss`, "
        "through GNU time). "
        "*output ok*: stdout+stderr equal to gc's, gosub's allocation line removed.",
        "",
        "| program | compiler | median | min-max | ratio to gc | CPU | CPU ratio | allocs | bytes | RSS "
        "| output ok |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for name, res in all_res:
        lines += table_rows(name, res, vs)
    conc = [row for name, res in all_res for row in concurrency_rows(name, res, vs)]
    if conc:
        lines += [
            "",
            "## Concurrency programs against gc on one thread",
            "",
            "gosub runs all goroutines on one OS thread, so for the concurrency programs the table "
            "above has a second gc row, the same gc executable run with `GOMAXPROCS=1`; its *ratio "
            "to gc* is to gc at its default (%d CPUs here), like every other row's. Below, each "
            "build against that one-thread gc: *wall* and *CPU* are median ratios, *RSS* the peak "
            "resident set, *RSS / gc1* and *RSS / gc* its ratio to gc's at GOMAXPROCS=1 and at its "
            "default." % os.cpu_count(),
            "",
            "| program | compiler | median | wall / gc1 | CPU / gc1 | RSS | RSS / gc1 | RSS / gc |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ] + conc
    lines += ["", "![wall time relative to gc](chart.svg)", "",
              "![CPU time relative to gc](chart-cpu.svg)", ""]
    with open(path, "w") as f:
        f.write("\n".join(lines))


def git_head():
    """The commit gosubc was built from, with "-dirty" when tracked files have local changes."""
    r = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL)
    head = r.stdout.decode().strip() or "unknown"
    r = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return head + ("-dirty" if r.stdout.strip() else "")


def write_chart(path, all_res, vs, tmp, what="times", label="Wall time"):
    """Grouped bars, one group per program, one bar per non-gc build: median / gc's median of
    `what` (the Result field: "times" for wall time, "cpu" for CPU time)."""
    others = [v.name for v in vs if v.name != "gc"]
    data = os.path.join(tmp, what + ".dat")
    with open(data, "w") as f:
        f.write("program\t" + "\t".join('"%s"' % n for n in others) + "\n")
        for name, res in all_res:
            gc = res.get("gc")
            if not gc or not getattr(gc, what):
                continue
            g = statistics.median(getattr(gc, what)) or 1e-9
            cells = [("%.4f" % (statistics.median(getattr(res[n], what)) / g))
                     if n in res and getattr(res[n], what) else "NaN" for n in others]
            f.write(name + "\t" + "\t".join(cells) + "\n")
    width = max(900, 48 * len(all_res) + 200)
    script = "\n".join([
        "set terminal svg size %d,560 dynamic font 'sans,11' background rgb 'white'" % width,
        "set output '%s'" % path,
        "set title '%s relative to gc (lower is better; log scale; 1 = gc)'" % label,
        "set style data histogram",
        "set style histogram clustered gap 1",
        "set style fill solid 0.85 border -1",
        "set boxwidth 0.9",
        "set logscale y 2",
        "set yrange [1.0/128:128]",
        "set ytics ('1/128' 1.0/128, '1/32' 1.0/32, '1/8' 0.125, '1/2' 0.5, '1' 1, '2' 2, "
        "'8' 8, '32' 32, '128' 128)",
        "set grid ytics",
        "set xtics rotate by 40 right offset 0,-0.3 nomirror",
        "set bmargin 8",
        "set key outside top center horizontal",
        "set ylabel '%s / gc' " % label.lower(),
        "set arrow from graph 0, first 1 to graph 1, first 1 nohead lw 2 lc rgb 'black'",
        "plot " + ", ".join("'%s' using %d:xtic(1) title columnheader(%d) lc rgb '%s'" % (
            data, i + 2, i + 2, ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"][i % 4])
            for i in range(len(others))),
        "",
    ])
    r = subprocess.run(["gnuplot"], input=script.encode(), stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT)
    if r.returncode != 0:
        print("gnuplot failed:\n" + r.stdout.decode(errors="replace"), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="3 timed runs instead of 5")
    ap.add_argument("--only", action="append", default=[],
                    help="run only programs whose name contains NAME (repeatable)")
    ap.add_argument("--runs", type=int, help="timed runs per build (default 5, --quick 3)")
    ap.add_argument("--gosubc", default=os.environ.get("GOSUBC", os.path.join(ROOT, "build", "gosubc")),
                    help="the gosubc to use (default: $GOSUBC or build/gosubc)")
    ap.add_argument("--out", default=RESULTS, help="directory for results.md and chart.svg")
    args = ap.parse_args()
    runs = args.runs or (3 if args.quick else 5)
    if not os.access(args.gosubc, os.X_OK):
        sys.exit("run.py: no gosubc at %s (build it, or pass --gosubc)" % args.gosubc)

    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".go"))
    if args.only:
        names = [n for n in names if any(o in n for o in args.only)]
    if not names:
        sys.exit("run.py: no program in %s matches %s" % (PROGRAMS, " ".join(args.only)))
    vs = variants(os.path.abspath(args.gosubc), any(concurrent(n) for n in names))
    tmp = tempfile.mkdtemp(prefix="gosub-bench-")
    env = dict(os.environ, GOSUBDEBUG="allocs=1", GO111MODULE="off", GOFLAGS="")
    if "GOCACHE" not in env and "HOME" not in env:
        env["GOCACHE"] = os.path.join(tmp, "gocache")
    start = time.perf_counter()
    all_res = []
    try:
        for name in names:
            t0 = time.perf_counter()
            res = measure_program(name, vs, runs, tmp, env)
            all_res.append((name, res))
            summary = "  ".join("%s %.3f" % (v.name, statistics.median(res[v.name].times))
                                for v in vs if v.name in res and res[v.name].times)
            print("%-16s %5.1fs  %s" % (name, time.perf_counter() - t0, summary), flush=True)
        os.makedirs(args.out, exist_ok=True)
        write_markdown(os.path.join(args.out, "results.md"), all_res, vs, runs,
                       time.perf_counter() - start)
        write_chart(os.path.join(args.out, "chart.svg"), all_res, vs, tmp)
        write_chart(os.path.join(args.out, "chart-cpu.svg"), all_res, vs, tmp, "cpu", "CPU time")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("wrote %s/results.md, chart.svg and chart-cpu.svg in %.0f s" % (args.out, time.perf_counter() - start))


if __name__ == "__main__":
    main()
