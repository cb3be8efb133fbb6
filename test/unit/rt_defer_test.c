/* rt_defer_test.c: defer, panic and recover through the runtime's frame protocol (gosubrt.h),
 * with C functions shaped like the code cg_defer.c generates: a list head and a GoDeferFrame in
 * the frame, _setjmp at entry, the list run on return. Checks deferred calls run innermost first
 * during a panic, recover resumes the right function with its results, nested and repeated
 * panics print as gc 1.19 prints them (`go run` of the equivalent programs), run-time errors and
 * SIGSEGV nil dereferences are recoverable. */
#include <setjmp.h>

#include "rt_test.h"

#define NAME(s) {(const uint8_t *)(s), sizeof(s) - 1}
static const GoType t_string = {.size = 16,
				.align = 8,
				.kind = GOK_STRING,
				.named = 1,
				.name = NAME("string"),
				.equal = gosub_strequal,
				.hash = gosub_strhash};
static GoString v_boom = NAME("boom"), v_first = NAME("first"), v_second = NAME("second"),
		v_third = NAME("third");

static char trace[256]; /* what ran, in order */
static void note(const char *s) { strcat(trace, s); }

/* ---- a deferred call: a record {code, next} plus what the call needs ---- */
typedef struct Rec {
	GoDefer d;
	const char *label;        /* noted when it runs */
	int action;               /* what the deferred function does */
	volatile int64_t *result; /* the enclosing function's result slot */
	GoEface got;              /* what recover returned */
} Rec;
enum {
	NOTE_ONLY,
	RECOVER,
	RECOVER_SET_42,
	PANIC_SECOND,
	PANIC_THIRD,
	RECOVER_PANIC_SECOND,
	REPANIC_RECOVERED,
	NESTED_RECOVER
};

static int64_t inner_recovers(void);

static void rec_code(GoDefer *self) {
	Rec *r = (Rec *)self;
	note(r->label);
	switch (r->action) {
	case RECOVER: r->got = gosub_recover(); break;
	case RECOVER_SET_42:
		r->got = gosub_recover();
		if (r->got.type)
			*r->result = 42;
		break;
	case PANIC_SECOND: gosub_gopanic(&t_string, &v_second);
	case PANIC_THIRD: gosub_gopanic(&t_string, &v_third);
	case RECOVER_PANIC_SECOND: gosub_recover(); gosub_gopanic(&t_string, &v_second);
	case REPANIC_RECOVERED: r->got = gosub_recover(); gosub_gopanic(r->got.type, r->got.data);
	case NESTED_RECOVER: *r->result = inner_recovers(); break;
	}
}

/* Runs the list as the generated return path does. */
static void run_defers(GoDefer *volatile *head) {
	while (*head) {
		GoDefer *d = *head;
		*head = d->next;
		d->code(d);
	}
}

static void push(GoDefer *volatile *head, Rec *r) {
	r->d.code = rec_code;
	r->d.next = *head;
	*head = &r->d;
}

/* A function with defers: `defer` each of recs (in order), then call body (which may panic).
 * Returns its result slot, as set by the body or the deferred calls. */
static int64_t with_defers(Rec *recs, int n, void (*body)(volatile int64_t *)) {
	volatile int64_t result = -1;
	GoDefer *volatile head = NULL;
	GoDeferFrame frame;
	gosub_defer_enter(&frame, (GoDefer **)&head);
	if (_setjmp((void *)frame.jmpbuf) != 0)
		goto out; /* recovered */
	for (int i = 0; i < n; i++) {
		recs[i].result = &result;
		push(&head, &recs[i]);
	}
	body(&result);
out:
	run_defers(&head);
	gosub_defer_leave(&frame);
	return result;
}

static void body_panics(volatile int64_t *res) {
	*res = 1;
	note("body;");
	gosub_gopanic(&t_string, &v_boom);
}
static void body_returns(volatile int64_t *res) {
	*res = 7;
	note("body;");
}
static void body_index(volatile int64_t *res) {
	(void)res;
	gosub_panic_index(5, 3);
}
static void body_segv(volatile int64_t *res) {
	(void)res;
	volatile int *p = NULL;
	*res = *p;
}

/* f -> g -> panics, g has no defers: f's recovering deferred call runs */
static void no_frame(volatile int64_t *res) { body_panics(res); }

static const char *str_of(GoEface e) {
	static char buf[128];
	GoString s = *(GoString *)e.data;
	snprintf(buf, sizeof buf, "%.*s", (int)s.len, (const char *)s.ptr);
	return buf;
}

