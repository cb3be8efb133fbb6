/* rt_chan.c: channels and select (Go spec: Channel types, Send statements, Receive operator,
 * Close, Select statements). Input: the gosub_chan* and gosub_select calls of generated code;
 * output: values handed from goroutine to goroutine in FIFO order, goroutines parked while
 * they cannot proceed (rt_sched.c), and gc's panics for the misuses.
 *
 * A channel is a ring buffer of `cap` elements plus two FIFO queues of blocked goroutines, the
 * receivers and the senders. Between operations one of these holds:
 *   - the buffer has elements: no receiver waits;   - the buffer has room: no sender waits;
 * so an unbuffered channel (cap 0) has at most one non-empty queue. A send hands its value to the
 * first waiting receiver directly, else appends to the buffer, else waits; a receive takes from
 * the first waiting sender (through the buffer when there is one, to keep FIFO order), else
 * from the buffer, else waits. close wakes every waiter: receivers get the zero value and
 * ok=false, senders panic.
 *
 * Blocked goroutines are waiter records (gc calls them sudogs) in the queues. All goroutines
 * share one stack (rt_stack.c), so a parked goroutine's frames are not at their addresses while
 * another runs: a waiter never points into a stack. A blocked sender's value is copied into its
 * waiter, and a blocked receiver's value is copied into its waiter by whoever wakes it; the
 * receiver copies it out to its destination after it runs again. Waiters (with their value
 * buffers) come from a free list, so an operation allocates nothing once the program has run a
 * while.
 *
 * Select polls its cases in a random order (the spec's "uniform pseudo-random selection") and
 * takes the first that can proceed; otherwise it takes the default, or puts one waiter on every
 * case's channel and parks. Whoever completes one of those waiters removes the others from
 * their queues at once, so a select is woken once; the woken select finds the case in
 * rt_g->param. Everything runs on one thread (rt_sched.c), so nothing here needs a lock.
 */
#include <string.h>

#include "rt_internal.h"

/* gc's hchan header size and its largest allocation (amd64): make(chan T, n) panics when the
 * buffer would not fit, and a pointer-free buffer shares the header's allocation as in gc. */
enum { HCHAN_SIZE = 96, INLINE_BUF_MAX = 1024, WAITER_POOL_MAX = 1024 };
#define MAX_ALLOC ((uint64_t)1 << 48)

typedef struct RtWaiter RtWaiter;
typedef struct RtWaitq {
	RtWaiter *first, *last;
} RtWaitq;

struct RtWaiter {
	RtG *g;
	RtWaitq *q;            /* the queue it is in (of channel c) */
	RtWaiter *next, *prev; /* in that queue */
	RtWaiter *sel_next;    /* a select's waiters: the next one of the same select */
	int64_t caseidx;       /* a select's waiter: its case */
	bool is_select;
	bool done;  /* a value was handed over; false when close woke it */
	void *elem; /* elemsize bytes: the value sent, or the value received */
	size_t elemcap;
	uint64_t small[4]; /* elem for elements of up to 32 bytes */
};

struct GoChan {
	int64_t count, cap; /* elements in the buffer; its size */
	uint8_t *buf;
	int64_t elemsize;
	int64_t sendx, recvx; /* where the next send writes and the next receive reads */
	RtWaitq recvq, sendq;
	bool closed;
};
_Static_assert(sizeof(GoChan) <= HCHAN_SIZE, "a channel's header fits where gc's does");

/* ---- waiters and queues ---------------------------------------------------------------------- */

static RtWaiter *waiter_pool; /* free waiters, linked through next */
static int waiter_pool_len;

/* A clean waiter for the running goroutine, with room for one element of c. */
static RtWaiter *waiter_get(GoChan *c) {
	RtWaiter *w = waiter_pool;
	if (w) {
		waiter_pool = w->next;
		waiter_pool_len--;
	} else {
		w = rt_alloc_internal(sizeof *w, false);
		w->elem = w->small;
		w->elemcap = sizeof w->small;
	}
	if ((size_t)c->elemsize > w->elemcap) {
		w->elem = rt_alloc_internal((size_t)c->elemsize, false);
		w->elemcap = (size_t)c->elemsize;
	}
	w->g = rt_g;
	return w;
}

/* Back to the pool, its value cleared so that the pool keeps nothing alive. */
static void waiter_put(RtWaiter *w, GoChan *c) {
	memset(w->elem, 0, (size_t)c->elemsize);
	w->g = NULL;
	w->q = NULL;
	w->prev = w->sel_next = NULL;
	w->caseidx = 0;
	w->is_select = w->done = false;
	if (waiter_pool_len >= WAITER_POOL_MAX)
		return; /* the collector takes it */
	w->next = waiter_pool;
	waiter_pool = w;
	waiter_pool_len++;
}

