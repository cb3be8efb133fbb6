/* rt_internal.h: declarations shared by the runtime's own files (never by generated code).
 *
 * gosubrt.h is the ABI that generated code calls (prefix gosub_); this header holds the helpers
 * the runtime files call on each other (prefix rt_). Files, one concern each:
 *   rt_main.c   process start-up, the Go thread, exit and the GOSUBDEBUG report
 *   rt_alloc.c  heap allocation through Boehm GC, with counters
 *   rt_print.c  the buffered stderr writer and print/println formats
 *   rt_utf8.c   UTF-8 encoding and decoding with Go's rules
 *   rt_string.c string operations and conversions
 *   rt_slice.c  growslice/makeslice and gc's malloc size classes
 *   rt_hash.c   hash and equality functions referenced from type descriptors
 *   rt_map.c    the hash map
 *   rt_iface.c  interface comparison, itabs, type assertions
 *   rt_unwind.c panics: running deferred calls, recover
 *   rt_panic.c  panics: printing the value, runtime error values, exit status 2
 *   rt_signal.c SIGSEGV: nil dereference and stack overflow
 *   rt_sched.c  goroutines: the run queue, parking, the deadlock report, preemption
 *   rt_stack.c  the shared goroutine stack: switching and saving stacks
 *   rt_preempt.c making a goroutine that runs too long in Go code yield
 *   rt_time.c   the clock and the timers the scheduler waits for
 *   rt_sync.c   package sync's semaphores and notify lists
 *   rt_chan.c   channels and select (a parked select's waiters hang off RtG.waiting)
 */
#ifndef GOSUB_RT_INTERNAL_H
#define GOSUB_RT_INTERNAL_H

#include <stddef.h>
#include "gosubrt.h"

#define RT_STR(s) ((GoString){(const uint8_t *)(s), (int64_t)sizeof(s) - 1})

/* rt_main.c */
_Noreturn void rt_exit(int code); /* flush, GOSUBDEBUG report, exit */

/* rt_alloc.c */
void rt_alloc_init(void);                /* after GC_INIT: start counting */
bool rt_allocprof_enabled(void);         /* rt_allocprof.c: built with -allocprof */
void rt_allocprof_count(uint64_t bytes); /*   one allocation, for the current site */
void rt_allocprof_report(void);          /*   the table, at exit */
void rt_gc_percent_init(void);           /* rt_debug.c: $GOGC at start-up (off: no collections) */

/* rt_alloc.c: memory the runtime needs for itself (not counted as a Go allocation). */
void *rt_alloc_internal(size_t size, bool ptrfree);

/* rt_print.c: everything printed to fd 2 goes through one buffer. */
void rt_write(const void *p, size_t n);
void rt_write_cstr(const char *s);
void rt_write_gostr(GoString s);
GoString rt_go_string(const char *s); /* rt_string.c: a copy of a C string */
void rt_flush(void);
void rt_capture_begin(uint8_t *dst, size_t cap); /* runtime.Stack: rt_write fills dst instead */
size_t rt_capture_end(void);                     /* the bytes written to dst */

/* rt_utf8.c */
#define RT_RUNE_ERROR 0xFFFD
int rt_utf8_encode(uint8_t out[4], int32_t r);                  /* returns the byte count, 1..4 */
int32_t rt_utf8_decode(const uint8_t *p, int64_t n, int *size); /* n >= 1 */

/* rt_string.c */
GoString rt_strcat3(GoString a, GoString b, GoString c); /* for messages: not counted */

/* rt_slice.c */
uint64_t rt_roundupsize(uint64_t size);

/* rt_hash.c: the byte hash mixes 8 bytes at a time with 64x64->128-bit multiplications (the
 * construction of wyhash). It is inline here so that the map's fast paths (rt_map.c) hash an
 * integer key in two multiplications without a call; rt_memhash is the same function. */
