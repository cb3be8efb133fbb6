"""Writes the FileCheck lines of a traceback test from gc's own output, so that every expected
line in this folder comes from `go run` (Go 1.19), masked where gosub may differ by design:

    python3 test/traceback/expect.py calls.go index [PREFIX]

runs the program with the given argument under gc and prints `// PREFIX: ...` lines for its
stderr and exit status. Masked: argument words (`main.f(0xc000...)` and gc's `main.f(...)`
become `main.f({{.*}})`), `+0x..` offsets, goroutine numbers other than 1, addresses in the
[signal ...] line, and the directory of the test file (lit runs it from elsewhere)."""
import os, re, subprocess, sys

GO = os.environ.get("GO", "/usr/lib/go-1.19/bin/go")
SPACE = "{{^[[:blank:]]}}"


def mask(line, src):
    m = re.match(r"\t(/.*):(\d+)( \+0x[0-9a-f]+)?$", line)
    if line.startswith("\t") and not m:
        return SPACE + line[1:]
    if m:
        path, num = m.group(1), m.group(2)
        if os.path.basename(path) == os.path.basename(src):
            path = "{{.*}}/" + os.path.basename(path)
        return "%s%s:%s{{( \\+0x[0-9a-f]+)?$}}" % (SPACE, path, num)
    line = re.sub(r"^(goroutine )(\d+)", lambda m: m.group(1) + (m.group(2) if m.group(2) == "1" else "{{[0-9]+}}"), line)
    line = re.sub(r"(pc|addr)=0x[0-9a-f]+", r"\1={{0x[0-9a-f]+}}", line)
    line = re.sub(r"^([^\t].*)\([^()]*\)$", r"\1({{.*}})", line)
    return line


def main():
    src, arg = sys.argv[1], sys.argv[2]
    prefix = sys.argv[3] if len(sys.argv) > 3 else arg.upper()
    p = subprocess.run([GO, "run", src, arg], capture_output=True, text=True)
    lines = p.stderr.splitlines()
    code = int(lines.pop()[len("exit status "):]) if lines and lines[-1].startswith("exit status ") else p.returncode
    out = []
    for i, line in enumerate(lines + ["exit status %d" % code]):
        kind = prefix if i == 0 else prefix + ("-EMPTY" if line == "" else "-NEXT")
        out.append("// %s:%s" % (kind, "" if line == "" else " " + mask(line, src)))
    print("\n".join(out))


if __name__ == "__main__":
    main()
