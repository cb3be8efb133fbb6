/* ld_buildtags_test.c: unit tests of load/buildtags*.c: file-name suffixes, //go:build
 * expressions (precedence, parentheses, syntax errors), // +build lines, the blank line that
 * must end a +build block, `ignore`, `import "C"`, package clauses and a directory scan.
 * Expected answers follow Go 1.19's go/build for linux/amd64 with CGO_ENABLED=0.
 * Prints "N passed, N failed"; exits non-zero on any failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unit_test.h"
#include "buildtags.h"

static const LdTags notags, tests = {.tests = true};
static const char *const user_tags[] = {"foo", "ignore", "boringcrypto"};
static const LdTags usertags = {.extra = user_tags, .nextra = 3};

static bool name_ok(const char *name) { return ld_name_in_build(name, &notags, NULL); }

static void test_names(void) {
	CHECK(name_ok("a.go"));
	CHECK(!name_ok("_a.go"));
	CHECK(!name_ok(".a.go"));
	CHECK(!name_ok("a.s"));
	CHECK(name_ok("a_linux.go"));
	CHECK(!name_ok("a_windows.go"));
	CHECK(name_ok("a_amd64.go"));
	CHECK(!name_ok("a_arm64.go"));
	CHECK(name_ok("a_linux_amd64.go"));
	CHECK(!name_ok("a_linux_arm64.go"));
	CHECK(!name_ok("a_darwin_amd64.go"));
	CHECK(name_ok("a_b_linux.go"));
	CHECK(name_ok("a_unix.go"));           /* unix is no file-name suffix */
	CHECK(name_ok("a_foo.go"));            /* not a known OS or arch */
	CHECK(name_ok("a_windows_foo.go"));    /* the last element decides */
	CHECK(!name_ok("a_amd64_windows.go")); /* _ARCH_OS: only _windows counts */
	CHECK(name_ok("windows.go"));          /* no prefix before the suffix (Go 1.4) */
	CHECK(name_ok("windows_amd64.go"));    /* `windows` is the prefix; _amd64 matches */
	CHECK(!name_ok("linux_arm.go"));
	CHECK(name_ok("a.windows.go")); /* only the part before the first dot */
	/* _test files: out unless asked for; the GOOS/GOARCH rule looks before `_test`. */
	CHECK(!name_ok("a_test.go"));
	CHECK(ld_name_in_build("a_test.go", &tests, NULL));
	CHECK(ld_name_in_build("a_linux_test.go", &tests, NULL));
	CHECK(!ld_name_in_build("a_windows_test.go", &tests, NULL));
	CHECK(ld_name_in_build("a_linux_amd64_test.go", &tests, NULL));
	CHECK(!ld_name_in_build("a_linux_386_test.go", &tests, NULL));
	CHECK(ld_name_in_build("windows_test.go", &tests, NULL));
	const char *why = NULL;
	CHECK(!ld_name_in_build("x_plan9.go", &notags, &why));
	CHECK_STR(why, "x_plan9.go: file name's GOOS/GOARCH suffix does not match linux/amd64");
}

static bool tag(const char *t, const LdTags *tags) { return ld_tag_satisfied(t, strlen(t), tags); }

static void test_tags(void) {
	CHECK(tag("linux", &notags) && tag("amd64", &notags) && tag("unix", &notags));
	CHECK(tag("gc", &notags) && tag("go1.1", &notags) && tag("go1.19", &notags));
	CHECK(tag("goexperiment.regabiargs", &notags));
	CHECK(!tag("go1.20", &notags) && !tag("go1.0", &notags) && !tag("go1", &notags));
	CHECK(!tag("cgo", &notags) && !tag("ignore", &notags) && !tag("gccgo", &notags));
	CHECK(!tag("android", &notags) && !tag("windows", &notags) && !tag("386", &notags));
	CHECK(tag("foo", &usertags) && !tag("foo", &notags));
	/* go/build renames boringcrypto before it looks at user tags. */
	CHECK(!tag("boringcrypto", &usertags));
}

static bool expr(const char *e, const LdTags *tags) {
	const char *err;
	bool x = ld_constraint_eval(e, tags, &err);
	if (err)
		printf("unexpected error in %s: %s\n", e, err);
	return x && !err;
}

static const char *expr_err(const char *e) {
	const char *err;
	ld_constraint_eval(e, &notags, &err);
	return err ? err : "(no error)";
}

