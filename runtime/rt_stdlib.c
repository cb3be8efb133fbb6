/* rt_stdlib.c: the functions that Go's standard library declares without a body and gc's
 * runtime (or assembly) implements, for the packages gosub compiles from Go's sources.
 *
 * Each is reached from a Go wrapper (codegen/cg_extern.c, cg_extern_body) with the calling
 * convention of every runtime implementation there: the results' address first (NULL when
 * there are none), then the address of each parameter:
 *     func runtime_canSpin(i int) bool    ->  void gosub_sync_runtime_canSpin(bool *res, const int64_t *i)
 *
 * sync's hooks are in rt_sync.c, time's in rt_time.c.
 */
#define _GNU_SOURCE
#include <cpuid.h>
#include <sched.h>
#include <gc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gosubrt.h"
#include "rt_internal.h"

/* ---- runtime, internal/cpu ------------------------------------------------------------------ */

/* Where gc's sources are, by default (gc's tracebacks show its runtime's files there). */
const char *rt_default_goroot(void) { return "/usr/lib/go-1.19"; }

void gosub_runtime_GOROOT(GoString *res) {
	const char *root = getenv("GOROOT");
	root = root ? root : rt_default_goroot();
	*res = (GoString){(const uint8_t *)root, (int64_t)strlen(root)};
}

void gosub_runtime_Gosched(void *res) {
	(void)res;
	rt_gosched();
}

void gosub_runtime_NumGoroutine(int64_t *res) { *res = rt_gcount(); }

/* The CPUs this process may run on, as gc counts them at start-up: its affinity mask. */
void gosub_runtime_NumCPU(int64_t *res) {
	cpu_set_t set;
	*res = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : 1;
}

/* $GOMAXPROCS when it is a positive number (gc reads it at start-up), else NumCPU. */
static int64_t initial_maxprocs(void) {
	const char *env = getenv("GOMAXPROCS");
	char *end;
	long n = env ? strtol(env, &end, 10) : 0;
	if (env && *env && *end == '\0' && n > 0 && n <= INT32_MAX)
		return n;
	int64_t cpus;
	gosub_runtime_NumCPU(&cpus);
	return cpus;
}

/* Only recorded: every goroutine runs on one OS thread whatever the setting. */
void gosub_runtime_GOMAXPROCS(int64_t *res, const int64_t *n) {
	static int64_t maxprocs;
	if (maxprocs == 0)
		maxprocs = initial_maxprocs();
	*res = maxprocs;
	if (*n > 0)
		maxprocs = *n;
}

/* runtime.ReadMemStats's sources (stdlib/replace/runtime/mem.go's gcStats). */
typedef struct GcStats {
	uint64_t heap_size, free_bytes, unmapped, alloc_bytes, alloc_objects, collections;
} GcStats;

void gosub_runtime_readGCStats(void *res, GcStats *const *s) {
	(void)res;
	GoAllocStats st;
	gosub_alloc_stats(&st);
	GcStats *o = *s;
	o->heap_size = GC_get_heap_size();
	o->free_bytes = GC_get_free_bytes();
	o->unmapped = GC_get_unmapped_bytes();
	o->alloc_bytes = st.bytes;
	o->alloc_objects = st.objects;
	o->collections = st.collections;
}

/* runtime.GC: sync.Pool's cleanup (as at the start of gc's collections), a full collection, then
 * the finalizers of what it found unreachable, so that a program calling GC sees them run as
 * with gc (which runs them on another goroutine soon after).
 * gc blocks the caller while the collection runs and the other goroutines go on meanwhile; here
 * they get their turn after it, so that a goroutine calling GC in a loop cannot starve them. */
void gosub_runtime_GC(void *res) {
	(void)res;
	rt_sync_clear_pools();
	GC_gcollect();
	GC_invoke_finalizers();
	rt_gosched();
}

/* The Go function value a finalizer is: a closure record whose first word is its code. */
static void run_finalizer(void *obj, void *closure) {
	void (*code)(void *, void *) = *(void (**)(void *, void *))closure;
	code(closure, obj);
}

void gosub_runtime_SetFinalizer(void *res, const GoEface *obj, const GoEface *fin) {
	(void)res;
	if (!obj->type || obj->type->kind != GOK_POINTER)
		rt_fatal("runtime.SetFinalizer: first argument is not a pointer");
	void *p = obj->data;
	if (!p)
		rt_fatal("runtime.SetFinalizer: pointer not in allocated block");
	/* a func value is pointer-shaped: the interface holds the closure record itself */
	void *closure = !fin->type ? NULL : fin->type->direct ? fin->data : *(void **)fin->data;
	if (fin->type && fin->type->kind != GOK_FUNC)
		rt_fatal("runtime.SetFinalizer: second argument is not a function");
	if (!GC_base(p))
		return; /* a global or stack object: never collected, so never finalized (as gc) */
	GC_register_finalizer(GC_base(p), closure ? run_finalizer : NULL, closure, NULL, NULL);
}

void gosub_runtime_Breakpoint(void *res) {
	(void)res;
	raise(SIGTRAP);
}

typedef struct CpuidResult {
	uint32_t eax, ebx, ecx, edx;
} CpuidResult;

void gosub_internal_cpu_cpuid(CpuidResult *res, const uint32_t *eax, const uint32_t *ecx) {
	__cpuid_count(*eax, *ecx, res->eax, res->ebx, res->ecx, res->edx);
}

/* GOAMD64=v1: gosub compiles for the baseline x86-64 (codegen's target CPU "x86-64"). */
void gosub_internal_cpu_getGOAMD64level(int32_t *res) { *res = 1; }

typedef struct XgetbvResult {
	uint32_t eax, edx;
} XgetbvResult;

/* XGETBV is only valid when CPUID says OSXSAVE, which is how internal/cpu calls it. */
void gosub_internal_cpu_xgetbv(XgetbvResult *res) {
	uint32_t eax, edx;
	__asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
	res->eax = eax;
	res->edx = edx;
}

/* ---- internal/reflectlite -------------------------------------------------------------------- */

static const GoSlice *slice_of(const GoEface *x) {
	const GoType *t = x->type;
	if (!t || t->kind != GOK_SLICE)
		rt_panic_plain_error(RT_STR("reflect: call of Swapper on non-slice value"));
	return x->data;
}

void gosub_internal_reflectlite_sliceLen(int64_t *res, const GoEface *x) { *res = slice_of(x)->len; }

void gosub_internal_reflectlite_swap(void *res, const GoEface *x, const int64_t *i, const int64_t *j) {
	(void)res;
	const GoSlice *s = slice_of(x);
	int64_t n = x->type->elem->size;
	char tmp[256], *a = (char *)s->ptr + *i * n, *b = (char *)s->ptr + *j * n;
	for (int64_t off = 0; off < n; off += (int64_t)sizeof tmp) {
		size_t k = (size_t)(n - off < (int64_t)sizeof tmp ? n - off : (int64_t)sizeof tmp);
		memcpy(tmp, a + off, k);
		memcpy(a + off, b + off, k);
		memcpy(b + off, tmp, k);
	}
}
