/* rt_string_test.c: string operations with Go's rules: concatenation, comparison, rune and
 * byte conversions (invalid runes and surrogates become U+FFFD), and UTF-8 decoding for range
 * loops (each invalid byte decodes as U+FFFD of width 1). */
#include "rt_test.h"

static const char *cstr(GoString s) {
	static char buf[256];
	memcpy(buf, s.ptr, (size_t)s.len);
	buf[s.len] = '\0';
	return buf;
}

static void concat(void) {
	GoString parts[] = {gostr("ab"), gostr(""), gostr("cde"), gostr("f")};
	CHECK_STR(cstr(gosub_concat(parts, 4)), "abcdef");
	CHECK(gosub_concat(parts, 4).len == 6);
	GoString one[] = {gostr(""), gostr("only"), gostr("")};
	GoString r = gosub_concat(one, 3);
	CHECK(r.ptr == one[1].ptr && r.len == 4); /* no copy for a single non-empty part */
	CHECK(gosub_concat(one, 1).len == 0);
}

static void compare(void) {
	CHECK(gosub_strcmp((const uint8_t *)"abc", 3, (const uint8_t *)"abd", 3) == -1);
	CHECK(gosub_strcmp((const uint8_t *)"abc", 3, (const uint8_t *)"ab", 2) == 1);
	CHECK(gosub_strcmp((const uint8_t *)"ab", 2, (const uint8_t *)"abc", 3) == -1);
	CHECK(gosub_strcmp((const uint8_t *)"", 0, (const uint8_t *)"", 0) == 0);
	CHECK(gosub_strcmp((const uint8_t *)"\xff", 1, (const uint8_t *)"a", 1) == 1); /* unsigned bytes */
	CHECK(gosub_streq((const uint8_t *)"hello", 5, (const uint8_t *)"hello", 5));
	CHECK(!gosub_streq((const uint8_t *)"hello", 5, (const uint8_t *)"hellO", 5));
	CHECK(gosub_streq(NULL, 0, (const uint8_t *)"x", 0));
}

static void rune_to_string(void) {
	CHECK_STR(cstr(gosub_rune_to_string('A')), "A");
	CHECK_STR(cstr(gosub_rune_to_string(0x4E16)), "\xe4\xb8\x96");
	CHECK_STR(cstr(gosub_rune_to_string(0x1F600)), "\xf0\x9f\x98\x80");
	CHECK_STR(cstr(gosub_rune_to_string(-1)), "\xef\xbf\xbd");
	CHECK_STR(cstr(gosub_rune_to_string(0xD800)), "\xef\xbf\xbd"); /* surrogate */
	CHECK_STR(cstr(gosub_rune_to_string(0x110000)), "\xef\xbf\xbd");
	CHECK_STR(cstr(gosub_rune_to_string((int64_t)1 << 32 | 'A')), "\xef\xbf\xbd");
}

static void runes(void) {
	GoSlice s;
	const char *in = "a\xe4\xb8\x96\xff\xed\xa0\x80\xf4\x90\x80\x80z\xc3";
	gosub_string_to_runes(&s, (const uint8_t *)in, (int64_t)strlen(in));
	/* go: []rune("a\u4e16\xff\xed\xa0\x80\xf4\x90\x80\x80z\xc3") */
	static const int32_t want[] = {'a',    0x4E16, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
				       0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 'z',    0xFFFD};
	CHECK(s.len == 12 && memcmp(s.ptr, want, sizeof want) == 0);
	CHECK(s.cap == 12); /* 48 bytes is a size class */
	gosub_string_to_runes(&s, (const uint8_t *)"hello", 5);
	CHECK(s.len == 5 && s.cap == 6); /* go: cap([]rune(s)) == 6 when it escapes */
	int32_t back[] = {'h', 0xE9, 0x10FFFF, 0xD800, -5};
	CHECK_STR(cstr(gosub_runes_to_string(back, 5)), "h\xc3\xa9\xf4\x8f\xbf\xbf\xef\xbf\xbd\xef\xbf\xbd");
}

static void bytes(void) {
	GoSlice b;
	gosub_string_to_bytes(&b, (const uint8_t *)"hello", 5);
	CHECK(b.len == 5 && b.cap == 8 && memcmp(b.ptr, "hello", 5) == 0);
	((char *)b.ptr)[0] = 'j';
	GoString s = gosub_bytes_to_string(b.ptr, b.len);
	((char *)b.ptr)[0] = 'x'; /* the string is a copy */
	CHECK_STR(cstr(s), "jello");
	gosub_string_to_bytes(&b, NULL, 0);
	CHECK(b.ptr != NULL && b.len == 0 && b.cap == 0);
}

static void decode(void) {
	const char *in = "\xe4\xb8\x96\xc0\xaf!"; /* U+4E16, an overlong '/', '!' */
	int64_t n = (int64_t)strlen(in), i = 0, next;
	int32_t r = gosub_decode_rune((const uint8_t *)in, n, i, &next);
	CHECK(r == 0x4E16 && next == 3);
	r = gosub_decode_rune((const uint8_t *)in, n, next, &next);
	CHECK(r == 0xFFFD && next == 4);
	r = gosub_decode_rune((const uint8_t *)in, n, next, &next);
	CHECK(r == 0xFFFD && next == 5);
	r = gosub_decode_rune((const uint8_t *)in, n, next, &next);
	CHECK(r == '!' && next == 6);
	/* a truncated sequence at the end: one error per byte */
	r = gosub_decode_rune((const uint8_t *)"\xe4\xb8", 2, 0, &next);
	CHECK(r == 0xFFFD && next == 1);
}

static void body(void) {
	concat();
	compare();
	rune_to_string();
	runes();
	bytes();
	decode();
}

RT_TEST_MAIN(body)
