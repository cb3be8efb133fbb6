/* main.c: the `gosubc` command: its subcommands and the compile pipeline.
 *
 *   gosubc build [flags] file.go...          -> an executable (or .ll / .s)
 *   gosubc run [flags] file.go... [-- args]  -> the program's exit status
 *   gosubc test [flags] x_test.go...         -> go test's report (test.c)
 *   gosubc version | help [topic]
 *
 * analyze() and generate() below are the whole compiler: each stage consumes what the one before
 * it produced, and the driver stops at the first stage that reported an error (exit status 2,
 * as `go build`). See docs/students.md for what each stage does and how to dump it.
 */
#include <llvm-c/Core.h>
#include <string.h>

#include "../frontend/lex.h"
#include "../frontend/check.h"
#include "../frontend/parse.h"
#include "driver.h"

/* Prints the errors a stage collected; true if there were any so far. */
static bool stage_failed(void) {
	diag_flush();
	return diag_errors() > 0;
}

/* -dump-ast: the tree after type checking, so each expression shows its type. */
static void dump_ast(Package *pkg) {
	for (int i = 0; i < pkg->files.len; i++)
		ast_dump(pkg->files.v[i], 0);
}

static SrcFile **read_sources(const Options *o) {
	SrcFile **files = xalloc(sizeof(SrcFile *) * o->nfiles);
	bool ok = true;
	for (int i = 0; i < o->nfiles; i++)
		ok &= (files[i] = src_read(o->files[i])) != NULL;
	return ok ? files : NULL;
}

/* The front half of the pipeline: source files -> tokens -> AST -> checked AST -> escape
 * decisions. NULL when it stops: after errors (*status = 2) or after a dump (*status = 0). */
static Package *analyze(const Options *o, int *status) {
	*status = EXIT_COMPILE;
	SrcFile **files = read_sources(o);
	if (!files) return NULL;
	if (o->dump_tokens) {
		for (int i = 0; i < o->nfiles; i++) {
			TokenVec toks = lex_file(files[i]);                   /* frontend/lex.c */
			lex_dump(&toks);
		}
		if (!stage_failed()) *status = 0;
		return NULL;
	}
	Package *pkg = parse_files(files, o->nfiles);                  /* frontend/parse.c */
	if (stage_failed()) return NULL;
	check_package(pkg);                                            /* frontend/check.c */
	if (o->dump_ast) dump_ast(pkg);
	if (stage_failed()) return NULL;
	if (o->dump_ast) { *status = 0; return NULL; }
	EscOptions esc = {.m_level = o->m_level, .off = o->escape_off,
	                  .unsound_stack = o->escape_unsound, .explain = o->allocprof};
	esc_analyze(pkg, &esc);                                        /* escape/escape.c */
	diag_flush_notes();
	if (stage_failed()) return NULL;
	*status = 0;
	return pkg;
}

/* The back half: the decided package -> LLVM -> `output` (object file, IR or assembly). */
static int generate(Package *pkg, const Options *o, const char *output) {
	CgOptions cg = {.opt_level = o->opt_level, .emit = o->emit, .output = output,
	                .sanitize_stack = o->sanitize_stack, .escape_off = o->escape_off,
	                .allocprof = o->allocprof, .m_level = o->m_level};
	bool ok = cg_package(pkg, &cg);                                /* codegen/codegen.c */
	diag_flush_notes();   /* -m: the allocations the optimiser removed (cg_removed.c) */
	return stage_failed() || !ok ? EXIT_COMPILE : 0;
}

/* `go build x.go y.go` names its output after the first file: ./x (or x.ll, x.s). */
static const char *default_output(const Options *o) {
	const char *path = o->files[0];
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t len = strlen(base) - strlen(".go");
	const char *ext = o->emit == CG_EMIT_LLVM ? ".ll" : o->emit == CG_EMIT_ASM ? ".s" : "";
	return fmt("%.*s%s", (int)len, base, ext);
}

