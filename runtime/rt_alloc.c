/* rt_alloc.c: heap allocation for generated code. Input: a size and whether the object can hold
 * pointers; output: zeroed memory from Boehm GC, counted for GOSUBDEBUG=allocs=1 and B/op.
 *
 * Objects that hold no pointers come from GC_malloc_atomic, which the collector never scans (and
 * which it does not zero, so we do); small objects that may hold pointers come from free lists
 * refilled by GC_malloc_many (below). The byte counter adds gc's size class of each request, as
 * Go's runtime.MemStats.TotalAlloc (and so `go test -benchmem`'s B/op) does, so that gosub's and
 * go's figures compare directly. Zero-sized requests return one shared address and count nothing,
 * as gc's mallocgc does. The counters are plain integers: Go code runs on one thread.
 */
#include <gc/gc.h>
#include <string.h>

#include "rt_internal.h"

static uint64_t alloc_objects, alloc_bytes;
static bool profiling; /* built with -allocprof: attribute each allocation (rt_allocprof.c) */
/* Collections Boehm ran while starting up are not the program's. */
static uint64_t gc_no_at_start;
static _Alignas(16) uint64_t zerobase; /* the address of every zero-sized object (16-aligned
                                          * as codegen declares gosub_alloc's result) */

/* Inlined into gosub_alloc: every generated allocation goes through here, so one call level
 * less on the fast path is measurable on allocation-bound programs. */
static inline __attribute__((always_inline)) void *alloc_zeroed(size_t size, bool ptrfree) {
	void *p = ptrfree ? GC_malloc_atomic(size) : GC_malloc(size);
	if (__builtin_expect(!p && size, 0))
		rt_fatal_system("runtime: out of memory");
	if (ptrfree)
		memset(p, 0, size);
	return p;
}

void *rt_alloc_internal(size_t size, bool ptrfree) { return alloc_zeroed(size, ptrfree); }

/* Small objects that may hold pointers come from per-size lists that GC_malloc_many refills a
 * block at a time: popping a list is a few instructions, where GC_malloc takes Boehm's general
 * path on every call. Boehm links the objects through their first word and clears the rest;
 * the list heads live in this file's static data, a root, so listed objects stay allocated
 * across collections. Pointer-free objects keep GC_malloc_atomic: Boehm's lists are of the
 * scanned kind, and scanning integers as pointers would retain garbage. */
enum { GRANULE = 16, FAST_GRANULES = 16 }; /* objects up to 256 bytes */
static void *free_lists[FAST_GRANULES + 1];

static inline void *alloc_small_scanned(size_t size) {
	size_t g = (size + GRANULE - 1) / GRANULE;
	void *p = free_lists[g];
	if (__builtin_expect(!p, 0)) {
		p = GC_malloc_many(g * GRANULE);
		if (!p)
			rt_fatal_system("runtime: out of memory");
	}
	free_lists[g] = GC_NEXT(p);
	GC_NEXT(p) = NULL;
	return p;
}

void rt_alloc_init(void) {
	gc_no_at_start = GC_get_gc_no();
	profiling = rt_allocprof_enabled();
}

void *gosub_alloc(int64_t size, bool ptrfree) {
	if (size <= 0)
		return &zerobase;
	alloc_objects++;
	uint64_t bytes = rt_roundupsize((uint64_t)size);
	alloc_bytes += bytes;
	if (__builtin_expect(profiling, 0))
		rt_allocprof_count(bytes);
	if (!ptrfree && size <= FAST_GRANULES * GRANULE)
		return alloc_small_scanned((size_t)size);
	return alloc_zeroed((size_t)size, ptrfree);
}

void *gosub_new(const GoType *t) { return gosub_alloc(t->size, t->ptrfree); }

void gosub_alloc_stats(GoAllocStats *out) {
	out->objects = alloc_objects;
	out->bytes = alloc_bytes;
	out->collections = GC_get_gc_no() - gc_no_at_start;
}
