/* rt_sync.c: what package sync (compiled from Go's own sources) asks of the runtime: semaphores,
 * the notify lists under sync.Cond, and its fatal errors. Input: the bodiless functions of
 * sync/runtime.go and sync/mutex.go; output: goroutines that block and wake in gc's order.
 *
 * Semaphores (Mutex, RWMutex and WaitGroup are built on them). A semaphore is a uint32 in the
 * program's memory; acquiring takes a unit when there is one, else the goroutine joins the queue
 * of that address and parks ("semacquire", the word gc 1.19 shows for all three types).
 * Releasing adds a unit and wakes the first in the queue, who then takes the unit if it is still
 * there, or queues again: a running goroutine may overtake a woken one, as in gc. Two flags
 * change that order, and sync.Mutex's starvation mode relies on both:
 *   - lifo (SemacquireMutex): a goroutine that has waited already goes back to the front;
 *   - handoff (Semrelease): the unit goes straight to the first waiter, which no other goroutine
 *     can then take, and the releaser yields so that the waiter runs soon.
 * The queues live in a small hash table keyed by address, like gc's semtable, and hold heap
 * records only: a parked goroutine's stack is not where it was (rt_stack.c).
 *
 * Notify lists (sync.Cond): a waiter first takes a ticket (notifyListAdd, under the Cond's lock),
 * then, with the lock released, waits until its ticket is notified. NotifyOne notifies the
 * oldest ticket not yet notified, NotifyAll every ticket taken so far; a waiter whose ticket was
 * notified before it got to wait does not block at all. The waiting records hang from the
 * notifyList's own head and tail fields, where the collector sees them.
 *
 * All of this is single-threaded: every goroutine runs on one OS thread and switches only when
 * it parks or yields, so no lock guards these queues. Several threads would need one per bucket.
 */
#include <gc/gc.h>
#include <stdio.h>

#include "rt_internal.h"

/* ---- semaphores ------------------------------------------------------------------------------ */

enum { SEMTAB_SIZE = 251 }; /* a prime, as gc's: addresses of nearby words spread out */

typedef struct SemaWaiter {
	RtG *g;
	bool handed; /* the releaser gave it the unit (handoff) */
	struct SemaWaiter *next;
} SemaWaiter;

/* The goroutines waiting on one address, oldest first (unless some came back lifo). */
typedef struct SemaQueue {
	uint32_t *addr;
	SemaWaiter *head, *tail;
	struct SemaQueue *next; /* the next queue of the same bucket */
} SemaQueue;

static SemaQueue *semtab[SEMTAB_SIZE];
static SemaQueue *free_queues; /* dropped queues, reused: contention allocates nothing */

static SemaQueue **bucket(const uint32_t *addr) { return &semtab[((uintptr_t)addr >> 3) % SEMTAB_SIZE]; }

static SemaQueue *queue_of(uint32_t *addr, bool create) {
	SemaQueue **b = bucket(addr);
	for (SemaQueue *q = *b; q; q = q->next)
		if (q->addr == addr)
			return q;
	if (!create)
		return NULL;
	SemaQueue *q = free_queues;
	if (q)
		free_queues = q->next;
	else if (!(q = GC_malloc(sizeof *q)))
		rt_fatal("out of memory");
	*q = (SemaQueue){.addr = addr};
	q->next = *b;
	*b = q;
	return q;
}

/* An empty queue leaves the table, so that the table does not keep its address alive. */
static void drop_if_empty(SemaQueue *q) {
	if (q->head)
		return;
	SemaQueue **p = bucket(q->addr);
	while (*p != q)
		p = &(*p)->next;
	*p = q->next;
	*q = (SemaQueue){.next = free_queues};
	free_queues = q;
}

static void enqueue(uint32_t *addr, SemaWaiter *w, bool lifo) {
	SemaQueue *q = queue_of(addr, true);
	w->next = NULL;
	if (!q->head) {
		q->head = q->tail = w;
	} else if (lifo) {
		w->next = q->head;
		q->head = w;
	} else {
		q->tail->next = w;
		q->tail = w;
	}
}