/* Generates an object file in a temporary directory and links it into `exe`; with `run`,
 * runs it too. The directory is made only now, after the front half, so that a compile
 * error leaves nothing behind. */
static int generate_and_link(Package *pkg, const Options *o, const char *exe, bool run) {
	char *tmpdir = drv_temp_dir();
	if (!tmpdir) return EXIT_COMPILE;
	if (!exe) exe = fmt("%s/%s", tmpdir, default_output(o));
	const char *obj = fmt("%s/main.o", tmpdir);
	int status = generate(pkg, o, obj);
	if (status == 0) status = drv_link(obj, exe, o->sanitize_stack);
	if (status == 0 && run) status = drv_exec(exe, o->args, o->nargs, o->sanitize_stack);
	drv_remove_dir(tmpdir);
	return status;
}

/* gosubc makes programs only. Another package is still analysed (its -m notes and -dump-ast
 * are useful, as for Go's own escape tests, which are `package foo`), then refused with the
 * message and status of `go run` (`go build` would quietly write an archive). */
static bool is_program(const Package *pkg) {
	if (strcmp(pkg->name, "main") == 0)
		return true;
	fprintf(stderr, "package command-line-arguments is not a main package\n");
	return false;
}

static int cmd_build(const Options *o) {
	int status;
	Package *pkg = analyze(o, &status);
	if (!pkg) return status;
	const char *out = o->output ? o->output : default_output(o);
	if (o->emit != CG_EMIT_OBJ) return generate(pkg, o, out);
	if (!is_program(pkg)) return EXIT_NOT_MAIN;
	return generate_and_link(pkg, o, out, false);
}

/* Builds into a temporary directory, runs the program from the current directory, and
 * returns its exit status. */
static int cmd_run(const Options *o) {
	int status;
	Package *pkg = analyze(o, &status);
	if (!pkg) return status;
	if (!is_program(pkg)) return EXIT_NOT_MAIN;
	return generate_and_link(pkg, o, NULL, true);
}

/* `gosubc test` (test.c): build's pipeline into `exe` for the Options it made, whatever the
 * package's name (its generated main is main.main). *compiled: false when the front half
 * reported errors. */
int drv_build_program(const Options *o, const char *exe, bool *compiled) {
	int status;
	Package *pkg = analyze(o, &status);
	*compiled = pkg != NULL;
	if (!pkg) return status;
	return generate_and_link(pkg, o, exe, false);
}

/* In a -DGOSUB_SANITIZE=ON build: the compiler frees nothing by design (one arena for the
 * whole compilation, see util.h), so LeakSanitizer's reports would all be noise. */
#if defined(__SANITIZE_ADDRESS__)
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }
#endif

static int cmd_version(void) {
	unsigned major, minor, patch;
	LLVMGetVersion(&major, &minor, &patch);
	printf("gosubc version 0.1 (LLVM %u.%u.%u, go1.19 subset)\n", major, minor, patch);
	return 0;
}

int main(int argc, char **argv) {
	if (argc < 2) {
		drv_usage(stderr);
		fputs("Run 'gosubc help' for details.\n", stderr);
		return EXIT_USAGE;
	}
	const char *cmd = argv[1];
	if (strcmp(cmd, "build") == 0 || strcmp(cmd, "run") == 0) {
		Options o;
		int status = drv_parse_options(cmd, argc - 1, argv + 1, &o);
		if (status) return status;
		return strcmp(cmd, "build") == 0 ? cmd_build(&o) : cmd_run(&o);
	}
	if (strcmp(cmd, "test") == 0) return drv_test(argc - 1, argv + 1);   /* test.c */
	if (strcmp(cmd, "version") == 0) return cmd_version();
	if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "-help") == 0 ||
	    strcmp(cmd, "--help") == 0)
		return drv_help(argc > 2 ? argv[2] : NULL);
	fprintf(stderr, "gosubc %s: unknown command\nRun 'gosubc help' for usage.\n", cmd);
	return EXIT_USAGE;
}
