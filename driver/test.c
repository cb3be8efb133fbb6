/* test.c: `gosubc test [flags] x_test.go [x.go...]`, Go's `go test` for the files named.
 *
 *   gosubc test -bench . -benchmem -run X -benchtime 1s|100x -count N -v [build flags] files...
 *
 * input: Go files forming one package (whatever its name), the _test.go ones holding
 * TestXxx(t *testing.T) and BenchmarkXxx(b *testing.B) functions.
 * (Or a directory, "." by default: its package with its in-package _test files, plus its external
 * foo_test package, as go test builds them; see directory_test_main.)
 * output: what `go test` prints for a file list (package "command-line-arguments"), and its
 * exit status: 0 when everything passed, 1 when something failed, 2 when the files do not compile.
 *
 * Like go test, it writes a main for the package (_testmain.go, in a temporary directory):
 *     package foo
 *     import "testing"
 *     func main() {
 *         testing.gosubTest("TestA", TestA)
 *         testing.gosubBenchmark("BenchmarkB", BenchmarkB)
 *         testing.gosubMain()
 *     }
 * compiles it with the files into that directory, and runs the result with the test flags turned into the test
 * binary's own (-bench X becomes -test.bench=X), as go test does. The runtime's testing package
 * (runtime/rt_testing.c) runs and reports; this file adds go's "ok"/"FAIL" line and the time.
 */
#include <string.h>
#include <time.h>

#include <limits.h>
#include <stdlib.h>

#include "../frontend/parse.h"
#include "../load/buildtags.h"
#include "../load/gomod.h"
#include "driver.h"

typedef VEC(char *) ArgVec;

/* The flags go test hands to the test binary; every other flag is a build flag. */
static const struct {
	const char *name;
	bool boolean;
} test_flags[] = {
    {"bench", false},   {"benchtime", false}, {"count", false}, {"run", false},
    {"benchmem", true}, {"v", true},          {"short", true},
};

static bool has_suffix(const char *s, const char *suf) {
	size_t n = strlen(s), m = strlen(suf);
	return n >= m && strcmp(s + n - m, suf) == 0;
}

/* "-bench=." or "-bench ." (consuming the next argument): true if argv[*i] was a test flag. */
static bool take_test_flag(int argc, char **argv, int *i, ArgVec *out) {
	const char *a = argv[*i];
	if (a[0] != '-')
		return false;
	const char *name = a + (a[1] == '-' ? 2 : 1);
	for (size_t k = 0; k < sizeof test_flags / sizeof test_flags[0]; k++) {
		size_t n = strlen(test_flags[k].name);
		if (strncmp(name, test_flags[k].name, n) != 0 || (name[n] && name[n] != '='))
			continue;
		const char *value = name[n] == '=' ? name + n + 1 : NULL;
		if (!value && test_flags[k].boolean)
			value = "true";
		if (!value && *i + 1 < argc)
			value = argv[++*i];
		if (!value)
			value = "";
		vec_push(out, (char *)fmt("-test.%s=%s", test_flags[k].name, value));
		return true;
	}
	return false;
}

/* ---- finding the tests ------------------------------------------------------------------------- */

/* go test's isTest: the name is the prefix, or the prefix then a rune that is not lower case. */
static bool is_test_name(const char *name, const char *prefix) {
	size_t n = strlen(prefix);
	if (strncmp(name, prefix, n) != 0)
		return false;
	return name[n] == 0 || !(name[n] >= 'a' && name[n] <= 'z');
}

/* Is the parameter list exactly `(x *testing.<type>)`, with no results? */
static bool takes_testing_ptr(Node *ftype, const char *type) {
	NodeVec *ps = &ftype->functype.params;
	if (ps->len != 1 || ftype->functype.results.len != 0)
		return false;
	Node *f = ps->v[0];
	if (f->field.names.len > 1)
		return false;
	Node *t = f->field.typ;
	if (!t || t->kind != ND_STAR || !t->unary.x || t->unary.x->kind != ND_SELECTOR)
		return false;
	Node *sel = t->unary.x;
	return strcmp(sel->sel.name, type) == 0 && sel->sel.x->kind == ND_IDENT &&
	       strcmp(sel->sel.x->ident.name, "testing") == 0;
}

/* ---- examples: `// Output:` comments ------------------------------------------------------------ */

/* The line after the one `p` is on (or the end of the text). */
static const char *next_line(const char *p) {
	const char *nl = strchr(p, '\n');
	return nl ? nl + 1 : p + strlen(p);
}

