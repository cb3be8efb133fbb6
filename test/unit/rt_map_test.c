/* rt_map_test.c: the hash map: insert/lookup/delete 100k int and string keys, iteration that
 * covers every entry once, deletion and insertion during iteration, NaN keys, nil maps, and the
 * panics of unhashable interface keys; long and near-equal string keys; maps in a frame buffer
 * (gosub_makemap_small). */
#include <math.h>

#include "rt_test.h"

static const GoType t_int = {.size = 8,
			     .align = 8,
			     .kind = GOK_INT,
			     .ptrfree = 1,
			     .named = 1,
			     .name = {(const uint8_t *)"int", 3},
			     .equal = gosub_memequal,
			     .hash = gosub_memhash};
static const GoType t_string = {.size = 16,
				.align = 8,
				.kind = GOK_STRING,
				.named = 1,
				.name = {(const uint8_t *)"string", 6},
				.equal = gosub_strequal,
				.hash = gosub_strhash};
static const GoType t_f64 = {.size = 8,
			     .align = 8,
			     .kind = GOK_FLOAT64,
			     .ptrfree = 1,
			     .named = 1,
			     .name = {(const uint8_t *)"float64", 7},
			     .equal = gosub_f64equal,
			     .hash = gosub_f64hash};
static const GoType t_eface = {.size = 16,
			       .align = 8,
			       .kind = GOK_INTERFACE,
			       .name = {(const uint8_t *)"interface {}", 12},
			       .equal = gosub_efaceequal,
			       .hash = gosub_efacehash};
static const GoType t_islice = {
    .size = 24, .align = 8, .kind = GOK_SLICE, .name = {(const uint8_t *)"[]int", 5}, .elem = &t_int};
static const GoType m_int_int = {.size = 8,
				 .align = 8,
				 .kind = GOK_MAP,
				 .direct = 1,
				 .name = {(const uint8_t *)"map[int]int", 11},
				 .key = &t_int,
				 .elem = &t_int};
static const GoType m_str_int = {.size = 8,
				 .align = 8,
				 .kind = GOK_MAP,
				 .direct = 1,
				 .name = {(const uint8_t *)"map[string]int", 14},
				 .key = &t_string,
				 .elem = &t_int};
static const GoType m_f64_int = {.size = 8,
				 .align = 8,
				 .kind = GOK_MAP,
				 .direct = 1,
				 .name = {(const uint8_t *)"map[float64]int", 15},
				 .key = &t_f64,
				 .elem = &t_int};
static const GoType m_any_int = {.size = 8,
				 .align = 8,
				 .kind = GOK_MAP,
				 .direct = 1,
				 .name = {(const uint8_t *)"map[interface {}]int", 20},
				 .key = &t_eface,
				 .elem = &t_int};

enum { N = 100000 };

static int64_t get_int(GoMap *m, int64_t k, bool *ok) {
	return *(int64_t *)gosub_mapaccess(&m_int_int, m, &k, ok);
}

static void int_keys(void) {
	GoMap *m = gosub_makemap(&m_int_int, 0);
	for (int64_t i = 0; i < N; i++)
		*(int64_t *)gosub_mapassign(&m_int_int, m, &(int64_t){i * 7}) = i;
	CHECK(gosub_maplen(m) == N);
	int all = 1;
	bool ok;
	for (int64_t i = 0; i < N; i++)
		all &= get_int(m, i * 7, &ok) == i && ok;
	CHECK(all);
	CHECK(get_int(m, 3, &ok) == 0 && !ok);
	for (int64_t i = 0; i < N; i += 2)
		gosub_mapdelete(&m_int_int, m, &(int64_t){i * 7});
	CHECK(gosub_maplen(m) == N / 2);
	all = 1;
	for (int64_t i = 0; i < N; i++) {
		int64_t v = get_int(m, i * 7, &ok);
		all &= (i % 2) ? (ok && v == i) : (!ok && v == 0);
	}
	CHECK(all);
	/* reinsertion reuses freed entries and stays consistent */
	for (int64_t i = 0; i < N; i += 2)
		*(int64_t *)gosub_mapassign(&m_int_int, m, &(int64_t){i * 7}) = -i;
	all = 1;
	for (int64_t i = 0; i < N; i++)
		all &= get_int(m, i * 7, &ok) == ((i % 2) ? i : -i) && ok;
	CHECK(all && gosub_maplen(m) == N);
}

