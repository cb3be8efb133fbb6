/* rt_chan_test.c: channels and select at the runtime's ABI (rt_chan.c), with goroutines started
 * as generated code starts them (gosub_go): per-sender FIFO order through unbuffered and
 * buffered channels while goroutines block on both sides, elements bigger than a waiter's
 * inline buffer, select's uniform choice and its wake-up on one channel (its other waiters
 * leave their queues), close waking blocked receivers with zero values, nil channels, len and
 * cap, and no allocation per operation once the waiter pool is warm. */
#include <gc/gc.h>

#include "rt_test.h"

static const GoType t_int = {.size = 8,
			     .align = 8,
			     .kind = GOK_INT,
			     .ptrfree = 1,
			     .named = 1,
			     .name = {(const uint8_t *)"int", 3},
			     .equal = gosub_memequal,
			     .hash = gosub_memhash};
static const GoType c_int = {.size = 8,
			     .align = 8,
			     .kind = GOK_CHAN,
			     .direct = 1,
			     .name = {(const uint8_t *)"chan int", 8},
			     .elem = &t_int};
typedef struct Big {
	int64_t v[10];
} Big;
static const GoType t_big = {.size = sizeof(Big),
			     .align = 8,
			     .kind = GOK_ARRAY,
			     .ptrfree = 1,
			     .name = {(const uint8_t *)"[10]int", 7},
			     .elem = &t_int,
			     .len = 10};
static const GoType c_big = {.size = 8,
			     .align = 8,
			     .kind = GOK_CHAN,
			     .direct = 1,
			     .name = {(const uint8_t *)"chan [10]int", 12},
			     .elem = &t_big};

/* A goroutine's record lives on the heap, as a go statement's does. */
typedef struct Job {
	GoChan *c, *done;
	int64_t id, n;
	bool ok;
	int64_t got;
} Job;

static Job *job(GoChan *c, GoChan *done, int64_t id, int64_t n) {
	Job *j = gosub_alloc(sizeof(Job), false);
	*j = (Job){.c = c, .done = done, .id = id, .n = n};
	return j;
}

static void go(void (*code)(void *), Job *j) { gosub_go(code, j, "main.worker", "main.main"); }

enum { SENDERS = 5, PER_SENDER = 2000, BASE = 1000000 };

static void send_seq(void *rec) {
	Job *j = rec;
	for (int64_t k = 0; k < j->n; k++) {
		int64_t v = j->id * BASE + k;
		gosub_chansend(j->c, &v);
	}
}

/* Values of each sender arrive in the order it sent them, whatever the interleaving. */
static void fifo_per_sender(int64_t cap) {
	GoChan *c = gosub_makechan(&c_int, cap);
	for (int64_t p = 0; p < SENDERS; p++)
		go(send_seq, job(c, NULL, p, PER_SENDER));
	int64_t next[SENDERS] = {0};
	bool ok = true;
	for (int i = 0; i < SENDERS * PER_SENDER; i++) {
		int64_t v = -1;
		ok &= gosub_chanrecv(c, &v);
		int64_t id = v / BASE, k = v % BASE;
		ok &= id >= 0 && id < SENDERS && k == next[id]++;
	}
	CHECK(ok);
	CHECK(gosub_chanlen(c) == 0 && gosub_chancap(c) == cap);
}

static void send_big(void *rec) {
	Job *j = rec;
	for (int64_t k = 0; k < j->n; k++) {
		Big b;
		for (int i = 0; i < 10; i++)
			b.v[i] = k * 10 + i;
		gosub_chansend(j->c, &b);
	}
}

static void big_elements(void) {
	for (int64_t cap = 0; cap <= 3; cap += 3) {
		GoChan *c = gosub_makechan(&c_big, cap);
		go(send_big, job(c, NULL, 0, 100));
		bool ok = true;
		for (int64_t k = 0; k < 100; k++) {
			Big b = {{0}};
			ok &= gosub_chanrecv(c, &b);
			for (int i = 0; i < 10; i++)
				ok &= b.v[i] == k * 10 + i;
		}
		CHECK(ok);
	}
}