/* Appends the Go string literal of s to b. */
static void quote(Buf *b, const char *s, size_t n) {
	buf_putc(b, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			buf_printf(b, "\\%c", c);
		else if (c == '\n')
			buf_printf(b, "\\n");
		else if (c < ' ' || c == 0x7f)
			buf_printf(b, "\\x%02x", c);
		else
			buf_putc(b, (char)c);
	}
	buf_putc(b, '"');
}

/* The comment lines that end an example's body (`\t// Output:` ... just before the closing
 * `}` at column 1, as gofmt lays it out) as go/doc reads them: *want is the text after
 * "Output:" or "Unordered output:", one line per comment line, with the `// ` removed. False
 * when the body does not end with such a comment: the example is compiled but not run. */
static bool example_output(const SrcFile *f, int line, Buf *want, bool *unordered) {
	const char *p = f->text;
	for (int l = 1; l < line && *p; l++)
		p = next_line(p);
	const char *end = p;
	while (*end && strncmp(end, "}\n", 2) != 0 && strcmp(end, "}") != 0)
		end = next_line(end);
	const char *first = NULL; /* the first line of the block of comments before `}` */
	for (const char *q = next_line(p); q < end; q = next_line(q)) {
		const char *t = q + strspn(q, " \t");
		bool comment = strncmp(t, "//", 2) == 0;
		if (comment && !first)
			first = q;
		if (!comment)
			first = NULL;
	}
	for (const char *q = first; q && q < end; q = next_line(q)) {
		const char *t = q + strspn(q, " \t") + 2;
		if (*t == ' ')
			t++;
		size_t n = (size_t)(next_line(t) - t);
		if (q == first) {
			const char *colon = strstr(t, "utput:");
			if (strncmp(t, "Output:", 7) != 0 && strncmp(t, "Unordered output:", 17) != 0)
				return false;
			*unordered = *t == 'U';
			n -= (size_t)(colon + 6 - t);
			t = colon + 6;
		}
		buf_printf(want, "%.*s", (int)n, t);
	}
	return first != NULL;
}

/* One top-level function of a _test.go file: a call registering it, "" if it is not a test.
 * `qual` names its package in the test main ("" or "_test."). A Test or Benchmark with another
 * signature is go vet's error, which go test reports. */
static const char *registration(Node *d, const char *qual, bool *bad) {
	if (d->kind != ND_FUNCDECL || d->func.recv || !d->func.body)
		return "";
	const char *name = d->func.name;
	Buf want = {0};
	bool unordered = false;
	if (is_test_name(name, "Example") && d->func.ftype->functype.params.len == 0 &&
	    d->func.ftype->functype.results.len == 0 &&
	    example_output(d->pos.file, d->pos.line, &want, &unordered)) {
		Buf b = {0};
		buf_printf(&b, "\ttesting.gosubExample(\"%s\", %s%s, ", name, qual, name);
		quote(&b, want.len ? buf_cstr(&want) : "", want.len);
		buf_printf(&b, ", %s)\n", unordered ? "true" : "false");
		return buf_cstr(&b);
	}
	static const struct {
		const char *prefix, *type, *reg, *param;
	} kinds[] = {{"Test", "T", "gosubTest", "t"}, {"Benchmark", "B", "gosubBenchmark", "b"}};
	for (int k = 0; k < 2; k++) {
		if (!is_test_name(name, kinds[k].prefix))
			continue;
		if (takes_testing_ptr(d->func.ftype, kinds[k].type))
			return fmt("\ttesting.%s(\"%s\", %s%s)\n", kinds[k].reg, name, qual, name);
		if (!*bad) /* go vet's check stops at the first, at the line's column 1 */
			fprintf(stderr,
				"# command-line-arguments\n%s:%d:1: wrong signature for %s, must be: "
				"func %s(%s *testing.%s)\n",
				d->pos.file->path, d->pos.line, name, name, kinds[k].param, kinds[k].type);
		*bad = true;
	}
	return "";
}

/* Appends the registrations of pkg's tests, benchmarks and examples (qualified by `qual`) to b:
 * the number of them; sets *bad after a message. Tests and examples are kept in two lists
 * as go test runs them: all tests, then all examples. */
