/* rt_iface.c: interface values at run time (Go spec: Interface types; Type assertions; Comparison
 * operators). Input: type descriptors, itabs and data words; output: equality, itabs built by
 * matching method names, and gc's "interface conversion" panics.
 *
 * An empty interface is {GoType *, data}; a non-empty one is {GoItab *, data}. Codegen emits one
 * descriptor per type, so type identity is pointer identity. Itabs for pairs known at compile
 * time are emitted by codegen; the others (x.(I), conversions between interfaces) are built here
 * from the method lists, which both sides keep sorted by name, and cached, failures included.
 * Itabs are unique per (interface, type) pair, as in gc, so that generated code may compare itab
 * pointers (==, type switches): codegen lists every itab it emits in the linker section
 * `gosub_itablinks` (an array of GoItab pointers), and the cache starts out holding those.
 */
#include <string.h>

#include "rt_internal.h"

/* ---- equality ---- */
static bool dynamic_equal(const GoType *t, const void *d1, const void *d2) {
	if (!t)
		return true;
	if (!t->equal)
		rt_panic_runtime_error(
		    rt_strcat3(RT_STR("comparing uncomparable type "), t->name, RT_STR("")));
	if (t->direct)
		return d1 == d2;
	return t->equal(d1, d2, t);
}

bool gosub_efaceeq(const GoType *t1, const void *d1, const GoType *t2, const void *d2) {
	return t1 == t2 && dynamic_equal(t1, d1, d2);
}

bool gosub_ifaceeq(const GoItab *t1, const void *d1, const GoItab *t2, const void *d2) {
	const GoType *x = t1 ? t1->type : NULL, *y = t2 ? t2->type : NULL;
	return x == y && dynamic_equal(x, d1, d2);
}

/* ---- method lookup ---- */
static int name_cmp(GoString a, GoString b) { return (int)gosub_strcmp(a.ptr, a.len, b.ptr, b.len); }

