# lit configuration for gosub's tests: each test/<dir>/*.go file is one test whose `RUN:` lines
# are shell commands (see docs/students.md, "Adding a test").
#
# Substitutions:  %gosubc  the compiler under test     %go  Go 1.19's go command (the reference)
#                 %goroot  Go 1.19's GOROOT (its src/ holds the packages stdtests/ tests)
# PATH starts with LLVM 19's tools, so RUN lines call FileCheck, not and count by name; `not`
# is LLVM's program, so a crash (a signal) fails the test instead of passing as "non-zero".
# Parameters (--param name=value):
#   gosubc=PATH     the compiler (default: build/gosubc; `build-asan/gosubc` for the sanitized one)
#   exec_root=DIR   where %t files go (default: <dir of gosubc>/test-output)
#   timeout=SECONDS per-test limit (default 60; needs python3-psutil, skipped without it)
import os
import shutil

import lit.formats

config.name = "gosub"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".go"]
config.excludes = ["gosuite", "unit", "Inputs"]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))

top = os.path.dirname(config.test_source_root)
gosubc = os.path.abspath(lit_config.params.get("gosubc", os.path.join(top, "build", "gosubc")))
if not os.access(gosubc, os.X_OK):
    lit_config.fatal(f"no gosubc at {gosubc}: build it, or pass --param gosubc=PATH")
config.test_exec_root = lit_config.params.get(
    "exec_root", os.path.join(os.path.dirname(gosubc), "test-output"))

llvm_bin = "/usr/lib/llvm-19/bin"
go = "/usr/lib/go-1.19/bin/go"
# --param sanitize=stack builds every program with -sanitize=stack (AddressSanitizer with
# stack-use-after-return detection): the soundness check of escape analysis. A stack object used
# after its frame ended is then reported. Boehm cannot see ASan's fake stack frames, so the
# collector is switched off (GC_DONT_GC=1) for those programs.
if lit_config.params.get("sanitize") == "stack":
    config.substitutions.append((r"%gosubc build\b", gosubc + " build -sanitize=stack"))
    config.substitutions.append((r"%gosubc run\b", gosubc + " run -sanitize=stack"))
    config.environment["GC_DONT_GC"] = "1"
    config.available_features.add("sanitize-stack")
config.substitutions.append((r"%gosubc\b", gosubc))
config.substitutions.append((r"%go\b", go))
config.substitutions.append((r"%goroot\b", "/usr/lib/go-1.19"))   # Go's sources, for stdtests/
# lit's built-in `not` counts a crash as a failure and so passes it; LLVM's `not` program fails on
# a signal. Sending every `not` to the program makes `not %gosubc ...` catch compiler crashes
# (`not --crash` is never what a gosub test wants).
config.substitutions.append((r"(?<![\w./%-])not(?= )", os.path.join(llvm_bin, "not")))
config.environment["PATH"] = os.pathsep.join([llvm_bin, os.environ.get("PATH", "/usr/bin:/bin")])

# What the compiler and the programs it builds may read from the caller's environment.
for name in ["HOME", "CC", "GOSUB_RUNTIME", "GOSUBDEBUG", "GOCACHE", "GOSUBCACHE",
             "ASAN_OPTIONS", "UBSAN_OPTIONS"]:
    if name in os.environ:
        config.environment[name] = os.environ[name]
# gosubc's temporary directories (and the programs') stay in the build tree, where anything a
# crashed or killed test leaves behind is cleaned with the build.
config.environment["TMPDIR"] = os.path.join(config.test_exec_root, "tmp")
os.makedirs(config.environment["TMPDIR"], exist_ok=True)
config.environment.setdefault("GOCACHE", os.path.join(config.test_exec_root, "gocache"))
# gosubc's package cache (driver/cache.c) in the build tree too, never the user's ~/.cache;
# tests of the cache itself give each run a private one (GOSUBCACHE=%t.cache).
config.environment.setdefault("GOSUBCACHE", os.path.join(config.test_exec_root, "gosubcache"))

# `// REQUIRES: go`, `// REQUIRES: clang-19` or `// REQUIRES: gdb` for tests that need those tools.
if os.access(go, os.X_OK):
    config.available_features.add("go")
if shutil.which("clang-19"):
    config.available_features.add("clang-19")
if shutil.which("gdb"):
    config.available_features.add("gdb")

try:
    import psutil  # noqa: F401  (lit's timeout needs it)
    lit_config.maxIndividualTestTime = int(lit_config.params.get("timeout", 60))
except ImportError:
    pass