static void test_go_build(void) {
	CHECK(expr("linux", &notags));
	CHECK(!expr("windows", &notags));
	CHECK(expr("!windows", &notags));
	CHECK(expr("linux && amd64", &notags));
	CHECK(!expr("linux && !amd64", &notags));
	CHECK(expr("windows || linux", &notags));
	CHECK(expr("windows && arm || linux", &notags)); /* && binds tighter */
	CHECK(expr("linux || windows && arm", &notags));
	CHECK(!expr("windows && (arm || linux)", &notags)); /* parentheses override */
	CHECK(!expr("(linux || windows) && arm", &notags));
	CHECK(expr("!(windows || plan9)", &notags));
	CHECK(!expr("!(linux || plan9)", &notags));
	CHECK(expr("((linux))", &notags));
	CHECK(expr("!cgo", &notags));
	CHECK(!expr("cgo", &notags));
	CHECK(expr("go1.18 && !go1.20", &notags));
	CHECK(expr("foo && linux", &usertags));
	CHECK(expr("\tlinux\t&&amd64", &notags));
	CHECK_STR(expr_err(""), "unexpected end of expression");
	CHECK_STR(expr_err("linux &&"), "unexpected end of expression");
	CHECK_STR(expr_err("(linux"), "missing close paren");
	CHECK_STR(expr_err("(linux &&"), "missing close paren");
	CHECK_STR(expr_err("(linux) &&"), "unexpected end of expression");
	CHECK_STR(expr_err("linux)"), "unexpected token )");
	CHECK_STR(expr_err("linux amd64"), "unexpected token amd64");
	CHECK_STR(expr_err("!!linux"), "double negation not allowed");
	CHECK_STR(expr_err("linux & amd64"), "invalid syntax at &");
	CHECK_STR(expr_err("linux, amd64"), "invalid syntax at ,");
	CHECK_STR(expr_err("&& linux"), "unexpected token &&");
}

static void test_plus_build(void) {
	CHECK(ld_plusbuild_eval("linux", &notags));
	CHECK(ld_plusbuild_eval("windows linux", &notags)); /* space: OR */
	CHECK(!ld_plusbuild_eval("windows plan9", &notags));
	CHECK(ld_plusbuild_eval("linux,amd64", &notags)); /* comma: AND */
	CHECK(!ld_plusbuild_eval("linux,386", &notags));
	CHECK(ld_plusbuild_eval("linux,386 windows,amd64 linux,!386", &notags));
	CHECK(!ld_plusbuild_eval("!linux", &notags)); /* !: NOT */
	CHECK(ld_plusbuild_eval("!windows", &notags));
	CHECK(!ld_plusbuild_eval("ignore", &notags));
	CHECK(!ld_plusbuild_eval("", &notags));          /* empty: `ignore` */
	CHECK(!ld_plusbuild_eval("!!windows", &notags)); /* !!x: `ignore` */
	CHECK(ld_plusbuild_eval("!", &usertags));        /* ... true once ignore is set */
	CHECK(!ld_plusbuild_eval("linux,", &notags));    /* an empty word: `ignore` */
}

/* A file's verdict with the given tags; prints why on a mismatch. */
static bool in_build(const char *name, const char *src, const LdTags *tags) {
	return ld_file_in_build(name, src, strlen(src), tags, NULL);
}

static void test_files(void) {
	CHECK(in_build("a.go", "package a\n", &notags));
	CHECK(in_build("a.go", "//go:build linux\n\npackage a\n", &notags));
	CHECK(!in_build("a.go", "//go:build !linux\n\npackage a\n", &notags));
	CHECK(!in_build("a.go", "//go:build ignore\n\npackage main\n", &notags));
	CHECK(in_build("a.go", "//go:build ignore\n\npackage main\n", &usertags));
	/* //go:build is recognised anywhere in the header, even with no blank line after it. */
	CHECK(!in_build("a.go", "// Copyright\n//go:build windows\npackage a\n", &notags));
	CHECK(!in_build("a.go", "/* c */\n//go:build windows\n\npackage a\n", &notags));
	/* ...but not inside a block comment, nor after the package clause. */
	CHECK(in_build("a.go", "/*\n//go:build windows\n*/\n\npackage a\n", &notags));
	CHECK(in_build("a.go", "package a\n//go:build windows\n", &notags));
	CHECK(in_build("a.go", "//go:buildwindows\n\npackage a\n", &notags));
	/* //go:build decides alone when present. */
	CHECK(in_build("a.go", "//go:build linux\n// +build windows\n\npackage a\n", &notags));
	CHECK(!in_build("a.go", "//go:build windows\n// +build linux\n\npackage a\n", &notags));
}

