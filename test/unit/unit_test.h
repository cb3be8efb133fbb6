/* unit_test.h: the checking harness of the frontend's unit tests (test/unit/fe_*_test.c).
 *
 * CHECK and CHECK_STR count results and print each failure with its line; unit_test_finish
 * prints "N passed, N failed" and gives main's exit status (non-zero on any failure).
 * The runtime's tests use rt_test.h instead: they run inside the runtime's own main.
 */
#ifndef UNIT_TEST_H
#define UNIT_TEST_H

#include <stdio.h>
#include <string.h>

static int passed, failed;

#define CHECK(cond) unit_check_((cond), #cond, __FILE__, __LINE__)
static inline void unit_check_(int ok, const char *what, const char *file, int line) {
	if (ok) {
		passed++;
		return;
	}
	failed++;
	printf("%s:%d: FAILED: %s\n", file, line, what);
}

/* got may be NULL (a function that found nothing): that is a failure, printed as "(null)". */
#define CHECK_STR(got, want) unit_check_str_((got), (want), #got, __FILE__, __LINE__)
static inline void unit_check_str_(const char *got, const char *want, const char *what, const char *file,
				   int line) {
	if (got && strcmp(got, want) == 0) {
		passed++;
		return;
	}
	failed++;
	printf("%s:%d: FAILED: %s\n  got:  %s\n  want: %s\n", file, line, what, got ? got : "(null)", want);
}

static inline int unit_test_finish(void) {
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}

#endif
