/* rt_symbolize_test.c: rt_symbolize reads this very test's DWARF (the unit tests are built with
 * -g at -O2): a pc inside a function the C compiler inlined gives two frames, the inlined one
 * with the line of the pc and the outer one with the line of the call, as a traceback shows
 * them; a pc outside any function with debug information gives no line. */
#include <stdint.h>

#include "rt_test.h"
#include "../../runtime/rt_internal.h"

static int inner_line, outer_line;

static __attribute__((noinline)) uintptr_t caller_pc(void) {
	return (uintptr_t)__builtin_return_address(0) - 1;
}

static inline __attribute__((always_inline)) uintptr_t inner(void) {
	inner_line = __LINE__ + 1;
	return caller_pc();
}

static __attribute__((noinline)) uintptr_t outer(void) {
	outer_line = __LINE__ + 1;
	uintptr_t pc = inner();
	__asm__ volatile("" ::: "memory"); /* keep the call from being a tail call */
	return pc;
}

static bool ends_with(const char *s, const char *suffix) {
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void test_inlined(void) {
	RtSymFrame f[4];
	int n = rt_symbolize(outer(), f, 4);
	CHECK(n == 2);
	if (n != 2)
		return;
	CHECK_STR(f[0].func, "inner");
	CHECK(f[0].inlined);
	CHECK(f[0].line == inner_line);
	CHECK(f[0].file && ends_with(f[0].file, "/test/unit/rt_symbolize_test.c"));
	CHECK_STR(f[1].func, "outer");
	CHECK(!f[1].inlined);
	CHECK(f[1].line == outer_line);
	CHECK(f[1].entry == (uintptr_t)outer);
	CHECK(f[1].file && f[1].file[0] == '/');
}

/* Data has no line: at most the symbol table's name for it. */
static void test_unknown(void) {
	RtSymFrame f[4];
	static const char data[16];
	int n = rt_symbolize((uintptr_t)data, f, 4);
	CHECK(n == 0 || (n == 1 && f[0].file == NULL && f[0].line == 0));
}

static void body(void) {
	test_inlined();
	test_unknown();
}

RT_TEST_MAIN(body)
