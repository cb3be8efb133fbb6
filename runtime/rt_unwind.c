/* rt_unwind.c: running deferred calls when a panic happens, and recover (Go spec: Handling
 * panics). Input: the chain of registered defer frames and a panic value; output: the deferred
 * calls run innermost first, then either a longjmp back into the function whose deferred call
 * recovered, or gc's report of the panics and exit status 2.
 *
 * Frames: each function with defer statements registers a GoDeferFrame (its list of pending
 * deferred calls and a jmp_buf, see gosubrt.h); `top` is the innermost. Panics: each panic in
 * progress is a Panic on rt_panic's own stack, linked innermost first, like gc's _panic list:
 *   - a panic that starts while an older one is running a deferred call of frame F, and that
 *     itself reaches F (unwinds past the deferred call), "aborts" the older one: gc prints it
 *     first, and it goes away when a newer panic is recovered;
 *   - recover marks the innermost live panic recovered and hands out its value; when the
 *     deferred call that recovered returns, the panic (and the panics it aborted) are dropped,
 *     frames above F are forgotten and execution resumes in F through its jmp_buf;
 *   - a recovered panic that is still listed when the program dies (the deferred call panicked
 *     again) prints with " [recovered]", as in gc: `panic: first [recovered]` then `\tpanic: ...`.
 * Who may recover (spec: recover returns nil "if recover was not called directly by a deferred
 * function"): gc compares the panic's argument pointer with its caller's; gosub passes a token.
 * The wrapper that makes a deferred call arms (callee, record) just before calling; a function
 * that calls recover() takes the token at its entry, and gets it only if it is the armed callee
 * (taking disarms it, so a recursive call of itself gets nothing). recover(token) stops the
 * innermost panic only if that panic is running exactly this deferred call. A function called
 * by the deferred function is not the armed callee (or, if it is the same function, finds the
 * token taken, or the callee has no recover() and never takes it), so it gets nil. A deferred
 * call run by a normal return during a panic holds its own record, not the panic's: nil too.
 */
#include <setjmp.h>

#include "rt_internal.h"

_Static_assert(sizeof(jmp_buf) <= sizeof(((GoDeferFrame *)0)->jmpbuf), "jmp_buf too large");

/* The state is the running goroutine's (RtG in rt_internal.h): its frames, panics, arming. */

void gosub_defer_enter(GoDeferFrame *f, GoDefer **head) {
	f->head = head;
	f->link = rt_g->defer_top;
	rt_g->defer_top = f;
}

void gosub_defer_leave(GoDeferFrame *f) { rt_g->defer_top = f->link; }

/* Stale arming needs no clearing: a callee that does not take the token has no recover(). */
void gosub_defer_arm(void *fn, GoDefer *rec) {
	rt_g->armed_fn = fn;
	rt_g->armed_rec = rec;
}

void gosub_defer_forward(void *self, void *callee) {
	if (rt_g->armed_fn == self)
		rt_g->armed_fn = callee;
}

void *gosub_recover_token(void *self) {
	if (rt_g->armed_fn != self)
		return NULL;
	rt_g->armed_fn = NULL;
	return rt_g->armed_rec;
}

static GoEface recover_panic(RtPanic *p) {
	if (!p || p->goexit || p->recovered || p->aborted)
		return (GoEface){NULL, NULL};
	p->recovered = true;
	return (GoEface){p->type, (void *)p->data};
}

GoEface gosub_recover_direct(void *token) {
	if (!token || !rt_g->panics || rt_g->panics->running != token)
		return (GoEface){NULL, NULL};
	return recover_panic(rt_g->panics);
}

GoEface gosub_recover(void) { return recover_panic(rt_g->panics); }

/* A panic that started in a deferred call of runtime.Goexit g, and unwound past it, has been
 * recovered in frame f: the goroutine must still end, so instead of resuming f, Goexit goes on
 * with the deferred calls left, f's first. */
static _Noreturn void resume_goexit(RtPanic *g, GoDeferFrame *f) {
	g->aborted = false;
	rt_g->panics = g;
	rt_g->defer_top = f;
	rt_set_signal_line(NULL);
	longjmp(g->goexit_jmpbuf, 1);
}

/* The deferred call that recovered p has returned: forget p and the panics it aborted, and
 * resume frame f as if its deferred calls had been started by a normal return. */
static _Noreturn void resume(RtPanic *p, GoDeferFrame *f) {
	RtPanic *q = p->link;
	if (q && q->goexit && q->aborted)
		resume_goexit(q, f);
	while (q && q->aborted)
		q = q->link;
	rt_g->panics = q;
	rt_g->defer_top = f;
	rt_set_signal_line(NULL);
	longjmp((void *)f->jmpbuf, 1); /* a jmp_buf is an array: its address is the argument */
}

/* Runs the pending deferred calls of f for panic p; returns when they are all done. Never
 * inlined: a traceback recognises its frames (gc's `panic(...)` lines, rt_traceback.c). */
static __attribute__((noinline)) void run_frame(RtPanic *p, GoDeferFrame *f) {
	for (RtPanic *q = p->link; q; q = q->link)
		if (q->frame == f)
			q->aborted = true;
	p->frame = f;
	while (*f->head) {
		GoDefer *d = *f->head;
		*f->head = d->next;
		p->running = d;
		d->code(d);
		if (p->recovered)
			resume(p, f);
	}
}

bool rt_is_run_frame(uintptr_t fn) { return fn == (uintptr_t)run_frame; }

_Noreturn void rt_panic(const GoType *t, const void *data) {
	RtPanic p = {.type = t, .data = data, .link = rt_g->panics};
	rt_g->panics = &p;
	while (rt_g->defer_top) {
		GoDeferFrame *f = rt_g->defer_top;
		run_frame(&p, f);
		rt_g->defer_top = f->link;
	}
	rt_die(rt_g->panics);
}

/* runtime.Goexit: the goroutine's deferred calls run, innermost frame first, as during a panic
 * but with nothing to recover (the record is marked goexit, which recover skips); then the
 * goroutine ends. A panic in one of them that is recovered comes back here (resume_goexit). */
void gosub_runtime_Goexit(void *res) {
	(void)res;
	jmp_buf back;
	RtPanic g = {.goexit = true, .goexit_jmpbuf = back, .link = rt_g->panics};
	rt_g->panics = &g;
	setjmp(back);
	while (rt_g->defer_top) {
		GoDeferFrame *f = rt_g->defer_top;
		run_frame(&g, f);
		rt_g->defer_top = f->link;
	}
	rt_goexit();
}
