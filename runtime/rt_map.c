/* rt_map.c: Go's map type. Input: a map type descriptor (key and elem types with their hash and
 * equal functions) and keys; output: slots holding the values, and iteration in random order.
 *
 * Design: a Swiss table (the idea of Abseil's flat_hash_map and of Go 1.24's maps). The table is
 * a power-of-two array of groups; a group is one 8-byte control word and 8 slots:
 *
 *   group g:  [c0 c1 c2 c3 c4 c5 c6 c7][key0 key1 ... key7][elem0 elem1 ... elem7]
 *   control byte ci:  0x80 EMPTY | 0xFE DELETED (a tombstone) | 0b0hhhhhhh FULL, h = H2(hash)
 *
 * A key's 64-bit hash splits in two: H1 = hash >> 7 picks the first group (H1 & gmask), H2 = the
 * low 7 bits is what its slot's control byte holds. A lookup loads the group's control word and
 * compares all 8 bytes with H2 at once (SWAR: a few integer operations on the word), so only
 * slots whose byte matches (1 in 128 for other keys) have their key compared; the control word
 * is followed by the keys (as in gc's buckets, and unlike Go 1.24's key/elem pairs), so for
 * small keys the control word and the key compared usually share a cache line: a hit costs one
 * miss for the group, and one more for the elem only when it is used. A group with an EMPTY byte
 * ends the probe; otherwise the probe moves to groups H1+1, H1+1+2, H1+1+2+3, ... (triangular
 * numbers, which visit every group of a power-of-two table once): no division anywhere.
 *   - Deletion marks the slot EMPTY when its group still has an EMPTY slot (a probe stops there
 *     anyway), else DELETED, and zeroes the slot so the collector does not keep what it held.
 *   - The table holds at most 7/8 of its slots FULL or DELETED (a one-group table: all 8, its
 *     probe bounded by the group count); past that it is rebuilt into a new group array, twice as
 *     big unless tombstones were most of the load. The old array is never written again, which
 *     is what lets an iterator keep walking it (below).
 *   - Keys of 8- and 4-byte integers, pointers and channels (KEY_MEM8, KEY_MEM4) and strings
 *     (KEY_STR) are hashed by the inline byte hash and compared inline; codegen calls their
 *     entry points with the key by value (gosub_mapaccess_fast64 & co). Other keys go through
 *     the type's hash and equal functions. Both paths hash a given map's keys the same way.
 *   - A one-group table (up to 8 entries) is scanned whole, comparing keys, as gc scans a
 *     one-bucket map: the inline key kinds are then not hashed at all.
 *   - Keys and elems are stored in the group whatever their size (gc stores those above 128
 *     bytes through a pointer): big ones make big groups, which costs memory, not correctness.
 *   - Groups of keys and elems without pointers are allocated pointer-free (not scanned by the
 *     collector); a map made with a hint <= 8 gets its header and one group in one allocation,
 *     and a map that does not escape its frame lives in a buffer codegen reserves there.
 * Iteration (Go spec: For statements with range clause) walks the group array that was current
 * when it started, from a random group and a random slot offset within each group. While the
 * map still uses that array the iterator reads slots directly: a slot deleted before it is
 * reached is no longer FULL and is skipped, one added may or may not be reached (both allowed).
 * Once the map has moved to a new array, each key found in the old one is looked up in the map,
 * so entries deleted since are skipped and the current value is produced, as gc's iterator does
 * after growth; a key not equal to itself (NaN) cannot be looked up and is produced as it was.
 * Keys that are not equal to themselves are never found, so each insertion adds an entry.
 */
#include <string.h>

#include "rt_internal.h"

enum { SLOTS = GOSUB_MAP_GROUP_SLOTS, MAX_HINT = 1 << 24 };
enum { CTRL_EMPTY = 0x80, CTRL_DELETED = 0xFE };
static const uint64_t LSB = 0x0101010101010101ULL, MSB = 0x8080808080808080ULL;

/* How keys are hashed and compared, chosen from the key type at make time. */
enum KeyKind { KEY_GENERIC, KEY_STR, KEY_MEM8, KEY_MEM4 };