static void enqueue(RtWaitq *q, RtWaiter *w) {
	w->q = q;
	w->next = NULL;
	w->prev = q->last;
	if (q->last)
		q->last->next = w;
	else
		q->first = w;
	q->last = w;
}

static void unlink_waiter(RtWaiter *w) {
	RtWaitq *q = w->q;
	if (w->prev)
		w->prev->next = w->next;
	else
		q->first = w->next;
	if (w->next)
		w->next->prev = w->prev;
	else
		q->last = w->prev;
	w->next = w->prev = NULL;
	w->q = NULL;
}

/* The first waiter of q, removed; a select's other waiters leave their queues with it, so
 * the select cannot be completed twice. */
static RtWaiter *dequeue(RtWaitq *q) {
	RtWaiter *w = q->first;
	if (!w)
		return NULL;
	unlink_waiter(w);
	if (w->is_select)
		for (RtWaiter *o = w->g->waiting; o; o = o->sel_next)
			if (o != w)
				unlink_waiter(o);
	return w;
}

/* The operation of w is over (done says how): its goroutine may run. */
static void wake(RtWaiter *w, bool done) {
	w->done = done;
	w->g->param = (uintptr_t)w;
	rt_ready(w->g);
}

/* ---- elements -------------------------------------------------------------------------------- */

static void copy_elem(const GoChan *c, void *dst, const void *src) {
	if (dst && c->elemsize)
		memcpy(dst, src, (size_t)c->elemsize);
}

static void clear_elem(const GoChan *c, void *p) {
	if (p && c->elemsize)
		memset(p, 0, (size_t)c->elemsize);
}

static uint8_t *slot(const GoChan *c, int64_t i) { return c->buf + i * c->elemsize; }

static void buf_push(GoChan *c, const void *elem) {
	copy_elem(c, slot(c, c->sendx), elem);
	if (++c->sendx == c->cap)
		c->sendx = 0;
	c->count++;
}

/* The oldest element into dst (NULL: dropped); its slot is cleared for the collector. */
static void buf_pop(GoChan *c, void *dst) {
	copy_elem(c, dst, slot(c, c->recvx));
	clear_elem(c, slot(c, c->recvx));
	if (++c->recvx == c->cap)
		c->recvx = 0;
	c->count--;
}

/* A receive from channel c, whose first blocked sender is s. Unbuffered: straight from s. A
 * sender only waits on a full buffer: the receiver takes the oldest element, and s's value
 * goes to the end of the queue (the slot just freed). */
static void recv_from_sender(GoChan *c, RtWaiter *s, void *dst) {
	if (c->cap == 0) {
		copy_elem(c, dst, s->elem);
	} else {
		buf_pop(c, dst);
		buf_push(c, s->elem);
	}
	wake(s, true);
}

static void send_to_receiver(GoChan *c, RtWaiter *r, const void *src) {
	copy_elem(c, r->elem, src);
	wake(r, true);
}

/* ---- make, len, cap, close --------------------------------------------------------------------- */

static _Noreturn void panic_closed_send(void) { rt_panic_plain_error(RT_STR("send on closed channel")); }

/* make(chan T, size): t is the channel type. As in gc, a pointer-free buffer shares the
 * header's allocation (a big one is allocated apart here, so the collector does not scan it). */
GoChan *gosub_makechan(const GoType *t, int64_t size) {
	const GoType *elem = t->elem;
	uint64_t mem;
	if (size < 0 || __builtin_mul_overflow((uint64_t)elem->size, (uint64_t)size, &mem) ||
	    mem > MAX_ALLOC - HCHAN_SIZE)
		rt_panic_plain_error(RT_STR("makechan: size out of range"));
	GoChan *c;
	if (mem == 0 || (elem->ptrfree && mem <= INLINE_BUF_MAX)) {
		c = gosub_alloc(HCHAN_SIZE + (int64_t)mem, false);
		c->buf = (uint8_t *)c + HCHAN_SIZE;
	} else {
		c = gosub_alloc(HCHAN_SIZE, false);
		c->buf = gosub_alloc((int64_t)mem, elem->ptrfree);
	}
	c->cap = size;
	c->elemsize = elem->size;
	return c;
}

int64_t gosub_chanlen(GoChan *c) { return c ? c->count : 0; }
int64_t gosub_chancap(GoChan *c) { return c ? c->cap : 0; }

void gosub_closechan(GoChan *c) {
	if (!c)
		rt_panic_plain_error(RT_STR("close of nil channel"));
	if (c->closed)
		rt_panic_plain_error(RT_STR("close of closed channel"));
	c->closed = true;
	RtWaiter *w;
	while ((w = dequeue(&c->recvq)))
		wake(w, false); /* its value stays the zero value */
	while ((w = dequeue(&c->sendq)))
		wake(w, false); /* it panics when it runs */
}

/* ---- send and receive ---------------------------------------------------------------------- */