static void string_keys(void) {
	GoMap *m = gosub_makemap(&m_str_int, 10);
	char buf[32];
	for (int64_t i = 0; i < N; i++) {
		int n = snprintf(buf, sizeof buf, "key%lld", (long long)i);
		GoString k = gosub_bytes_to_string(buf, n);
		*(int64_t *)gosub_mapassign(&m_str_int, m, &k) = i;
	}
	CHECK(gosub_maplen(m) == N);
	int all = 1;
	bool ok;
	for (int64_t i = 0; i < N; i++) {
		int n = snprintf(buf, sizeof buf, "key%lld", (long long)i);
		GoString k = {(const uint8_t *)buf, n}; /* a different copy of equal bytes */
		all &= *(int64_t *)gosub_mapaccess(&m_str_int, m, &k, &ok) == i && ok;
	}
	CHECK(all);
	GoString empty = {NULL, 0};
	*(int64_t *)gosub_mapassign(&m_str_int, m, &empty) = 42;
	GoString e2 = gostr("");
	CHECK(*(int64_t *)gosub_mapaccess(&m_str_int, m, &e2, NULL) == 42);
}

/* String keys longer than 16 bytes (compared by memcmp rather than two word loads) sharing a
 * long prefix, and keys of 15..17 bytes that differ only in their last byte. */
static void long_string_keys(void) {
	GoMap *m = gosub_makemap(&m_str_int, 0);
	char buf[64];
	for (int64_t i = 0; i < 1000; i++) {
		int n = snprintf(buf, sizeof buf, "a-common-prefix-of-20:%lld", (long long)i);
		GoString k = gosub_bytes_to_string(buf, n);
		*(int64_t *)gosub_mapassign(&m_str_int, m, &k) = i;
	}
	for (int len = 15; len <= 17; len++)
		for (char c = 'a'; c <= 'c'; c++) {
			memset(buf, 'x', (size_t)len);
			buf[len - 1] = c;
			GoString k = gosub_bytes_to_string(buf, len);
			*(int64_t *)gosub_mapassign(&m_str_int, m, &k) = len * 100 + c;
		}
	CHECK(gosub_maplen(m) == 1009);
	int all = 1;
	bool ok;
	for (int64_t i = 0; i < 1000; i++) {
		int n = snprintf(buf, sizeof buf, "a-common-prefix-of-20:%lld", (long long)i);
		GoString k = {(const uint8_t *)buf, n};
		all &= *(int64_t *)gosub_mapaccess(&m_str_int, m, &k, &ok) == i && ok;
	}
	for (int len = 15; len <= 17; len++)
		for (char c = 'a'; c <= 'd'; c++) {
			memset(buf, 'x', (size_t)len);
			buf[len - 1] = c;
			GoString k = {(const uint8_t *)buf, len};
			int64_t v = *(int64_t *)gosub_mapaccess(&m_str_int, m, &k, &ok);
			all &= c == 'd' ? !ok && v == 0 : ok && v == len * 100 + c;
		}
	CHECK(all);
}

/* gosub_makemap_small: a frame buffer holds up to 8 entries with no allocation; the map keeps
 * working as it outgrows the buffer; reusing the buffer starts an empty map; a larger hint or a
 * too-small buffer takes the heap path. */
static void small_maps(void) {
	static uint64_t
	    buf[(GOSUB_MAP_SMALL_HEADER + 8 + GOSUB_MAP_SMALL_ENTRIES * 24) / 8]; /* string->int */
	static const char *first[8] = {"k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7"};
	GoAllocStats before, after;
	for (int round = 0; round < 2; round++) {
		gosub_alloc_stats(&before);
		GoMap *m = gosub_makemap_small(&m_str_int, 0, buf, sizeof buf);
		CHECK((void *)m == (void *)buf);
		char kb[16];
		for (int64_t i = 0; i < 8; i++) {
			GoString k = gostr(first[i]); /* the map keeps the key's header, as Go's does */
			*(int64_t *)gosub_mapassign(&m_str_int, m, &k) = i + round;
		}
		gosub_alloc_stats(&after);
		CHECK(after.objects == before.objects);
		CHECK(gosub_maplen(m) == 8);
		for (int64_t i = 8; i < 100; i++) {
			int n = snprintf(kb, sizeof kb, "k%lld", (long long)i);
			GoString k = gosub_bytes_to_string(kb, n);
			*(int64_t *)gosub_mapassign(&m_str_int, m, &k) = i + round;
		}
		int all = gosub_maplen(m) == 100;
		bool ok;
		for (int64_t i = 0; i < 100; i++) {
			int n = snprintf(kb, sizeof kb, "k%lld", (long long)i);
			GoString k = {(const uint8_t *)kb, n};
			all &= *(int64_t *)gosub_mapaccess(&m_str_int, m, &k, &ok) == i + round && ok;
			if (i % 2)
				gosub_mapdelete(&m_str_int, m, &k);
		}
		CHECK(all && gosub_maplen(m) == 50);
	}
	GoMap *big = gosub_makemap_small(&m_str_int, 9, buf, sizeof buf);
	CHECK((void *)big != (void *)buf);
	GoMap *tight = gosub_makemap_small(&m_str_int, 0, buf, GOSUB_MAP_SMALL_HEADER);
	CHECK((void *)tight != (void *)buf);
	GoMap *ints = gosub_makemap_small(&m_int_int, 8, buf, sizeof buf);
	CHECK((void *)ints == (void *)buf);
	for (int64_t i = 0; i < 1000; i++)
		*(int64_t *)gosub_mapassign(&m_int_int, ints, &i) = -i;
	bool ok;
	CHECK(get_int(ints, 777, &ok) == -777 && ok && gosub_maplen(ints) == 1000);
}

