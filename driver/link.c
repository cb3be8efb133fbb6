/* link.c: what happens outside the compiler proper.
 *
 *   libgosubrt.a + out.o --cc--> executable        drv_link()
 *   executable + args --fork/exec--> exit status    drv_exec()
 * plus the temporary directory that `gosubc run` and `gosubc build` keep their object file in.
 * The linker is `$CC` (default `cc`), or clang-19 with -fsanitize=address for -sanitize=stack,
 * because the AddressSanitizer runtime must match LLVM 19's instrumentation.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "driver.h"

extern char **environ;

/* The runtime library: $GOSUB_RUNTIME, else the one CMake built next to this gosubc's sources,
 * else libgosubrt.a in the directory gosubc itself is in (an installed copy). */
const char *drv_runtime_path(void) {
	const char *env = getenv("GOSUB_RUNTIME");
	if (env && *env)
		return env;
#ifdef GOSUB_BUILD_RUNTIME
	if (access(GOSUB_BUILD_RUNTIME, R_OK) == 0)
		return GOSUB_BUILD_RUNTIME;
#endif
	char self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n > 0) {
		self[n] = '\0';
		char *slash = strrchr(self, '/');
		if (slash) {
			const char *path = fmt("%.*s/libgosubrt.a", (int)(slash - self), self);
			if (access(path, R_OK) == 0)
				return path;
		}
	}
	fprintf(stderr, "gosubc: cannot find the runtime library libgosubrt.a (set GOSUB_RUNTIME)\n");
	return NULL;
}

char *drv_temp_dir(void) {
	const char *tmp = getenv("TMPDIR");
	char *dir = fmt("%s/gosubc-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		fprintf(stderr, "gosubc: cannot create a temporary directory %s: %s\n", dir, strerror(errno));
		return NULL;
	}
	return dir;
}

/* The directory holds only the files gosubc wrote there: no subdirectories. */
void drv_remove_dir(const char *dir) {
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			unlink(fmt("%s/%s", dir, e->d_name));
	closedir(d);
	rmdir(dir);
}

/* Appends the words of `cmd` ("ccache cc -g" is three) to argv. */
static int split_words(const char *cmd, char **argv, int argc, int max) {
	char *copy = fmt("%s", cmd);
	for (char *w = strtok(copy, " \t"); w && argc < max; w = strtok(NULL, " \t"))
		argv[argc++] = w;
	return argc;
}

/* Starts argv[0] (searched in PATH if `search`; its stderr to the file errfile unless NULL) and
 * waits for it: its wait status, or -1 (after a message) if it could not start. */
static int spawn_and_wait(char **argv, bool search, const char *errfile) {
	pid_t pid;
	fflush(NULL);
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	if (errfile)
		posix_spawn_file_actions_addopen(&fa, 2, errfile, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	int err = search ? posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ)
			 : posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (err != 0) {
		fprintf(stderr, "gosubc: cannot run %s: %s\n", argv[0], strerror(err));
		return -1;
	}
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return status;
}

/* The bounds of the generated code: the runtime preempts a goroutine only while it runs Go code
 * (runtime/rt_preempt.c). The linker lays out the .text sections of its input files in command
 * line order, so two empty functions in files before and after the generated objects bracket
 * them; the runtime (later on the line) and the C library fall outside. */
static const char *code_marker(const char *dir, const char *name) {
	const char *path = fmt("%s/%s.s", dir, name);
	FILE *f = fopen(path, "w");
	if (!f)
		return NULL;
	fprintf(f,
		"\t.section .text.%s,\"ax\",@progbits\n\t.globl %s\n\t.hidden %s\n%s:\n\tret\n"
		"\t.section .note.GNU-stack,\"\",@progbits\n",
		name, name, name, name);
	return fclose(f) == 0 ? path : NULL;
}

static void copy_to_stderr(const char *path) {
	FILE *f = fopen(path, "r");
	char line[4096];
	while (f && fgets(line, sizeof line, f))
		fputs(line, stderr);
	if (f)
		fclose(f);
}

/* Declarations in source order, as the compiler's diagnostics are. */
static int by_position(const void *a, const void *b) {
	Pos p = (*(Func *const *)a)->decl->pos, q = (*(Func *const *)b)->decl->pos;
	int c = strcmp(p.file ? p.file->path : "", q.file ? q.file->path : "");
	return c ? c : p.line != q.line ? p.line - q.line : p.col - q.col;
}

/* The function of prog declared without a body whose runtime symbol is sym, or NULL. */
static Func *bodiless(const Program *prog, const char *sym) {
	for (int i = 0; i < prog->pkgs.len; i++) {
		FuncVec *fs = &prog->pkgs.v[i]->externs;
		for (int j = 0; j < fs->len; j++)
			if (!strcmp(cg_runtime_symbol(fs->v[j]->link_name), sym))
				return fs->v[j];
	}
	return NULL;
}

