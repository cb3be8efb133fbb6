/* test.c: `gosubc test [flags] x_test.go [x.go...]`, Go's `go test` for the files named.
 *
 *   gosubc test -bench . -benchmem -run X -benchtime 1s|100x -count N -v [build flags] files...
 *
 * input: Go files forming one package (whatever its name), the _test.go ones holding
 * TestXxx(t *testing.T) and BenchmarkXxx(b *testing.B) functions.
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

#include "../frontend/parse.h"
#include "driver.h"

typedef VEC(char *) ArgVec;

/* The flags go test hands to the test binary; every other flag is a build flag. */
static const struct { const char *name; bool boolean; } test_flags[] = {
	{"bench", false}, {"benchtime", false}, {"count", false}, {"run", false},
	{"benchmem", true}, {"v", true},
};

static bool has_suffix(const char *s, const char *suf) {
	size_t n = strlen(s), m = strlen(suf);
	return n >= m && strcmp(s + n - m, suf) == 0;
}

/* "-bench=." or "-bench ." (consuming the next argument): true if argv[*i] was a test flag. */
static bool take_test_flag(int argc, char **argv, int *i, ArgVec *out) {
	const char *a = argv[*i];
	if (a[0] != '-') return false;
	const char *name = a + (a[1] == '-' ? 2 : 1);
	for (size_t k = 0; k < sizeof test_flags / sizeof test_flags[0]; k++) {
		size_t n = strlen(test_flags[k].name);
		if (strncmp(name, test_flags[k].name, n) != 0 || (name[n] && name[n] != '='))
			continue;
		const char *value = name[n] == '=' ? name + n + 1 : NULL;
		if (!value && test_flags[k].boolean) value = "true";
		if (!value && *i + 1 < argc) value = argv[++*i];
		if (!value) value = "";
		vec_push(out, (char *)fmt("-test.%s=%s", test_flags[k].name, value));
		return true;
	}
	return false;
}

/* ---- finding the tests ------------------------------------------------------------------------- */

/* go test's isTest: the name is the prefix, or the prefix then a rune that is not lower case. */
static bool is_test_name(const char *name, const char *prefix) {
	size_t n = strlen(prefix);
	if (strncmp(name, prefix, n) != 0) return false;
	return name[n] == 0 || !(name[n] >= 'a' && name[n] <= 'z');
}

/* Is the parameter list exactly `(x *testing.<type>)`, with no results? */
static bool takes_testing_ptr(Node *ftype, const char *type) {
	NodeVec *ps = &ftype->functype.params;
	if (ps->len != 1 || ftype->functype.results.len != 0) return false;
	Node *f = ps->v[0];
	if (f->field.names.len > 1) return false;
	Node *t = f->field.typ;
	if (!t || t->kind != ND_STAR || !t->unary.x || t->unary.x->kind != ND_SELECTOR) return false;
	Node *sel = t->unary.x;
	return strcmp(sel->sel.name, type) == 0 && sel->sel.x->kind == ND_IDENT &&
	       strcmp(sel->sel.x->ident.name, "testing") == 0;
}

/* One top-level function of a _test.go file: a call registering it, "" if it is not a test.
 * A Test or Benchmark with another signature is go vet's error, which go test reports. */
static const char *registration(Node *d, bool *bad) {
	if (d->kind != ND_FUNCDECL || d->func.recv || !d->func.body) return "";
	const char *name = d->func.name;
	static const struct { const char *prefix, *type, *reg, *param; } kinds[] = {
		{"Test", "T", "gosubTest", "t"}, {"Benchmark", "B", "gosubBenchmark", "b"}};
	for (int k = 0; k < 2; k++) {
		if (!is_test_name(name, kinds[k].prefix)) continue;
		if (takes_testing_ptr(d->func.ftype, kinds[k].type))
			return fmt("\ttesting.%s(\"%s\", %s)\n", kinds[k].reg, name, name);
		if (!*bad)   /* go vet's check stops at the first, at the line's column 1 */
			fprintf(stderr, "# command-line-arguments\n%s:%d:1: wrong signature for %s, must be: "
			        "func %s(%s *testing.%s)\n", d->pos.file->path, d->pos.line, name, name,
			        kinds[k].param, kinds[k].type);
		*bad = true;
	}
	return "";
}