static SemaWaiter *dequeue(uint32_t *addr) {
	SemaQueue *q = queue_of(addr, false);
	if (!q)
		return NULL;
	SemaWaiter *w = q->head;
	q->head = w->next;
	if (!q->head)
		q->tail = NULL;
	drop_if_empty(q);
	return w;
}

static bool try_take(uint32_t *addr) {
	if (*addr == 0)
		return false;
	(*addr)--;
	return true;
}

/* A goroutine waits on one semaphore at a time: its waiter record is allocated once and kept in
 * its RtG (a contended Mutex would otherwise allocate at every wait). */
static SemaWaiter *own_waiter(void) {
	SemaWaiter *w = rt_g->sema_waiter;
	if (!w) {
		w = GC_malloc(sizeof *w);
		if (!w)
			rt_fatal("out of memory");
		rt_g->sema_waiter = w;
	}
	*w = (SemaWaiter){.g = rt_g};
	return w;
}

static void semacquire(uint32_t *addr, bool lifo) {
	if (try_take(addr))
		return;
	SemaWaiter *w = own_waiter();
	for (;;) {
		enqueue(addr, w, lifo);
		rt_park("semacquire");
		if (w->handed || try_take(addr))
			return;
	}
}

static void semrelease(uint32_t *addr, bool handoff) {
	(*addr)++;
	SemaWaiter *w = dequeue(addr);
	if (!w)
		return;
	w->handed = handoff && try_take(addr);
	rt_ready(w->g);
	if (w->handed)
		rt_gosched();
}

void gosub_sync_runtime_Semacquire(void *res, uint32_t *const *s) {
	(void)res;
	semacquire(*s, false);
}

void gosub_sync_runtime_SemacquireMutex(void *res, uint32_t *const *s, const bool *lifo,
					const int64_t *skip) {
	(void)res, (void)skip;
	semacquire(*s, *lifo);
}

void gosub_sync_runtime_Semrelease(void *res, uint32_t *const *s, const bool *handoff, const int64_t *skip) {
	(void)res, (void)skip;
	semrelease(*s, *handoff);
}

/* ---- notify lists (sync.Cond) ------------------------------------------------------------------ */

typedef struct NotifyWaiter {
	RtG *g;
	uint32_t ticket;
	struct NotifyWaiter *next;
} NotifyWaiter;

/* sync's notifyList as Go lays it out (sync/runtime2.go); lock is gc's and unused here. */
typedef struct NotifyList {
	uint32_t wait;   /* the next ticket to hand out */
	uint32_t notify; /* the next ticket to notify */
	uintptr_t lock;
	NotifyWaiter *head, *tail;
} NotifyList;

/* Ticket a comes before b, counting modulo 2^32 as the tickets wrap around. */
static bool ticket_before(uint32_t a, uint32_t b) { return (int32_t)(a - b) < 0; }

void gosub_sync_runtime_notifyListAdd(uint32_t *res, NotifyList *const *l) { *res = (*l)->wait++; }

void gosub_sync_runtime_notifyListWait(void *res, NotifyList *const *lp, const uint32_t *t) {
	(void)res;
	NotifyList *l = *lp;
	if (ticket_before(*t, l->notify))
		return;
	NotifyWaiter *w = GC_malloc(sizeof *w);
	w->g = rt_g;
	w->ticket = *t;
	if (l->tail)
		l->tail->next = w;
	else
		l->head = w;
	l->tail = w;
	rt_park("sync.Cond.Wait");
}

void gosub_sync_runtime_notifyListNotifyAll(void *res, NotifyList *const *lp) {
	(void)res;
	NotifyList *l = *lp;
	NotifyWaiter *w = l->head;
	l->head = l->tail = NULL;
	l->notify = l->wait;
	for (; w; w = w->next)
		rt_ready(w->g);
}

