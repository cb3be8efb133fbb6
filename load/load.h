/* load.h: the package loader: from what the command line names to the program's packages.
 *
 * input: the command line's package arguments (a list of .go files, or one package directory,
 *        or nothing: the package in the current directory), as `go build` takes them.
 * output: a Program whose packages are parsed, in initialisation order (every package after
 *        the packages it imports), each with its import path, symbol prefix and resolved
 *        imports; ready for the checker. NULL after errors, which use the go command's wording
 *        and positions ("main.go:5:2: package strngs is not in GOROOT (...)").
 *
 * Where an import path leads (the go command's rules, module mode):
 *   - a path inside the main module (the nearest go.mod above the package's directory) is that
 *     directory of the module;
 *   - a path whose first element has no dot is the standard library's: a folder of gosub's own
 *     stdlib/ replacing the package (stdlib/replace/PATH), else $GOROOT/src/PATH with the files
 *     of stdlib/overlay/PATH put over it, file by file (see stdlib/README.md);
 *   - "unsafe" and the packages gosub implements in its runtime (frontend/stdpkg.h) are not
 *     loaded from files;
 *   - anything else is reported: gosub downloads no modules.
 * Files are chosen by Go's build constraints for linux/amd64 (buildtags.h).
 */
#ifndef GOSUB_LOAD_H
#define GOSUB_LOAD_H

#include "../frontend/ast.h"

typedef struct LoadRequest {
	char **args; /* .go files, or one directory ("." when nargs is 0) */
	int nargs;
	bool tests; /* `gosubc test`: the package's _test.go files too */
	/* `gosubc test` of a directory, as go test builds it: the import path test_path is the
	 * package in test_dir compiled with its in-package _test.go files (for every importer),
	 * and test_path + "_test" is the external test package, test_dir's foo_test files. */
	const char *test_path;
	const char *test_dir;
	/* Read the import declarations only, not the whole files (no parser): the packages and
	 * their sources, enough for the key of a cached executable (driver/cache.c). Each ND_FILE
	 * then holds its SrcFile, package name and ND_IMPORTSPECs, and nothing else. */
	bool headers_only;
	/* The command line's package may declare functions without a body (gosubc -complete=false,
	 * as gc's compiler without -complete): for analysing files, not for building them. */
	bool externs_ok;
} LoadRequest;

Program *ld_load(const LoadRequest *req);

/* The root of gosub's stdlib/ folder ($GOSUB_STDLIB, else the source tree's). */
const char *ld_stdlib_dir(void);

#endif
