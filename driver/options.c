/* options.c: argv -> Options, and the usage and help texts.
 *
 * Flags are written as Go's tools write them: one dash, long names, `-o out` or `-o=out`,
 * `-m` or `-m=2`. glibc's getopt_long_only() parses exactly that form. For `run` the scan
 * stops at the first non-flag, so that flags after the files belong to the program:
 *   gosubc run -O0 prog.go -v       prog.go gets "-v"
 *   gosubc run prog.go -- -v        the same, with an explicit separator
 * A mistake prints one line `gosubc: ...` and a usage hint, and gives exit status 2.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "driver.h"

enum {
	OPT_O0 = 256,
	OPT_O1,
	OPT_O2,
	OPT_O3,
	OPT_EMIT_LLVM,
	OPT_ASM,
	OPT_M,
	OPT_ESCAPE,
	OPT_SANITIZE,
	OPT_DUMP_TOKENS,
	OPT_DUMP_AST,
	OPT_HELP,
	OPT_ALLOCPROF,
	OPT_TIME,
	OPT_COMPLETE,
	OPT_LDFLAGS,
	OPT_NOINLINE,
};

static const struct option long_options[] = {
    {"o", required_argument, NULL, 'o'},
    {"O0", no_argument, NULL, OPT_O0},
    {"O1", no_argument, NULL, OPT_O1},
    {"O2", no_argument, NULL, OPT_O2},
    {"O3", no_argument, NULL, OPT_O3},
    {"emit-llvm", no_argument, NULL, OPT_EMIT_LLVM},
    {"S", no_argument, NULL, OPT_ASM},
    {"m", optional_argument, NULL, OPT_M},
    {"l", no_argument, NULL, OPT_NOINLINE},
    {"escape", required_argument, NULL, OPT_ESCAPE},
    {"complete", required_argument, NULL, OPT_COMPLETE},
    {"sanitize", required_argument, NULL, OPT_SANITIZE},
    {"allocprof", no_argument, NULL, OPT_ALLOCPROF},
    {"ldflags", required_argument, NULL, OPT_LDFLAGS},
    {"time", no_argument, NULL, OPT_TIME},
    {"dump-tokens", no_argument, NULL, OPT_DUMP_TOKENS},
    {"dump-ast", no_argument, NULL, OPT_DUMP_AST},
    {"h", no_argument, NULL, OPT_HELP},
    {"help", no_argument, NULL, OPT_HELP},
    {NULL, 0, NULL, 0},
};

static const char build_usage[] = "usage: gosubc build [-o out] [flags] file.go...\n";
static const char run_usage[] = "usage: gosubc run [flags] file.go... [-- args]\n";

static const char flags_help[] =
    "Flags:\n"
    "  -o file        output file (build only; default: the first file's name without .go,\n"
    "                 or with .ll / .s for -emit-llvm / -S; `-o -` writes IR or assembly to stdout)\n"
    "  -O0 .. -O3     LLVM optimisation level (default -O2)\n"
    "  -emit-llvm     write LLVM IR instead of an executable (build only)\n"
    "  -S             write assembly instead of an executable (build only)\n"
    "  -m, -m=2       print inlining and escape-analysis decisions (gc's -m format; -m=2 explains)\n"
    "  -l             no Go-level inlining (as gc's -l: -m -l prints what `go build -gcflags='-m -l'` does)\n"
    "  -escape=off    put every allocation on the heap (to measure what escape analysis saves)\n"
    "  -allocprof     the program prints, at exit, each heap allocation site's bytes and\n"
    "                 objects with escape analysis's reason (docs/users.md)\n"
    "  -sanitize=stack  instrument with AddressSanitizer, link with clang-19; run the program\n"
    "                 with GC_DONT_GC=1 (gosubc run sets it)\n"
    "  -ldflags='-s -w'  as go build: -w leaves out the DWARF debug information (which is\n"
    "                 on by default, for gdb and tracebacks), -s the symbol table and DWARF\n"
    "  -dump-tokens   print the lexer's tokens and stop\n"
    "  -dump-ast      print the checked syntax tree and stop\n"
    "  -complete=false  accept functions declared without a body, as gc's compiler does\n"
    "                 without -complete (with -m, to analyse a file; it cannot link)\n"
    "  -time          print each stage's wall time to stderr (load+parse, check, escape,\n"
    "                 codegen IR, LLVM optimise, emit object, link; bench/README.md)\n"
    "Environment:\n"
    "  CC             the C compiler that links (default cc)\n"
    "  GOSUB_RUNTIME  path of libgosubrt.a (default: the build tree's, else next to gosubc)\n";

static const char commands_usage[] =
    "usage: gosubc build [-o out] [flags] file.go...   compile to an executable\n"
    "       gosubc run [flags] file.go... [-- args]    compile to a temporary directory and run\n"
    "       gosubc test [flags] x_test.go [x.go...]    run Test and Benchmark functions, as go test\n"
    "                 (-run re, -bench re, -benchtime 1s|Nx, -benchmem, -count n, -v)\n"
    "       gosubc version                             print the version\n"
    "       gosubc help [build|run]                    print this help, or a command's\n";

void drv_usage(FILE *out) { fputs(commands_usage, out); }

int drv_help(const char *topic) {
	if (!topic) {
		fputs("gosubc compiles a subset of Go to native code through LLVM 19.\n\n", stdout);
		fputs(commands_usage, stdout);
		fputc('\n', stdout);
		fputs(flags_help, stdout);
		return 0;
	}
	if (strcmp(topic, "build") == 0 || strcmp(topic, "run") == 0) {
		fputs(strcmp(topic, "build") == 0 ? build_usage : run_usage, stdout);
		fputc('\n', stdout);
		fputs(flags_help, stdout);
		return 0;
	}
	fprintf(stderr, "gosubc help %s: unknown help topic. Run 'gosubc help'.\n", topic);
	return EXIT_USAGE;
}

/* Prints `gosubc: <message>` and the command's usage hint; returns the usage exit status. */
static int usage_error(const char *command, const char *format, ...) __attribute__((format(printf, 2, 3)));
static int usage_error(const char *command, const char *format, ...) {
	va_list ap;
	va_start(ap, format);
	fputs("gosubc: ", stderr);
	vfprintf(stderr, format, ap);
	fputc('\n', stderr);
	va_end(ap);
	fputs(strcmp(command, "run") == 0 ? run_usage : build_usage, stderr);
	fprintf(stderr, "Run 'gosubc help %s' for details.\n", command);
	return EXIT_USAGE;
}