/* The waiter holding ticket t leaves the list, if it has got to wait yet. */
static NotifyWaiter *unlink_ticket(NotifyList *l, uint32_t t) {
	NotifyWaiter *prev = NULL;
	for (NotifyWaiter *w = l->head; w; prev = w, w = w->next) {
		if (w->ticket != t)
			continue;
		if (prev)
			prev->next = w->next;
		else
			l->head = w->next;
		if (l->tail == w)
			l->tail = prev;
		return w;
	}
	return NULL;
}

void gosub_sync_runtime_notifyListNotifyOne(void *res, NotifyList *const *lp) {
	(void)res;
	NotifyList *l = *lp;
	if (l->notify == l->wait)
		return;
	NotifyWaiter *w = unlink_ticket(l, l->notify++);
	if (w)
		rt_ready(w->g);
}

void gosub_sync_runtime_notifyListCheck(void *res, const uintptr_t *size) {
	(void)res;
	if (*size != sizeof(NotifyList))
		rt_fatal("gosub: sync's notifyList and the runtime's disagree on its size");
}

/* ---- the rest of sync's hooks ------------------------------------------------------------------ */

/* gc prints the goroutine that hit a fatal error as after a panic (sync calls fatal for misuse it
 * cannot recover from, throw for a broken invariant of its own). */
static _Noreturn void sync_fatal(const GoString *msg) {
	fflush(stdout);
	rt_flush();
	rt_write_cstr("fatal error: ");
	rt_write_gostr(*msg);
	rt_write_cstr("\n");
	rt_traceback(false);
	rt_exit(2);
}

void gosub_sync_throw(void *res, const GoString *msg) {
	(void)res;
	sync_fatal(msg);
}
void gosub_sync_fatal(void *res, const GoString *msg) {
	(void)res;
	sync_fatal(msg);
}

/* Spinning waits for a goroutine running on another thread; here there is none. */
void gosub_sync_runtime_canSpin(bool *res, const int64_t *i) {
	(void)i;
	*res = false;
}
void gosub_sync_runtime_doSpin(void *res) { (void)res; }

void gosub_sync_runtime_nanotime(int64_t *res) { *res = rt_nanotime(); }

void gosub_sync_fastrandn(uint32_t *res, const uint32_t *n) { *res = rt_randn(*n); }

/* sync's poolCleanup, a func() value: gc calls it at the start of every collection, and a Pool
 * drops what it cached. Here runtime.GC calls it (rt_sync_clear_pools); Boehm GC's own
 * collections start inside any allocation, possibly inside a Pool's methods, where it may not run,
 * so between calls of runtime.GC a Pool keeps its objects, which are only a cache. */
static void *pool_cleanup;

void gosub_sync_runtime_registerPoolCleanup(void *res, void *const *cleanup) {
	(void)res;
	pool_cleanup = *cleanup;
}

void rt_sync_clear_pools(void) {
	if (pool_cleanup)
		(*(void (**)(void *))pool_cleanup)(pool_cleanup);
}

/* Pinning to the processor (there is one, P 0) means, as with gc, that the goroutine is not
 * preempted until it unpins: Pool's per-P queues have a single owner, which must not be
 * interleaved with another goroutine's use of the same queue. */
static void pin(int64_t *res) {
	rt_sched_locked++;
	*res = 0;
}

static void unpin(void) { rt_sched_locked--; }

void gosub_sync_runtime_procPin(int64_t *res) { pin(res); }
void gosub_sync_runtime_procUnpin(void *res) {
	(void)res;
	unpin();
}
void gosub_sync_atomic_runtime_procPin(int64_t *res) { pin(res); }
void gosub_sync_atomic_runtime_procUnpin(void *res) {
	(void)res;
	unpin();
}

void gosub_sync_runtime_LoadAcquintptr(uintptr_t *res, uintptr_t *const *p) {
	*res = __atomic_load_n(*p, __ATOMIC_ACQUIRE);
}

void gosub_sync_runtime_StoreReluintptr(uintptr_t *res, uintptr_t *const *p, const uintptr_t *v) {
	__atomic_store_n(*p, *v, __ATOMIC_RELEASE);
	*res = 0;
}
