/* rt_slice.c: append's growth and make([]T, len, cap). Input: a slice and the length it must reach;
 * output: a new backing array whose capacity is exactly what gc 1.19 would choose.
 *
 * Go programs print cap() after append, so gosub reproduces gc's rule (runtime/slice.go growslice):
 * double the capacity while it is below 256 elements, above that grow by (cap + 3*256)/4 until it
 * suffices (a smooth move from 2x to 1.25x), or jump straight to the needed length when doubling
 * is not enough; then round the byte size up to gc's malloc size class (runtime/sizeclasses.go)
 * and use whatever whole elements fit in it.
 */
#include <string.h>

#include "rt_internal.h"

/* gc's size classes: every small allocation is rounded up to one of these byte sizes. */
static const uint16_t class_to_size[] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,   176,
    192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,   512,   576,
    640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,  3072,
    3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};
enum { MAX_SMALL_SIZE = 32768, PAGE_SIZE = 8192 };
/* gc's maxAlloc on linux/amd64: 1<<48 bytes. */
static const uint64_t MAX_ALLOC = (uint64_t)1 << 48;

/* The smallest size class of at least `size` bytes (size < MAX_SMALL_SIZE), by binary search. */
static uint64_t class_search(uint64_t size) {
	size_t lo = 0, hi = sizeof class_to_size / sizeof class_to_size[0] - 1;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (class_to_size[mid] >= size)
			hi = mid;
		else
			lo = mid + 1;
	}
	return class_to_size[lo];
}

/* Every allocation asks for its size class, so sizes up to 1 KiB (most of them) use a table
 * indexed by size/8, filled on first use, as gc's size_to_class8 is. */
enum { SMALL_MAX = 1024 };
static uint16_t small_class[SMALL_MAX / 8 + 1];

static void fill_small_classes(void) {
	for (uint64_t i = 0; i <= SMALL_MAX / 8; i++)
		small_class[i] = (uint16_t)class_search(i * 8);
}

/* roundupsize: the smallest size class that holds `size` bytes; beyond the largest class, whole
 * 8 KiB pages. */
uint64_t rt_roundupsize(uint64_t size) {
	if (size <= SMALL_MAX) {
		if (small_class[1] == 0)
			fill_small_classes();
		return small_class[(size + 7) / 8];
	}
	if (size < MAX_SMALL_SIZE) {
		return class_search(size);
	}
	if (size + PAGE_SIZE < size)
		return size;
	return (size + PAGE_SIZE - 1) & ~(uint64_t)(PAGE_SIZE - 1);
}

/* The capacity growslice picks for a slice of capacity `old` that must hold `need` elements,
 * before rounding to a size class. */
static int64_t next_capacity(int64_t old, int64_t need) {
	int64_t newcap = old, doublecap = old + old;
	if (need > doublecap)
		return need;
	enum { THRESHOLD = 256 };
	if (old < THRESHOLD)
		return doublecap;
	while (0 < newcap && newcap < need)
		newcap += (newcap + 3 * THRESHOLD) / 4;
	return newcap <= 0 ? need : newcap; /* overflowed: take what is needed */
}

void gosub_growslice(GoSlice *s, int64_t elemsize, bool ptrfree, int64_t newlen) {
	if (newlen < s->cap)
		rt_panic_runtime_error(RT_STR("growslice: cap out of range"));
	if (elemsize == 0) {
		/* append must not produce a nil slice with a non-zero length */
		s->ptr = gosub_alloc(0, true);
		s->cap = newlen;
		return;
	}
	int64_t newcap = next_capacity(s->cap, newlen);
	if ((uint64_t)newcap > MAX_ALLOC / (uint64_t)elemsize)
		rt_panic_runtime_error(RT_STR("growslice: cap out of range"));
	uint64_t capmem = rt_roundupsize((uint64_t)newcap * (uint64_t)elemsize);
	if (capmem > MAX_ALLOC)
		rt_panic_runtime_error(RT_STR("growslice: cap out of range"));
	newcap = (int64_t)(capmem / (uint64_t)elemsize);
	void *p = gosub_alloc((int64_t)capmem, ptrfree);
	if (s->len > 0)
		memcpy(p, s->ptr, (size_t)(s->len * elemsize));
	s->ptr = p;
	s->cap = newcap;
}

/* make([]T, len, cap): gc reports a bad cap only when len alone would be fine (panicmakeslicelen
 * and panicmakeslicecap). A zero-sized request still yields a non-nil slice. */
void gosub_makeslice(GoSlice *out, int64_t elemsize, bool ptrfree, int64_t len, int64_t cap) {
	uint64_t limit = elemsize ? MAX_ALLOC / (uint64_t)elemsize : UINT64_MAX;
	if (len < 0 || cap < 0 || (uint64_t)cap > limit || len > cap) {
		if (len < 0 || (uint64_t)len > limit)
			rt_panic_runtime_error(RT_STR("makeslice: len out of range"));
		rt_panic_runtime_error(RT_STR("makeslice: cap out of range"));
	}
	void *p = gosub_alloc(cap * elemsize, ptrfree);
	*out = (GoSlice){p, len, cap};
}