static void test_plus_build_files(void) {
	CHECK(!in_build("a.go", "// +build windows\n\npackage a\n", &notags));
	CHECK(in_build("a.go", "// +build linux\n\npackage a\n", &notags));
	CHECK(in_build("a.go", "//+build linux darwin\n\npackage a\n", &notags));
	CHECK(!in_build("a.go", "// +build linux\n// +build 386\n\npackage a\n", &notags));
	CHECK(in_build("a.go", "// +build linux\n// +build amd64\n\npackage a\n", &notags));
	CHECK(in_build("a.go", "// +buildwindows\n\npackage a\n", &notags)); /* no such line */
	/* The blank-line rule: +build lines must be followed by a blank line before `package`. */
	CHECK(in_build("a.go", "// +build windows\npackage a\n", &notags));
	CHECK(in_build("a.go", "// +build windows\n// Package a.\npackage a\n", &notags));
	CHECK(!in_build("a.go", "// Copyright\n\n// +build windows\n\n// Doc.\npackage a\n", &notags));
	/* After a block comment, +build lines no longer count. */
	CHECK(in_build("a.go", "/* x */\n// +build windows\n\npackage a\n", &notags));
	CHECK(!in_build("a.go", "// +build ignore\n\npackage main\n", &notags));
	CHECK(in_build("a.go", "  // +build linux,amd64 \r\n\r\npackage a\n", &notags));
}

static LdVerdict verdict(const char *name, const char *src, const char **why) {
	return ld_file_verdict(name, src, strlen(src), &tests, why);
}

static void test_bad_and_cgo(void) {
	const char *why;
	CHECK(verdict("a.go", "//go:build linux\n//go:build amd64\n\npackage a\n", &why) == LD_BAD);
	CHECK_STR(why, "a.go: multiple //go:build comments");
	CHECK(verdict("a.go", "//go:build (linux\n\npackage a\n", &why) == LD_BAD);
	CHECK_STR(why, "a.go: parsing //go:build line: missing close paren");
	CHECK(verdict("a.go", "import \"C\"\n", &why) == LD_BAD);
	CHECK(verdict("a.go", "package a\nimport \"C\"\n", &why) == LD_OUT);
	CHECK_STR(why, "a.go: imports \"C\" and cgo is disabled");
	CHECK(verdict("a.go", "package a\n\n// #include <x.h>\nimport \"C\"\n", &why) == LD_OUT);
	CHECK(verdict("a.go", "package a; import (\n\t\"fmt\"\n\t\"C\"\n)\n", &why) == LD_OUT);
	CHECK(verdict("a.go", "package a\nimport x \"os\"\nimport /* c */ `C`\n", &why) == LD_OUT);
	CHECK(verdict("a.go", "package a\nimport \"fmt\"\nfunc f() { C() }\n", &why) == LD_IN);
	CHECK(verdict("a.go", "package a\nimport \"Cx\"\n", &why) == LD_IN);
	CHECK(verdict("a.go", "package a\nfunc f() {}\nimport \"C\"\n", &why) == LD_IN);
	CHECK(verdict("a_test.go", "package a\nimport \"C\"\n", &why) == LD_BAD);
	CHECK_STR(why, "use of cgo in test a_test.go not supported");
	CHECK(verdict("a.go", "package documentation\n", &why) == LD_OUT);
	CHECK(verdict("a.go", "// no package\n", &why) == LD_BAD);
	CHECK_STR(why, "a.go: expected 'package' clause");
	const char *imp = "package a\nimport (\"os\"; \"C\")", *nopkg = "import \"C\"";
	CHECK(ld_imports_c(imp, strlen(imp)));
	CHECK(!ld_imports_c(nopkg, strlen(nopkg))); /* no package clause: no imports read */
	CHECK(!in_build("a.go", "//go:build cgo\n\npackage a\n", &notags));
}

static void test_package_name(void) {
	const char *src = "// Copyright\n/* block\n package no */\n\npackage foo_test // x\n";
	CHECK_STR(ld_package_name(src, strlen(src)), "foo_test");
	CHECK_STR(ld_package_name("package\tmain;", 13), "main");
	CHECK(ld_package_name("packagemain", 11) == NULL);
	CHECK(ld_package_name("func f()", 8) == NULL);
	CHECK(ld_package_name("", 0) == NULL);
}

/* ---- a directory --------------------------------------------------------------------------- */

static char tmpdir[] = "/tmp/ld_buildtags_XXXXXX";

static void put(const char *name, const char *text) {
	FILE *f = fopen(fmt("%s/%s", tmpdir, name), "w");
	fputs(text, f);
	fclose(f);
}

