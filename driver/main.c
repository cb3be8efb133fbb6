/* main.c: the `gosubc` command: its subcommands and the compile pipeline.
 *
 *   gosubc build [flags] file.go...          -> an executable (or .ll / .s)
 *   gosubc run [flags] file.go... [-- args]  -> the program's exit status
 *   gosubc version | help [topic]
 *
 * compile() below is the whole compiler in a dozen lines: each stage consumes what the one before
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

/* The pipeline: source files -> tokens -> AST -> checked AST -> escape decisions -> `output`.
 * Returns 0 or the exit status. The dump flags stop after the stage they show. */
static int compile(const Options *o, const char *output) {
	SrcFile **files = read_sources(o);
	if (!files) return EXIT_COMPILE;
	if (o->dump_tokens) {
		for (int i = 0; i < o->nfiles; i++) {
			TokenVec toks = lex_file(files[i]);                   /* frontend/lex.c */
			lex_dump(&toks);
		}
		return stage_failed() ? EXIT_COMPILE : 0;
	}
	Package *pkg = parse_files(files, o->nfiles);                  /* frontend/parse.c */
	if (stage_failed()) return EXIT_COMPILE;
	check_package(pkg);                                            /* frontend/check.c */
	if (o->dump_ast) dump_ast(pkg);
	if (stage_failed() || o->dump_ast) return diag_errors() ? EXIT_COMPILE : 0;
	EscOptions esc = {.m_level = o->m_level, .off = o->escape_off};
	esc_analyze(pkg, &esc);                                        /* escape/escape.c */
	diag_flush_notes();
	if (stage_failed()) return EXIT_COMPILE;
	CgOptions cg = {.opt_level = o->opt_level, .emit = o->emit, .output = output,
	                .sanitize_stack = o->sanitize_stack};
	bool ok = cg_package(pkg, &cg);                                /* codegen/codegen.c */
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

/* Compiles to an object file in a temporary directory, then links it into `exe`. */
static int compile_and_link(const Options *o, const char *exe, const char *tmpdir) {
	const char *obj = fmt("%s/main.o", tmpdir);
	int status = compile(o, obj);
	return status ? status : drv_link(obj, exe, o->sanitize_stack);
}

static int cmd_build(const Options *o) {
	const char *out = o->output ? o->output : default_output(o);
	if (o->dump_tokens || o->dump_ast || o->emit != CG_EMIT_OBJ) return compile(o, out);
	char *tmpdir = drv_temp_dir();
	if (!tmpdir) return EXIT_COMPILE;
	int status = compile_and_link(o, out, tmpdir);
	drv_remove_dir(tmpdir);
	return status;
}

/* Builds into a temporary directory, runs the program there from the current directory, and
 * returns its exit status. */
static int cmd_run(const Options *o) {
	if (o->dump_tokens || o->dump_ast) return compile(o, NULL);
	char *tmpdir = drv_temp_dir();
	if (!tmpdir) return EXIT_COMPILE;
	const char *exe = fmt("%s/%s", tmpdir, default_output(o));
	int status = compile_and_link(o, exe, tmpdir);
	if (status == 0) status = drv_exec(exe, o->args, o->nargs, o->sanitize_stack);
	drv_remove_dir(tmpdir);
	return status;
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
	if (strcmp(cmd, "version") == 0) return cmd_version();
	if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "-help") == 0 ||
	    strcmp(cmd, "--help") == 0)
		return drv_help(argc > 2 ? argv[2] : NULL);
	fprintf(stderr, "gosubc %s: unknown command\nRun 'gosubc help' for usage.\n", cmd);
	return EXIT_USAGE;
}
