"""What debug information costs: compile time and executable size of bench/programs with DWARF
(the default) and without (-ldflags=-w), and whether the machine code differs (it must not).

    python3 bench/debug_cost.py [--gosubc build/gosubc] [--opt 2] [--runs 3] [--only NAME]

Besides bench/programs: "std", scale.py's program using every standard package gosub compiles
from Go's sources, and "mixed-20k", gen_large.py's mixed program at --scale 0.2 (20,000 lines).
Builds run with GOSUBCACHE=off, so every build compiles the whole program (one module) instead of
taking packages from the cache. Compile time is the fastest of --runs builds (the machine is
shared: the minimum is the least disturbed). "same code" compares the two builds' `-S` output
with the debug directives (.loc, .file, .cfi_* for .debug_frame, DEBUG_VALUE comments, the labels the
line tables use and the .debug_* sections) taken out. The report goes to stdout as a Markdown table."""
import argparse, os, re, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
VARIANTS = [("dwarf", []), ("-w", ["-ldflags=-w"]), ("-s -w", ["-ldflags=-s -w"])]
DEBUG_LINE = re.compile(r'^\s*(\.loc\b|\.file\b|\.cfi_|#DEBUG_VALUE|\.Ltmp\d+:|\.Lfunc_(begin|end)\d+:'
                        r'|\.Ldebug_|\.Lsection_|\.section\s+"\.note\.GNU-stack")')


def build(gosubc, src, flags, out, env):
    start = time.monotonic()
    subprocess.run([gosubc, "build"] + flags + ["-o", out, src], check=True, env=env)
    return time.monotonic() - start


def code_only(asm_path):
    """The assembly without debug directives, up to the first .debug_ section."""
    lines = []
    for line in open(asm_path):
        if line.lstrip().startswith(".section\t.debug_"):
            break
        if not DEBUG_LINE.match(line):
            lines.append(line)
    return lines


def same_code(gosubc, src, opt, d, env):
    a, b = os.path.join(d, "a.s"), os.path.join(d, "b.s")
    build(gosubc, src, ["-O%d" % opt, "-S"], a, env)
    build(gosubc, src, ["-O%d" % opt, "-S", "-ldflags=-w"], b, env)
    return code_only(a) == code_only(b)


def extra_programs(d):
    """The standard-library closure and a generated 20,000-line program, written into d."""
    sys.path.insert(0, HERE)
    from scale import STD
    std = os.path.join(d, "std.go")
    open(std, "w").write(STD)
    mixed = os.path.join(d, "mixed-20k.go")
    subprocess.run([sys.executable, os.path.join(HERE, "gen_large.py"), "mixed", "--scale", "0.2",
                    "-o", mixed], check=True)
    return [std, mixed]


def measure(gosubc, src, opt, runs, d, env):
    row = {}
    for name, flags in VARIANTS:
        exe = os.path.join(d, "prog")
        secs = min(build(gosubc, src, ["-O%d" % opt] + flags, exe, env) for _ in range(runs))
        row[name] = (secs, os.path.getsize(exe))
    return row


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gosubc", default="build/gosubc")
    ap.add_argument("--opt", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", action="append", default=[])
    a = ap.parse_args()
    env = dict(os.environ, GOSUBCACHE="off")
    src_dir = tempfile.mkdtemp(prefix="gosub-dbg-src-")
    progs = sorted(os.path.join(HERE, "programs", f) for f in os.listdir(os.path.join(HERE, "programs"))
                   if f.endswith(".go")) + extra_programs(src_dir)
    progs = [p for p in progs if not a.only or any(o in os.path.basename(p) for o in a.only)]
    print("| program (-O%d) | compile, DWARF | compile, -w | size, DWARF | size, -w | size, -s -w | same code |" % a.opt)
    print("| --- | --- | --- | --- | --- | --- | --- |")
    totals = [0.0, 0.0, 0, 0, 0]
    with tempfile.TemporaryDirectory(prefix="gosub-dbg-") as d:
        for src in progs:
            r = measure(a.gosubc, src, a.opt, a.runs, d, env)
            same = same_code(a.gosubc, src, a.opt, d, env)
            vals = [r["dwarf"][0], r["-w"][0], r["dwarf"][1], r["-w"][1], r["-s -w"][1]]
            totals = [t + v for t, v in zip(totals, vals)]
            print("| %s | %.2f s | %.2f s | %d KiB | %d KiB | %d KiB | %s |" % (
                os.path.basename(src)[:-3], vals[0], vals[1], vals[2] // 1024, vals[3] // 1024, vals[4] // 1024,
                "yes" if same else "**no**"))
            sys.stdout.flush()
    print("| total | %.2f s | %.2f s | %d KiB | %d KiB | %d KiB | |" % (
        totals[0], totals[1], totals[2] // 1024, totals[3] // 1024, totals[4] // 1024))


if __name__ == "__main__":
    main()
