/* rt_hash.c: hashing and equality for map keys and ==. Input: a pointer to a value and its type
 * descriptor; output: a 64-bit hash (mixed with a per-map seed) or whether two values are equal.
 *
 * Codegen stores these functions in GoType.equal / GoType.hash (prototypes in gosubrt.h). They
 * follow Go's rules for comparable types (Go spec: Comparison operators):
 *   - floats: +0 == -0 (so both hash alike) and NaN != NaN (so each NaN hashes at random: every
 *     NaN key inserted into a map is a new entry, as in gc);
 *   - interfaces: equal when the dynamic types are identical and the values are equal; a dynamic
 *     type that is not comparable panics (runtime error: hash of unhashable type []int,
 *     comparing uncomparable type []int), as gc does;
 *   - structs and arrays: field by field / element by element, skipping blank (_) fields.
 * gosub_memequal/gosub_memhash compare raw bytes: right for integers, pointers, channels and for
 * structs and arrays made only of those with no padding bytes.
 *
 * The byte hash mixes 8 bytes at a time with 64x64->128-bit multiplications (the construction of
 * wyhash): fast, and good enough for open addressing with linear probing.
 */
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "rt_internal.h"

/* rt_memhash is rt_hash_bytes (rt_internal.h), out of line for the type descriptors' functions;
 * the map inlines rt_hash_bytes itself for its common key kinds. */
uint64_t rt_memhash(const void *data, size_t n, uint64_t seed) { return rt_hash_bytes(data, n, seed); }

/* A process-wide random source: seeds maps and NaN hashes, and orders map iteration. */
uint64_t rt_random64(void) {
	static uint64_t state;
	if (state == 0 && getrandom(&state, sizeof state, GRND_NONBLOCK) != sizeof state)
		state = (uint64_t)time(NULL) ^ (uint64_t)(uintptr_t)&state;
	/* splitmix64 */
	uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

uint32_t rt_randn(uint32_t n) { return (uint32_t)(((rt_random64() & 0xffffffff) * n) >> 32); }

/* ---- memory ---- */
bool gosub_memequal(const void *a, const void *b, const GoType *t) {
	return memcmp(a, b, (size_t)t->size) == 0;
}

uint64_t gosub_memhash(const void *p, uint64_t seed, const GoType *t) {
	return rt_memhash(p, (size_t)t->size, seed);
}

/* ---- strings ---- */
bool gosub_strequal(const void *a, const void *b, const GoType *t) {
	(void)t;
	const GoString *x = a, *y = b;
	return gosub_streq(x->ptr, x->len, y->ptr, y->len);
}

uint64_t gosub_strhash(const void *p, uint64_t seed, const GoType *t) {
	(void)t;
	const GoString *s = p;
	return rt_memhash(s->ptr, (size_t)s->len, seed);
}

/* ---- floats and complex numbers ---- */
static uint64_t f64hash(double f, uint64_t seed) {
	if (f == 0)
		return rt_memhash("\0\0\0\0\0\0\0\0", 8, seed); /* +0 and -0 */
	if (f != f)
		return rt_memhash(&f, 8, seed ^ rt_random64()); /* NaN: any bucket */
	return rt_memhash(&f, 8, seed);
}

bool gosub_f32equal(const void *a, const void *b, const GoType *t) {
	(void)t;
	return *(const float *)a == *(const float *)b;
}

uint64_t gosub_f32hash(const void *p, uint64_t seed, const GoType *t) {
	(void)t;
	return f64hash(*(const float *)p, seed);
}

bool gosub_f64equal(const void *a, const void *b, const GoType *t) {
	(void)t;
	return *(const double *)a == *(const double *)b;
}

uint64_t gosub_f64hash(const void *p, uint64_t seed, const GoType *t) {
	(void)t;
	return f64hash(*(const double *)p, seed);
}

bool gosub_c64equal(const void *a, const void *b, const GoType *t) {
	(void)t;
	const float *x = a, *y = b;
	return x[0] == y[0] && x[1] == y[1];
}

uint64_t gosub_c64hash(const void *p, uint64_t seed, const GoType *t) {
	(void)t;
	const float *x = p;
	return f64hash(x[1], f64hash(x[0], seed));
}

bool gosub_c128equal(const void *a, const void *b, const GoType *t) {
	(void)t;
	const double *x = a, *y = b;
	return x[0] == y[0] && x[1] == y[1];
}

uint64_t gosub_c128hash(const void *p, uint64_t seed, const GoType *t) {
	(void)t;
	const double *x = p;
	return f64hash(x[1], f64hash(x[0], seed));
}

/* ---- interfaces ---- */
typedef struct {
	const void *tab, *data;
} Iface;

/* The hash of a value held in an interface with dynamic type t. */
static uint64_t dynamic_hash(const GoType *t, const void *data, uint64_t seed) {
	if (!t)
		return seed;
	if (!t->hash)
		rt_panic_runtime_error(rt_strcat3(RT_STR("hash of unhashable type "), t->name, RT_STR("")));
	return t->direct ? t->hash(&data, seed, t) : t->hash(data, seed, t);
}

bool gosub_efaceequal(const void *a, const void *b, const GoType *t) {
	(void)t;
	const Iface *x = a, *y = b;
	return gosub_efaceeq(x->tab, x->data, y->tab, y->data);
}

uint64_t gosub_efacehash(const void *p, uint64_t seed, const GoType *t) {
	(void)t;
	const Iface *x = p;
	return dynamic_hash(x->tab, x->data, seed);
}

bool gosub_ifaceequal(const void *a, const void *b, const GoType *t) {
	(void)t;
	const Iface *x = a, *y = b;
	return gosub_ifaceeq(x->tab, x->data, y->tab, y->data);
}

uint64_t gosub_ifacehash(const void *p, uint64_t seed, const GoType *t) {
	(void)t;
	const Iface *x = p;
	const GoItab *tab = x->tab;
	return dynamic_hash(tab ? tab->type : NULL, x->data, seed);
}

/* ---- structs and arrays, through their fields' and elements' own functions ---- */
static bool is_blank(const GoField *f) { return f->name.len == 1 && f->name.ptr[0] == '_'; }

bool gosub_structequal(const void *a, const void *b, const GoType *t) {
	for (int64_t i = 0; i < t->nfields; i++) {
		const GoField *f = &t->fields[i];
		if (is_blank(f))
			continue;
		const uint8_t *x = (const uint8_t *)a + f->offset, *y = (const uint8_t *)b + f->offset;
		if (!f->type->equal(x, y, f->type))
			return false;
	}
	return true;
}

uint64_t gosub_structhash(const void *p, uint64_t seed, const GoType *t) {
	uint64_t h = seed;
	for (int64_t i = 0; i < t->nfields; i++) {
		const GoField *f = &t->fields[i];
		if (!is_blank(f))
			h = f->type->hash((const uint8_t *)p + f->offset, h, f->type);
	}
	return h;
}

bool gosub_arrayequal(const void *a, const void *b, const GoType *t) {
	const GoType *e = t->elem;
	for (int64_t i = 0; i < t->len; i++) {
		int64_t off = i * e->size;
		if (!e->equal((const uint8_t *)a + off, (const uint8_t *)b + off, e))
			return false;
	}
	return true;
}

uint64_t gosub_arrayhash(const void *p, uint64_t seed, const GoType *t) {
	const GoType *e = t->elem;
	uint64_t h = seed;
	for (int64_t i = 0; i < t->len; i++)
		h = e->hash((const uint8_t *)p + i * e->size, h, e);
	return h;
}
