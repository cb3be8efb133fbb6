"""Build latency with and without the package cache (docs/cache.md), beside `go build`.

    python3 bench/build_latency.py [--gosubc build/gosubc] [--runs 3] [--out bench/results/build-latency.md]

The program is bench/latency/imports.go (strings, strconv, sort, unicode, bufio, os, fmt). Rows:
gosubc with a cold cache (emptied before each run), with a warm cache (nothing changed: the
executable itself comes from the cache), with GOSUBCACHE=off, and with a warm cache after an edit
of the main package (its imports come from the cache, it is compiled and linked);
go build with a warm GOCACHE, and go build -a (every package compiled again). Each row gives the
median wall time of --runs builds and the executable's size. Reports only: no test asserts speed."""
import argparse, os, statistics, subprocess, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
GO = "/usr/lib/go-1.19/bin/go"


def timed(cmd, env, before=None, runs=3):
    times = []
    for _ in range(runs):
        if before:
            before()
        t = time.monotonic()
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.monotonic() - t)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gosubc", default=os.path.join(HERE, "..", "build", "gosubc"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", default=os.path.join(HERE, "results", "build-latency.md"))
    a = ap.parse_args()
    src = os.path.join(HERE, "latency", "imports.go")
    with tempfile.TemporaryDirectory() as tmp:
        cache, gocache, exe = os.path.join(tmp, "cache"), os.path.join(tmp, "gocache"), os.path.join(tmp, "x")
        env = dict(os.environ, GOSUBCACHE=cache, GOCACHE=gocache, GO111MODULE="off")
        gosub = [a.gosubc, "build", "-o", exe, src]
        clean = lambda: subprocess.run([a.gosubc, "clean", "-cache"], env=env, check=True)
        rows = [("gosubc, cold cache", timed(gosub, env, clean, a.runs))]
        rows.append(("gosubc, warm cache", timed(gosub, env, None, a.runs)))
        rows[-1] += (os.path.getsize(exe),)
        rows[0] += (os.path.getsize(exe),)
        rows.append(("gosubc, GOSUBCACHE=off", timed(gosub, dict(env, GOSUBCACHE="off"), None, a.runs),
                     os.path.getsize(exe)))
        # The main package edited between builds: its executable misses, its imports hit.
        edited = os.path.join(tmp, "imports.go")
        text = open(src).read()
        count = [0]
        def edit():
            count[0] += 1
            open(edited, "w").write(text + "\n// edit %d\n" % count[0])
        rows.append(("gosubc, warm cache, main package edited",
                     timed([a.gosubc, "build", "-o", exe, edited], env, edit, a.runs), os.path.getsize(exe)))
        gob = [GO, "build", "-o", exe, src]
        subprocess.run(gob, env=env, check=True)
        rows.append(("go build, warm cache", timed(gob, env, None, a.runs), os.path.getsize(exe)))
        rows.append(("go build -a", timed([GO, "build", "-a", "-o", exe, src], env, None, a.runs),
                     os.path.getsize(exe)))
    lines = ["| build of bench/latency/imports.go | wall s (median) | executable bytes |",
             "| --- | ---: | ---: |"]
    lines += ["| %s | %.2f | %d |" % r for r in rows]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    open(a.out, "w").write(text)


if __name__ == "__main__":
    main()
