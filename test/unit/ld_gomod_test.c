/* ld_gomod_test.c: unit tests of load/gomod.c: go.mod's module and go directives (comments,
 * quoting, blocks, errors with their line), the nearest go.mod above a directory (in temporary
 * directories), import paths mapped into the module and the standard library.
 * Prints "N passed, N failed"; exits non-zero on any failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unit_test.h"
#include "gomod.h"
#include "util.h"

static LdModule *parse(const char *text, const char **err) {
	return ld_parse_gomod("go.mod", text, strlen(text), err);
}

/* The module path of a go.mod text, or its error. */
static const char *modpath(const char *text) {
	const char *err;
	LdModule *m = parse(text, &err);
	return m ? m->path : err;
}

static void test_module(void) {
	CHECK_STR(modpath("module example.com/m\n"), "example.com/m");
	CHECK_STR(modpath("module example.com/m"), "example.com/m"); /* no newline */
	CHECK_STR(modpath("// comment\nmodule  m // trailing\n\ngo 1.19\n"), "m");
	CHECK_STR(modpath("module \"example.com/q\"\n"), "example.com/q");
	CHECK_STR(modpath("module `example.com/raw`\n"), "example.com/raw");
	CHECK_STR(modpath("module \"a\\\"b\"\n"), "a\"b");
	CHECK_STR(modpath("\tmodule\tm\r\n"), "m");
	CHECK_STR(modpath("module x//comment\n"), "x");
	/* Other directives and their blocks are skipped, even one mentioning `module`. */
	CHECK_STR(modpath("go 1.19\nrequire (\n\tmodule v1.0.0\n\tb v1.2.3 // indirect\n)\n"
			  "replace a => ../a\nmodule m\n"),
		  "m");
	CHECK_STR(modpath("module (\n\tm\n)\n"), "go.mod:1: usage: module module/path");
	CHECK_STR(modpath("module\n"), "go.mod:1: usage: module module/path");
	CHECK_STR(modpath("module a b\n"), "go.mod:1: usage: module module/path");
	CHECK_STR(modpath("\n\nmodule a\nmodule b\n"), "go.mod:4: repeated module statement");
	CHECK_STR(modpath("module 'a'\n"), "go.mod:1: invalid quoted string: 'a'");
	CHECK_STR(modpath("module \"a\n"), "go.mod:1: unexpected newline in string");
	CHECK_STR(modpath("go 1.19\n"), "go.mod: no module declaration");
	CHECK_STR(modpath(""), "go.mod: no module declaration");
}

/* The go version of a go.mod text, "(none)", or its error. */
static const char *gover(const char *text) {
	const char *err;
	LdModule *m = parse(text, &err);
	return !m ? err : m->go_version ? m->go_version : "(none)";
}

static void test_go_version(void) {
	CHECK_STR(gover("module m\ngo 1.19\n"), "1.19");
	CHECK_STR(gover("go 1.0 // old\nmodule m\n"), "1.0");
	CHECK_STR(gover("module m\n"), "(none)");
	CHECK_STR(gover("module m\ngo 1.19.2\n"),
		  "go.mod:2: invalid go version '1.19.2': must match format 1.23");
	CHECK_STR(gover("module m\ngo 1.019\n"),
		  "go.mod:2: invalid go version '1.019': must match format 1.23");
	CHECK_STR(gover("module m\ngo v1.19\n"),
		  "go.mod:2: invalid go version 'v1.19': must match format 1.23");
	CHECK_STR(gover("module m\ngo\n"), "go.mod:2: usage: go 1.23");
	CHECK_STR(gover("module m\ngo 1.18\ngo 1.19\n"), "go.mod:3: repeated go statement");
}

/* ---- the nearest go.mod ------------------------------------------------------------------- */

static void put(const char *path, const char *text) {
	FILE *f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
}

