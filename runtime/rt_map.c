/* rt_map.c: Go's map type. Input: a map type descriptor (key and elem types with their hash and
 * equal functions) and keys; output: slots holding the values, and iteration in random order.
 *
 * Design: entries live in an append-only "entry store" and are found through an open-addressing
 * index.
 *   - The entry store is a list of segments, segment s holding base<<s entries, so it grows
 *     without ever moving an entry: the pointer returned by gosub_mapassign and the entries an
 *     iterator is walking stay put. Each entry is [header][key][elem]; the header holds 32 bits of
 *     the key's hash and a state (LIVE or FREE). A deleted entry is zeroed (so the collector does
 *     not keep what it referenced alive) and put on a free list that later insertions reuse.
 *   - The index is a power-of-two array of slots probed linearly from hash & mask, at most 3/4
 *     full, doubled and rebuilt from the stored hashes when full. A slot holds the 32 hash bits
 *     next to the entry number (+1, so 0 = empty): a probe skips other keys without touching
 *     their entries. Deletion shifts the following probe run back, so there are no tombstones.
 *   - The map header, segments and index are all counted as heap allocations of the program,
 *     except for a map that does not escape its frame (gosub_makemap_small): its header, a
 *     16-slot index and the first 8-entry segment then live in a buffer codegen reserves there.
 *   - Keys are hashed and compared inline for strings and 4- or 8-byte memory keys (no indirect
 *     call), and a string key's first 16 bytes are copied to the end of its entry, so a lookup
 *     of a short string compares within the entry instead of reaching the key's own bytes.
 * Iteration (Go spec: For statements with range clause) walks the entries that existed when it
 * started, 0..n-1, in the order start, start+stride, start+2*stride, ... (mod n) with a random
 * start and a random stride coprime with n, so every iteration visits them in a different order.
 * Entries deleted before they are reached are FREE and skipped; entries added later either land
 * beyond n (not produced) or reuse a free slot (produced if not yet passed): both allowed.
 * Keys that are not equal to themselves (NaN) are never found, so each insertion adds an entry.
 */
#include <string.h>

#include "rt_internal.h"

enum { ENTRY_LIVE = 1, ENTRY_FREE = 2 };
enum { MAX_SEGMENTS = 40, MIN_BASE = 8, MAX_HINT = 1 << 24, SHADOW = GOSUB_MAP_KEY_SHADOW };

typedef struct EntryHeader {
	uint32_t hash; /* low 32 bits of the key's hash; for a FREE entry: next free entry + 1 */
	uint32_t state;
} EntryHeader;
_Static_assert(sizeof(EntryHeader) == GOSUB_MAP_ENTRY_HEADER, "gosub_map_entry_size's header");

struct GoMap {
	int64_t count; /* live entries: len(m) */
	uint64_t seed;
	const GoType *key, *elem;
	int64_t koff, voff, esize; /* entry layout */
	int64_t soff;              /* string keys of heap maps: a copy of the key's first
	                                  SHADOW bytes ends the entry, 0 when absent */
	int64_t base;              /* entries in segment 0, a power of two */
	int base_shift;            /* log2(base) */
	int64_t used;              /* entries handed out so far (the high-water mark) */
	int64_t capacity;          /* entries in the allocated segments */
	int64_t free_head;         /* first FREE entry + 1, or 0 */
	bool ptrfree;
	uint8_t keycmp; /* enum KeyCompare, chosen from the key type at make time */
	uint8_t *seg[MAX_SEGMENTS];
	uint64_t *index; /* hash << 32 | (entry + 1), or 0 */
	uint64_t mask;   /* index size - 1 */
};

/* Keys compared and hashed inline instead of through the type's functions: the common cases
 * (strings, and 8- or 4-byte integers and pointers) then cost no indirect call. */
enum KeyCompare { KEY_GENERIC, KEY_STR, KEY_MEM8, KEY_MEM4 };

static uint8_t key_compare_kind(const GoType *kt) {
	if (kt->equal == gosub_strequal && kt->hash == gosub_strhash)
		return KEY_STR;
	if (kt->equal == gosub_memequal && kt->hash == gosub_memhash && kt->size == 8)
		return KEY_MEM8;
	if (kt->equal == gosub_memequal && kt->hash == gosub_memhash && kt->size == 4)
		return KEY_MEM4;
	return KEY_GENERIC;
}

/* Whether the stored key at a (in entry e) equals key b. A string key whose bytes are shadowed in
 * the entry is compared there: a hit then reads no memory outside the entry. */
