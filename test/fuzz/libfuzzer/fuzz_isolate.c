/* fuzz_isolate.c: the tracking allocator and the snapshot of the front end's globals (see
 * fuzz_isolate.h).
 *
 * Each block carries a header holding its index in `blocks`, so that realloc and free find
 * their entry in constant time; a freed entry is NULL until the reset frees the rest. The blocks
 * themselves come from calloc and realloc, so AddressSanitizer still checks every access past a
 * block's end and every use after free, across inputs too.
 */
#include "fuzz_isolate.h"

#include <gmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Header {
	_Alignas(16) size_t slot; /* the block after it keeps malloc's alignment */
} Header;

static Header **blocks;
static size_t nblocks, cap_blocks;

static void *checked(void *p) {
	if (!p) {
		fputs("fuzz: out of memory\n", stderr);
		abort();
	}
	return p;
}

/* xalloc asks for one object (n is 1); GMP's sizes are its own. */
void *fuzz_calloc(size_t n, size_t size) {
	if (nblocks == cap_blocks) {
		cap_blocks = cap_blocks ? 2 * cap_blocks : 4096;
		blocks = checked(realloc(blocks, cap_blocks * sizeof *blocks));
	}
	Header *h = checked(calloc(1, sizeof(Header) + n * size));
	h->slot = nblocks;
	blocks[nblocks++] = h;
	return h + 1;
}

void *fuzz_realloc(void *p, size_t size) {
	if (!p)
		return fuzz_calloc(1, size);
	Header *h = checked(realloc((Header *)p - 1, sizeof(Header) + size));
	blocks[h->slot] = h;
	return h + 1;
}

void fuzz_free(void *p) {
	if (!p)
		return;
	Header *h = (Header *)p - 1;
	blocks[h->slot] = NULL;
	free(h);
}

/* GMP's allocation functions (const.c's big numbers are never cleared: they go with the rest). */
static void *gmp_alloc(size_t size) { return fuzz_calloc(1, size); }
static void *gmp_realloc(void *p, size_t old, size_t size) {
	(void)old;
	return fuzz_realloc(p, size);
}
static void gmp_free(void *p, size_t size) {
	(void)size;
	fuzz_free(p);
}

/* ---- the globals ----------------------------------------------------------------------------
 * The linker defines __start_X and __stop_X around a section whose name is a C identifier. The
 * copies go byte by byte in functions AddressSanitizer does not instrument: the sections hold
 * the redzones it puts between globals, which an instrumented memcpy would report. */

extern char __start_gosub_fe_data[], __stop_gosub_fe_data[];
extern char __start_gosub_fe_bss[], __stop_gosub_fe_bss[];

static char *saved_data, *saved_bss;

__attribute__((no_sanitize("address"))) static void copy_bytes(char *dst, const char *src, size_t n) {
	volatile char *d = dst;
	for (size_t i = 0; i < n; i++)
		d[i] = src[i];
}

static char *save(const char *start, const char *stop) {
	size_t n = (size_t)(stop - start);
	char *copy = malloc(n ? n : 1);
	copy_bytes(copy, start, n);
	return copy;
}

void fuzz_isolate_init(void) {
	saved_data = save(__start_gosub_fe_data, __stop_gosub_fe_data);
	saved_bss = save(__start_gosub_fe_bss, __stop_gosub_fe_bss);
	mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

void fuzz_isolate_reset(void) {
	for (size_t i = 0; i < nblocks; i++)
		free(blocks[i]);
	nblocks = 0;
	copy_bytes(__start_gosub_fe_data, saved_data, (size_t)(__stop_gosub_fe_data - __start_gosub_fe_data));
	copy_bytes(__start_gosub_fe_bss, saved_bss, (size_t)(__stop_gosub_fe_bss - __start_gosub_fe_bss));
}
