/* buildtags.h: which .go files of a directory belong in a build, decided as Go 1.19's go/build
 * decides it (go/build/build.go, go/build/constraint/expr.go) for one fixed target:
 * GOOS=linux GOARCH=amd64, compiler gc, CGO_ENABLED=0, plus the user's -tags.
 *
 * input:  a file name and the file's text (only its header is read: the comments before
 *         `package`, the package clause and the import block), or a directory.
 * output: in the build or not, with a why-string for debugging; the package clause's name;
 *         for a directory, its buildable files sorted by name and split as go/build splits them
 *         (package files, in-package _test files, external foo_test files).
 *
 * A file is out of the build when, in this order:
 *   1. its name starts with `_` or `.`;
 *   2. its name ends in `_GOOS`, `_GOARCH` or `_GOOS_GOARCH` (before `.go`, optionally followed
 *      by `_test`) naming a known system other than linux/amd64 (go/build/syslist.go);
 *   3. it is a _test.go file and tests were not asked for;
 *   4. its `//go:build` line, or failing that its `// +build` lines, are not satisfied;
 *   5. it says `package documentation` (go/build ignores such files);
 *   6. it imports "C" (cgo is disabled).
 * Satisfied tags: linux amd64 unix gc go1.1 ... go1.19, the two experiments Go 1.19 turns on for
 * amd64 (goexperiment.regabiwrappers, goexperiment.regabiargs), and the user's tags.
 */
#ifndef GOSUB_BUILDTAGS_H
#define GOSUB_BUILDTAGS_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

/* The build's configuration beyond the fixed target: the user's tags (`-tags a,b`) and whether
 * _test.go files are wanted (`go test` rather than `go build`). */
typedef struct LdTags {
	const char *const *extra; /* user tags; may be NULL when nextra is 0 */
	int nextra;
	bool tests; /* include _test.go files */
} LdTags;

/* Whether one build tag is satisfied (`linux`, `go1.18`, `cgo`, a user tag). */
bool ld_tag_satisfied(const char *tag, size_t len, const LdTags *tags);

/* Evaluates a //go:build expression such as `linux && (amd64 || arm64) && !cgo` (the text after
 * `//go:build`). On a syntax error returns false and sets *err to go/build's message
 * (`unexpected token )`, `missing close paren`, `double negation not allowed`); else *err = NULL. */
bool ld_constraint_eval(const char *expr, const LdTags *tags, const char **err);

/* Evaluates the text after `// +build`: space-separated options ORed, each a comma-separated list
 * of possibly negated tags ANDed. Never an error: a malformed word stands for the tag `ignore`. */
bool ld_plusbuild_eval(const char *text, const LdTags *tags);

/* Rules 1-3 above on a base name (`x_linux_amd64.go`). Sets *why when the answer is false. */
bool ld_name_in_build(const char *name, const LdTags *tags, const char **why);

typedef enum LdVerdict {
	LD_IN,  /* in the build */
	LD_OUT, /* excluded by a rule; *why says which */
	LD_BAD, /* the header is invalid (two //go:build lines, a syntax error in one, no package
	         * clause, cgo in a test): go/build reports *why as the package's error */
} LdVerdict;

/* Rules 1-6 on a file: `name` is its base name, `src` its contents. */
LdVerdict ld_file_verdict(const char *name, const char *src, size_t len, const LdTags *tags,
			  const char **why);
/* The same, as a yes/no (LD_BAD counts as no). `why` may be NULL. */
bool ld_file_in_build(const char *name, const char *src, size_t len, const LdTags *tags, const char **why);

/* The name in the file's package clause (`foo`, `foo_test`), read past leading comments;
 * NULL if the file does not start with one. The result is interned. */
const char *ld_package_name(const char *src, size_t len);

/* The import paths of the file's import declarations (interned), read from its header alone,
 * without the parser: what the fast path of a build needs to find the packages (load.h). */
int ld_header_imports(const char *src, size_t len, const char ***paths);

/* Whether the file's import declarations include "C" (read cheaply, as go/build reads them). */
bool ld_imports_c(const char *src, size_t len);

/* One buildable file of a directory and the name in its package clause. */
typedef struct LdFile {
	const char *name; /* base name, `strings.go` */
	const char *pkg;  /* as written: `strings_test` for an external test file */
} LdFile;

/* The Go files of one directory, as go/build's Import sees them. It checks package names
 * before cgo, so a file left out for importing "C" still counts in the `found packages` check;
 * a file with no package clause, or a test importing "C", is listed along with its error. */
typedef struct LdDir {
	const char *dir;
	const char *pkg;           /* the package's name (the first file's, as go/build) */
	VEC(LdFile) go_files;      /* GoFiles */
	VEC(LdFile) test_files;    /* TestGoFiles: _test.go files in package pkg (tests only) */
	VEC(LdFile) xtest_files;   /* XTestGoFiles: _test.go files in pkg_test (tests only) */
	VEC(const char *) ignored; /* IgnoredGoFiles: .go files excluded by rules 2 and 4-6 */
	/* go/build's errors, file order; errors.v[0] is the one `go build` reports:
	 *   `found packages a (a.go) and b (b.go) in DIR`, `x.go: parsing //go:build line: ...`,
	 *   `x.go: multiple //go:build comments`, `use of cgo in test DIR/x_test.go not supported`;
	 * or, when nothing is left to build, cmd/go's `no Go files in DIR`, `no non-test Go files
	 * in DIR`, `build constraints exclude all Go files in DIR`. */
	VEC(const char *) errors;
} LdDir;

/* Lists `dir`'s .go files in the build, sorted by name. NULL if the directory cannot be read.
 * Test files are always read (a test file in another package is an error for `go build` too)
 * but listed only when tags->tests is set. */
LdDir *ld_scan_dir(const char *dir, const LdTags *tags);

/* A whole file, NUL-terminated, in the arena; NULL if it cannot be opened. */
const char *ld_read_file(const char *path, size_t *len);

#endif
