/* rt_time.c: the clocks, and the timers the scheduler waits for (rt_sched.c). Input: package
 * time's bodiless functions (Sleep, startTimer, stopTimer, resetTimer, modTimer, now,
 * runtimeNano); output: each timer's function runs once it is due, and a sleeping goroutine
 * wakes when its time has come.
 *
 * A timer is package time's runtimeTimer (time/sleep.go), read here as Go lays it out: when it
 * is due (in rt_nanotime's clock), its period (0 for a one-shot timer) and the function to call,
 * f(arg, seq): sendTime for a Timer's or Ticker's channel, goFunc for AfterFunc. The pending
 * timers form a binary min-heap ordered by when; a timer in it keeps its index in the
 * runtimeTimer's first word (gc's pp, whose P does not exist here), so stopping or resetting one
 * is O(log n). The heap array is collector-scanned memory: a pending timer stays alive even when
 * the program has dropped its Timer, as with gc.
 *
 * The scheduler asks for the earliest time (rt_timer_next) when nothing is runnable, sleeps until
 * then, and runs the due timers (rt_timers_run) with switching locked, so their functions must
 * not block: sendTime only tries to send, goFunc starts a goroutine. time.Sleep is a timer too,
 * whose function readies the sleeping goroutine, parked with gc's reason "sleep".
 */
#include <gc/gc.h>
#include <time.h>

#include "rt_internal.h"

/* time.runtimeTimer. */
typedef struct Timer {
	uintptr_t index; /* gc's pp: here the timer's heap index + 1, 0 when not pending */
	int64_t when;
	int64_t period;
	void **f; /* a func(any, uintptr) value: its closure record, code first */
	GoEface arg;
	uintptr_t seq;
	int64_t nextwhen; /* gc's; unused */
	uint32_t status;  /* gc's; unused */
} Timer;

typedef void (*TimerFunc)(void *closure, const GoType *argtype, void *argdata, uintptr_t seq);

/* ---- the clocks -------------------------------------------------------------------------------- */

int64_t rt_nanotime(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* time.now: the wall clock, and the monotonic clock that Time values carry for Sub and Since. */
typedef struct WallMono {
	int64_t sec;
	int32_t nsec;
	int64_t mono;
} WallMono;

void gosub_time_now(WallMono *res) {
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	*res = (WallMono){ts.tv_sec, (int32_t)ts.tv_nsec, rt_nanotime()};
}

void gosub_time_runtimeNano(int64_t *res) { *res = rt_nanotime(); }

/* ---- the heap ---------------------------------------------------------------------------------- */

static Timer **heap;
static int64_t nheap, capheap;

static void heap_set(int64_t i, Timer *t) {
	heap[i] = t;
	t->index = (uintptr_t)i + 1;
}

static void sift_up(int64_t i) {
	Timer *t = heap[i];
	while (i > 0) {
		int64_t parent = (i - 1) / 2;
		if (heap[parent]->when <= t->when)
			break;
		heap_set(i, heap[parent]);
		i = parent;
	}
	heap_set(i, t);
}

static void sift_down(int64_t i) {
	Timer *t = heap[i];
	for (;;) {
		int64_t child = 2 * i + 1;
		if (child >= nheap)
			break;
		if (child + 1 < nheap && heap[child + 1]->when < heap[child]->when)
			child++;
		if (t->when <= heap[child]->when)
			break;
		heap_set(i, heap[child]);
		i = child;
	}
	heap_set(i, t);
}

static void heap_add(Timer *t) {
	if (nheap == capheap) {
		capheap = capheap ? 2 * capheap : 64;
		Timer **grown = GC_malloc((size_t)capheap * sizeof *grown);
		if (!grown)
			rt_fatal("out of memory");
		for (int64_t i = 0; i < nheap; i++)
			grown[i] = heap[i];
		heap = grown;
	}
	heap_set(nheap++, t);
	sift_up(nheap - 1);
}

static void heap_remove(Timer *t) {
	int64_t i = (int64_t)t->index - 1;
	Timer *last = heap[--nheap];
	heap[nheap] = NULL;
	t->index = 0;
	if (last == t)
		return;
	heap_set(i, last);
	sift_up(i);
	sift_down((int64_t)last->index - 1);
}

/* t's when has changed while it is in the heap. */
static void heap_fix(Timer *t) {
	int64_t i = (int64_t)t->index - 1;
	sift_up(i);
	sift_down((int64_t)t->index - 1);
}

/* ---- the scheduler's side ---------------------------------------------------------------------- */

int64_t rt_timer_next(void) { return nheap ? heap[0]->when : -1; }

/* A periodic timer's next time: the first tick after now, skipping those missed. */
static void next_period(Timer *t, int64_t now) {
	int64_t when = t->when + t->period * (1 + (now - t->when) / t->period);
	t->when = when < 0 ? INT64_MAX : when; /* overflow: never again */
	heap_fix(t);
}

void rt_timers_run(int64_t now) {
	while (nheap && heap[0]->when <= now) {
		Timer *t = heap[0];
		if (t->period > 0)
			next_period(t, now);
		else
			heap_remove(t);
		TimerFunc code = (TimerFunc)t->f[0];
		code(t->f, t->arg.type, t->arg.data, t->seq);
	}
}

/* ---- package time's timers --------------------------------------------------------------------- */

/* gc's rule: a time in the past is due now, a negative one (an overflow) never. */
static void start(Timer *t) {
	if (t->when < 0)
		t->when = INT64_MAX;
	if (t->index)
		heap_fix(t);
	else
		heap_add(t);
}

void gosub_time_startTimer(void *res, Timer *const *t) {
	(void)res;
	start(*t);
}

/* Whether t was pending: a stopped timer's function will not run. */
void gosub_time_stopTimer(bool *res, Timer *const *t) {
	*res = (*t)->index != 0;
	if (*res)
		heap_remove(*t);
}

void gosub_time_modTimer(bool *res, Timer *const *tp, const int64_t *when, const int64_t *period,
			 void **const *f, const GoEface *arg, const uintptr_t *seq) {
	Timer *t = *tp;
	if (res)
		*res = t->index != 0;
	t->when = *when;
	t->period = *period;
	t->f = *f;
	t->arg = *arg;
	t->seq = *seq;
	start(t);
}

/* Whether t was pending; it is now, for the new time. */
void gosub_time_resetTimer(bool *res, Timer *const *tp, const int64_t *when) {
	Timer *t = *tp;
	gosub_time_modTimer(res, tp, when, &t->period, &t->f, &t->arg, &t->seq);
}

/* ---- time.Sleep -------------------------------------------------------------------------------- */

static void wake_sleeper(void *closure, const GoType *argtype, void *g, uintptr_t seq) {
	(void)closure, (void)argtype, (void)seq;
	rt_ready(g);
}

static void *wake_sleeper_func[1] = {(void *)wake_sleeper};

void gosub_time_Sleep(void *res, const int64_t *d) {
	(void)res;
	if (*d <= 0)
		return;
	Timer *t = GC_malloc(sizeof *t);
	if (!t)
		rt_fatal("out of memory");
	int64_t when = rt_nanotime() + *d;
	t->when = when < 0 ? INT64_MAX : when;
	t->f = wake_sleeper_func;
	t->arg.data = rt_g;
	start(t);
	rt_park("sleep");
}