struct GoMap {
	uint8_t *groups;     /* gmask + 1 groups of gsize bytes */
	uint64_t gmask;      /* group count - 1 (a power of two minus one) */
	int64_t count;       /* FULL slots: len(m) */
	int64_t growth_left; /* EMPTY slots that may still be filled before a rebuild */
	uint64_t seed;
	int64_t gsize, ksize, vsize, voff; /* group size, key and elem sizes, elems' offset */
	const GoType *key, *elem;
	uint8_t keykind;
	bool ptrfree;
};
_Static_assert(sizeof(GoMap) <= GOSUB_MAP_SMALL_HEADER, "codegen sizes frame buffers from this");
enum { HEAP_HEADER = (sizeof(GoMap) + 15) & ~15 }; /* a heap map's inline group follows this */

const uint8_t gosub_map_zero[GOSUB_MAP_ZERO_SIZE];

/* ---- control words: 8 control bytes as one little-endian word, byte i for slot i ---- */
static inline uint64_t ctrl_load(const uint8_t *g) {
	uint64_t c;
	memcpy(&c, g, 8);
	return c;
}

/* The bytes equal to h2, as their high bits. A byte just above a true match can be reported too
 * (the subtraction's borrow): harmless, as candidates have their keys compared. */
static inline uint64_t ctrl_match(uint64_t c, uint8_t h2) {
	uint64_t x = c ^ (LSB * h2);
	return (x - LSB) & ~x & MSB;
}

/* EMPTY (0x80) is the only control byte with bit 7 set and bit 1 clear. */
static inline uint64_t ctrl_empty(uint64_t c) { return c & ~(c << 6) & MSB; }
static inline uint64_t ctrl_free(uint64_t c) { return c & MSB; } /* EMPTY or DELETED */
static inline uint64_t ctrl_full(uint64_t c) { return ~c & MSB; }
static inline int first_slot(uint64_t bits) { return __builtin_ctzll(bits) >> 3; }

static inline uint8_t *group_at(const GoMap *m, uint8_t *groups, uint64_t i) {
	return groups + i * (uint64_t)m->gsize;
}

static inline uint8_t *key_at(const GoMap *m, uint8_t *g, int i) {
	return g + GOSUB_MAP_CTRL_BYTES + i * m->ksize;
}

static inline uint8_t *elem_at(const GoMap *m, uint8_t *g, int i) { return g + m->voff + i * m->vsize; }

/* ---- keys: hashing and equality per KeyKind ---- */
static inline uint64_t hash_key(const GoMap *m, const void *key, enum KeyKind kind) {
	switch (kind) {
	case KEY_MEM8: return rt_hash_bytes(key, 8, m->seed);
	case KEY_MEM4: return rt_hash_bytes(key, 4, m->seed);
	case KEY_STR: {
		const GoString *s = key;
		return rt_hash_bytes(s->ptr, (size_t)s->len, m->seed);
	}
	default: return m->key->hash(key, m->seed, m->key);
	}
}