/* Every live entry exactly once. */
static void iteration_covers_all(void) {
	GoMap *m = gosub_makemap(&m_int_int, 0);
	for (int64_t i = 0; i < 1000; i++)
		*(int64_t *)gosub_mapassign(&m_int_int, m, &i) = i * i;
	for (int64_t i = 0; i < 1000; i += 3)
		gosub_mapdelete(&m_int_int, m, &i);
	static int seen[1000];
	memset(seen, 0, sizeof seen);
	GoMapIter it;
	int count = 0, values_ok = 1;
	for (gosub_mapiterinit(&m_int_int, m, &it); it.key; gosub_mapiternext(&it)) {
		int64_t k = *(int64_t *)it.key;
		seen[k]++;
		values_ok &= *(int64_t *)it.val == k * k;
		count++;
	}
	int once = 1;
	for (int i = 0; i < 1000; i++)
		once &= seen[i] == (i % 3 ? 1 : 0);
	CHECK(once && values_ok && count == gosub_maplen(m));
}

/* Two iterations over 100 entries almost surely differ in order. */
static void iteration_is_random(void) {
	GoMap *m = gosub_makemap(&m_int_int, 0);
	for (int64_t i = 0; i < 100; i++)
		*(int64_t *)gosub_mapassign(&m_int_int, m, &i) = i;
	int64_t first[100], differs = 0, n = 0;
	GoMapIter it;
	for (gosub_mapiterinit(&m_int_int, m, &it); it.key; gosub_mapiternext(&it))
		first[n++] = *(int64_t *)it.key;
	for (int round = 0; round < 3; round++) {
		n = 0;
		for (gosub_mapiterinit(&m_int_int, m, &it); it.key; gosub_mapiternext(&it))
			differs |= first[n++] != *(int64_t *)it.key;
	}
	CHECK(differs);
}

/* Go spec: an entry removed before it is reached is not produced; entries added during
 * iteration may or may not be, but existing ones are produced exactly once. */
static void mutation_during_iteration(void) {
	GoMap *m = gosub_makemap(&m_int_int, 0);
	for (int64_t i = 0; i < 500; i++)
		*(int64_t *)gosub_mapassign(&m_int_int, m, &i) = i;
	static int seen[100000];
	memset(seen, 0, sizeof seen);
	GoMapIter it;
	int ok = 1;
	for (gosub_mapiterinit(&m_int_int, m, &it); it.key; gosub_mapiternext(&it)) {
		int64_t k = *(int64_t *)it.key;
		seen[k]++;
		if (k < 500) {
			int64_t partner = k ^ 1; /* delete the partner: it must not show up later */
			if (!seen[partner])
				gosub_mapdelete(&m_int_int, m, &partner);
			int64_t fresh = 1000 + k * 10; /* and add new keys, enough to grow the map */
			for (int j = 0; j < 10; j++, fresh++)
				*(int64_t *)gosub_mapassign(&m_int_int, m, &fresh) = fresh;
		}
	}
	for (int i = 0; i < 500; i += 2)
		ok &= seen[i] + seen[i + 1] == 1; /* exactly one of each pair */
	for (int i = 0; i < 100000; i++)
		ok &= seen[i] <= 1;
	CHECK(ok);
}

