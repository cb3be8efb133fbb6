/* rt_string.c: string operations of generated code (Go spec: String types; Comparison operators;
 * Conversions to and from a string type). Input: strings as (ptr, len); output: new strings or
 * slices on the Boehm heap, which are never scanned (bytes hold no pointers).
 *
 * Go strings are immutable, so a result may share memory with an operand: concatenation with
 * one non-empty part returns that part, as gc's concatstrings does. Every fresh byte buffer is
 * counted as a heap allocation like any other.
 */
#include <string.h>

#include "rt_internal.h"

static uint8_t *alloc_bytes(int64_t n) { return gosub_alloc(n, true); }

/* A new Go string holding a copy of the C string s (NULL: ""), for what the system and the
 * program's DWARF give the runtime (os, runtime.Caller). */
GoString rt_go_string(const char *s) {
	int64_t n = s ? (int64_t)strlen(s) : 0;
	if (n == 0)
		return (GoString){NULL, 0};
	uint8_t *p = alloc_bytes(n);
	memcpy(p, s, (size_t)n);
	return (GoString){p, n};
}

/* AddressSanitizer's (a -sanitize=stack program): where it moved a frame's locals. */
extern void *__asan_get_current_fake_stack(void) __attribute__((weak));
extern void *__asan_addr_is_in_fake_stack(void *fake, void *addr, void **beg, void **end)
    __attribute__((weak));

/* Whether p points into a frame of the running goroutine: a caller's buffer, such as the one a
 * non-escaping string(bytes) conversion fills (gc's tmpBuf), which dies with that frame. */
static bool on_stack(const void *p) {
	uintptr_t a = (uintptr_t)p;
	if (a >= (uintptr_t)__builtin_frame_address(0) && a < rt_stack_top)
		return true;
	void *fake = __asan_get_current_fake_stack ? __asan_get_current_fake_stack() : NULL;
	return fake && __asan_addr_is_in_fake_stack(fake, (void *)p, NULL, NULL);
}

/* A sum with one non-empty operand is that operand, unless its bytes lie in a frame: the result
 * may outlive it (gc's concatstrings makes the same test). */
GoString gosub_concat(const GoString *parts, int64_t n) {
	int64_t total = 0, nonempty = 0, last = 0;
	for (int64_t i = 0; i < n; i++) {
		if (parts[i].len == 0)
			continue;
		total += parts[i].len;
		nonempty++;
		last = i;
	}
	if (nonempty == 0)
		return (GoString){NULL, 0};
	if (nonempty == 1 && !on_stack(parts[last].ptr))
		return parts[last];
	uint8_t *p = alloc_bytes(total), *q = p;
	for (int64_t i = 0; i < n; i++) {
		memcpy(q, parts[i].ptr, (size_t)parts[i].len);
		q += parts[i].len;
	}
	return (GoString){p, total};
}

/* Messages the runtime builds for itself (panics) are not the program's allocations. */
GoString rt_strcat3(GoString a, GoString b, GoString c) {
	int64_t n = a.len + b.len + c.len;
	uint8_t *p = rt_alloc_internal((size_t)n + 1, true), *q = p;
	GoString parts[3] = {a, b, c};
	for (int i = 0; i < 3; i++) {
		if (parts[i].len)
			memcpy(q, parts[i].ptr, (size_t)parts[i].len);
		q += parts[i].len;
	}
	return (GoString){p, n};
}

/* Strings compare bytewise, as unsigned bytes (Go spec: Comparison operators). */
int64_t gosub_strcmp(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen) {
	int64_t n = alen < blen ? alen : blen;
	int c = n ? memcmp(a, b, (size_t)n) : 0;
	if (c != 0)
		return c < 0 ? -1 : 1;
	return alen < blen ? -1 : alen > blen;
}

bool gosub_streq(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen) {
	return alen == blen && (a == b || alen == 0 || memcmp(a, b, (size_t)alen) == 0);
}

/* string(r): "Converting a signed or unsigned integer value to a string type yields a string
 * containing the UTF-8 representation of the integer. Values outside the range of valid Unicode
 * code points are converted to "\uFFFD"." The argument is any integer, hence the range check
 * before narrowing to a rune. */
GoString gosub_rune_to_string(int64_t r) {
	if (r < 0 || r > 0x10FFFF)
		r = RT_RUNE_ERROR;
	uint8_t tmp[4];
	int n = rt_utf8_encode(tmp, (int32_t)r);
	return gosub_bytes_to_string(tmp, n);
}

GoString gosub_bytes_to_string(const void *p, int64_t len) {
	if (len == 0)
		return (GoString){NULL, 0};
	uint8_t *q = alloc_bytes(len);
	memcpy(q, p, (size_t)len);
	return (GoString){q, len};
}

/* []byte(s) is a fresh copy with cap == len rounded up to gc's size class, as gc's rawbyteslice
 * does (so cap() of the result matches go). */
void gosub_string_to_bytes(GoSlice *out, const uint8_t *p, int64_t len) {
	if (len == 0) {
		*out = (GoSlice){gosub_alloc(0, true), 0, 0};
		return;
	}
	int64_t cap = (int64_t)rt_roundupsize((uint64_t)len);
	uint8_t *q = alloc_bytes(cap);
	memcpy(q, p, (size_t)len);
	*out = (GoSlice){q, len, cap};
}

GoString gosub_runes_to_string(const int32_t *p, int64_t len) {
	uint8_t tmp[4];
	int64_t n = 0;
	for (int64_t i = 0; i < len; i++)
		n += rt_utf8_encode(tmp, p[i]);
	if (n == 0)
		return (GoString){NULL, 0};
	uint8_t *q = alloc_bytes(n), *w = q;
	for (int64_t i = 0; i < len; i++)
		w += rt_utf8_encode(w, p[i]);
	return (GoString){q, n};
}

void gosub_string_to_runes(GoSlice *out, const uint8_t *p, int64_t len) {
	int64_t n = 0;
	for (int64_t i = 0; i < len; n++)
		gosub_decode_rune(p, len, i, &i);
	int64_t cap = n ? (int64_t)(rt_roundupsize((uint64_t)n * 4) / 4) : 0;
	int32_t *r = gosub_alloc(cap * 4, true);
	int64_t k = 0;
	for (int64_t i = 0; i < len; k++)
		r[k] = gosub_decode_rune(p, len, i, &i);
	*out = (GoSlice){r, n, cap};
}

int32_t gosub_decode_rune(const uint8_t *p, int64_t len, int64_t i, int64_t *next) {
	int size;
	int32_t r = rt_utf8_decode(p + i, len - i, &size);
	*next = i + size;
	return r;
}