static bool key_equal(const GoMap *m, const uint8_t *e, const void *a, const void *b) {
	switch (m->keycmp) {
	case KEY_STR: {
		const GoString *x = a, *y = b;
		if (x->len != y->len)
			return false;
		if (m->soff && x->len <= SHADOW) {
			uint64_t have[2], want[2] = {0, 0}; /* the shadow is zero-padded too */
			memcpy(have, e + m->soff, SHADOW);
			memcpy(want, y->ptr, (size_t)y->len);
			return have[0] == want[0] && have[1] == want[1];
		}
		return x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0;
	}
	case KEY_MEM8: {
		uint64_t x, y;
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		return x == y;
	}
	case KEY_MEM4: {
		uint32_t x, y;
		memcpy(&x, a, 4);
		memcpy(&y, b, 4);
		return x == y;
	}
	default: return m->key->equal(a, b, m->key);
	}
}

/* A zero value for misses; elements larger than this get a fresh zeroed block. */
static const uint8_t zero_value[1024];

static int64_t align_up(int64_t n, int64_t a) { return a > 1 ? (n + a - 1) / a * a : n; }

static uint64_t pow2_at_least(uint64_t n) {
	uint64_t p = 1;
	while (p < n)
		p <<= 1;
	return p;
}

/* ---- the entry store ---- */
static EntryHeader *entry(const GoMap *m, int64_t i) {
	uint64_t q = ((uint64_t)i >> m->base_shift) + 1;
	int s = 63 - __builtin_clzll(q);
	int64_t first = m->base * (((int64_t)1 << s) - 1);
	return (EntryHeader *)(m->seg[s] + (i - first) * m->esize);
}

static void *entry_key(const GoMap *m, EntryHeader *e) { return (uint8_t *)e + m->koff; }
static void *entry_val(const GoMap *m, EntryHeader *e) { return (uint8_t *)e + m->voff; }

static void add_segment(GoMap *m) {
	int s = 0;
	while (m->seg[s])
		s++;
	if (s == MAX_SEGMENTS)
		rt_fatal("runtime: map too large");
	int64_t n = m->base << s;
	m->seg[s] = gosub_alloc(n * m->esize, m->ptrfree);
	m->capacity += n;
}

/* A fresh (zeroed) entry number: a freed one if any, else the next unused one. */
static int64_t new_entry(GoMap *m) {
	if (m->free_head) {
		int64_t i = m->free_head - 1;
		m->free_head = entry(m, i)->hash;
		return i;
	}
	if (m->used == m->capacity)
		add_segment(m);
	return m->used++;
}

static void free_entry(GoMap *m, int64_t i) {
	EntryHeader *e = entry(m, i);
	memset(e, 0, (size_t)m->esize);
	e->state = ENTRY_FREE;
	e->hash = (uint32_t)m->free_head;
	m->free_head = i + 1;
}

/* ---- the index ---- */
static uint32_t slot_hash(uint64_t slot) { return (uint32_t)(slot >> 32); }
static int64_t slot_entry(uint64_t slot) { return (int64_t)(uint32_t)slot - 1; }

static void index_put(GoMap *m, uint32_t hash, int64_t i) {
	uint64_t pos = hash & m->mask;
	while (m->index[pos])
		pos = (pos + 1) & m->mask;
	m->index[pos] = (uint64_t)hash << 32 | (uint64_t)(i + 1);
}

static void index_resize(GoMap *m, uint64_t size) {
	m->index = gosub_alloc((int64_t)(size * sizeof(uint64_t)), true);
	m->mask = size - 1;
	for (int64_t i = 0; i < m->used; i++) {
		EntryHeader *e = entry(m, i);
		if (e->state == ENTRY_LIVE)
			index_put(m, e->hash, i);
	}
}

/* The index position holding key, or the empty position where the probe ended (*found false). */
static uint64_t index_find(const GoMap *m, const void *key, uint32_t hash, bool *found) {
	uint64_t pos = hash & m->mask;
	for (;; pos = (pos + 1) & m->mask) {
		uint64_t slot = m->index[pos];
		if (slot == 0)
			break;
		if (slot_hash(slot) != hash)
			continue;
		uint8_t *e = (uint8_t *)entry(m, slot_entry(slot));
		if (key_equal(m, e, e + m->koff, key)) {
			*found = true;
			return pos;
		}
	}
	*found = false;
	return pos;
}

/* Linear-probing deletion: move later members of the probe run back into the hole when the hole
 * lies between their home position and where they sit. */