/* A package compiled from Go's sources may declare a function without a body that gc's runtime
 * or assembly implements and gosub's runtime does not (reflect's, say). The linker then reports
 * an undefined gosub_ symbol per use: say instead, once per function, where it is declared.
 * Returns whether every line of the linker's complaint was of that kind. */
static bool explain_missing(const char *errfile, const Program *prog) {
	FILE *f = fopen(errfile, "r");
	if (!f)
		return false;
	char line[4096];
	bool all = true, any = false;
	VEC(Func *) seen = {0};
	while (fgets(line, sizeof line, f)) {
		char *p = strstr(line, "undefined reference to `gosub_");
		Func *fn = NULL;
		if (p) {
			p += strlen("undefined reference to `");
			p[strcspn(p, "'")] = 0;
			fn = bodiless(prog, p);
		}
		if (!fn) {
			/* ld's "in function" lines and collect2's summary go with each reference */
			all = all && (strstr(line, ": in function `") || strstr(line, "collect2:") ||
				      strstr(line, "more undefined references"));
			continue;
		}
		any = true;
		bool dup = false;
		for (int i = 0; i < seen.len && !dup; i++)
			dup = seen.v[i] == fn;
		if (!dup)
			vec_push(&seen, fn);
	}
	fclose(f);
	if (!any || !all)
		return false;
	qsort(seen.v, (size_t)seen.len, sizeof *seen.v, by_position);
	for (int i = 0; i < seen.len && i < 10; i++)
		fprintf(stderr, "%s: %s has no body, and gosub's runtime does not implement it\n",
			pos_str(seen.v[i]->decl->pos), seen.v[i]->link_name);
	if (seen.len > 10)
		fprintf(stderr, "too many errors\n");
	return true;
}

/* cc -Wl,--gc-sections begin.s 0.o 1.o ... main.o end.s libgosubrt.a libgc.a -lpthread -ldl -lm -o exe
 * Each package's functions and variables have sections of their own (codegen.c), so
 * --gc-sections keeps only what main.main, main..init and the runtime reach. */
int drv_link(const Program *prog, const char **objs, int nobjs, const char *exe, const Options *o,
	     const char *tmpdir) {
	const char *rt = drv_runtime_path();
	if (!rt)
		return EXIT_COMPILE;
	const char *cc = getenv("CC");
	if (o->sanitize_stack)
		cc = "clang-19 -fsanitize=address";
	else if (!cc || !*cc)
		cc = "cc";
	char **argv = xalloc(sizeof(char *) * (size_t)(nobjs + 64));
	int argc = split_words(cc, argv, 0, 48);
	argv[argc++] = "-Wl,--gc-sections";
	if (o->strip)
		argv[argc++] = "-s"; /* -ldflags=-s, as go build: no symbol table */
	const char *begin = code_marker(tmpdir, "gosub_code_begin"),
		   *end = code_marker(tmpdir, "gosub_code_end");
	if (!begin || !end) {
		fprintf(stderr, "gosubc: cannot write in %s\n", tmpdir);
		return EXIT_COMPILE;
	}
	argv[argc++] = (char *)begin;
	for (int i = 0; i < nobjs; i++)
		argv[argc++] = (char *)objs[i];
	argv[argc++] = (char *)end;
	/* Boehm GC linked statically: its allocation fast path then reaches its thread-local
	 * free lists without the shared library's TLS calls (measured in docs/performance.md). */
	const char *tail[] = {rt,    "-Wl,-Bstatic", "-lgc", "-Wl,-Bdynamic", "-lpthread", "-ldl",
			      "-lm", "-o",           exe};
	for (size_t i = 0; i < sizeof tail / sizeof *tail; i++)
		argv[argc++] = (char *)tail[i];
	argv[argc] = NULL;
	const char *errfile = fmt("%s/link.err", tmpdir);
	int status = spawn_and_wait(argv, true, errfile);
	if (status == 0) {
		copy_to_stderr(errfile); /* the linker's warnings, if any */
		return 0;
	}
	if (status > 0 && !explain_missing(errfile, prog)) {
		copy_to_stderr(errfile);
		fprintf(stderr, "gosubc: linking with %s failed\n", cc);
	}
	return EXIT_COMPILE;
}

/* Runs the built program with its arguments; argv[0] is its path, as `go run` does. A program
 * killed by a signal gives 128+signal, as a shell reports it. ASan's fake stack frames are
 * invisible to the collector, so an instrumented program runs with collection off. */
int drv_exec(const char *exe, char **args, int nargs, bool sanitize_stack) {
	char **argv = xalloc(sizeof(char *) * (nargs + 2));
	argv[0] = (char *)exe;
	for (int i = 0; i < nargs; i++)
		argv[i + 1] = args[i];
	if (sanitize_stack)
		setenv("GC_DONT_GC", "1", 1);
	int status = spawn_and_wait(argv, false, NULL);
	if (status < 0)
		return 1;
	if (WIFSIGNALED(status)) {
		fprintf(stderr, "gosubc: program killed by signal: %s\n", strsignal(WTERMSIG(status)));
		return 128 + WTERMSIG(status);
	}
	return WEXITSTATUS(status);
}