static void test_find(void) {
	char tmp[] = "/tmp/ld_gomod_XXXXXX";
	if (!mkdtemp(tmp))
		return (void)CHECK(!"mkdtemp");
	const char *root = ld_abs_path(tmp), *inner = fmt("%s/a/inner", root);
	mkdir(fmt("%s/a", root), 0755);
	mkdir(fmt("%s/a/b", root), 0755);
	mkdir(fmt("%s/a/b/c", root), 0755);
	mkdir(inner, 0755);
	mkdir(fmt("%s/a/go.mod", root), 0755); /* a directory named go.mod does not count */
	put(fmt("%s/go.mod", root), "module example.com/top\n\ngo 1.19\n");
	put(fmt("%s/go.mod", inner), "module example.com/inner\n");
	CHECK_STR(ld_find_module_root(fmt("%s/a/b/c", root)), root);
	CHECK_STR(ld_find_module_root(root), root);
	CHECK_STR(ld_find_module_root(fmt("%s/a/b/c/../../inner/", root)), inner);
	CHECK_STR(ld_find_module_root(fmt("%s//a/./b", root)), root);
	const char *err;
	LdModule *m = ld_load_module(fmt("%s/a/b", root), &err);
	CHECK(m && !err);
	if (m) {
		CHECK_STR(m->root, root);
		CHECK_STR(m->gomod, fmt("%s/go.mod", root));
		CHECK_STR(m->path, "example.com/top");
		CHECK_STR(m->go_version, "1.19");
	}
	char cwd[4096];
	if (getcwd(cwd, sizeof cwd) && chdir(fmt("%s/a/b", root)) == 0) {
		CHECK_STR(ld_find_module_root("c"), root); /* relative to the current directory */
		CHECK_STR(ld_find_module_root("../inner"), inner);
		CHECK(chdir(cwd) == 0);
	}
	put(fmt("%s/go.mod", inner), "module a\nmodule b\n");
	CHECK(ld_load_module(inner, &err) == NULL);
	CHECK_STR(err, fmt("%s/go.mod:2: repeated module statement", inner));
	system(fmt("rm -rf '%s'", root));
	/* /proc has no go.mod above it (unless / has one, which this test then reports). */
	CHECK(ld_load_module("/proc/self", &err) == NULL && err == NULL);
}

static void test_paths(void) {
	CHECK_STR(ld_abs_path("/a/b/../c/./d/"), "/a/c/d");
	CHECK_STR(ld_abs_path("/.."), "/");
	CHECK_STR(ld_abs_path("//"), "/");
	CHECK_STR(ld_module_dir("/src/m", "example.com/m", "example.com/m"), "/src/m");
	CHECK_STR(ld_module_dir("/src/m", "example.com/m", "example.com/m/sub/pkg"), "/src/m/sub/pkg");
	CHECK(ld_module_dir("/src/m", "example.com/m", "example.com/mx") == NULL);
	CHECK(ld_module_dir("/src/m", "example.com/m", "example.com") == NULL);
	CHECK(ld_module_dir("/src/m", "example.com/m", "fmt") == NULL);
	CHECK_STR(ld_module_dir("/", "m", "m/x"), "/x");
	CHECK(ld_is_std_path("fmt"));
	CHECK(ld_is_std_path("net/http"));
	CHECK(ld_is_std_path("internal/bytealg"));
	CHECK(!ld_is_std_path("example.com/m"));
	CHECK(!ld_is_std_path("golang.org/x/mod"));
	CHECK(ld_is_std_path("m/x.y")); /* only the first element counts */
	setenv("GOROOT", "/opt/go", 1);
	CHECK_STR(ld_std_root(), "/opt/go/src");
	CHECK_STR(ld_std_dir("net/http"), "/opt/go/src/net/http");
	unsetenv("GOROOT");
	CHECK_STR(ld_std_root(), "/usr/lib/go-1.19/src");
	setenv("GOROOT", "", 1);
	CHECK_STR(ld_std_root(), "/usr/lib/go-1.19/src");
}

int main(void) {
	test_module();
	test_go_version();
	test_find();
	test_paths();
	return unit_test_finish();
}