static void nan_keys(void) {
	GoMap *m = gosub_makemap(&m_f64_int, 0);
	double nan = NAN;
	for (int i = 0; i < 3; i++)
		*(int64_t *)gosub_mapassign(&m_f64_int, m, &nan) = i;
	CHECK(gosub_maplen(m) == 3);
	bool ok;
	gosub_mapaccess(&m_f64_int, m, &nan, &ok);
	CHECK(!ok);
	double pz = 0.0, nz = -0.0;
	*(int64_t *)gosub_mapassign(&m_f64_int, m, &pz) = 7;
	CHECK(*(int64_t *)gosub_mapaccess(&m_f64_int, m, &nz, &ok) == 7 && ok);
	gosub_mapdelete(&m_f64_int, m, &nan);
	CHECK(gosub_maplen(m) == 4);
	int count = 0;
	GoMapIter it;
	for (gosub_mapiterinit(&m_f64_int, m, &it); it.key; gosub_mapiternext(&it))
		count++;
	CHECK(count == 4);
}

static void nil_map(void) {
	bool ok = true;
	int64_t k = 1;
	CHECK(*(int64_t *)gosub_mapaccess(&m_int_int, NULL, &k, &ok) == 0 && !ok);
	CHECK(gosub_maplen(NULL) == 0);
	gosub_mapdelete(&m_int_int, NULL, &k);
	GoMapIter it;
	gosub_mapiterinit(&m_int_int, NULL, &it);
	CHECK(it.key == NULL);
}

static void assign_nil(void) {
	int64_t k = 1;
	gosub_mapassign(&m_int_int, NULL, &k);
}

static void unhashable_key(void) {
	GoMap *m = gosub_makemap(&m_any_int, 0);
	GoSlice s = {NULL, 0, 0};
	struct {
		const GoType *t;
		void *d;
	} key = {&t_islice, &s};
	gosub_mapassign(&m_any_int, m, &key);
}

static void interface_keys(void) {
	GoMap *m = gosub_makemap(&m_any_int, 0);
	int64_t one = 1;
	GoString s = gostr("one");
	struct {
		const GoType *t;
		void *d;
	} k1 = {&t_int, &one}, k2 = {&t_string, &s}, k3 = {NULL, NULL};
	*(int64_t *)gosub_mapassign(&m_any_int, m, &k1) = 10;
	*(int64_t *)gosub_mapassign(&m_any_int, m, &k2) = 20;
	*(int64_t *)gosub_mapassign(&m_any_int, m, &k3) = 30;
	int64_t one_again = 1;
	struct {
		const GoType *t;
		void *d;
	} q = {&t_int, &one_again};
	bool ok;
	CHECK(*(int64_t *)gosub_mapaccess(&m_any_int, m, &q, &ok) == 10 && ok);
	CHECK(*(int64_t *)gosub_mapaccess(&m_any_int, m, &k3, &ok) == 30 && ok);
	CHECK(gosub_maplen(m) == 3);
}

static void panics(void) {
	ChildResult r = run_child(assign_nil);
	CHECK(r.status == 2);
	CHECK_STR(first_line(r.err), "panic: assignment to entry in nil map");
	r = run_child(unhashable_key);
	CHECK(r.status == 2);
	CHECK_STR(first_line(r.err), "panic: runtime error: hash of unhashable type []int");
}

/* Random inserts, updates and deletes on a small key range, checked against a plain array
 * after every operation batch (a differential test of tombstones, their reuse and the
 * rebuilds that clear them). */
static void random_against_reference(void) {
	enum { KEYS = 997, OPS = 200000 };
	static int64_t ref[KEYS];
	static bool present[KEYS];
	memset(present, 0, sizeof present);
	GoMap *m = gosub_makemap(&m_int_int, 0);
	uint64_t x = 88172645463325252ULL;
	int ok = 1;
	for (int op = 0; op < OPS; op++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17; /* xorshift64 */
		int64_t k = (int64_t)(x % KEYS);
		if ((x >> 20) % 3 == 0) {
			gosub_mapdelete(&m_int_int, m, &k);
			present[k] = false;
		} else {
			*(int64_t *)gosub_mapassign(&m_int_int, m, &k) = op;
			ref[k] = op;
			present[k] = true;
		}
		if (op % 1000 == 0) {
			int64_t n = 0;
			for (int64_t i = 0; i < KEYS; i++) {
				bool found;
				int64_t v = get_int(m, i, &found);
				ok &= found == present[i] && (!found || v == ref[i]);
				n += present[i];
			}
			ok &= gosub_maplen(m) == n;
		}
	}
	CHECK(ok);
}

static void body(void) {
	random_against_reference();
	int_keys();
	string_keys();
	long_string_keys();
	small_maps();
	iteration_covers_all();
	iteration_is_random();
	mutation_during_iteration();
	nan_keys();
	nil_map();
	interface_keys();
	panics();
}

RT_TEST_MAIN(body)