/* The text of _testmain.go for the parsed package; NULL after a message. */
static const char *test_main(Package *pkg) {
	Buf b = {0};
	buf_printf(&b, "package %s\n\nimport \"testing\"\n\nfunc main() {\n", pkg->name);
	bool bad = false;
	for (int i = 0; i < pkg->files.len; i++) {
		Node *f = pkg->files.v[i];
		if (!has_suffix(f->file.src->path, "_test.go")) continue;
		for (int k = 0; k < f->file.decls.len; k++)
			buf_printf(&b, "%s", registration(f->file.decls.v[k], &bad));
		for (int k = 0; k < f->file.decls.len; k++) {
			Node *d = f->file.decls.v[k];
			if (d->kind == ND_FUNCDECL && !d->func.recv && strcmp(d->func.name, "main") == 0) {
				fprintf(stderr, "%s: func main in a test: not supported by gosub\n", pos_str(d->pos));
				bad = true;
			}
		}
	}
	buf_printf(&b, "\ttesting.gosubMain()\n}\n");
	return bad ? NULL : buf_cstr(&b);
}

/* Parses the files (only to list their tests) and writes dir/_testmain.go. */
static const char *write_test_main(const Options *o, const char *dir) {
	SrcFile **files = xalloc(sizeof(SrcFile *) * (size_t)o->nfiles);
	for (int i = 0; i < o->nfiles; i++)
		if (!(files[i] = src_read(o->files[i]))) return NULL;
	Package *pkg = parse_files(files, o->nfiles);
	diag_flush();
	if (diag_errors()) return NULL;
	const char *text = test_main(pkg);
	if (!text) return NULL;
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
static int report(int status, struct timespec t0, bool streamed) {
	double secs = seconds_since(t0);
	fflush(stdout);
	if (status == 0) {
		printf("ok  \tcommand-line-arguments\t%.3fs\n", secs);
		return 0;
	}
	if (streamed)   /* go test prints it when it did not buffer the output: with -bench */
		printf("exit status %d\n", status);
	printf("FAIL\tcommand-line-arguments\t%.3fs\nFAIL\n", secs);
	return 1;
}

/* argv[0] is "test". */
int drv_test(int argc, char **argv) {
	ArgVec build = {0}, tflags = {0};
	vec_push(&build, (char *)"run");
	for (int i = 1; i < argc; i++)
		if (!take_test_flag(argc, argv, &i, &tflags))
			vec_push(&build, argv[i]);
	Options o;
	int status = drv_parse_options("run", build.len, build.v, &o);
	if (status) return status;
	if (o.nargs) {
		fprintf(stderr, "gosubc test: unexpected argument %s (test flags are -bench -benchmem "
		                "-benchtime -count -run -v)\n", o.args[0]);
		return EXIT_USAGE;
	}
	o.command = "test";
	char *dir = drv_temp_dir();
	if (!dir) return EXIT_COMPILE;
	const char *main_file = write_test_main(&o, dir);
	if (!main_file) {
		drv_remove_dir(dir);
		printf("FAIL\tcommand-line-arguments [setup failed]\nFAIL\n");
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
		printf("FAIL\tcommand-line-arguments [build failed]\nFAIL\n");
		return EXIT_COMPILE;   /* 2, as go test */
	}
	struct timespec t0;   /* go test's time is the test binary's */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	status = drv_exec(exe, tflags.v, tflags.len, o.sanitize_stack);
	drv_remove_dir(dir);
	bool streamed = false;
	for (int i = 0; i < tflags.len; i++)
		streamed |= strncmp(tflags.v[i], "-test.bench=", 12) == 0 && tflags.v[i][12];
	return report(status, t0, streamed);
}
