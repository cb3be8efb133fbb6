/* rt_sched.c: goroutines on one OS thread. Input: go statements, goroutines that block (channels,
 * select, sync, time) and preemption requests; output: every runnable goroutine gets to run, in
 * FIFO order, until main.main returns or nothing can run any more.
 *
 * The model is gc's with one M and one P: a run queue of runnable goroutines (RtG), a goroutine
 * that blocks parks itself (rt_park) after putting itself on whatever queue will wake it, and
 * whoever unblocks it calls rt_ready. Switching stacks is rt_stack.c's business. When nothing is
 * runnable the scheduler waits for the earliest timer (rt_time.c); with no timer either, every
 * goroutine is blocked for good: gc's "all goroutines are asleep - deadlock!".
 *
 * Preemption (gc preempts a goroutine after 10 ms): rt_preempt.c makes a goroutine that has run
 * 10 ms of CPU time in Go code call rt_preempt_yield, which lets the others run.
 *
 * What running goroutines on several threads would need (docs/students.md): rt_g per thread, a
 * lock (or per-thread queues with stealing) around the run queue and the channel operations, real
 * atomics in sync/atomic (they are LLVM atomic instructions already), and one shared stack per
 * thread: a goroutine whose frames live at one thread's stack addresses can only resume on that
 * thread, so it would be pinned to the thread it started on.
 */
#define _GNU_SOURCE
#include <gc/gc.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "rt_internal.h"

RtG *rt_g;
int rt_sched_locked;

static RtG g1; /* main.init, then main.main */
static RtG *runq_head, *runq_tail;
static RtG *allg;                        /* live goroutines, newest first */
static RtG *gfree;                       /* finished goroutines, for reuse with their buffers */
static int64_t ngoroutines, next_id = 2; /* gc numbers the first user goroutine after the
                                            runtime's own; any increasing numbering will do */
static RtG *dying;                       /* finished, its stack still in use until the switch */

extern GoAllocSite *gosub_allocprof_site __attribute__((weak));

static void runq_put(RtG *g) {
	g->schedlink = NULL;
	if (runq_tail)
		runq_tail->schedlink = g;
	else
		runq_head = g;
	runq_tail = g;
}

static RtG *runq_get(void) {
	RtG *g = runq_head;
	if (g) {
		runq_head = g->schedlink;
		if (!runq_head)
			runq_tail = NULL;
	}
	return g;
}

static void all_add(RtG *g) {
	g->allprev = NULL;
	g->allnext = allg;
	if (allg)
		allg->allprev = g;
	allg = g;
	ngoroutines++;
}

static void all_remove(RtG *g) {
	if (g->allprev)
		g->allprev->allnext = g->allnext;
	else
		allg = g->allnext;
	if (g->allnext)
		g->allnext->allprev = g->allprev;
	ngoroutines--;
}

int64_t rt_gcount(void) { return ngoroutines; }

void rt_sched_init(const char *first_func, void *stack_top) {
	rt_stack_init(stack_top);
	g1.id = 1;
	g1.status = RT_G_RUNNING;
	g1.func = first_func;
	g1.creator = "";
	all_add(&g1);
	rt_g = &g1;
}

void rt_sched_set_func(const char *func) { g1.func = func; }

/* ---- the deadlock report, and GOTRACEBACK=all -------------------------------------------- */

void rt_print_goroutine_header(const RtG *g) {
	char head[64];
	snprintf(head, sizeof head, "goroutine %lld [", (long long)g->id);
	rt_write_cstr(head);
	rt_write_cstr(g->status == RT_G_RUNNING ? "running" : g->waitreason ? g->waitreason : "runnable");
	rt_write_cstr("]:\n");
}

/* gc lists goroutines in the order they were made; allg holds the newest first. */
static const RtG *oldest_g(void) {
	const RtG *last = NULL;
	for (const RtG *g = allg; g; g = g->allnext)
		last = g;
	return last;
}

void rt_traceback_others(void) {
	for (const RtG *g = oldest_g(); g; g = g->allprev)
		if (g != rt_g && g->status != RT_G_DEAD)
			rt_traceback_parked(g);
}

/* gc lists goroutine 1 first, then the others as it finds them. No goroutine at all is left when
 * main.main ended by runtime.Goexit and the others have finished: gc says so. */
static _Noreturn void deadlock(void) {
	fflush(stdout);
	rt_flush();
	if (!allg) {
		rt_write_cstr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
		rt_exit(2);
	}
	rt_write_cstr("fatal error: all goroutines are asleep - deadlock!\n");
	for (const RtG *g = oldest_g(); g; g = g->allprev)
		rt_traceback_parked(g);
	rt_exit(2);
}