const GoMethod *rt_find_method(const GoType *t, GoString name) {
	if (!t)
		return NULL;
	for (int64_t lo = 0, hi = t->nmethods; lo < hi;) {
		int64_t mid = (lo + hi) / 2;
		int c = name_cmp(t->methods[mid].name, name);
		if (c == 0)
			return &t->methods[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Go spec: Interface types: a type implements an interface when it has each method with the
 * same name AND an identical signature (gc 1.19 still reports a mismatch as "missing method"). */
static bool same_signature(const GoMethod *want, const GoMethod *have) {
	return !want->type || !have->type || want->type == have->type;
}

/* Builds the itab of t as inter, or returns NULL and the first method t lacks. Both method lists
 * are sorted by name, so one merge pass finds every method. */
static GoItab *build_itab(const GoType *inter, const GoType *t, GoString *missing) {
	GoItab *tab = rt_alloc_internal(sizeof(GoItab) + sizeof(void *) * (size_t)inter->nmethods, false);
	tab->inter = inter;
	tab->type = t;
	int64_t j = 0;
	for (int64_t i = 0; i < inter->nmethods; i++) {
		GoString want = inter->methods[i].name;
		while (j < t->nmethods && name_cmp(t->methods[j].name, want) < 0)
			j++;
		if (j == t->nmethods || name_cmp(t->methods[j].name, want) != 0 ||
		    !same_signature(&inter->methods[i], &t->methods[j])) {
			*missing = want;
			return NULL;
		}
		tab->fns[i] = t->methods[j].fn;
	}
	return tab;
}

/* ---- the itab cache: open addressing on (inter, type); a failure is cached as a NULL tab ---- */
typedef struct CacheEntry {
	const GoType *inter, *type;
	GoItab *tab;
	GoString missing;
} CacheEntry;

static CacheEntry *cache; /* a GC root, being static */
static uint64_t cache_mask, cache_count;

static uint64_t pair_hash(const GoType *inter, const GoType *t) {
	const void *pair[2] = {inter, t};
	return rt_memhash(pair, sizeof pair, 0);
}

static CacheEntry *cache_slot(const GoType *inter, const GoType *t) {
	uint64_t pos = pair_hash(inter, t) & cache_mask;
	while (cache[pos].inter && (cache[pos].inter != inter || cache[pos].type != t))
		pos = (pos + 1) & cache_mask;
	return &cache[pos];
}

static void cache_grow(void) {
	CacheEntry *old = cache;
	uint64_t oldsize = cache ? cache_mask + 1 : 0, size = oldsize ? oldsize * 2 : 64;
	cache = rt_alloc_internal(sizeof(CacheEntry) * size, false);
	cache_mask = size - 1;
	for (uint64_t i = 0; i < oldsize; i++)
		if (old[i].inter)
			*cache_slot(old[i].inter, old[i].type) = old[i];
}

/* The linker defines these for a section whose name is a C identifier; weak, so a program
 * without itabs links too. */
extern GoItab *const __start_gosub_itablinks[] __attribute__((weak));
extern GoItab *const __stop_gosub_itablinks[] __attribute__((weak));

static void cache_add(GoItab *tab) {
	if (!cache || (cache_count + 1) * 2 > cache_mask + 1)
		cache_grow();
	CacheEntry *e = cache_slot(tab->inter, tab->type);
	if (e->inter)
		return; /* two modules emitted one pair: the first wins */
	*e = (CacheEntry){tab->inter, tab->type, tab, {NULL, 0}};
	cache_count++;
}

static void cache_init(void) {
	cache_grow();
	for (GoItab *const *p = __start_gosub_itablinks; p && p < __stop_gosub_itablinks; p++)
		cache_add(*p);
}

static CacheEntry *cache_lookup(const GoType *inter, const GoType *t) {
	if (!cache)
		cache_init();
	if ((cache_count + 1) * 2 > cache_mask + 1)
		cache_grow();
	CacheEntry *e = cache_slot(inter, t);
	if (!e->inter) {
		e->inter = inter;
		e->type = t;
		e->tab = build_itab(inter, t, &e->missing);
		cache_count++;
	}
	return e;
}

/* The itab for t as inter: for x.(I) with canfail (NULL when t lacks a method or t is NULL),
 * else panicking as gc does for a conversion that must succeed. */
const GoItab *gosub_getitab(const GoType *inter, const GoType *t, bool canfail) {
	if (!t) {
		if (canfail)
			return NULL;
		gosub_panic_typeassert(NULL, inter, NULL);
	}
	CacheEntry *e = cache_lookup(inter, t);
	if (e->tab || canfail)
		return e->tab;
	rt_panic_typeassert_error(
	    rt_strcat3(rt_strcat3(RT_STR("interface conversion: "), t->name, RT_STR(" is not ")), inter->name,
		       rt_strcat3(RT_STR(": missing method "), e->missing, RT_STR(""))));
}

/* x.(T) failed: gc's TypeAssertionError text. iface is the static type of x (NULL prints as
 * "interface"), have its dynamic type (NULL when x is nil), want the asserted type. Two distinct
 * types with one name are told apart as gc does; gosub has one package, so they differ in scope. */
_Noreturn void gosub_panic_typeassert(const GoType *have, const GoType *want, const GoType *iface) {
	GoString inter = iface ? iface->name : RT_STR("interface");
	GoString head = rt_strcat3(RT_STR("interface conversion: "), inter, RT_STR(" is "));
	if (!have)
		rt_panic_typeassert_error(rt_strcat3(head, RT_STR("nil, not "), want->name));
	GoString msg = rt_strcat3(head, have->name, rt_strcat3(RT_STR(", not "), want->name, RT_STR("")));
	if (name_cmp(have->name, want->name) == 0)
		msg = rt_strcat3(msg, RT_STR(" (types from different scopes)"), RT_STR(""));
	rt_panic_typeassert_error(msg);
}