static int register_all(Package *pkg, const char *qual, Buf *tests, Buf *examples, bool *bad) {
	int n = 0;
	for (int i = 0; pkg && i < pkg->files.len; i++) {
		Node *f = pkg->files.v[i];
		if (!has_suffix(f->file.src->path, "_test.go"))
			continue;
		for (int k = 0; k < f->file.decls.len; k++) {
			const char *r = registration(f->file.decls.v[k], qual, bad);
			buf_printf(strstr(r, "gosubExample") ? examples : tests, "%s", r);
			n += *r != 0;
		}
		for (int k = 0; k < f->file.decls.len; k++) {
			Node *d = f->file.decls.v[k];
			if (d->kind == ND_FUNCDECL && !d->func.recv && strcmp(d->func.name, "main") == 0) {
				fprintf(stderr, "%s: func main in a test: not supported by gosub\n",
					pos_str(d->pos));
				*bad = true;
			}
		}
	}
	return n;
}

/* The text of _testmain.go for the parsed package; NULL after a message. */
static const char *test_main(Package *pkg) {
	Buf b = {0}, tests = {0}, examples = {0};
	buf_printf(&b, "package %s\n\nimport \"testing\"\n\nfunc main() {\n", pkg->name);
	bool bad = false;
	register_all(pkg, "", &tests, &examples, &bad);
	buf_printf(&b, "%s%s\ttesting.gosubMain()\n}\n", buf_cstr(&tests), buf_cstr(&examples));
	return bad ? NULL : buf_cstr(&b);
}

/* The text of _testmain.go for a directory, as go test writes it: package main importing the
 * package under test as _test and the external test package as _xtest. */
static const char *dir_test_main(Package *in, Package *ex, const char *path) {
	Buf b = {0}, tests = {0}, examples = {0};
	bool bad = false;
	int nin = register_all(in, "_test.", &tests, &examples, &bad);
	int nex = register_all(ex, "_xtest.", &tests, &examples, &bad);
	buf_printf(&b, "package main\n\nimport (\n\t%s \"%s\"\n", nin ? "_test" : "_", path);
	if (ex)
		buf_printf(&b, "\t%s \"%s_test\"\n", nex ? "_xtest" : "_", path);
	buf_printf(&b, "\t\"testing\"\n)\n\nfunc main() {\n%s%s\ttesting.gosubMain()\n}\n", buf_cstr(&tests),
		   buf_cstr(&examples));
	return bad ? NULL : buf_cstr(&b);
}

/* Parses files (only to list their tests): NULL when there are none or after errors. */
static Package *parse_names(char **names, int n) {
	if (n == 0)
		return NULL;
	SrcFile **files = xalloc(sizeof(SrcFile *) * (size_t)n);
	for (int i = 0; i < n; i++)
		if (!(files[i] = src_read(names[i])))
			return NULL;
	Package *pkg = parse_files(files, n);
	diag_flush();
	return diag_errors() ? NULL : pkg;
}

/* The text of _testmain.go for the files named on the command line; NULL after a message. */
static const char *files_test_main(const Options *o) {
	Package *pkg = parse_names(o->files, o->nfiles);
	return pkg ? test_main(pkg) : NULL;
}

/* Parses the listed files of directory `dir`. */
static Package *parse_part(const char *dir, LdFile *files, int n) {
	char **names = xalloc(sizeof(char *) * (size_t)(n + 1));
	for (int i = 0; i < n; i++)
		names[i] = (char *)fmt("%s/%s", dir, files[i].name);
	return parse_names(names, n);
}

/* The import path of the package under test. go test knows it from the module or GOROOT; a
 * copy of a GOROOT package (Go's own tests run from a scratch directory) is known by its
 * external test package, which imports it: the import whose last element is the package's name. */
static const char *tested_path(LdDir *d, Package *ex) {
	for (int f = 0; ex && f < ex->files.len; f++) {
		NodeVec *imps = &ex->files.v[f]->file.imports;
		for (int i = 0; i < imps->len; i++) {
			Node *spec = imps->v[i];
			for (int j = 0; spec->kind == ND_GENDECL && j < spec->gendecl.specs.len; j++) {
				const char *p = spec->gendecl.specs.v[j]->importspec.path;
				const char *last = strrchr(p, '/') ? strrchr(p, '/') + 1 : p;
				if (strcmp(last, d->pkg) == 0)
					return p;
			}
			const char *p = spec->kind == ND_IMPORTSPEC ? spec->importspec.path : "";
			const char *last = strrchr(p, '/') ? strrchr(p, '/') + 1 : p;
			if (strcmp(last, d->pkg) == 0)
				return p;
		}
	}
	char real[PATH_MAX];
	size_t n = strlen(ld_std_root());
	if (realpath(d->dir, real) && strncmp(real, ld_std_root(), n) == 0 && real[n] == '/')
		return fmt("%s", real + n + 1);
	return d->pkg;
}