/* ---- scheduling ------------------------------------------------------------------------------ */

static void sleep_until(int64_t when) {
	int64_t d = when - rt_nanotime();
	if (d <= 0)
		return;
	struct timespec ts = {.tv_sec = d / 1000000000, .tv_nsec = d % 1000000000};
	nanosleep(&ts, NULL); /* an interruption only means one more turn of the caller's loop */
}

static void run_due_timers(void) {
	int64_t when = rt_timer_next();
	if (when < 0)
		return;
	int64_t now = rt_nanotime();
	if (now >= when) {
		rt_sched_locked++;
		rt_timers_run(now);
		rt_sched_locked--;
	}
}

/* The next goroutine to run: from the run queue, or the first a timer wakes. Runs on the
 * stack of the goroutine that gives up the thread, which may be one that has just finished. */
static RtG *next_runnable(void) {
	run_due_timers();
	for (;;) {
		RtG *g = runq_get();
		if (g)
			return g;
		int64_t when = rt_timer_next();
		if (when < 0)
			deadlock();
		sleep_until(when);
		run_due_timers();
	}
}

/* A finished goroutine's record and buffer are reused once its stack is no longer the one in use. */
static void reap(void) {
	if (dying) {
		dying->schedlink = gfree;
		gfree = dying;
		dying = NULL;
	}
}

/* The running goroutine has put itself somewhere (run queue, wait queue, or nowhere when it
 * finished): run the next one. Returns when the caller runs again. */
static void schedule(void) {
	RtG *self = rt_g, *next = next_runnable();
	next->status = RT_G_RUNNING;
	if (next == self)
		return;
	if (&gosub_allocprof_site) {
		self->allocsite = gosub_allocprof_site;
		gosub_allocprof_site = next->allocsite;
	}
	rt_stack_switch(self, next);
	reap();
}

void rt_park(const char *reason) {
	if (rt_sched_locked)
		rt_fatal("gosub: a goroutine blocked inside the scheduler");
	rt_g->status = RT_G_WAITING;
	rt_g->waitreason = reason;
	schedule();
	rt_g->waitreason = NULL;
}

void rt_ready(RtG *g) {
	if (g->status != RT_G_WAITING)
		rt_fatal("gosub: readying a goroutine that is not waiting");
	g->status = RT_G_RUNNABLE;
	runq_put(g);
}

void rt_gosched(void) {
	if (rt_sched_locked)
		return;
	rt_g->status = RT_G_RUNNABLE;
	runq_put(rt_g);
	schedule();
}

void rt_preempt_yield(void) {
	if (runq_head)
		rt_gosched();
	else
		run_due_timers();
}

/* ---- starting and ending goroutines ---------------------------------------------------------- */

static RtG *new_g(void) {
	RtG *g = gfree;
	if (g) {
		gfree = g->schedlink;
		void *saved = g->saved;
		size_t cap = g->saved_cap;
		memset(g, 0, sizeof *g);
		g->saved = saved;
		g->saved_cap = cap;
		return g;
	}
	g = GC_malloc(sizeof *g);
	if (!g)
		rt_fatal("out of memory");
	return g;
}

void gosub_go(void (*code)(void *rec), void *rec, const char *func, const char *creator) {
	rt_preempt_start();
	RtG *g = new_g();
	g->id = next_id++;
	g->code = code;
	g->rec = rec;
	g->func = func;
	g->creator = creator;
	g->creator_pc = (uintptr_t)__builtin_return_address(0);
	rt_stack_prepare(g);
	all_add(g);
	g->status = RT_G_RUNNABLE;
	runq_put(g);
}

_Noreturn void rt_gstart(void) {
	RtG *g = rt_g;
	rt_stack_fiber_enter(g); /* (rt_stack.c) */
	reap();
	g->code(g->rec);
	rt_goexit_final();
}

_Noreturn void rt_goexit_final(void) {
	if (rt_g == &g1)
		rt_exit(0);
	rt_goexit();
}

/* After runtime.Goexit goroutine 1 ends like any other (never to be reused: it is static), and
 * the program goes on until the other goroutines end or block: deadlock() then reports it. */
_Noreturn void rt_goexit(void) {
	RtG *g = rt_g;
	g->status = RT_G_DEAD;
	g->code = NULL;
	g->rec = NULL;
	all_remove(g);
	dying = g == &g1 ? NULL : g;
	schedule();
	rt_fatal("gosub: a finished goroutine ran again");
}
