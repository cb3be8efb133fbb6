/* main.c: the `gosubc` command: its subcommands and the compile pipeline.
 *
 *   gosubc build [flags] file.go...          -> an executable (or .ll / .s)
 *   gosubc run [flags] file.go... [-- args]  -> the program's exit status
 *   gosubc test [flags] x_test.go...         -> go test's report (test.c)
 *   gosubc clean [-cache]                    empties the package cache (cache.c)
 *   gosubc version | help [topic]
 *
 * analyze() and generate() below are the whole compiler: each stage consumes what the one before
 * it produced, and the driver stops at the first stage that reported an error (exit status 2,
 * as `go build`). See docs/students.md for what each stage does and how to dump it.
 */
#include <limits.h>
#include <llvm-c/Core.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>
#include <time.h>

#include "../frontend/lex.h"
#include "../frontend/check.h"
#include "../frontend/parse.h"
#include "../inline/inline.h"
#include "../load/load.h"
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

/* -dump-tokens: the tokens of the files named on the command line. */
static int dump_tokens(const Options *o) {
	for (int i = 0; i < o->nfiles; i++) {
		SrcFile *f = src_read(o->files[i]);
		if (f) {
			TokenVec toks = lex_file(f); /* frontend/lex.c */
			lex_dump(&toks);
		}
	}
	return stage_failed() ? EXIT_COMPILE : 0;
}

/* Every package is checked, then analysed, in the program's order, so that what a package
 * imports is complete (types, and escape summaries of its functions) before it is needed.
 * The -m notes are those of the package named on the command line, as with go build. */
static bool check_and_analyze(Program *prog, const Options *o) {
	for (int i = 0; i < prog->pkgs.len; i++) {
		check_package(prog->pkgs.v[i]); /* frontend/check.c */
		if (stage_failed())
			return false;
	}
	time_stage("check");
	if (o->dump_ast)
		dump_ast(prog->main);
	for (int i = 0; i < prog->pkgs.len && !o->dump_ast; i++) {
		Package *pkg = prog->pkgs.v[i];
		InlOptions inl = {.m_level = pkg->report ? o->m_level : 0, .off = o->no_inline};
		inl_package(pkg, &inl); /* inline/inline.c */
		EscOptions esc = {.m_level = pkg->report ? o->m_level : 0,
				  .off = o->escape_off,
				  .unsound_stack = o->escape_unsound,
				  .explain = o->allocprof};
		esc_analyze(pkg, &esc); /* escape/escape.c */
	}
	diag_flush_notes();
	time_stage("escape");
	return !stage_failed();
}

/* The front half of the pipeline: packages -> tokens -> AST -> checked AST -> escape
 * decisions. NULL when it stops: after errors (*status = 1 for a package that cannot be
 * loaded, 2 for compile errors, as go build) or after a dump (*status = 0). */
static Program *analyze(const Options *o, int *status) {
	*status = EXIT_COMPILE;
	if (o->dump_tokens) {
		*status = dump_tokens(o);
		return NULL;
	}
	LoadRequest req = {.args = o->files,
			   .nargs = o->nfiles,
			   .test_path = o->test_path,
			   .test_dir = o->test_dir,
			   .externs_ok = o->incomplete};
	time_start();
	Program *prog = ld_load(&req); /* load/load.c */
	time_stage("load+parse");
	if (stage_failed() || !prog) {
		*status = EXIT_LOAD;
		return NULL;
	}
	if (!check_and_analyze(prog, o))
		return NULL;
	*status = 0;
	return o->dump_ast ? NULL : prog;
}

/* The back half: the decided program -> LLVM -> `output` (object file, IR or assembly), or
 * with `units` one object file per package (CgOptions.units). */
static int generate(Program *prog, const Options *o, const char *output, const char **units) {
	CgOptions cg = {.opt_level = o->opt_level,
			.emit = o->emit,
			.output = output,
			.sanitize_stack = o->sanitize_stack,
			.escape_off = o->escape_off,
			.allocprof = o->allocprof,
			.m_level = o->m_level,
			.units = units,
			.debug = !o->no_dwarf};
	bool ok = cg_program(prog, &cg); /* codegen/codegen.c */
	diag_flush_notes();              /* -m: the allocations the optimiser removed (cg_removed.c) */
	return stage_failed() || !ok ? EXIT_COMPILE : 0;
}

/* `go build x.go y.go` names its output after the first file (./x, or x.ll, x.s); `go build`
 * of a directory after the directory. */
static const char *default_output(const Options *o) {
	const char *path = o->nfiles ? o->files[0] : ".";
	char real[PATH_MAX];
	bool file = strlen(path) > 3 && strcmp(path + strlen(path) - 3, ".go") == 0;
	if (!file && realpath(path, real))
		path = real;
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t len = strlen(base) - (file ? strlen(".go") : 0);
	const char *ext = o->emit == CG_EMIT_LLVM ? ".ll" : o->emit == CG_EMIT_ASM ? ".s" : "";
	return fmt("%.*s%s", (int)len, base, ext);
}

/* Generates an object file per package in a temporary directory (or takes it from the cache,
 * cache.c) and links them into `exe`; with `run`, runs it too. The directory is made only now,
 * after the front half, so that a compile error leaves nothing behind. */