static _Noreturn void block_forever(const char *reason) {
	for (;;)
		rt_park(reason);
}

/* Parks the running goroutine on q of c with waiter w until a partner or close completes it.
 * Returns whether a value was handed over. */
static bool wait_on(RtWaitq *q, RtWaiter *w, const char *reason) {
	enqueue(q, w);
	rt_park(reason);
	return w->done;
}

/* c <- *elem */
void gosub_chansend(GoChan *c, const void *elem) {
	if (!c)
		block_forever("chan send (nil chan)");
	if (c->closed)
		panic_closed_send();
	RtWaiter *r = dequeue(&c->recvq);
	if (r) {
		send_to_receiver(c, r, elem);
		return;
	}
	if (c->count < c->cap) {
		buf_push(c, elem);
		return;
	}
	RtWaiter *w = waiter_get(c);
	copy_elem(c, w->elem, elem);
	bool done = wait_on(&c->sendq, w, "chan send");
	waiter_put(w, c);
	if (!done)
		panic_closed_send();
}

/* *elem = <-c (elem NULL: the value is dropped); returns ok, false once c is closed and
 * drained (the value is then the zero value). */
bool gosub_chanrecv(GoChan *c, void *elem) {
	if (!c)
		block_forever("chan receive (nil chan)");
	if (c->closed && c->count == 0) {
		clear_elem(c, elem);
		return false;
	}
	RtWaiter *s = dequeue(&c->sendq);
	if (s) {
		recv_from_sender(c, s, elem);
		return true;
	}
	if (c->count > 0) {
		buf_pop(c, elem);
		return true;
	}
	RtWaiter *w = waiter_get(c);
	bool done = wait_on(&c->recvq, w, "chan receive");
	copy_elem(c, elem, w->elem);
	waiter_put(w, c);
	return done;
}

/* ---- select -------------------------------------------------------------------------------- */

/* Case k can proceed now: do it and return true. */
static bool try_case(GoSelectCase *k, bool is_send, bool *recvok) {
	GoChan *c = k->c;
	if (is_send) {
		if (c->closed)
			panic_closed_send();
		RtWaiter *r = dequeue(&c->recvq);
		if (r)
			send_to_receiver(c, r, k->elem);
		else if (c->count < c->cap)
			buf_push(c, k->elem);
		else
			return false;
		return true;
	}
	RtWaiter *s = dequeue(&c->sendq);
	if (s) {
		recv_from_sender(c, s, k->elem);
	} else if (c->count > 0) {
		buf_pop(c, k->elem); /* a closed channel still yields what it holds */
	} else if (c->closed) {
		clear_elem(c, k->elem);
		*recvok = false;
		return true;
	} else {
		return false;
	}
	*recvok = true;
	return true;
}

/* Puts one waiter per case on its channel, parks, and returns the case that completed; the
 * other waiters are out of their queues already (dequeue). */
static int64_t select_wait(GoSelectCase *cases, const int32_t *order, int m, int64_t nsends, bool *recvok) {
	RtWaiter *head = NULL;
	for (int k = 0; k < m; k++) {
		int32_t i = order[k];
		GoChan *c = cases[i].c;
		RtWaiter *w = waiter_get(c);
		w->is_select = true;
		w->caseidx = i;
		if (i < nsends)
			copy_elem(c, w->elem, cases[i].elem);
		w->sel_next = head;
		head = w;
		enqueue(i < nsends ? &c->sendq : &c->recvq, w);
	}
	rt_g->waiting = head;
	rt_park("select");
	rt_g->waiting = NULL;
	RtWaiter *fired = (RtWaiter *)rt_g->param;
	int64_t i = fired->caseidx;
	bool done = fired->done;
	if (i >= nsends) {
		copy_elem(cases[i].c, cases[i].elem, fired->elem);
		*recvok = done;
	}
	for (RtWaiter *w = head, *next; w; w = next) {
		next = w->sel_next;
		waiter_put(w, cases[w->caseidx].c);
	}
	if (i < nsends && !done)
		panic_closed_send();
	return i;
}

int64_t gosub_select(GoSelectCase *cases, int64_t nsends, int64_t nrecvs, bool block, bool *recvok) {
	int64_t n = nsends + nrecvs;
	int32_t order[n > 0 ? n : 1];
	int m = 0;
	for (int32_t i = 0; i < n; i++) { /* a random permutation of the non-nil cases */
		if (!cases[i].c)
			continue;
		uint32_t j = rt_randn((uint32_t)m + 1);
		order[m] = order[j];
		order[j] = i;
		m++;
	}
	*recvok = false;
	for (int k = 0; k < m; k++)
		if (try_case(&cases[order[k]], order[k] < nsends, recvok))
			return order[k];
	if (!block)
		return -1;
	if (m == 0)
		block_forever(n == 0 ? "select (no cases)" : "select");
	return select_wait(cases, order, m, nsends, recvok);
}