static void index_remove(GoMap *m, uint64_t hole) {
	m->index[hole] = 0;
	for (uint64_t k = (hole + 1) & m->mask; m->index[k]; k = (k + 1) & m->mask) {
		uint64_t home = slot_hash(m->index[k]) & m->mask;
		bool movable = hole <= k ? (home <= hole || home > k) : (home <= hole && home > k);
		if (movable) {
			m->index[hole] = m->index[k];
			m->index[k] = 0;
			hole = k;
		}
	}
}

/* ---- the operations of gosubrt.h ---- */

/* The entry layout [header][key][elem] and the first segment's size. */
static void map_init(GoMap *m, const GoType *mt, int64_t hint) {
	m->seed = rt_random64();
	m->key = mt->key;
	m->elem = mt->elem;
	m->koff = align_up(sizeof(EntryHeader), m->key->align);
	m->voff = align_up(m->koff + m->key->size, m->elem->align);
	m->esize = align_up(m->voff + m->elem->size, (int64_t)sizeof(EntryHeader));
	m->ptrfree = m->key->ptrfree && m->elem->ptrfree;
	m->base = (int64_t)pow2_at_least(hint > MIN_BASE ? (uint64_t)hint : MIN_BASE);
	m->base_shift = __builtin_ctzll((uint64_t)m->base);
	m->keycmp = key_compare_kind(m->key);
	if (m->keycmp == KEY_STR) { /* keep the first key bytes in the entry (see key_equal) */
		m->soff = m->esize;
		m->esize += SHADOW;
	}
}

/* The index size for a map that will hold base entries: at most 3/4 full. */
static uint64_t index_size_for(int64_t base) { return pow2_at_least((uint64_t)(base * 4 / 3 + 1)); }

GoMap *gosub_makemap(const GoType *mt, int64_t hint) {
	if (hint < 0)
		hint = 0; /* gc ignores a size hint it cannot honour */
	if (hint > MAX_HINT)
		hint = MAX_HINT; /* beyond this, segments double as the map fills */
	GoMap *m = gosub_alloc(sizeof(GoMap), false);
	map_init(m, mt, hint);
	index_resize(m, index_size_for(m->base));
	return m;
}

/* A map that does not escape its frame (gc's walkMakeMap does the same with an hmap and one
 * bucket): buf = [GoMap][index of SMALL_INDEX slots][MIN_BASE entries]. The first segment and the
 * first index live in buf; growing adds heap segments (entries never move) and a heap index, while
 * the header stays in buf. Too small a buffer, or a larger hint, takes the heap path instead. */
GoMap *gosub_makemap_small(const GoType *mt, int64_t hint, void *buf, int64_t bufsize) {
	enum { SMALL_INDEX = 16 };
	_Static_assert(sizeof(GoMap) + SMALL_INDEX * sizeof(uint64_t) <= GOSUB_MAP_SMALL_HEADER,
		       "codegen sizes the buffer from GOSUB_MAP_SMALL_HEADER");
	_Static_assert(MIN_BASE == GOSUB_MAP_SMALL_ENTRIES, "the buffer holds the first segment");
	_Static_assert(SMALL_INDEX * 3 / 4 >= MIN_BASE, "the small index must hold a full first segment");
	int64_t esize = gosub_map_entry_size(mt->key->size, mt->key->align, mt->elem->size, mt->elem->align,
					     key_compare_kind(mt->key) == KEY_STR);
	int64_t need = (int64_t)sizeof(GoMap) + SMALL_INDEX * (int64_t)sizeof(uint64_t) + MIN_BASE * esize;
	if (hint > MIN_BASE || !buf || bufsize < need)
		return gosub_makemap(mt, hint);
	memset(buf, 0, (size_t)need); /* a loop reuses the frame's buffer: every make starts afresh */
	GoMap *m = buf;
	map_init(m, mt, MIN_BASE);
	m->index = (uint64_t *)(m + 1);
	m->mask = SMALL_INDEX - 1;
	m->seg[0] = (uint8_t *)(m->index + SMALL_INDEX);
	m->capacity = MIN_BASE;
	return m;
}

int64_t gosub_maplen(GoMap *m) { return m ? m->count : 0; }

static uint32_t key_hash(const GoType *kt, const void *key, uint64_t seed) {
	return (uint32_t)kt->hash(key, seed, kt);
}

/* The same hash as key_hash, without the indirect call for the inline key kinds. */
static uint32_t map_hash(const GoMap *m, const void *key) {
	switch (m->keycmp) {
	case KEY_STR: {
		const GoString *s = key;
		return (uint32_t)rt_memhash(s->ptr, (size_t)s->len, m->seed);
	}
	case KEY_MEM8: return (uint32_t)rt_memhash(key, 8, m->seed);
	case KEY_MEM4: return (uint32_t)rt_memhash(key, 4, m->seed);
	default: return key_hash(m->key, key, m->seed);
	}
}