static const char *names(const LdDir *d, int which) {
	Buf b = {0};
	const LdFile *v = which == 0 ? d->go_files.v : which == 1 ? d->test_files.v : d->xtest_files.v;
	int n = which == 0 ? d->go_files.len : which == 1 ? d->test_files.len : d->xtest_files.len;
	for (int i = 0; i < n; i++)
		buf_printf(&b, "%s%s:%s", i ? " " : "", v[i].name, v[i].pkg);
	return buf_cstr(&b);
}

static void test_dir(void) {
	if (!mkdtemp(tmpdir))
		return (void)CHECK(!"mkdtemp");
	put("b.go", "package p\n");
	put("a.go", "package p\n");
	put("a_windows.go", "package p\n");
	put("c.go", "//go:build ignore\n\npackage main\n");
	put("cgo.go", "package p\nimport \"C\"\n");
	put("_x.go", "package zzz\n");
	put("z_test.go", "package p\n");
	put("y_test.go", "package p_test\n");
	mkdir(fmt("%s/sub.go", tmpdir), 0755);
	LdDir *d = ld_scan_dir(tmpdir, &notags);
	CHECK_STR(d->pkg, "p");
	CHECK_STR(names(d, 0), "a.go:p b.go:p");
	CHECK(d->test_files.len == 0 && d->xtest_files.len == 0 && d->errors.len == 0);
	CHECK(d->ignored.len == 3); /* a_windows.go c.go cgo.go; not _x.go */
	d = ld_scan_dir(tmpdir, &tests);
	CHECK_STR(names(d, 1), "z_test.go:p");
	CHECK_STR(names(d, 2), "y_test.go:p_test");
	put("d.go", "package q\n");
	d = ld_scan_dir(tmpdir, &notags);
	CHECK(d->errors.len == 1);
	CHECK_STR(d->errors.v[0], fmt("found packages p (a.go) and q (d.go) in %s", tmpdir));
	CHECK(ld_scan_dir(fmt("%s/none", tmpdir), &notags) == NULL);
	/* The package-name check comes before cgo: a cgo file, though left out, counts. */
	unlink(fmt("%s/d.go", tmpdir));
	put("cgo.go", "package main\nimport \"C\"\n");
	d = ld_scan_dir(tmpdir, &notags);
	CHECK_STR(d->errors.len ? d->errors.v[0] : NULL,
		  fmt("found packages p (a.go) and main (cgo.go) in %s", tmpdir));
	CHECK_STR(names(d, 0), "a.go:p b.go:p");
	/* A file without a package clause is listed, with an error, and names no package. */
	unlink(fmt("%s/cgo.go", tmpdir));
	put("0.go", "This is not Go.\n");
	d = ld_scan_dir(tmpdir, &notags);
	CHECK_STR(d->pkg, "p");
	CHECK_STR(names(d, 0), "0.go: a.go:p b.go:p");
	CHECK_STR(d->errors.len ? d->errors.v[0] : NULL, fmt("%s/0.go: expected 'package' clause", tmpdir));
	rmdir(fmt("%s/sub.go", tmpdir));
	system(fmt("rm -rf '%s'", tmpdir));
}

/* A directory whose files are all excluded, or only tests. */
static void test_empty_dirs(void) {
	char dir[] = "/tmp/ld_buildtags_XXXXXX";
	if (!mkdtemp(dir))
		return (void)CHECK(!"mkdtemp");
	LdDir *d = ld_scan_dir(dir, &notags);
	CHECK_STR(d->errors.len ? d->errors.v[0] : NULL, fmt("no Go files in %s", dir));
	strcpy(tmpdir, dir);
	put("a_test.go", "package a\n");
	d = ld_scan_dir(dir, &notags);
	CHECK_STR(d->errors.len ? d->errors.v[0] : NULL, fmt("no non-test Go files in %s", dir));
	CHECK(ld_scan_dir(dir, &tests)->errors.len == 0);
	put("b.go", "//go:build windows\n\npackage a\n");
	d = ld_scan_dir(dir, &notags);
	CHECK_STR(d->errors.len ? d->errors.v[0] : NULL,
		  fmt("build constraints exclude all Go files in %s", dir));
	system(fmt("rm -rf '%s'", dir));
}

int main(void) {
	test_names();
	test_tags();
	test_go_build();
	test_plus_build();
	test_files();
	test_plus_build_files();
	test_bad_and_cgo();
	test_package_name();
	test_dir();
	test_empty_dirs();
	return unit_test_finish();
}