/* Short strings compare in two overlapping word loads of a fixed size, without a call to memcmp. */
static inline uint64_t load8(const uint8_t *p) {
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static inline uint32_t load4(const uint8_t *p) {
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

static inline bool bytes_equal(const uint8_t *a, const uint8_t *b, size_t n) {
	if (n >= 8 && n <= 16)
		return load8(a) == load8(b) && load8(a + n - 8) == load8(b + n - 8);
	if (n >= 4 && n < 8)
		return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
	if (n > 16)
		return memcmp(a, b, n) == 0;
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

static inline bool key_equal(const GoMap *m, const void *stored, const void *key, enum KeyKind kind) {
	switch (kind) {
	case KEY_MEM8: return memcmp(stored, key, 8) == 0;
	case KEY_MEM4: return memcmp(stored, key, 4) == 0;
	case KEY_STR: {
		const GoString *x = stored, *y = key;
		return x->len == y->len && (x->ptr == y->ptr || bytes_equal(x->ptr, y->ptr, (size_t)x->len));
	}
	default: return m->key->equal(stored, key, m->key);
	}
}

static uint8_t key_kind(const GoType *kt) {
	if (kt->equal == gosub_strequal && kt->hash == gosub_strhash)
		return KEY_STR;
	if (kt->equal == gosub_memequal && kt->hash == gosub_memhash && kt->size == 8)
		return KEY_MEM8;
	if (kt->equal == gosub_memequal && kt->hash == gosub_memhash && kt->size == 4)
		return KEY_MEM4;
	return KEY_GENERIC;
}

/* ---- probing: always inlined, so each key kind gets its own loop with key_equal inline ---- */
#define INLINE static inline __attribute__((always_inline))

/* A one-group table is scanned whole, comparing keys (as gc does with one-bucket maps), so the
 * inline key kinds are not hashed at all then; other keys are, so that an unhashable interface
 * key panics as in gc. Every operation on a one-group table ignores the control bytes' H2. */
INLINE uint64_t map_hash(const GoMap *m, const void *key, enum KeyKind kind) {
	return m->gmask || kind == KEY_GENERIC ? hash_key(m, key, kind) : 0;
}

/* Where key (hash h) is: its group and slot number, or g == NULL. */
typedef struct Loc {
	uint8_t *g;
	int i;
} Loc;

INLINE Loc find_loc(const GoMap *m, const void *key, uint64_t h, enum KeyKind kind) {
	uint8_t h2 = h & 0x7f;
	uint64_t pos = (h >> 7) & m->gmask;
	for (uint64_t step = 1; step <= m->gmask + 1; step++) {
		uint8_t *g = group_at(m, m->groups, pos);
		uint64_t c = ctrl_load(g);
		uint64_t bits = m->gmask ? ctrl_match(c, h2) : ctrl_full(c);
		for (; bits; bits &= bits - 1) {
			int i = first_slot(bits);
			if (key_equal(m, key_at(m, g, i), key, kind))
				return (Loc){g, i};
		}
		if (ctrl_empty(c))
			break;
		pos = (pos + step) & m->gmask;
	}
	return (Loc){NULL, 0};
}

/* The elem of key (hash h), or NULL. */
INLINE uint8_t *find(const GoMap *m, const void *key, uint64_t h, enum KeyKind kind) {
	Loc at = find_loc(m, key, h, kind);
	return at.g ? elem_at(m, at.g, at.i) : NULL;
}

/* ---- building group arrays ---- */

static uint8_t *new_groups(const GoMap *m, uint64_t ngroups) {
	uint8_t *groups = gosub_alloc((int64_t)ngroups * m->gsize, m->ptrfree);
	for (uint64_t i = 0; i < ngroups; i++)
		memset(group_at(m, groups, i), CTRL_EMPTY, GOSUB_MAP_CTRL_BYTES);
	return groups;
}

/* Slots that may be FULL or DELETED: 7/8 of them, all 8 of a one-group table. */
static int64_t max_load(uint64_t ngroups) {
	return ngroups == 1 ? SLOTS : (int64_t)(ngroups * SLOTS / 8 * 7);
}

static void use_groups(GoMap *m, uint8_t *groups, uint64_t ngroups) {
	m->groups = groups;
	m->gmask = ngroups - 1;
	m->growth_left = max_load(ngroups) - m->count;
}

/* Take the first free slot of the probe sequence of a key known to be absent (hash h) and set its
 * control byte; the caller copies the key and elem in. The caller makes sure the table has room (growth_left > 0 or a
 * DELETED slot on the way). */
INLINE Loc claim_slot(GoMap *m, uint64_t h) {
	uint64_t pos = (h >> 7) & m->gmask;
	for (uint64_t step = 1;; step++) {
		uint8_t *g = group_at(m, m->groups, pos);
		uint64_t free = ctrl_free(ctrl_load(g));
		if (free) {
			int i = first_slot(free);
			if (g[i] == CTRL_EMPTY)
				m->growth_left--;
			g[i] = h & 0x7f;
			m->count++;
			return (Loc){g, i};
		}
		pos = (pos + step) & m->gmask;
	}
}

/* Move every FULL slot into a fresh array of ngroups groups (hashes are computed again). */
static void rebuild(GoMap *m, uint64_t ngroups) {
	uint8_t *old = m->groups;
	uint64_t oldn = m->gmask + 1;
	m->count = 0;
	use_groups(m, new_groups(m, ngroups), ngroups);
	for (uint64_t gi = 0; gi < oldn; gi++) {
		uint8_t *g = group_at(m, old, gi);
		for (uint64_t bits = ctrl_full(ctrl_load(g)); bits; bits &= bits - 1) {
			int i = first_slot(bits);
			Loc to = claim_slot(m, hash_key(m, key_at(m, g, i), m->keykind));
			memcpy(key_at(m, to.g, to.i), key_at(m, g, i), (size_t)m->ksize);
			memcpy(elem_at(m, to.g, to.i), elem_at(m, g, i), (size_t)m->vsize);
		}
	}
}

/* A full table doubles; one whose load is mostly tombstones is rebuilt at its size. */
static void make_room(GoMap *m) {
	uint64_t n = m->gmask + 1;
	rebuild(m, m->count * 16 <= max_load(n) * 9 ? n : 2 * n);
}

/* The elem for key (hash h), inserting the key with a zero elem if absent. */
INLINE uint8_t *assign(GoMap *m, const void *key, uint64_t h, enum KeyKind kind) {
	size_t ksize = kind == KEY_MEM8 ? 8 : kind == KEY_MEM4 ? 4 : kind == KEY_STR ? 16 : (size_t)m->ksize;
	Loc at = find_loc(m, key, h, kind);
	if (!at.g) {
		if (m->growth_left <= 0) {
			make_room(m);
			h = map_hash(m, key, kind); /* a one-group table's keys had no hash */
		}
		at = claim_slot(m, h);
		memcpy(key_at(m, at.g, at.i), key, ksize);
	} else if (kind == KEY_STR || kind == KEY_GENERIC) {
		/* gc's needkeyupdate: an equal key need not be identical (-0 replaces +0, a string
		 * header its equal twin), and gc stores the new one */
		memcpy(key_at(m, at.g, at.i), key, ksize);
	}
	return elem_at(m, at.g, at.i);
}

/* delete(m, k): the slot becomes EMPTY if its group has an EMPTY slot (probes for other keys
 * stop at this group anyway), else DELETED, so probes go on past it. */
INLINE void remove_key(GoMap *m, const void *key, uint64_t h, enum KeyKind kind) {
	Loc at = find_loc(m, key, h, kind);
	if (!at.g)
		return;
	bool empty_left = ctrl_empty(ctrl_load(at.g)) != 0;
	at.g[at.i] = empty_left ? CTRL_EMPTY : CTRL_DELETED;
	m->growth_left += empty_left;
	m->count--;
	memset(key_at(m, at.g, at.i), 0, (size_t)m->ksize);
	memset(elem_at(m, at.g, at.i), 0, (size_t)m->vsize);
}

/* ---- making maps ---- */
static uint64_t groups_for(int64_t hint) {
	uint64_t n = 1;
	while (max_load(n) < hint)
		n <<= 1;
	return n;
}

static void map_init(GoMap *m, const GoType *mt) {
	const GoType *k = mt->key, *v = mt->elem;
	m->seed = rt_random64();
	m->key = k;
	m->elem = v;
	m->ksize = k->size;
	m->vsize = v->size;
	m->gsize = gosub_map_group_size(k->size, k->align, v->size, v->align);
	m->voff = gosub_map_elems_offset(k->size, v->align);
	m->ptrfree = k->ptrfree && v->ptrfree;
	m->keykind = key_kind(k);
}

/* The header and, for a small map, its one group in the same block: one allocation. */
GoMap *gosub_makemap(const GoType *mt, int64_t hint) {
	if (hint < 0)
		hint = 0; /* gc ignores a size hint it cannot honour */
	if (hint > MAX_HINT)
		hint = MAX_HINT; /* beyond this, the table doubles as the map fills */
	uint64_t ngroups = groups_for(hint);
	int64_t gsize = gosub_map_group_size(mt->key->size, mt->key->align, mt->elem->size, mt->elem->align);
	int64_t inline_group = ngroups == 1 ? gsize : 0;
	GoMap *m = gosub_alloc(HEAP_HEADER + inline_group, false);
	map_init(m, mt);
	uint8_t *groups = (uint8_t *)m + HEAP_HEADER;
	if (inline_group)
		memset(groups, CTRL_EMPTY, GOSUB_MAP_CTRL_BYTES);
	else
		groups = new_groups(m, ngroups);
	use_groups(m, groups, ngroups);
	return m;
}

/* A map that does not escape its frame (gc's walkMakeMap does the same with an hmap and one
 * bucket): buf = [GoMap, padded to GOSUB_MAP_SMALL_HEADER][one group]. Growing moves the groups
 * to the heap while the header stays in buf. Too small a buffer, or a larger hint, takes the heap
 * path instead. */
GoMap *gosub_makemap_small(const GoType *mt, int64_t hint, void *buf, int64_t bufsize) {
	int64_t gsize = gosub_map_group_size(mt->key->size, mt->key->align, mt->elem->size, mt->elem->align);
	int64_t need = GOSUB_MAP_SMALL_HEADER + gsize;
	if (hint > GOSUB_MAP_SMALL_ENTRIES || !buf || bufsize < need)
		return gosub_makemap(mt, hint);
	memset(buf, 0, (size_t)need); /* a loop reuses the frame's buffer: every make starts afresh */
	GoMap *m = buf;
	map_init(m, mt);
	uint8_t *groups = (uint8_t *)buf + GOSUB_MAP_SMALL_HEADER;
	memset(groups, CTRL_EMPTY, GOSUB_MAP_CTRL_BYTES);
	use_groups(m, groups, 1);
	return m;
}

int64_t gosub_maplen(GoMap *m) { return m ? m->count : 0; }

/* ---- the generic entry points: any key type, by address ---- */
static void *zero_elem(const GoType *et) {
	if ((size_t)et->size <= sizeof gosub_map_zero)
		return (void *)gosub_map_zero;
	return rt_alloc_internal((size_t)et->size, et->ptrfree);
}

/* Where key is in a non-empty map (g NULL: absent): one inlined probe loop per key kind. */
static Loc lookup(GoMap *m, const void *key) {
	switch (m->keykind) {
	case KEY_MEM8: return find_loc(m, key, map_hash(m, key, KEY_MEM8), KEY_MEM8);
	case KEY_MEM4: return find_loc(m, key, map_hash(m, key, KEY_MEM4), KEY_MEM4);
	case KEY_STR: return find_loc(m, key, map_hash(m, key, KEY_STR), KEY_STR);
	default: return find_loc(m, key, map_hash(m, key, KEY_GENERIC), KEY_GENERIC);
	}
}

/* v, ok := m[k]. A nil or empty map still hashes the key, so that an unhashable dynamic key
 * type panics as in gc. */
void *gosub_mapaccess(const GoType *mt, GoMap *m, const void *key, bool *ok) {
	if (!m || m->count == 0) {
		(void)mt->key->hash(key, 0, mt->key);
		if (ok)
			*ok = false;
		return zero_elem(mt->elem);
	}
	Loc at = lookup(m, key);
	if (ok)
		*ok = at.g != NULL;
	return at.g ? elem_at(m, at.g, at.i) : zero_elem(mt->elem);
}

/* m[k] = v: the slot for the value, creating a zeroed entry (with a copy of the key) if needed. */
void *gosub_mapassign(const GoType *mt, GoMap *m, const void *key) {
	(void)mt;
	if (!m)
		gosub_panic_nilmap();
	switch (m->keykind) {
	case KEY_MEM8: return assign(m, key, map_hash(m, key, KEY_MEM8), KEY_MEM8);
	case KEY_MEM4: return assign(m, key, map_hash(m, key, KEY_MEM4), KEY_MEM4);
	case KEY_STR: return assign(m, key, map_hash(m, key, KEY_STR), KEY_STR);
	default: return assign(m, key, map_hash(m, key, KEY_GENERIC), KEY_GENERIC);
	}
}

void gosub_mapdelete(const GoType *mt, GoMap *m, const void *key) {
	if (!m || m->count == 0) {
		(void)mt->key->hash(key, 0, mt->key);
		return;
	}
	remove_key(m, key, map_hash(m, key, m->keykind), m->keykind);
}

/* ---- the fast entry points: the key by value, its kind known to codegen ---- */
#define FAST_ENTRIES(NAME, KIND, PARAMS, KEYVAL)                   \
	void *gosub_mapaccess_##NAME PARAMS {                      \
		if (!m || m->count == 0)                           \
			return NULL;                               \
		KEYVAL;                                            \
		return find(m, &k, map_hash(m, &k, KIND), KIND);   \
	}                                                          \
	void *gosub_mapassign_##NAME PARAMS {                      \
		if (!m)                                            \
			gosub_panic_nilmap();                      \
		KEYVAL;                                            \
		return assign(m, &k, map_hash(m, &k, KIND), KIND); \
	}                                                          \
	void gosub_mapdelete_##NAME PARAMS {                       \
		if (!m || m->count == 0)                           \
			return;                                    \
		KEYVAL;                                            \
		remove_key(m, &k, map_hash(m, &k, KIND), KIND);    \
	}