/* Two always-ready receive cases are each taken about half the time. */
static void select_uniform(void) {
	GoChan *a = gosub_makechan(&c_int, 1), *b = gosub_makechan(&c_int, 1);
	int64_t na = 0, v = 1, got;
	bool ok;
	for (int i = 0; i < 2000; i++) {
		gosub_chansend(a, &v);
		gosub_chansend(b, &v);
		GoSelectCase cs[2] = {{a, &got}, {b, &got}};
		int64_t k = gosub_select(cs, 0, 2, true, &ok);
		na += k == 0;
		gosub_chanrecv(k == 0 ? b : a, NULL);
	}
	CHECK(na > 800 && na < 1200);
	GoSelectCase none[1] = {{a, &got}};
	CHECK(gosub_select(none, 0, 1, false, &ok) == -1); /* nothing ready, no blocking */
}

static void send_one(void *rec) {
	Job *j = rec;
	int64_t v = j->id;
	gosub_chansend(j->c, &v);
}

/* A select blocked on three channels wakes on the one used; it then waits on none of them. */
static void select_wakes_once(void) {
	GoChan *c[3];
	for (int i = 0; i < 3; i++)
		c[i] = gosub_makechan(&c_int, 0);
	go(send_one, job(c[2], NULL, 42, 1));
	int64_t v[3] = {0, 0, 0}, out = 7;
	bool ok = false;
	GoChan *nilc = NULL;
	GoSelectCase cs[5] = {{nilc, &out}, {c[0], &v[0]}, {c[1], &v[1]}, {c[2], &v[2]}, {nilc, NULL}};
	int64_t k = gosub_select(cs, 1, 4, true, &ok);
	CHECK(k == 3 && v[2] == 42 && ok);
	/* c[0] and c[1] have no receiver waiting any more: a send on them cannot proceed */
	GoSelectCase sends[2] = {{c[0], &out}, {c[1], &out}};
	CHECK(gosub_select(sends, 2, 0, false, &ok) == -1);
}

static void recv_until_closed(void *rec) {
	Job *j = rec;
	int64_t v = 99;
	j->ok = gosub_chanrecv(j->c, &v);
	j->got = v;
	int64_t one = 1;
	gosub_chansend(j->done, &one);
}

/* close wakes every blocked receiver: zero value, ok false. */
static void close_wakes_receivers(void) {
	GoChan *c = gosub_makechan(&c_int, 0), *done = gosub_makechan(&c_int, 3);
	Job *js[3];
	for (int i = 0; i < 3; i++)
		go(recv_until_closed, js[i] = job(c, done, i, 0));
	/* block once, so that the receivers (queued first) run and park on c */
	GoChan *tick = gosub_makechan(&c_int, 0);
	go(send_one, job(tick, NULL, 0, 1));
	gosub_chanrecv(tick, NULL);
	gosub_closechan(c);
	for (int i = 0; i < 3; i++)
		gosub_chanrecv(done, NULL);
	bool all = true;
	for (int i = 0; i < 3; i++)
		all &= !js[i]->ok && js[i]->got == 0;
	CHECK(all);
	int64_t v = 5;
	CHECK(!gosub_chanrecv(c, &v) && v == 0);
	CHECK(gosub_chanlen(NULL) == 0 && gosub_chancap(NULL) == 0);
}

static void echo(void *rec) {
	Job *j = rec;
	int64_t v;
	while (gosub_chanrecv(j->c, &v))
		gosub_chansend(j->done, &v);
}

/* Ping-pong with a goroutine: blocking on both sides, yet no memory once the pool is warm. */
static void no_allocation_per_operation(void) {
	GoChan *in = gosub_makechan(&c_int, 0), *out = gosub_makechan(&c_int, 0);
	go(echo, job(in, out, 0, 0));
	int64_t v = 0, sum = 0;
	for (int i = 0; i < 100; i++) {
		gosub_chansend(in, &v);
		gosub_chanrecv(out, &v);
	}
	size_t before = GC_get_total_bytes();
	for (int64_t i = 0; i < 10000; i++) {
		gosub_chansend(in, &i);
		gosub_chanrecv(out, &v);
		sum += v;
	}
	size_t after = GC_get_total_bytes();
	CHECK(sum == 10000 * 9999 / 2);
	CHECK(after - before < 1024);
	gosub_closechan(in);
}

static void body(void) {
	fifo_per_sender(0);
	fifo_per_sender(1);
	fifo_per_sender(64);
	big_elements();
	select_uniform();
	select_wakes_once();
	close_wakes_receivers();
	no_allocation_per_operation();
}

RT_TEST_MAIN(body)