static inline uint64_t rt_hash_mix(uint64_t a, uint64_t b) {
	__uint128_t r = (__uint128_t)a * b;
	return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t rt_hash_load(const uint8_t *p, size_t n) /* n <= 8 bytes, little-endian */
{
	uint64_t v = 0;
	if (n)
		__builtin_memcpy(&v, p, n);
	return v;
}

static inline uint64_t rt_hash_bytes(const void *data, size_t n, uint64_t seed) {
	const uint64_t K0 = 0xa0761d6478bd642fULL, K1 = 0xe7037ed1a0b428dbULL, K2 = 0x8ebc6af09c88c6e3ULL;
	const uint8_t *p = data;
	uint64_t h = seed ^ K0 ^ (uint64_t)n;
	while (n > 8) {
		h = rt_hash_mix(h ^ rt_hash_load(p, 8), K1);
		p += 8;
		n -= 8;
	}
	h = rt_hash_mix(h ^ rt_hash_load(p, n), K1);
	return rt_hash_mix(h, K2);
}

uint64_t rt_memhash(const void *p, size_t n, uint64_t seed);
uint64_t rt_random64(void);
uint32_t rt_randn(uint32_t n); /* uniform in [0, n), by multiplying rather than dividing */

/* rt_iface.c */
const GoMethod *rt_find_method(const GoType *t, GoString name);

/* rt_unwind.c: every panic, from the program or the runtime, ends up in rt_panic, which runs
 * deferred calls and either resumes a function that recovered or calls rt_die. */
typedef struct RtPanic {
	const GoType *type;
	const void *data;
	bool recovered;       /* recover() handed out its value */
	bool aborted;         /* a newer panic unwound past the deferred call it was running */
	bool goexit;          /* not a panic: runtime.Goexit running the deferred calls */
	void *goexit_jmpbuf;  /*   where it continues when a panic during it is recovered */
	GoDeferFrame *frame;  /* the frame whose deferred calls it is running */
	GoDefer *running;     /* the deferred call it is running: recover's token (rt_unwind.c) */
	struct RtPanic *link; /* the next older panic */
} RtPanic;
_Noreturn void rt_panic(const GoType *t, const void *data);

/* rt_panic.c: printing panics and run-time error values */
_Noreturn void rt_die(const RtPanic *innermost);        /* print the panics as gc does, exit 2 */
_Noreturn void rt_panic_runtime_error(GoString msg);    /* "runtime error: " + msg */
_Noreturn void rt_panic_plain_error(GoString msg);      /* msg as is (entry in nil map) */
_Noreturn void rt_panic_typeassert_error(GoString msg); /* "interface conversion: ..." */
_Noreturn void rt_fatal(const char *msg);               /* "fatal error: msg", exit 2 */
_Noreturn void rt_fatal_system(const char *msg); /* the same, then gc's "runtime stack:" and the goroutine */
void rt_set_signal_line(const char *line);       /* printed after the panic line */

/* rt_sched.c: goroutines (docs/students.md, "Goroutines"). Every goroutine runs on the same OS
 * thread and the same stack; rt_stack.c copies a goroutine's stack out when it stops running and
 * back when it runs again. Everything that belongs to one goroutine lives in its RtG, so that
 * running them on several threads later changes rt_g, not the record. */
enum { RT_G_RUNNABLE, RT_G_RUNNING, RT_G_WAITING, RT_G_DEAD };
typedef struct RtG RtG;
struct RtG {
	int64_t id;              /* goroutine 1 runs main.main; others count up from 2... as gc's */
	int status;              /* RT_G_* */
	const char *waitreason;  /* gc's words while waiting: "chan receive", "select", "sleep" ... */
	const char *func;        /* the function it started with, as gc names it: "main.worker" */
	const char *creator;     /* the function whose go statement started it ("" for goroutine 1) */
	uintptr_t creator_pc;    /*   the return address of its call of gosub_go, for the line */
	RtG *schedlink;          /* next on the run queue or the free list */
	RtG *allnext, *allprev;  /* every live goroutine, for NumGoroutine and the deadlock report */
	void (*code)(void *rec); /* what gosub_go started: code(rec) */
	void *rec;
	void *waiting;     /* owned by the code that parked it (rt_chan.c's waiter) */
	void *sema_waiter; /* rt_sync.c: its waiter record for semaphores, reused */
	uintptr_t param;   /* set by whoever readied it (e.g. which select case fired) */
	/* panics and deferred calls (rt_unwind.c) */
	GoDeferFrame *defer_top; /* innermost registered frame */
	RtPanic *panics;         /* innermost panic in progress */
	void *armed_fn;          /* the function a deferred-call wrapper is about to call */
	GoDefer *armed_rec;      /*   and the deferred call's record: its recover token */
	GoAllocSite *allocsite;  /* gosub_allocprof_site while it is not running */
	void *test;              /* rt_testing.c: the test it runs for */
	/* its stack while it does not run (rt_stack.c) */
	void *sp;    /* saved stack pointer: the stack is [sp, rt_stack_top) */
	void *saved; /* a copy of that range (collector-scanned memory) */
	size_t saved_len, saved_cap;
	void *asan_fake; /* -sanitize=stack: its own AddressSanitizer fake stack while parked */
};
extern RtG *rt_g; /* the running goroutine */
/* What rt_ctx_swap (rt_stack.c) pushes on the stack it leaves, lowest address first: a stopped
 * goroutine's saved stack starts with it. */
typedef struct {
	uintptr_t r15, r14, r13, r12, rbx, rbp;
	uintptr_t ret; /* where the goroutine goes on when it runs again */
} RtSwitchFrame;
/* Goroutine 1 is the caller; stack_top is its outermost frame's address (rt_stack_init). */
void rt_sched_init(const char *first_func, void *stack_top);
void rt_sched_set_func(const char *func); /* goroutine 1 moves on from main.init to main.main */
/* Blocks the running goroutine (reason as gc's goroutine header prints it) until another
 * goroutine, a timer or the code that parked it calls rt_ready on it. */
void rt_park(const char *reason);
void rt_ready(RtG *g);                        /* a parked goroutine may run again (FIFO) */
void rt_gosched(void);                        /* runtime.Gosched: to the back of the queue */
_Noreturn void rt_goexit_final(void);         /* the running goroutine has finished */
_Noreturn void rt_goexit(void);               /* the same after runtime.Goexit, even in main.main */
int64_t rt_gcount(void);                      /* live goroutines, for runtime.NumGoroutine */
void rt_print_goroutine_header(const RtG *g); /* "goroutine 7 [running]:" */
/* No scheduling while > 0: runtime code that runs Go code (timer callbacks) inside the
 * scheduler must not be switched away from. */
extern int rt_sched_locked;

/* rt_traceback.c: gc's traceback of the running goroutine, as GOTRACEBACK asks: a blank line,
 * its header and its frames with file:line. rt_symbolize.c: the Go frames at a pc. */
void rt_traceback(bool panicking);
void rt_traceback_parked(const RtG *g); /* the same for a goroutine that is not running */
void rt_traceback_others(void);         /* rt_sched.c: every goroutine but the running one */
typedef struct {
	const char *func; /* the Go name, as gc prints it: main.(*T).get */
	const char *file; /* absolute path, or NULL when unknown */
	int line;         /* 0 when unknown */
	bool inlined;     /* inlined into the next frame: gc prints `f(...)`, no +0x */
	bool has_params;  /* `f(...)` rather than `f()` */
	uintptr_t entry;  /* the function's first instruction, for `+0x..` */
} RtSymFrame;
int rt_symbolize(uintptr_t pc, RtSymFrame *out, int max); /* innermost first; 0: unknown */
bool rt_hidden_wrapper(const char *name);                 /* generated code tracebacks do not show */
int rt_panic_call_line(bool goexit); /* gc's panic.go line of gopanic's (Goexit's) call */
size_t rt_stack_text(uint8_t *dst, size_t cap, bool all); /* runtime.Stack */
typedef struct {
	uintptr_t pc; /* a return address, or the faulting instruction's address */
	uintptr_t fn; /* the start of the function it lies in (0: not known) */
	bool exact;   /* pc is the instruction itself (a signal frame, an injected call) */
} RtPc;
int rt_unwind_parked(const RtG *g, RtPc *pcs, int max); /* a stopped goroutine's frames */
int rt_unwind_self(RtPc *pcs, int max);                 /* the running goroutine's */
uintptr_t rt_function_start(uintptr_t pc);
bool rt_in_go_code(uintptr_t pc);    /* rt_preempt.c: pc lies in generated code */
bool rt_is_sigpanic(uintptr_t fn);   /* rt_signal.c: fn is the injected nil panic */
bool rt_is_run_frame(uintptr_t fn);  /* rt_unwind.c: fn runs a panic's deferred calls */
const char *rt_default_goroot(void); /* rt_stdlib.c: the GOROOT of gc's sources */

void rt_preempt_yield(void); /* let the other runnable goroutines (and due timers) run */

/* rt_preempt.c: asynchronous preemption of goroutines running Go code */
void rt_preempt_start(void); /* the program has more than one goroutine */

/* rt_stack.c: the shared stack */
extern uintptr_t rt_stack_top;            /* the highest address of the shared stack */
void rt_stack_init(void *top);            /* the stack below top becomes the shared one */
void rt_stack_prepare(RtG *g);            /* g's first run will call rt_gstart */
void rt_stack_switch(RtG *from, RtG *to); /* from (the running one, or dead) stops; to runs */
void rt_stack_fiber_enter(RtG *g);        /* g starts running: its ASan fake stack (if any) */
_Noreturn void rt_gstart(void);           /* rt_sched.c: a new goroutine's first frame */

/* rt_time.c: the monotonic clock and the timers */
int64_t rt_nanotime(void);
/* The earliest pending timer's time (rt_nanotime's clock), or -1 when no timer is pending. */
int64_t rt_timer_next(void);
/* Runs the timers due at now (their functions may ready goroutines or start new ones). */
void rt_timers_run(int64_t now);

/* rt_sync.c */
void rt_sync_clear_pools(void); /* runtime.GC: every sync.Pool drops its objects */

/* rt_signal.c */
void rt_signal_init(void); /* per thread: alternate signal stack, SIGSEGV/SIGBUS handlers */

#endif