static inline GoString string_key(const uint8_t *ptr, int64_t len) { return (GoString){ptr, len}; }

FAST_ENTRIES(fast64, KEY_MEM8, (GoMap * m, uint64_t key), uint64_t k = key)
FAST_ENTRIES(fast32, KEY_MEM4, (GoMap * m, uint32_t key), uint32_t k = key)
FAST_ENTRIES(faststr, KEY_STR, (GoMap * m, const uint8_t *ptr, int64_t len),
	     GoString k = string_key(ptr, len))

/* ---- iteration ----
 * state: the map, the group array being walked and its mask, the random start (group << 3 |
 * slot offset), and the position 0..8*groups. Position p is slot (p + offset) & 7 of group
 * (start + p / 8) & mask. */
enum { IT_MAP, IT_GROUPS, IT_MASK, IT_START, IT_POS };

static uint64_t it_word(GoMapIter *it, int i) { return (uint64_t)(uintptr_t)it->state[i]; }

void gosub_mapiterinit(const GoType *mt, GoMap *m, GoMapIter *it) {
	(void)mt;
	memset(it, 0, sizeof *it);
	if (!m || m->count == 0)
		return;
	it->state[IT_MAP] = m;
	it->state[IT_GROUPS] = m->groups;
	it->state[IT_MASK] = (void *)(uintptr_t)m->gmask;
	it->state[IT_START] = (void *)(uintptr_t)(rt_random64() & (m->gmask << 3 | 7));
	gosub_mapiternext(it);
}