static void recover_resumes(void) {
	trace[0] = 0;
	Rec recs[] = {{.label = "a;", .action = NOTE_ONLY},
		      {.label = "b;", .action = RECOVER_SET_42},
		      {.label = "c;", .action = NOTE_ONLY}};
	int64_t r = with_defers(recs, 3, body_panics);
	CHECK(r == 42);
	CHECK_STR(trace, "body;c;b;a;");
	CHECK(recs[1].got.type == &t_string);
	CHECK_STR(str_of(recs[1].got), "boom");
	GoEface none = gosub_recover();
	CHECK(none.type == NULL && none.data == NULL); /* nothing in flight any more */
}

static void normal_return(void) {
	trace[0] = 0;
	Rec recs[] = {{.label = "a;", .action = NOTE_ONLY}, {.label = "b;", .action = RECOVER}};
	int64_t r = with_defers(recs, 2, body_returns);
	CHECK(r == 7 && recs[1].got.type == NULL);
	CHECK_STR(trace, "body;b;a;");
}

static Rec inner_recs[1];
static void call_inner(volatile int64_t *res) {
	inner_recs[0] = (Rec){.label = "inner;", .action = NOTE_ONLY};
	*res = with_defers(inner_recs, 1, body_panics);
}

/* the inner frame's deferred calls run first, then the outer one recovers */
static void through_frames(void) {
	trace[0] = 0;
	Rec outer[] = {{.label = "outer;", .action = RECOVER_SET_42}};
	CHECK(with_defers(outer, 1, call_inner) == 42);
	CHECK_STR(trace, "body;inner;outer;");
	trace[0] = 0;
	Rec f[] = {{.label = "f;", .action = RECOVER_SET_42}};
	CHECK(with_defers(f, 1, no_frame) == 42);
	CHECK_STR(trace, "body;f;");
}

static void runtime_error_recovered(void) {
	Rec recs[] = {{.label = "", .action = RECOVER_SET_42}};
	CHECK(with_defers(recs, 1, body_index) == 42);
	const GoType *t = recs[0].got.type;
	CHECK(t && t->nmethods == 2);
	GoString (*error)(void *, const void *) = (GoString(*)(void *, const void *))t->methods[0].fn;
	GoString msg = error(NULL, recs[0].got.data);
	char buf[128];
	snprintf(buf, sizeof buf, "%.*s", (int)msg.len, (const char *)msg.ptr);
	CHECK_STR(buf, "runtime error: index out of range [5] with length 3");
	/* twice, to see the SIGSEGV handler keeps working after a recovery */
	for (int i = 0; i < 2; i++) {
		Rec seg[] = {{.label = "", .action = RECOVER_SET_42}};
		CHECK(with_defers(seg, 1, body_segv) == 42);
	}
}

/* A panic raised and recovered inside a deferred call leaves the outer panic running. */
static int64_t inner_recovers(void) {
	Rec recs[] = {{.label = "in;", .action = RECOVER_SET_42}};
	return with_defers(recs, 1, body_panics);
}

static void nested_recovery(void) {
	trace[0] = 0;
	Rec recs[] = {{.label = "outer;", .action = RECOVER}, {.label = "d;", .action = NESTED_RECOVER}};
	with_defers(recs, 2, body_panics);
	CHECK_STR(trace, "body;d;body;in;outer;");
	CHECK(recs[0].got.type == &t_string); /* the outer panic reached the outer deferred call */
}

/* ---- unrecovered panics in a child: output as gc's ---- */
static void die_after_defers(void) {
	Rec recs[] = {{.label = "", .action = PANIC_SECOND}, {.label = "", .action = NOTE_ONLY}};
	with_defers(recs, 2, body_panics);
}
static void die_repanic(void) {
	Rec recs[] = {{.label = "", .action = REPANIC_RECOVERED}};
	with_defers(recs, 1, body_panics);
}
static void die_three(void) {
	Rec recs[] = {{.label = "", .action = PANIC_THIRD}, {.label = "", .action = RECOVER_PANIC_SECOND}};
	v_boom = v_first;
	with_defers(recs, 2, body_panics);
}

static void unrecovered(void) {
	ChildResult r = run_child(die_after_defers);
	CHECK(r.status == 2);
	CHECK(starts_with(r.err, "panic: boom\n\tpanic: second\n\ngoroutine 1 [running]:\n"));
	r = run_child(die_repanic);
	CHECK(starts_with(r.err, "panic: boom [recovered]\n\tpanic: boom\n\ngoroutine"));
	r = run_child(die_three);
	CHECK(starts_with(r.err, "panic: first [recovered]\n\tpanic: second\n\tpanic: third\n\n"));
}

static void body(void) {
	recover_resumes();
	normal_return();
	through_frames();
	runtime_error_recovered();
	nested_recovery();
	unrecovered();
}

RT_TEST_MAIN(body)
