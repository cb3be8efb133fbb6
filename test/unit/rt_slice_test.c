/* rt_slice_test.c: append's capacity growth and make's panics against gc 1.19 (expected caps
 * printed by `go run`, go 1.19.8, appending one element at a time: []int, a 24-byte struct,
 * []byte). */
#include "rt_test.h"

/* Appends one element at a time up to n and records each new capacity, as a Go loop
 * `s = append(s, x); if cap(s) != last { print(cap(s), " ") }` would. */
static const char *growth(int64_t elemsize, int64_t n) {
	static char out[1024];
	size_t len = 0;
	GoSlice s = {NULL, 0, 0};
	for (int64_t i = 0; i < n; i++) {
		if (s.len == s.cap) {
			gosub_growslice(&s, elemsize, true, s.len + 1);
			len += (size_t)snprintf(out + len, sizeof out - len, "%lld ", (long long)s.cap);
		}
		memset((char *)s.ptr + s.len * elemsize, 0xAB, (size_t)elemsize);
		s.len++;
	}
	return out;
}

static void growth_matches_gc(void) {
	CHECK_STR(growth(8, 5000), "1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408 5120 ");
	CHECK_STR(growth(24, 3000), "1 2 4 8 16 32 64 128 256 512 853 1365 2048 3072 ");
	CHECK_STR(growth(1, 5000), "8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376 ");
}

/* append(s, many...) where doubling is not enough: gc jumps to the needed length, then rounds
 * to the size class (go: 8 14 48 1024 for these four). */
static void growth_by_many(void) {
	GoSlice x = {NULL, 0, 0};
	gosub_growslice(&x, 8, true, 7);
	CHECK(x.cap == 8);
	GoSlice y;
	gosub_makeslice(&y, 8, true, 3, 3);
	gosub_growslice(&y, 8, true, 13);
	CHECK(y.cap == 14 && y.len == 3);
	GoSlice z;
	gosub_makeslice(&z, 1, true, 0, 0);
	gosub_growslice(&z, 1, true, 33);
	CHECK(z.cap == 48);
	GoSlice w;
	gosub_makeslice(&w, 24, false, 600, 600);
	gosub_growslice(&w, 24, false, 601);
	CHECK(w.cap == 1024);
}

/* growslice keeps the old elements. */
static void growth_copies(void) {
	GoSlice s = {NULL, 0, 0};
	for (int64_t i = 0; i < 1000; i++) {
		if (s.len == s.cap)
			gosub_growslice(&s, 8, true, s.len + 1);
		((int64_t *)s.ptr)[s.len++] = i * 3;
	}
	int ok = 1;
	for (int64_t i = 0; i < 1000; i++)
		ok &= ((int64_t *)s.ptr)[i] == i * 3;
	CHECK(ok);
}

static void zero_sized(void) {
	GoSlice s = {NULL, 0, 0};
	gosub_growslice(&s, 0, true, 5);
	CHECK(s.ptr != NULL && s.cap == 5);
	GoSlice m;
	gosub_makeslice(&m, 0, true, 10, 10);
	CHECK(m.ptr != NULL && m.len == 10);
}

static void make_and_zero(void) {
	GoSlice s;
	gosub_makeslice(&s, 8, true, 100, 200);
	int zero = 1;
	for (int i = 0; i < 200; i++)
		zero &= ((int64_t *)s.ptr)[i] == 0;
	CHECK(zero && s.len == 100 && s.cap == 200);
}

static void make_len_neg(void) {
	GoSlice s;
	gosub_makeslice(&s, 8, true, -1, 10);
}
static void make_cap_small(void) {
	GoSlice s;
	gosub_makeslice(&s, 8, true, 10, 5);
}
static void make_cap_huge(void) {
	GoSlice s;
	gosub_makeslice(&s, 8, true, 1, (int64_t)1 << 62);
}
static void make_len_huge(void) {
	GoSlice s;
	gosub_makeslice(&s, 8, true, (int64_t)1 << 62, (int64_t)1 << 62);
}

static void make_panics(void) {
	ChildResult r = run_child(make_len_neg);
	CHECK(r.status == 2);
	CHECK_STR(first_line(r.err), "panic: runtime error: makeslice: len out of range");
	r = run_child(make_cap_small);
	CHECK_STR(first_line(r.err), "panic: runtime error: makeslice: cap out of range");
	r = run_child(make_cap_huge);
	CHECK_STR(first_line(r.err), "panic: runtime error: makeslice: cap out of range");
	r = run_child(make_len_huge);
	CHECK_STR(first_line(r.err), "panic: runtime error: makeslice: len out of range");
}

static void body(void) {
	growth_matches_gc();
	growth_by_many();
	growth_copies();
	zero_sized();
	make_and_zero();
	make_panics();
}

RT_TEST_MAIN(body)
