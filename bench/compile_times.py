"""Compile times of generated big literals and values, and of unicode's tables (reports only:
speed is never asserted by a test; test/codegen/big-literals.go checks the IR shape).

    python3 bench/compile_times.py [--gosubc build/gosubc] [--timeout 120]

Each program is built at -O0 and -O2; the table gives wall seconds (or "timeout"/"crash")."""
import argparse, os, shutil, subprocess, sys, tempfile, time

N = 20000
GOROOT_UNICODE = "/usr/lib/go-1.19/src/unicode"


def programs():
    ints = ", ".join(str(i * 7 % 1000) for i in range(N))
    structs = ", ".join('{%d, %d, "s%d"}' % (i, i * 3, i % 100) for i in range(N))
    entries = ", ".join('"k%d": %d' % (i, i) for i in range(300))
    t = "type T struct {\n\ta, b int\n\ts    string\n}\n"
    use = "func main() { println(len(xs)) }\n"
    return {
        "global-ints": "var xs = []int{%s}\n%s" % (ints, use),
        "global-structs": "%svar xs = []T{%s}\n%s" % (t, structs, use),
        "local-ints": "func main() { xs := []int{%s}; println(len(xs)) }\n" % ints,
        "local-structs": "%sfunc main() { xs := []T{%s}; println(len(xs)) }\n" % (t, structs),
        "map-300": "var m = map[string]int{%s}\nfunc main() { println(len(m)) }\n" % entries,
        "byte-array-1M": "func f(a [1 << 20]byte) [1 << 20]byte { a[5] = 7; return a }\n"
                         "func main() { var a [1 << 20]byte; b := f(a); println(b[5]) }\n",
        "range-100000": "func main() {\n\tvar a [100000]int\n\ts := 0\n"
                        "\tfor i, v := range a { s += i * v }\n\tprintln(s)\n}\n",
    }


def write_unicode(d):
    """unicode's tables.go, letter.go and graphic.go as package main, with a main."""
    for f in ("tables.go", "letter.go", "graphic.go"):
        src = open(os.path.join(GOROOT_UNICODE, f)).read().replace("package unicode", "package main", 1)
        open(os.path.join(d, f), "w").write(src)
    open(os.path.join(d, "main.go"), "w").write(
        "package main\n\nfunc main() { println(len(Latin.R16), Upper.R16[3].Lo, Is(Upper, 'Q')) }\n")
    return [os.path.join(d, f) for f in ("tables.go", "letter.go", "graphic.go", "main.go")]


def build(gosubc, files, opt, out, timeout):
    start = time.monotonic()
    try:
        r = subprocess.run([gosubc, "build", "-O%d" % opt, "-o", out] + files,
                           capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout"
    took = time.monotonic() - start
    return "%.2f s" % took if r.returncode == 0 else "crash" if r.returncode < 0 else "error"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gosubc", default="build/gosubc")
    ap.add_argument("--timeout", type=float, default=120)
    a = ap.parse_args()
    d = tempfile.mkdtemp(prefix="gosub-ct-")
    cases = {}
    for name, body in programs().items():
        path = os.path.join(d, name + ".go")
        open(path, "w").write("package main\n\n" + body)
        cases[name] = [path]
    if os.path.isdir(GOROOT_UNICODE):
        os.mkdir(os.path.join(d, "unicode"))
        cases["unicode-tables"] = write_unicode(os.path.join(d, "unicode"))
    print("| program | -O0 | -O2 |\n| --- | --- | --- |")
    for name, files in cases.items():
        times = [build(a.gosubc, files, o, os.path.join(d, "a.out"), a.timeout) for o in (0, 2)]
        print("| %s | %s | %s |" % (name, times[0], times[1]))
        sys.stdout.flush()
    shutil.rmtree(d)


if __name__ == "__main__":
    main()