static int generate_and_link(Program *prog, const Options *o, const char *exe, bool run,
			     const char *exe_key) {
	char *tmpdir = drv_temp_dir();
	if (!tmpdir)
		return EXIT_COMPILE;
	if (!exe)
		exe = fmt("%s/%s", tmpdir, default_output(o));
	DrvUnits u;
	drv_cache_plan(prog, o, tmpdir, &u); /* driver/cache.c */
	time_stage("cache lookup");
	/* Without a cache, one whole-program module: LLVM then deletes what is unreachable before
	 * generating code, and inlines across packages. */
	if (!u.dir) {
		u.n = 1;
		u.objs[0] = fmt("%s/main.o", tmpdir);
	}
	int status = generate(prog, o, u.dir ? NULL : u.objs[0], u.dir ? u.units : NULL);
	if (status == 0)
		drv_cache_store(prog, &u);
	time_stage("cache store");
	if (status == 0)
		status = drv_link(prog, u.objs, u.n, exe, o, tmpdir);
	time_stage("link");
	if (status == 0 && exe_key)
		drv_exe_store(exe_key, exe);
	if (status == 0 && u.dir)
		drv_cache_trim(); /* driver/cache.c */
	if (status == 0 && run)
		status = drv_exec(exe, o->args, o->nargs, o->sanitize_stack);
	drv_remove_dir(tmpdir);
	return status;
}

/* gosubc makes programs only. Another package is still analysed (its -m notes and -dump-ast
 * are useful, as for Go's own escape tests, which are `package foo`), then refused with the
 * message and status of `go run` (`go build` would quietly write an archive). */
static bool is_program(const Program *prog) {
	if (strcmp(prog->main->name, "main") == 0)
		return true;
	fprintf(stderr, "package command-line-arguments is not a main package\n");
	return false;
}

/* The key of the executable a plain build or run makes (no -m notes to print, no dump, no IR),
 * so that an unchanged program comes from the package cache, as go build's does: the files'
 * headers are enough to find every package and source (load.h's headers_only). NULL when the
 * packages do not load; the real load then reports why. */
static const char *exe_key(const Options *o) {
	if (o->emit != CG_EMIT_OBJ || o->m_level || o->dump_ast || o->dump_tokens || !drv_cache_dir())
		return NULL;
	for (int i = 0; i < o->nfiles; i++)
		if (access(o->files[i], R_OK) != 0)
			return NULL;
	LoadRequest req = {.args = o->files, .nargs = o->nfiles, .headers_only = true};
	Program *prog = ld_load(&req); /* load/load.c */
	bool ok = prog && diag_errors() == 0;
	diag_discard();
	return ok ? drv_exe_key(prog, o) : NULL; /* driver/cache.c */
}

static int cmd_build(const Options *o) {
	int status;
	const char *out = o->output ? o->output : default_output(o);
	const char *key = exe_key(o);
	if (key && drv_exe_fetch(key, out))
		return 0;
	Program *prog = analyze(o, &status);
	if (!prog)
		return status;
	if (o->emit != CG_EMIT_OBJ)
		return generate(prog, o, out, NULL);
	if (!is_program(prog))
		return EXIT_NOT_MAIN;
	return generate_and_link(prog, o, out, false, key);
}

/* gosubc run of a program whose executable is in the cache: *status is the program's. */
static bool run_cached(const Options *o, const char *key, int *status) {
	char *tmpdir = key ? drv_temp_dir() : NULL;
	if (!tmpdir)
		return false;
	const char *exe = fmt("%s/%s", tmpdir, default_output(o));
	bool hit = drv_exe_fetch(key, exe);
	if (hit)
		*status = drv_exec(exe, o->args, o->nargs, o->sanitize_stack);
	drv_remove_dir(tmpdir);
	return hit;
}

/* Builds into a temporary directory, runs the program from the current directory, and
 * returns its exit status. */
static int cmd_run(const Options *o) {
	int status;
	const char *key = exe_key(o);
	if (run_cached(o, key, &status))
		return status;
	Program *prog = analyze(o, &status);
	if (!prog)
		return status;
	if (!is_program(prog))
		return EXIT_NOT_MAIN;
	return generate_and_link(prog, o, NULL, true, key);
}

/* `gosubc test` (test.c): build's pipeline into `exe` for the Options it made, whatever the
 * package's name (its generated main is main.main). *compiled: false when the front half
 * reported errors. */
int drv_build_program(const Options *o, const char *exe, bool *compiled) {
	int status;
	Program *prog = analyze(o, &status);
	*compiled = prog != NULL;
	if (!prog)
		return status;
	return generate_and_link(prog, o, exe, false, NULL);
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

/* `gosubc clean [-cache]`: empties the package cache (cache.c), as `go clean -cache`. */
static int cmd_clean(int argc, char **argv) {
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "-cache") != 0) {
			fprintf(stderr, "gosubc clean: unknown flag %s\nusage: gosubc clean [-cache]\n",
				argv[i]);
			return EXIT_USAGE;
		}
	return drv_clean_cache();
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
		if (status)
			return status;
		return strcmp(cmd, "build") == 0 ? cmd_build(&o) : cmd_run(&o);
	}
	if (strcmp(cmd, "test") == 0)
		return drv_test(argc - 1, argv + 1); /* test.c */
	if (strcmp(cmd, "version") == 0)
		return cmd_version();
	if (strcmp(cmd, "clean") == 0)
		return cmd_clean(argc - 1, argv + 1);
	if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "-help") == 0 ||
	    strcmp(cmd, "--help") == 0)
		return drv_help(argc > 2 ? argv[2] : NULL);
	fprintf(stderr, "gosubc %s: unknown command\nRun 'gosubc help' for usage.\n", cmd);
	return EXIT_USAGE;
}
