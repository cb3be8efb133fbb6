/* rt_test.h: a tiny harness for the runtime's unit tests (test/unit/rt_*_test.c).
 *
 * A test file is a stand-in for a compiled Go program: it defines `main..init` and `main.main`
 * (RT_TEST_MAIN below) and links with libgosubrt.a, whose C main starts the collector and runs
 * them exactly as it runs generated code. CHECK counts results; rt_test_finish prints
 * "N passed, N failed" and exits non-zero on any failure. capture_* collect what the runtime
 * writes to fd 2; run_child runs a function that must end the process (a panic) in a child and
 * returns its exit status and stderr.
 */
#ifndef RT_TEST_H
#define RT_TEST_H

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gosubrt.h"

static int passed, failed;

#define CHECK(cond) check_((cond), #cond, __FILE__, __LINE__)
static inline void check_(int ok, const char *what, const char *file, int line) {
	if (ok) {
		passed++;
		return;
	}
	failed++;
	fprintf(stdout, "%s:%d: FAILED: %s\n", file, line, what);
}

#define CHECK_STR(got, want) check_str_((got), (want), __FILE__, __LINE__)
static inline void check_str_(const char *got, const char *want, const char *file, int line) {
	if (strcmp(got, want) == 0) {
		passed++;
		return;
	}
	failed++;
	fprintf(stdout, "%s:%d: FAILED:\n  got:  \"%s\"\n  want: \"%s\"\n", file, line, got, want);
}

/* ---- capturing fd 2 ---- */
static int saved_fd2 = -1;
static FILE *capture_file;

static inline void capture_begin(void) {
	gosub_print_flush();
	capture_file = tmpfile();
	saved_fd2 = dup(2);
	dup2(fileno(capture_file), 2);
}

/* Ends the capture; returns what was written (static buffer). */
static inline const char *capture_end(void) {
	static char buf[1 << 16];
	gosub_print_flush();
	dup2(saved_fd2, 2);
	close(saved_fd2);
	rewind(capture_file);
	size_t n = fread(buf, 1, sizeof buf - 1, capture_file);
	buf[n] = '\0';
	fclose(capture_file);
	return buf;
}

/* ---- running a function that must exit, in a child process ---- */
typedef struct ChildResult {
	int status;     /* exit status, or -1 if killed by a signal */
	char err[4096]; /* its stderr */
} ChildResult;

static inline ChildResult run_child(void (*fn)(void)) {
	ChildResult r = {0};
	int fds[2];
	if (pipe(fds) != 0)
		abort();
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], 2);
		fn();
		_exit(99); /* fn returned: not what the test expected */
	}
	close(fds[1]);
	size_t n = 0;
	ssize_t k;
	while ((k = read(fds[0], r.err + n, sizeof r.err - 1 - n)) > 0)
		n += (size_t)k;
	r.err[n] = '\0';
	close(fds[0]);
	int st;
	waitpid(pid, &st, 0);
	r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	return r;
}

static inline int starts_with(const char *s, const char *prefix) {
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The first line of s (static buffer). */
static inline const char *first_line(const char *s) {
	static char line[512];
	size_t n = strcspn(s, "\n");
	if (n >= sizeof line)
		n = sizeof line - 1;
	memcpy(line, s, n);
	line[n] = '\0';
	return line;
}

static inline GoString gostr(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

static inline _Noreturn void rt_test_finish(void) {
	printf("%d passed, %d failed\n", passed, failed);
	fflush(stdout);
	gosub_exit(failed != 0);
}

/* The test program's Go entry points: `body` is the test's main. */
#define RT_TEST_MAIN(body)                              \
	void test_init_(void *c) __asm__("main..init"); \
	void test_init_(void *c) { (void)c; }           \
	void test_main_(void *c) __asm__("main.main");  \
	void test_main_(void *c) {                      \
		(void)c;                                \
		body();                                 \
		rt_test_finish();                       \
	}

#endif
