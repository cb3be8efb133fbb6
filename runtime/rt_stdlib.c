/* rt_stdlib.c: the functions that Go's standard library declares without a body and gc's
 * runtime (or assembly) implements, for the packages gosub compiles from Go's sources.
 *
 * Each is reached from a Go wrapper (codegen/cg_extern.c, cg_extern_body) with the calling
 * convention of every runtime implementation there: the results' address first (NULL when
 * there are none), then the address of each parameter:
 *     func runtime_canSpin(i int) bool    ->  void gosub_sync_runtime_canSpin(bool *res, const int64_t *i)
 *
 * gosub runs one goroutine on one OS thread (until the concurrency work lands), which decides
 * what sync's runtime hooks mean here: a semaphore that is not free can never be released, so
 * waiting on it is gc's deadlock; there is no processor to pin and nothing to spin for.
 */
#include <cpuid.h>
#include <gc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gosubrt.h"
#include "rt_internal.h"

/* ---- sync ---------------------------------------------------------------------------------- */

/* Every goroutine (the only one) is blocked: gc's report, exit status 2. */
static _Noreturn void deadlock(const char *why)
{
	fflush(stdout);
	rt_flush();
	rt_write_cstr("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [");
	rt_write_cstr(why);
	rt_write_cstr("]:\nmain.main()\n\t?:?\n");
	rt_exit(2);
}

static void acquire(uint32_t *s)
{
	if (*s == 0)
		deadlock("semacquire");
	(*s)--;
}

static _Noreturn void fatal_string(const GoString *msg)
{
	char *s = malloc((size_t)msg->len + 1);
	memcpy(s, msg->ptr, (size_t)msg->len);
	s[msg->len] = '\0';
	rt_fatal(s);
}

void gosub_sync_throw(void *res, const GoString *msg) { (void)res; fatal_string(msg); }
void gosub_sync_fatal(void *res, const GoString *msg) { (void)res; fatal_string(msg); }

void gosub_sync_runtime_Semacquire(void *res, uint32_t *const *s) { (void)res; acquire(*s); }

void gosub_sync_runtime_SemacquireMutex(void *res, uint32_t *const *s, const bool *lifo, const int64_t *skip)
{
	(void)res, (void)lifo, (void)skip;
	acquire(*s);
}

void gosub_sync_runtime_Semrelease(void *res, uint32_t *const *s, const bool *handoff, const int64_t *skip)
{
	(void)res, (void)handoff, (void)skip;
	(**s)++;
}

/* sync.notifyList starts with two uint32 tickets: the next to wait and the next to notify. */
typedef struct NotifyList {
	uint32_t wait, notify;
} NotifyList;

void gosub_sync_runtime_notifyListAdd(uint32_t *res, NotifyList *const *l) { *res = (*l)->wait++; }

void gosub_sync_runtime_notifyListWait(void *res, NotifyList *const *l, const uint32_t *t)
{
	(void)res, (void)l, (void)t;
	deadlock("sync.Cond.Wait");
}

void gosub_sync_runtime_notifyListNotifyAll(void *res, NotifyList *const *l)
{
	(void)res;
	(*l)->notify = (*l)->wait;
}

void gosub_sync_runtime_notifyListNotifyOne(void *res, NotifyList *const *l)
{
	(void)res;
	if ((*l)->notify != (*l)->wait)
		(*l)->notify++;
}

void gosub_sync_runtime_notifyListCheck(void *res, const uintptr_t *size) { (void)res, (void)size; }
void gosub_sync_runtime_canSpin(bool *res, const int64_t *i) { (void)i; *res = false; }
void gosub_sync_runtime_doSpin(void *res) { (void)res; }

void gosub_sync_runtime_nanotime(int64_t *res)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	*res = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void gosub_sync_fastrandn(uint32_t *res, const uint32_t *n)
{
	*res = (uint32_t)(((uint64_t)(uint32_t)random() * *n) >> 31) % (*n ? *n : 1);
}

/* Pools are never emptied by a collection here: Boehm GC has no hook for it, and a pool's
 * objects are only a cache. */
void gosub_sync_runtime_registerPoolCleanup(void *res, void *const *cleanup) { (void)res, (void)cleanup; }
void gosub_sync_runtime_procPin(int64_t *res) { *res = 0; }
void gosub_sync_runtime_procUnpin(void *res) { (void)res; }
void gosub_sync_atomic_runtime_procPin(int64_t *res) { *res = 0; }
void gosub_sync_atomic_runtime_procUnpin(void *res) { (void)res; }
void gosub_sync_runtime_LoadAcquintptr(uintptr_t *res, uintptr_t *const *p) { *res = **p; }

void gosub_sync_runtime_StoreReluintptr(uintptr_t *res, uintptr_t *const *p, const uintptr_t *v)
{
	**p = *v;
	*res = 0;
}

/* ---- runtime, internal/cpu ------------------------------------------------------------------ */

/* runtime.GC: a full collection, then the finalizers of what it found unreachable, so that a
 * program calling GC sees them run as with gc (which runs them on another goroutine soon after). */
void gosub_runtime_Gosched(void *res) { (void)res; rt_gosched(); }
void gosub_runtime_NumGoroutine(int64_t *res) { *res = rt_gcount(); }

void gosub_runtime_GC(void *res)
{
	(void)res;
	GC_gcollect();
	GC_invoke_finalizers();
}

/* The Go function value a finalizer is: a closure record whose first word is its code. */
static void run_finalizer(void *obj, void *closure)
{
	void (*code)(void *, void *) = *(void (**)(void *, void *))closure;
	code(closure, obj);
}

void gosub_runtime_SetFinalizer(void *res, const GoEface *obj, const GoEface *fin)
{
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

void gosub_runtime_Breakpoint(void *res)
{
	(void)res;
	raise(SIGTRAP);
}

typedef struct CpuidResult {
	uint32_t eax, ebx, ecx, edx;
} CpuidResult;

void gosub_internal_cpu_cpuid(CpuidResult *res, const uint32_t *eax, const uint32_t *ecx)
{
	__cpuid_count(*eax, *ecx, res->eax, res->ebx, res->ecx, res->edx);
}

/* GOAMD64=v1: gosub compiles for the baseline x86-64 (codegen's target CPU "x86-64"). */
void gosub_internal_cpu_getGOAMD64level(int32_t *res) { *res = 1; }

typedef struct XgetbvResult {
	uint32_t eax, edx;
} XgetbvResult;

/* XGETBV is only valid when CPUID says OSXSAVE, which is how internal/cpu calls it. */
void gosub_internal_cpu_xgetbv(XgetbvResult *res)
{
	uint32_t eax, edx;
	__asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
	res->eax = eax;
	res->edx = edx;
}

/* ---- internal/reflectlite -------------------------------------------------------------------- */

static const GoSlice *slice_of(const GoEface *x)
{
	const GoType *t = x->type;
	if (!t || t->kind != GOK_SLICE)
		rt_panic_plain_error(RT_STR("reflect: call of Swapper on non-slice value"));
	return x->data;
}

void gosub_internal_reflectlite_sliceLen(int64_t *res, const GoEface *x) { *res = slice_of(x)->len; }

void gosub_internal_reflectlite_swap(void *res, const GoEface *x, const int64_t *i, const int64_t *j)
{
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
