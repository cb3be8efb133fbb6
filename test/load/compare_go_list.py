#!/usr/bin/env python3
"""compare_go_list.py: the loader's file selection against the go command's.

For each standard-library package below, runs `go list` (GOOS=linux GOARCH=amd64
CGO_ENABLED=0) and ld_lsdir (load/buildtags.c) on the package's directory, and compares
GoFiles; then, with tests included, TestGoFiles and XTestGoFiles too; then once more with
user tags. When go reports one of go/build's own errors (`found packages ...`, `build
constraints exclude all Go files in ...`, `no Go files in ...`), the loader must report the
same; other errors (cmd/go's checks of import paths, parse errors) are not compared.
Exits non-zero on any difference, printing each.

usage: compare_go_list.py --lsdir build/test/load/ld_lsdir [--go GO] [--all] [--every-dir]
  --all        also every package of `go list std cmd` (about 475; a few seconds)
  --every-dir  also every directory under $GOROOT/src, testdata included (about 800), listed
               by relative path: the odd cases live there (mixed packages, cgo-only, no files)
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

# The packages the brief asks for, then a few whose files depend on cgo, tags or experiments.
PACKAGES = """strings strconv sort math math/bits unicode unicode/utf8 bytes bufio io os syscall
internal/bytealg runtime sync sync/atomic time reflect
net os/user os/signal runtime/cgo runtime/race internal/goexperiment internal/cpu
internal/syscall/unix crypto/x509 crypto/sha256 math/big hash/crc32 path/filepath plugin
go/build time/tzdata runtime/internal/atomic internal/abi""".split()

FORMAT = ('{{.Dir}}\t{{join .GoFiles " "}}\t{{join .TestGoFiles " "}}\t'
          '{{join .XTestGoFiles " "}}\t{{if .Error}}{{.Error}}{{else}}-{{end}}')

FIELDS = ["GoFiles", "TestGoFiles", "XTestGoFiles"]


def go_env():
    env = dict(os.environ, GOOS="linux", GOARCH="amd64", CGO_ENABLED="0", GOFLAGS="",
               GO111MODULE="", GOEXPERIMENT="")
    env.setdefault("GOCACHE", os.path.join(tempfile.gettempdir(), "gosub-go-cache"))
    return env


def go_list(go, packages, tags, cwd=None):
    """{dir: [GoFiles, TestGoFiles, XTestGoFiles, error]} as the go command sees them."""
    cmd = [go, "list", "-e", "-f", FORMAT] + (["-tags", tags] if tags else []) + packages
    out = subprocess.run(cmd, env=go_env(), check=True, capture_output=True, text=True,
                         cwd=cwd).stdout
    return parse(out)


def every_dir(go):
    """Every directory under $GOROOT/src as `./rel` (go list's spelling for a testdata dir),
    and that source root."""
    root = subprocess.run([go, "env", "GOROOT"], env=go_env(), check=True,
                          capture_output=True, text=True).stdout.strip() + "/src"
    dirs = ["./" + os.path.relpath(d, root) for d, _, _ in os.walk(root) if d != root]
    return sorted(dirs), root


def all_packages(go):
    cmd = [go, "list", "-e", "std", "cmd"]
    return subprocess.run(cmd, env=go_env(), check=True, capture_output=True, text=True).stdout.split()


def lsdir(tool, dirs, tests, tags):
    """The same table as ld_lsdir prints it."""
    cmd = [tool] + (["-test"] if tests else []) + (["-tags", tags] if tags else []) + dirs
    return parse(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def parse(out):
    table = {}
    for line in out.splitlines():
        d, *rest = line.split("\t")
        if not d:  # ./builtin, "a pseudo-package": go list gives it no directory
            continue
        table[d] = [f.split() for f in rest[:3]] + [normal_error(rest[3])]
    return table


GO_BUILD_ERRORS = ("found packages ", "build constraints exclude all Go files in ",
                   "no Go files in ", "-")


def normal_error(e):
    """go/build's own errors without cmd/go's `package x: ` prefix; None for any other."""
    e = re.sub(r"^package \S+: ", "", e.strip())
    return e if e.startswith(GO_BUILD_ERRORS) else None


def compare(want, got, tests, label):
    """Prints each difference; returns how many there were."""
    bad = 0
    for d, w in want.items():
        g = got.get(d)
        fields = FIELDS if tests else FIELDS[:1]
        for i, name in enumerate(fields):
            if g is None or g[i] != w[i]:
                print(f"{label}: {d}: {name}\n  go list: {w[i]}\n  loader:  {g and g[i]}")
                bad += 1
        # Without tests the loader can report "no non-test Go files"; go list -e still lists.
        if g is not None and w[3] not in ("-", None) and w[3] != g[3]:
            print(f"{label}: {d}: error\n  go list: {w[3]}\n  loader:  {g[3]}")
            bad += 1
    return bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lsdir", required=True)
    ap.add_argument("--go", default="/usr/lib/go-1.19/bin/go")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--every-dir", action="store_true")
    args = ap.parse_args()
    packages = sorted(set(PACKAGES + (all_packages(args.go) if args.all else [])))
    runs = [(packages, None)] + ([every_dir(args.go)] if args.every_dir else [])
    bad = 0
    for targets, cwd in runs:
        for tests, tags in [(False, ""), (True, ""), (True, "netgo,osusergo,foo")]:
            want = go_list(args.go, targets, tags, cwd)
            got = lsdir(args.lsdir, sorted(want), tests, tags)
            label = "tests" if tests else "build"
            bad += compare(want, got, tests, label + (" -tags " + tags if tags else ""))
        print(f"{len(targets)} {'directories' if cwd else 'packages'} x 3 configurations: "
              f"{bad} differences so far")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