static bool has_suffix(const char *s, const char *suffix) {
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* The value of -m, -escape or -sanitize; false if it is not one the flag takes. */
static bool set_valued_flag(Options *o, int opt, const char *value) {
	switch (opt) {
	case OPT_M:
		if (!value || strcmp(value, "1") == 0)
			o->m_level = 1;
		else if (strcmp(value, "2") == 0)
			o->m_level = 2;
		else
			return false;
		return true;
	case OPT_ESCAPE:
		/* unsound-stack is left out of the usage text on purpose: it breaks programs, and
		 * exists only so the -sanitize=stack check can be shown to fail (docs/escape.md). */
		if (strcmp(value, "unsound-stack") == 0) {
			o->escape_off = false;
			o->escape_unsound = true;
			return true;
		}
		if (strcmp(value, "off") != 0 && strcmp(value, "on") != 0)
			return false;
		o->escape_off = strcmp(value, "off") == 0;
		o->escape_unsound = false;
		return true;
	case OPT_SANITIZE:
		if (strcmp(value, "stack") != 0)
			return false;
		o->sanitize_stack = true;
		return true;
	}
	return false;
}

/* -ldflags: the linker flags of go build that gosub has a meaning for, -s and -w, separated by
 * spaces. -s drops the symbol table and, as with go's linker, the DWARF too: none is made. */
static bool set_ldflags(Options *o, const char *value) {
	for (const char *s = value; *s;) {
		size_t n = strcspn(s, " \t");
		if (n == 2 && strncmp(s, "-s", 2) == 0)
			o->strip = o->no_dwarf = true;
		else if (n == 2 && strncmp(s, "-w", 2) == 0)
			o->no_dwarf = true;
		else if (n > 0)
			return false;
		s += n + strspn(s + n, " \t");
	}
	return true;
}

/* One flag; 0 or an exit status. `arg` is the argv word that held it, `name` its long name. */
static int apply_flag(Options *o, int opt, const char *arg, const char *name) {
	switch (opt) {
	case 'o': o->output = optarg; return 0;
	case OPT_O0:
	case OPT_O1:
	case OPT_O2:
	case OPT_O3: o->opt_level = opt - OPT_O0; return 0;
	case OPT_EMIT_LLVM: o->emit = CG_EMIT_LLVM; return 0;
	case OPT_ASM: o->emit = CG_EMIT_ASM; return 0;
	case OPT_DUMP_TOKENS: o->dump_tokens = true; return 0;
	case OPT_DUMP_AST: o->dump_ast = true; return 0;
	case OPT_ALLOCPROF: o->allocprof = true; return 0;
	case OPT_NOINLINE: o->no_inline = true; return 0;
	case OPT_TIME: time_stages = true; return 0;
	case OPT_HELP: exit(drv_help(o->command));
	case OPT_COMPLETE:
		if (strcmp(optarg, "false") != 0)
			return usage_error(o->command, "invalid value \"%s\" for flag -%s", optarg, name);
		o->incomplete = true;
		return 0;
	case OPT_LDFLAGS:
		if (set_ldflags(o, optarg))
			return 0;
		return usage_error(o->command, "-ldflags \"%s\": gosubc takes -s and -w only", optarg);
	case OPT_M:
	case OPT_ESCAPE:
	case OPT_SANITIZE:
		if (set_valued_flag(o, opt, optarg))
			return 0;
		return usage_error(o->command, "invalid value \"%s\" for flag -%s", optarg, name);
	case ':': return usage_error(o->command, "flag needs an argument: %s", arg);
	default: return usage_error(o->command, "flag provided but not defined: %s", arg);
	}
}

static bool is_dir(const char *path) {
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* After the flags, as the go command takes them: .go files, or one package directory, or
 * nothing (build: the package in the current directory); then (run only) the program's
 * arguments. */
static int take_operands(Options *o, int argc, char **argv) {
	bool run = strcmp(o->command, "run") == 0;
	int i = optind;
	o->files = argv + i;
	if (i < argc && !has_suffix(argv[i], ".go") && is_dir(argv[i])) {
		i++;
	} else {
		while (i < argc && (has_suffix(argv[i], ".go") || !run)) {
			if (!has_suffix(argv[i], ".go"))
				return usage_error(o->command, "named files must be .go files: %s", argv[i]);
			i++;
		}
	}
	o->nfiles = i - optind;
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	o->args = argv + i;
	o->nargs = argc - i;
	if (o->nfiles == 0 && run)
		return usage_error(o->command, "no go files listed");
	return 0;
}

/* Flags only `build` takes, because `run` keeps its output in a temporary directory. */
static int check_combination(const Options *o) {
	if (strcmp(o->command, "run") == 0 && (o->output || o->emit != CG_EMIT_OBJ))
		return usage_error(o->command, "-o, -emit-llvm and -S are flags of gosubc build");
	return 0;
}

/* argv[0] is the command ("build" or "run"). */
int drv_parse_options(const char *command, int argc, char **argv, Options *o) {
	*o = (Options){.command = command, .opt_level = 2, .emit = CG_EMIT_OBJ};
	bool run = strcmp(command, "run") == 0;
	opterr = 0;
	optind = 1;
	int opt, status, index = 0;
	while ((opt = getopt_long_only(argc, argv, run ? "+:" : ":", long_options, &index)) != -1)
		if ((status = apply_flag(o, opt, argv[optind - 1], long_options[index].name)) != 0)
			return status;
	if ((status = take_operands(o, argc, argv)) != 0)
		return status;
	return check_combination(o);
}