/* Produce FULL slot i of group g of the walked array: directly while the map still uses that
 * array, else through a lookup of its key in the map (false: deleted since, skip it). */
static bool it_produce(GoMapIter *it, GoMap *m, uint8_t *groups, uint8_t *g, int i) {
	Loc at = {g, i};
	uint8_t *k = key_at(m, g, i);
	if (groups != m->groups && key_equal(m, k, k, m->keykind)) {
		at = m->count ? lookup(m, k) : (Loc){NULL, 0};
		if (!at.g)
			return false;
	}
	it->key = key_at(m, at.g, at.i);
	it->val = elem_at(m, at.g, at.i);
	return true;
}

void gosub_mapiternext(GoMapIter *it) {
	GoMap *m = it->state[IT_MAP];
	it->key = it->val = NULL;
	if (!m)
		return;
	uint8_t *groups = it->state[IT_GROUPS];
	uint64_t mask = it_word(it, IT_MASK), start = it_word(it, IT_START), pos = it_word(it, IT_POS);
	uint64_t end = (mask + 1) * SLOTS;
	while (pos < end) {
		uint8_t *g = group_at(m, groups, ((start >> 3) + (pos >> 3)) & mask);
		if ((pos & 7) == 0 && !ctrl_full(ctrl_load(g))) {
			pos += SLOTS; /* a group with nothing in it */
			continue;
		}
		int i = (int)((pos + start) & 7);
		pos++;
		if (!(g[i] & 0x80) && it_produce(it, m, groups, g, i))
			break;
	}
	it->state[IT_POS] = (void *)(uintptr_t)pos;
}
