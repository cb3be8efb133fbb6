/* gomod.h: where a package's source lives: the main module (go.mod) or the standard library.
 *
 * input:  a directory (to find the nearest go.mod above it), a go.mod's text, an import path.
 * output: the module (its root directory, path and go version); the directory of an import
 *         path inside the module or inside $GOROOT/src.
 *
 * Only the `module` and `go` directives of go.mod are read (golang.org/x/mod/modfile's syntax:
 * one directive per line, `//` comments, "quoted" or `raw` strings, `verb ( ... )` blocks);
 * other directives and their blocks are skipped. Errors read `PATH/go.mod:LINE: message` with
 * modfile's wording (`repeated module statement`, `usage: module module/path`).
 */
#ifndef GOSUB_GOMOD_H
#define GOSUB_GOMOD_H

#include <stdbool.h>
#include <stddef.h>

typedef struct LdModule {
	const char *root;       /* the directory holding go.mod, absolute and clean */
	const char *gomod;      /* root + "/go.mod" */
	const char *path;       /* the module path, `example.com/m` */
	const char *go_version; /* `1.19`; NULL without a go directive */
} LdModule;

/* The nearest directory at or above `dir` that holds a go.mod file, looking up to `/`.
 * A relative `dir` is taken from the current directory. NULL if there is none. */
const char *ld_find_module_root(const char *dir);

/* Parses a go.mod's text; `gomod` is its path, used in messages. NULL after setting *err. */
LdModule *ld_parse_gomod(const char *gomod, const char *text, size_t len, const char **err);

/* ld_find_module_root, then reads and parses its go.mod. NULL with *err = NULL when no go.mod
 * exists; NULL with *err set when it is unreadable or invalid. */
LdModule *ld_load_module(const char *dir, const char **err);

/* The directory of `import_path` if it lies in the module whose path is `modpath` and whose
 * go.mod is in `root` (the path equals modpath, or starts with modpath + "/"); else NULL. */
const char *ld_module_dir(const char *root, const char *modpath, const char *import_path);

/* The standard library's source root: $GOROOT/src, or Debian's Go 1.19 when GOROOT is unset. */
const char *ld_std_root(void);

/* gc's test for a standard-library import path: its first element has no dot (`net/http`,
 * not `example.com/x`). */
bool ld_is_std_path(const char *import_path);

/* ld_std_root() + "/" + import_path. */
const char *ld_std_dir(const char *import_path);

/* `dir` made absolute and clean (no `.`, `..`, doubled or trailing slashes), lexically as
 * Go's filepath.Abs does: symlinks are not resolved. */
const char *ld_abs_path(const char *dir);

#endif