/* The text of _testmain.go for the package in directory o->files[0] (or "."), setting
 * o->test_path and o->test_dir for the loader (load.h) and o->files to nothing. */
static const char *directory_test_main(Options *o) {
	const char *dir = o->nfiles ? o->files[0] : ".";
	LdDir *d = ld_scan_dir(dir, &(LdTags){.tests = true});
	if (!d || d->errors.len) {
		fprintf(stderr, "%s\n", d ? d->errors.v[0] : fmt("cannot read directory %s", dir));
		return NULL;
	}
	Package *in = parse_part(dir, d->test_files.v, d->test_files.len);
	Package *ex = parse_part(dir, d->xtest_files.v, d->xtest_files.len);
	if (diag_errors())
		return NULL;
	o->test_dir = dir;
	o->test_path = tested_path(d, ex);
	o->nfiles = 0;
	return dir_test_main(in, ex, o->test_path);
}

/* Writes dir/_testmain.go: its path, or NULL after a message. */
static const char *write_test_main(const char *text, const char *dir) {
	if (!text)
		return NULL;
	const char *path = fmt("%s/_testmain.go", dir);
	FILE *f = fopen(path, "w");
	if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
		fprintf(stderr, "gosubc test: cannot write %s\n", path);
		return NULL;
	}
	return path;
}

/* ---- the command ----------------------------------------------------------------------------------- */

static double seconds_since(struct timespec t0) {
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

/* go test's last lines for a file list: "ok  \tcommand-line-arguments\t0.749s", or after a failure
 * "FAIL\tcommand-line-arguments\t0.002s", "FAIL" (with -bench, first "exit status 1"). */
static int report(const char *pkg, int status, struct timespec t0, bool streamed) {
	double secs = seconds_since(t0);
	fflush(stdout);
	if (status == 0) {
		printf("ok  \t%s\t%.3fs\n", pkg, secs);
		return 0;
	}
	if (streamed) /* go test prints it when it did not buffer the output: with -bench */
		printf("exit status %d\n", status);
	printf("FAIL\t%s\t%.3fs\nFAIL\n", pkg, secs);
	return 1;
}

/* argv[0] is "test". */
int drv_test(int argc, char **argv) {
	ArgVec build = {0}, tflags = {0};
	vec_push(&build, (char *)"test");
	for (int i = 1; i < argc; i++)
		if (!take_test_flag(argc, argv, &i, &tflags))
			vec_push(&build, argv[i]);
	Options o;
	int status = drv_parse_options("test", build.len, build.v, &o);
	if (status)
		return status;
	if (o.nargs) {
		fprintf(stderr,
			"gosubc test: unexpected argument %s (test flags are -bench -benchmem "
			"-benchtime -count -run -short -v)\n",
			o.args[0]);
		return EXIT_USAGE;
	}
	o.command = "test";
	char *dir = drv_temp_dir();
	if (!dir)
		return EXIT_COMPILE;
	bool by_dir = o.nfiles == 0 || !has_suffix(o.files[0], ".go");
	const char *main_file = write_test_main(by_dir ? directory_test_main(&o) : files_test_main(&o), dir);
	const char *shown = by_dir && o.test_path ? o.test_path : "command-line-arguments";
	if (!main_file) {
		drv_remove_dir(dir);
		printf("FAIL\t%s [setup failed]\nFAIL\n", shown);
		return 1;
	}
	char **files = xalloc(sizeof(char *) * (size_t)(o.nfiles + 1));
	memcpy(files, o.files, sizeof(char *) * (size_t)o.nfiles);
	files[o.nfiles] = (char *)main_file;
	o.files = files;
	o.nfiles++;
	bool compiled;
	const char *exe = fmt("%s/test.exe", dir);
	status = drv_build_program(&o, exe, &compiled);
	if (!compiled || status) {
		drv_remove_dir(dir);
		printf("FAIL\t%s [build failed]\nFAIL\n", shown);
		return EXIT_COMPILE; /* 2, as go test */
	}
	struct timespec t0; /* go test's time is the test binary's */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	status = drv_exec(exe, tflags.v, tflags.len, o.sanitize_stack);
	drv_remove_dir(dir);
	bool streamed = false;
	for (int i = 0; i < tflags.len; i++)
		streamed |= strncmp(tflags.v[i], "-test.bench=", 12) == 0 && tflags.v[i][12];
	return report(shown, status, t0, streamed);
}