static void *zero_elem(const GoType *et) {
	if ((size_t)et->size <= sizeof zero_value)
		return (void *)zero_value;
	return rt_alloc_internal((size_t)et->size, et->ptrfree);
}

/* v, ok := m[k]. A nil or empty map still hashes the key, so that an unhashable dynamic key
 * type panics as in gc. */
void *gosub_mapaccess(const GoType *mt, GoMap *m, const void *key, bool *ok) {
	if (!m || m->count == 0) {
		(void)key_hash(mt->key, key, 0);
		if (ok)
			*ok = false;
		return zero_elem(mt->elem);
	}
	bool found;
	uint64_t pos = index_find(m, key, map_hash(m, key), &found);
	if (ok)
		*ok = found;
	return found ? entry_val(m, entry(m, slot_entry(m->index[pos]))) : zero_elem(mt->elem);
}

/* m[k] = v: the slot for the value, creating a zeroed entry (with a copy of the key) if needed. */
void *gosub_mapassign(const GoType *mt, GoMap *m, const void *key) {
	(void)mt;
	if (!m)
		gosub_panic_nilmap();
	uint32_t hash = map_hash(m, key);
	bool found;
	uint64_t pos = index_find(m, key, hash, &found);
	if (found)
		return entry_val(m, entry(m, slot_entry(m->index[pos])));
	if ((uint64_t)(m->count + 1) > (m->mask + 1) / 4 * 3) {
		index_resize(m, (m->mask + 1) * 2);
	}
	int64_t i = new_entry(m);
	EntryHeader *e = entry(m, i);
	e->hash = hash;
	e->state = ENTRY_LIVE;
	memcpy(entry_key(m, e), key, (size_t)m->key->size);
	if (m->soff) {
		const GoString *k = key;
		memcpy((uint8_t *)e + m->soff, k->ptr, (size_t)(k->len < SHADOW ? k->len : SHADOW));
	}
	index_put(m, hash, i);
	m->count++;
	return entry_val(m, e);
}

void gosub_mapdelete(const GoType *mt, GoMap *m, const void *key) {
	if (!m || m->count == 0) {
		(void)key_hash(mt->key, key, 0);
		return;
	}
	bool found;
	uint64_t pos = index_find(m, key, map_hash(m, key), &found);
	if (!found)
		return;
	int64_t i = slot_entry(m->index[pos]);
	index_remove(m, pos);
	free_entry(m, i);
	m->count--;
}

/* ---- iteration: state = {map, n, start, stride, steps taken} ---- */
enum { IT_MAP, IT_N, IT_START, IT_STRIDE, IT_STEP };

static uint64_t gcd(uint64_t a, uint64_t b) {
	while (b) {
		uint64_t t = a % b;
		a = b;
		b = t;
	}
	return a;
}

void gosub_mapiterinit(const GoType *mt, GoMap *m, GoMapIter *it) {
	(void)mt;
	memset(it, 0, sizeof *it);
	if (!m || m->count == 0)
		return;
	uint64_t n = (uint64_t)m->used;
	uint64_t stride = 1 + rt_random64() % n;
	while (gcd(stride, n) != 1)
		stride++;
	it->state[IT_MAP] = m;
	it->state[IT_N] = (void *)(uintptr_t)n;
	it->state[IT_START] = (void *)(uintptr_t)(rt_random64() % n);
	it->state[IT_STRIDE] = (void *)(uintptr_t)stride;
	gosub_mapiternext(it);
}

void gosub_mapiternext(GoMapIter *it) {
	GoMap *m = it->state[IT_MAP];
	it->key = it->val = NULL;
	if (!m)
		return;
	uint64_t n = (uintptr_t)it->state[IT_N], start = (uintptr_t)it->state[IT_START];
	uint64_t stride = (uintptr_t)it->state[IT_STRIDE], step = (uintptr_t)it->state[IT_STEP];
	while (step < n) {
		uint64_t i = (start + (unsigned __int128)step * stride % n) % n;
		step++;
		EntryHeader *e = entry(m, (int64_t)i);
		if (e->state == ENTRY_LIVE) {
			it->key = entry_key(m, e);
			it->val = entry_val(m, e);
			break;
		}
	}
	it->state[IT_STEP] = (void *)(uintptr_t)step;
}
